package dev.cogs.category;

import java.util.Locale;

/**
 * One violated rule of the category axioms (docs/category.md §2.2), with its witnesses.
 *
 * <p>The checks run in this order: indices, identity typing, composites, units, associativity
 * (associativity only when typing is sound). The records hold indices; {@link #describe(Labels)}
 * names the witnesses with the category's labels. {@code g∘f} means "f, then g".
 */
public sealed interface CategoryFailure {

    /**
     * The rule and its witnesses in plain words, with objects and morphisms named by their labels
     * (by index where unlabelled), e.g. {@code (h∘g)∘f ≠ h∘(g∘f) for f = e, g = r, h = r}.
     *
     * @param labels the category's labels
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
     * An index outside its range.
     *
     * @param what which array: {@code "dom"}, {@code "cod"}, {@code "identity"} or {@code
     *     "compose"}
     * @param index the position in that array ({@code g * n + f} for {@code "compose"})
     * @param value the offending value
     */
    record IndexOutOfRange(String what, int index, int value) implements CategoryFailure {
        @Override
        public String describe(Labels labels) {
            return String.format(Locale.ROOT, "%s[%d] = %d is out of range", what, index, value);
        }
    }

    /**
     * The identity of an object is not an endomorphism of it.
     *
     * @param object the object X whose {@code id_X} is not X → X
     */
    record IdentityTyping(int object) implements CategoryFailure {
        @Override
        public String describe(Labels labels) {
            String x = labels.object(object);
            return "the identity of " + x + " is not a morphism " + x + " -> " + x;
        }
    }

    /**
     * A composable pair (cod f = dom g) without a composite.
     *
     * @param g the second morphism
     * @param f the first morphism
     */
    record MissingComposite(int g, int f) implements CategoryFailure {
        @Override
        public String describe(Labels labels) {
            return labels.morphismName(g)
                    + "∘"
                    + labels.morphismName(f)
                    + " has no composite, although cod "
                    + labels.morphismName(f)
                    + " = dom "
                    + labels.morphismName(g);
        }
    }

    /**
     * A composite given for a pair that is not composable.
     *
     * @param g the second morphism
     * @param f the first morphism
     */
    record SpuriousComposite(int g, int f) implements CategoryFailure {
        @Override
        public String describe(Labels labels) {
            return "a composite "
                    + labels.morphismName(g)
                    + "∘"
                    + labels.morphismName(f)
                    + " is given, but cod "
                    + labels.morphismName(f)
                    + " ≠ dom "
                    + labels.morphismName(g);
        }
    }

    /**
     * A composite {@code h = g∘f} that is not a morphism dom f → cod g.
     *
     * @param g the second morphism
     * @param f the first morphism
     * @param h the recorded composite
     */
    record CompositeTyping(int g, int f, int h) implements CategoryFailure {
        @Override
        public String describe(Labels labels) {
            return labels.morphismName(g)
                    + "∘"
                    + labels.morphismName(f)
                    + " = "
                    + labels.morphismName(h)
                    + " does not go from dom "
                    + labels.morphismName(f)
                    + " to cod "
                    + labels.morphismName(g);
        }
    }

    /**
     * {@code id_{cod f} ∘ f ≠ f}.
     *
     * @param f the witness
     */
    record LeftUnit(int f) implements CategoryFailure {
        @Override
        public String describe(Labels labels) {
            return "id∘"
                    + labels.morphismName(f)
                    + " ≠ "
                    + labels.morphismName(f)
                    + " (left unit law)";
        }
    }

    /**
     * {@code f ∘ id_{dom f} ≠ f}.
     *
     * @param f the witness
     */
    record RightUnit(int f) implements CategoryFailure {
        @Override
        public String describe(Labels labels) {
            return labels.morphismName(f) + "∘id ≠ " + labels.morphismName(f) + " (right unit law)";
        }
    }

    /**
     * {@code (h∘g)∘f ≠ h∘(g∘f)}.
     *
     * @param h the last morphism
     * @param g the middle morphism
     * @param f the first morphism
     */
    record Associativity(int h, int g, int f) implements CategoryFailure {
        @Override
        public String describe(Labels labels) {
            String hh = labels.morphismName(h);
            String gg = labels.morphismName(g);
            String ff = labels.morphismName(f);
            return "("
                    + hh
                    + "∘"
                    + gg
                    + ")∘"
                    + ff
                    + " ≠ "
                    + hh
                    + "∘("
                    + gg
                    + "∘"
                    + ff
                    + ") (associativity)";
        }
    }
}
