package dev.cogs.category.sets;

import java.util.Locale;

/**
 * One violated rule of a natural transformation \(\alpha: F \Rightarrow G\) between set-valued functors.
 */
public sealed interface NaturalityFailure {

    /**
     * A human-readable description naming the rule and the witnesses.
     *
     * @return the description
     */
    String describe();

    /**
     * Source and target do not share domain category and variance.
     *
     * @param reason what differs
     */
    record Incompatible(String reason) implements NaturalityFailure {
        @Override
        public String describe() {
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
        public String describe() {
            return String.format(Locale.ROOT, "component at object %d has length %d, expected %d",
                    object, actual, expected);
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
    record ComponentOutOfRange(int object, int element, int value, int bound) implements NaturalityFailure {
        @Override
        public String describe() {
            return String.format(Locale.ROOT, "component at object %d sends %d to %d, outside [0, %d)",
                    object, element, value, bound);
        }
    }

    /**
     * The naturality square of one morphism fails on one element: with \(a\) the object the action reads
     * and \(b\) the object it lands in, \(\alpha_b(F(m)(e)) \ne G(m)(\alpha_a(e))\).
     *
     * @param morphism the morphism \(m\)
     * @param element the element \(e\) of the fibre the action reads
     * @param sourceThenComponent \(\alpha_b(F(m)(e))\)
     * @param componentThenTarget \(G(m)(\alpha_a(e))\)
     */
    record NotNatural(int morphism, int element, int sourceThenComponent, int componentThenTarget)
            implements NaturalityFailure {
        @Override
        public String describe() {
            return String.format(Locale.ROOT,
                    "square of morphism %d fails on element %d: act then component %d, component then act %d",
                    morphism, element, sourceThenComponent, componentThenTarget);
        }
    }
}
