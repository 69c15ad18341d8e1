package dev.cogs.testkit.algebra;

import static dev.cogs.testkit.LawAssertions.assertLaw;

import dev.cogs.algebra.Ring;
import org.junit.jupiter.api.Test;

/**
 * The ring laws: the {@link SemiringLaws} and additive inverses.
 *
 * @param <T> the carrier
 */
public interface RingLaws<T> extends SemiringLaws<T> {

    @Override
    Ring<T> semiring();

    /** Law: \(a + (-a) = (-a) + a = 0\). */
    @Test
    default void negateIsAdditiveInverse() {
        Ring<T> r = semiring();
        theory().forAll(elements())
                .checkAssert(
                        a -> {
                            assertLaw(same(), "a + (-a) = 0", r.add(a, r.negate(a)), r.zero(), a);
                            assertLaw(same(), "(-a) + a = 0", r.add(r.negate(a), a), r.zero(), a);
                        });
    }

    /** Law: \(a - b = a + (-b)\). */
    @Test
    default void subtractIsAddingTheNegation() {
        Ring<T> r = semiring();
        theory().forAll(elements(), elements())
                .checkAssert(
                        (a, b) ->
                                assertLaw(
                                        same(),
                                        "a - b = a + (-b)",
                                        r.subtract(a, b),
                                        r.add(a, r.negate(b)),
                                        a,
                                        b));
    }
}
