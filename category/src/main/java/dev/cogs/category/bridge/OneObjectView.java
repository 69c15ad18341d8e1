package dev.cogs.category.bridge;

/**
 * The one-object category BM of a possibly infinite monoid, seen through its operations only:
 * composition, identity and the carrier's equality, with no enumeration of morphisms.
 *
 * <p>Convention: {@code compose(g, f)} = g∘f = g·f (the monoid product, left factor g), matching
 * {@code Categories.fromMonoidTable}. Laws, up to {@link #same(Object, Object)}: associativity and
 * {@code compose(identity(), f) ~ f ~ compose(f, identity())}. Implementations are immutable.
 *
 * @param <T> the carrier (morphisms)
 */
public interface OneObjectView<T> {

    /**
     * The identity morphism, i.e. the monoid unit.
     *
     * @return 1
     */
    T identity();

    /**
     * The composite g∘f = g·f.
     *
     * @param g the second morphism
     * @param f the first morphism
     * @return g·f
     * @throws IllegalArgumentException if an argument is not an element of the carrier
     */
    T compose(T g, T f);

    /**
     * The composite in diagrammatic order: {@code andThen(f, g) == compose(g, f)}.
     *
     * @param f the first morphism
     * @param g the second morphism
     * @return g·f
     */
    default T andThen(T f, T g) {
        return compose(g, f);
    }

    /**
     * The carrier's equality under which the laws hold (for floating-point carriers, a stated
     * tolerance).
     *
     * @param a a morphism
     * @param b a morphism
     * @return whether a and b are the same morphism
     */
    boolean same(T a, T b);
}
