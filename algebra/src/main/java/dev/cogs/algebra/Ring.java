package dev.cogs.algebra;

/**
 * A ring: a {@link Semiring} whose addition has inverses.
 *
 * <p>Laws, in addition to the semiring laws: \(a \oplus \mathrm{negate}(a) = 0\) for every \(a\);
 * {@link #subtract(Object, Object)} is \(a \oplus \mathrm{negate}(b)\).
 *
 * @param <T> the carrier type
 */
public interface Ring<T> extends Semiring<T> {

    /**
     * The additive inverse.
     *
     * @param a an element
     * @return \(-a\)
     */
    T negate(T a);

    /**
     * Subtraction.
     *
     * @param a minuend
     * @param b subtrahend
     * @return \(a - b = a \oplus (-b)\)
     */
    default T subtract(T a, T b) {
        return add(a, negate(b));
    }
}
