package dev.cogs.category.sets;

import dev.cogs.category.Labels;
import java.util.Locale;

/**
 * One violated rule of a natural transformation \(\alpha: F \Rightarrow G\) between set-valued
 * functors.
 */
public sealed interface NaturalityFailure {

    /**
     * A description naming the rule and the witnesses, with objects and morphisms named by the
     * category's labels (by index where unlabelled).
     *
     * @param labels the labels of the functors' category
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
     * Source and target do not share domain category and variance.
     *
     * @param reason what differs
     */
    record Incompatible(String reason) implements NaturalityFailure {
        @Override
        public String describe(Labels labels) {
            return "source and target incompatible: " + reason;
        }
    }

    /**
     * A component has the wrong length.
     *
     * @param object the object
     * @param expected \(|F(X)|\)
     * @param actual the component's length
     */
    record ComponentLength(int object, int expected, int actual) implements NaturalityFailure {
        @Override
        public String describe(Labels labels) {
            return String.format(
                    Locale.ROOT,
                    "component at object %s has length %d, expected %d",
                    labels.object(object),
                    actual,
                    expected);
        }
    }

    /**
     * A component sends an element outside \(G(X)\).
     *
     * @param object the object
     * @param element the element of \(F(X)\)
     * @param value its image
     * @param bound \(|G(X)|\)
     */
    record ComponentOutOfRange(int object, int element, int value, int bound)
            implements NaturalityFailure {
        @Override
        public String describe(Labels labels) {
            return String.format(
                    Locale.ROOT,
                    "component at object %s sends %d to %d, outside [0, %d)",
                    labels.object(object),
                    element,
                    value,
                    bound);
        }
    }

    /**
     * The naturality square of one morphism fails on one element: with \(a\) the object the action
     * reads and \(b\) the object it lands in, \(\alpha_b(F(m)(e)) \ne G(m)(\alpha_a(e))\).
     *
     * @param morphism the morphism \(m\)
     * @param element the element \(e\) of the fibre the action reads
     * @param sourceThenComponent \(\alpha_b(F(m)(e))\)
     * @param componentThenTarget \(G(m)(\alpha_a(e))\)
     */
    record NotNatural(int morphism, int element, int sourceThenComponent, int componentThenTarget)
            implements NaturalityFailure {
        @Override
        public String describe(Labels labels) {
            return String.format(
                    Locale.ROOT,
                    "square of morphism %s fails on element %d: act then component %d, component then act %d",
                    labels.morphismName(morphism),
                    element,
                    sourceThenComponent,
                    componentThenTarget);
        }
    }
}
