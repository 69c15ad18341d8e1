package dev.cogs.testkit.algebra;

import static dev.cogs.testkit.LawAssertions.assertLaw;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cogs.algebra.Field;
import org.junit.jupiter.api.Test;

/**
 * The field laws: the {@link RingLaws}, commutativity of multiplication and multiplicative
 * inverses.
 *
 * @param <T> the carrier
 */
public interface FieldLaws<T> extends RingLaws<T> {

    @Override
    Field<T> semiring();

    /**
     * Whether the inverse law is claimed at {@code a}; by default every non-zero element. Floating
     * instances exclude elements whose reciprocal overflows.
     *
     * @param a an element
     * @return true if \(a a^{-1} = 1\) is claimed
     */
    default boolean invertible(T a) {
        return !semiring().isZero(a);
    }

    /** Law: \(a b = b a\). */
    @Test
    default void multiplicationIsCommutative() {
        Field<T> f = semiring();
        theory().forAll(elements(), elements())
                .checkAssert(
                        (a, b) ->
                                assertLaw(
                                        same(),
                                        "a * b = b * a",
                                        f.multiply(a, b),
                                        f.multiply(b, a),
                                        a,
                                        b));
    }

    /** Law: \(a a^{-1} = a / a = 1\) wherever {@link #invertible(Object)} holds. */
    @Test
    default void reciprocalIsMultiplicativeInverse() {
        Field<T> f = semiring();
        theory().forAll(elements())
                .checkAssert(
                        a -> {
                            if (invertible(a)) {
                                assertLaw(
                                        same(),
                                        "a * a^-1 = 1",
                                        f.multiply(a, f.reciprocal(a)),
                                        f.one(),
                                        a);
                                assertLaw(same(), "(a / a) = 1", f.divide(a, a), f.one(), a);
                            }
                        });
    }

    /** Law: The reciprocal of 0 throws {@link ArithmeticException}. */
    @Test
    default void zeroHasNoReciprocal() {
        Field<T> f = semiring();
        assertThrows(ArithmeticException.class, () -> f.reciprocal(f.zero()));
    }
}
