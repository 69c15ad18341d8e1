package dev.cogs.category;

/**
 * One violated functor law (docs/category.md §2.4), with its witnesses. Morphisms and objects are
 * indices of the source category unless the component says otherwise.
 */
public sealed interface FunctorFailure {

    /**
     * The law and its witnesses in plain words, with source objects and morphisms named by the
     * source's labels and target ones by the target's (by index where unlabelled), e.g. {@code
     * F(g∘f) ≠ F(g)∘F(f) for f = e, g = r}.
     *
     * @param source the source category's labels
     * @param target the target category's labels
     * @return the description
     */
    String describe(Labels source, Labels target);

    /**
     * An object image outside the target's objects.
     *
     * @param object the source object
     * @param image its image
     */
    record ObjectOutOfRange(int object, int image) implements FunctorFailure {
        @Override
        public String describe(Labels source, Labels target) {
            return "F("
                    + source.object(object)
                    + ") = "
                    + image
                    + " is not an object of the target";
        }
    }

    /**
     * A morphism image outside the target's morphisms.
     *
     * @param morphism the source morphism
     * @param image its image
     */
    record MorphismOutOfRange(int morphism, int image) implements FunctorFailure {
        @Override
        public String describe(Labels source, Labels target) {
            return "F("
                    + source.morphismName(morphism)
                    + ") = "
                    + image
                    + " is not a morphism of the target";
        }
    }

    /**
     * dom F(m) ≠ F(dom m).
     *
     * @param morphism the source morphism m
     * @param expected F(dom m)
     * @param actual dom F(m)
     */
    record DomainMismatch(int morphism, int expected, int actual) implements FunctorFailure {
        @Override
        public String describe(Labels source, Labels target) {
            String m = source.morphismName(morphism);
            return "dom F("
                    + m
                    + ") = "
                    + target.object(actual)
                    + " but F(dom "
                    + m
                    + ") = "
                    + target.object(expected);
        }
    }

    /**
     * cod F(m) ≠ F(cod m).
     *
     * @param morphism the source morphism m
     * @param expected F(cod m)
     * @param actual cod F(m)
     */
    record CodomainMismatch(int morphism, int expected, int actual) implements FunctorFailure {
        @Override
        public String describe(Labels source, Labels target) {
            String m = source.morphismName(morphism);
            return "cod F("
                    + m
                    + ") = "
                    + target.object(actual)
                    + " but F(cod "
                    + m
                    + ") = "
                    + target.object(expected);
        }
    }

    /**
     * F(id_X) ≠ id_{F X}.
     *
     * @param object the source object X
     */
    record IdentityNotPreserved(int object) implements FunctorFailure {
        @Override
        public String describe(Labels source, Labels target) {
            String x = source.object(object);
            return "F(id_" + x + ") ≠ id_F(" + x + ")";
        }
    }

    /**
     * F(g∘f) ≠ F(g)∘F(f).
     *
     * @param g the second morphism
     * @param f the first morphism
     */
    record CompositionNotPreserved(int g, int f) implements FunctorFailure {
        @Override
        public String describe(Labels source, Labels target) {
            String gg = source.morphismName(g);
            String ff = source.morphismName(f);
            return "F(" + gg + "∘" + ff + ") ≠ F(" + gg + ")∘F(" + ff + ")";
        }
    }
}
