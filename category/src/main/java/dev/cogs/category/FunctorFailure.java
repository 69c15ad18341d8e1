package dev.cogs.category;

/**
 * One violated functor law (docs/category.md §2.4), with its witnesses. Morphisms and objects are indices of the
 * source category unless the component says otherwise.
 */
public sealed interface FunctorFailure {

    /**
     * An object image outside the target's objects.
     *
     * @param object the source object
     * @param image its image
     */
    record ObjectOutOfRange(int object, int image) implements FunctorFailure {
    }

    /**
     * A morphism image outside the target's morphisms.
     *
     * @param morphism the source morphism
     * @param image its image
     */
    record MorphismOutOfRange(int morphism, int image) implements FunctorFailure {
    }

    /**
     * dom F(m) ≠ F(dom m).
     *
     * @param morphism the source morphism m
     * @param expected F(dom m)
     * @param actual dom F(m)
     */
    record DomainMismatch(int morphism, int expected, int actual) implements FunctorFailure {
    }

    /**
     * cod F(m) ≠ F(cod m).
     *
     * @param morphism the source morphism m
     * @param expected F(cod m)
     * @param actual cod F(m)
     */
    record CodomainMismatch(int morphism, int expected, int actual) implements FunctorFailure {
    }

    /**
     * F(id_X) ≠ id_{F X}.
     *
     * @param object the source object X
     */
    record IdentityNotPreserved(int object) implements FunctorFailure {
    }

    /**
     * F(g∘f) ≠ F(g)∘F(f).
     *
     * @param g the second morphism
     * @param f the first morphism
     */
    record CompositionNotPreserved(int g, int f) implements FunctorFailure {
    }
}
