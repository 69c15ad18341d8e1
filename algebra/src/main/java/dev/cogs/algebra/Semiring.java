package dev.cogs.algebra;

/**
 * A semiring \((S, \oplus, \otimes, 0, 1)\) given as a structure object (a dictionary) over a
 * carrier {@code T}.
 *
 * <p>Laws: \(\oplus\) is associative and commutative with unit {@link #zero()}; \(\otimes\) is
 * associative with unit {@link #one()}; \(\otimes\) distributes over \(\oplus\) on both sides;
 * {@link #zero()} annihilates: \(0 \otimes a = a \otimes 0 = 0\). One carrier may carry several
 * semirings (for example {@code Double} under (+, ×), (min, +) and (max, +)), which is why the
 * structure is an object separate from its elements.
 *
 * <p>Floating-point instances satisfy the laws only up to rounding; {@link #equivalent(Object,
 * Object)} states the equality under which an instance claims its laws.
 *
 * @param <T> the carrier type
 */
public interface Semiring<T> {

    /**
     * The additive identity.
     *
     * @return \(0\)
     */
    T zero();

    /**
     * The multiplicative identity.
     *
     * @return \(1\)
     */
    T one();

    /**
     * Semiring addition.
     *
     * @param a left operand
     * @param b right operand
     * @return \(a \oplus b\)
     * @throws IllegalArgumentException if an operand is not an element of this semiring
     */
    T add(T a, T b);

    /**
     * Semiring multiplication.
     *
     * @param a left operand
     * @param b right operand
     * @return \(a \otimes b\)
     * @throws IllegalArgumentException if an operand is not an element of this semiring
     */
    T multiply(T a, T b);

    /**
     * Whether {@code a} is the additive identity.
     *
     * <p>Compares with {@link #zero()} by {@link #equivalent(Object, Object)}; override if 0 has
     * several representations.
     *
     * @param a an element
     * @return true if {@code a} is zero
     */
    default boolean isZero(T a) {
        return equivalent(zero(), a);
    }

    /**
     * The equality under which this semiring states its laws.
     *
     * <p>Exact carriers use {@code equals}; floating-point or quotient carriers (for example nets
     * up to a permutation of hidden nodes) override this with their documented tolerance. {@code
     * equals} of the elements is never weakened.
     *
     * @param a an element
     * @param b an element
     * @return true if the two elements are equal in this structure
     */
    default boolean equivalent(T a, T b) {
        return a.equals(b);
    }
}
