package dev.cogs.algebra;

/**
 * A field: a commutative {@link Ring} in which every non-zero element has a multiplicative inverse.
 *
 * <p>Laws, in addition to the ring laws: \(\otimes\) is commutative; \(a \otimes a^{-1} = 1\) for
 * every \(a \ne 0\); {@link #divide(Object, Object)} is \(a \otimes b^{-1}\). Floating-point
 * instances satisfy the laws up to their {@link #equivalent(Object, Object)}.
 *
 * @param <T> the carrier type
 */
public interface Field<T> extends Ring<T> {

    /**
     * The multiplicative inverse.
     *
     * @param a a non-zero element
     * @return \(a^{-1}\)
     * @throws ArithmeticException if {@code a} is zero (or, for floating instances, if the inverse
     *     overflows)
     * @throws IllegalArgumentException if {@code a} is not an element of this field
     */
    T reciprocal(T a);

    /**
     * Division.
     *
     * @param a dividend
     * @param b non-zero divisor
     * @return \(a \otimes b^{-1}\)
     * @throws ArithmeticException if {@code b} is zero
     * @throws IllegalArgumentException if an operand is not an element of this field
     */
    default T divide(T a, T b) {
        return multiply(a, reciprocal(b));
    }
}
