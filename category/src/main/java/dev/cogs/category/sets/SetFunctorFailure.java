package dev.cogs.category.sets;

import dev.cogs.category.Labels;
import java.util.Locale;

/**
 * One violated rule of a finite-set-valued functor (docs/category.md §2.5), with its witnesses.
 *
 * <p>Element indices refer to the fibre the action reads unless stated otherwise. Each record's
 * {@link #describe()} names the rule and the witnesses in plain words.
 */
public sealed interface SetFunctorFailure {

    /**
     * A description naming the rule and the witnesses, with objects and morphisms named by the
     * category's labels (by index where unlabelled).
     *
     * @param labels the labels of the functor's category
     * @return the description
     */
    String describe(Labels labels);

    /**
     * The description with objects and morphisms named by index.
     *
     * @return {@code describe(Labels.none())}
     */
    default String describe() {
        return describe(Labels.none());
    }

    /**
     * The fibre size of an object is negative.
     *
     * @param object the object
     * @param size the offending size
     */
    record NegativeSize(int object, int size) implements SetFunctorFailure {
        @Override
        public String describe(Labels labels) {
            return String.format(
                    Locale.ROOT,
                    "size of object %s is %d, must be >= 0",
                    labels.object(object),
                    size);
        }
    }

    /**
     * No action was given for a morphism and it is not a composite of morphisms with actions.
     *
     * @param morphism the morphism without an action
     */
    record MissingAction(int morphism) implements SetFunctorFailure {
        @Override
        public String describe(Labels labels) {
            return String.format(
                    Locale.ROOT,
                    "morphism %s has no action and is not a composite of given ones",
                    labels.morphismName(morphism));
        }
    }

    /**
     * An action array has the wrong length.
     *
     * @param morphism the morphism
     * @param expected the size of the fibre the action reads
     * @param actual the array's length
     */
    record ActionLength(int morphism, int expected, int actual) implements SetFunctorFailure {
        @Override
        public String describe(Labels labels) {
            return String.format(
                    Locale.ROOT,
                    "action of morphism %s has length %d, expected %d",
                    labels.morphismName(morphism),
                    actual,
                    expected);
        }
    }

    /**
     * An action sends an element outside the fibre it must land in.
     *
     * @param morphism the morphism
     * @param element the element acted on
     * @param value the offending image
     * @param bound the size of the fibre the image must lie in
     */
    record ActionOutOfRange(int morphism, int element, int value, int bound)
            implements SetFunctorFailure {
        @Override
        public String describe(Labels labels) {
            return String.format(
                    Locale.ROOT,
                    "action of morphism %s sends element %d to %d, outside [0, %d)",
                    labels.morphismName(morphism),
                    element,
                    value,
                    bound);
        }
    }

    /**
     * An identity does not act as the identity.
     *
     * @param object the object
     * @param identity the identity morphism of the object
     * @param element the moved element
     * @param image its image
     */
    record IdentityNotPreserved(int object, int identity, int element, int image)
            implements SetFunctorFailure {
        @Override
        public String describe(Labels labels) {
            return String.format(
                    Locale.ROOT,
                    "identity %s of object %s sends element %d to %d",
                    labels.morphismName(identity),
                    labels.object(object),
                    element,
                    image);
        }
    }

    /**
     * The relation {@code g ∘ f = composite} is not respected on one element.
     *
     * <p>For a presheaf the rule is \(F(g \circ f)(e) = F(f)(F(g)(e))\); for a copresheaf \(T(g
     * \circ f)(e) = T(g)(T(f)(e))\).
     *
     * @param g the second morphism of the composable pair
     * @param f the first morphism of the composable pair
     * @param composite {@code g ∘ f}
     * @param element the element acted on
     * @param viaComposite the image under the composite's action
     * @param viaFactors the image under the two factors' actions
     */
    record CompositionNotPreserved(
            int g, int f, int composite, int element, int viaComposite, int viaFactors)
            implements SetFunctorFailure {
        @Override
        public String describe(Labels labels) {
            return String.format(
                    Locale.ROOT,
                    "relation %s∘%s = %s violated on element %d: composite gives %d, factors give %d",
                    labels.morphismName(g),
                    labels.morphismName(f),
                    labels.morphismName(composite),
                    element,
                    viaComposite,
                    viaFactors);
        }
    }
}
