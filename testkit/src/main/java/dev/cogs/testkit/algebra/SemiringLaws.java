package dev.cogs.testkit.algebra;

import static dev.cogs.testkit.LawAssertions.assertLaw;
import static org.quicktheories.QuickTheory.qt;

import dev.cogs.algebra.Semiring;
import java.util.Objects;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * The semiring laws as a reusable property suite: implement it in a {@code *Test} class per
 * instance.
 *
 * <p>A failure names the law, the counterexample (a, b, c) and both sides; QuickTheories adds the
 * shrunk values and the seed ("Seed was …"; replay with {@code -DQT_SEED=…}).
 *
 * @param <T> the carrier
 */
public interface SemiringLaws<T> {

    /**
     * The structure under test.
     *
     * @return the semiring
     */
    Semiring<T> semiring();

    /**
     * The element generator; it must only produce elements on which the laws are claimed (for
     * example no overflow).
     *
     * @return the generator
     */
    Gen<T> elements();

    /**
     * Law equality: {@code equals} for exact carriers, a stated tolerance for floating point.
     *
     * @return the predicate
     */
    default BiPredicate<T, T> same() {
        return Objects::equals;
    }

    /**
     * Examples per law; lower it for expensive carriers (matrices, polynomials).
     *
     * @return the number of examples
     */
    default int examples() {
        return 1000;
    }

    /**
     * The QuickTheories configuration every law of this suite runs with: {@code
     * qt().withExamples(examples())}. Override to fix a seed for a regression test or to bound
     * shrinking.
     *
     * @return the theory builder
     */
    default QuickTheory theory() {
        return qt().withExamples(examples());
    }

    /** Law: \((a + b) + c = a + (b + c)\). */
    @Test
    default void additionIsAssociative() {
        Semiring<T> s = semiring();
        theory().forAll(elements(), elements(), elements())
                .checkAssert(
                        (a, b, c) ->
                                assertLaw(
                                        same(),
                                        "(a + b) + c = a + (b + c)",
                                        s.add(s.add(a, b), c),
                                        s.add(a, s.add(b, c)),
                                        a,
                                        b,
                                        c));
    }

    /** Law: \(a + b = b + a\). */
    @Test
    default void additionIsCommutative() {
        Semiring<T> s = semiring();
        theory().forAll(elements(), elements())
                .checkAssert(
                        (a, b) ->
                                assertLaw(same(), "a + b = b + a", s.add(a, b), s.add(b, a), a, b));
    }

    /** Law: \(0 + a = a + 0 = a\). */
    @Test
    default void zeroIsAdditiveIdentity() {
        Semiring<T> s = semiring();
        theory().forAll(elements())
                .checkAssert(
                        a -> {
                            assertLaw(same(), "0 + a = a", s.add(s.zero(), a), a, a);
                            assertLaw(same(), "a + 0 = a", s.add(a, s.zero()), a, a);
                        });
    }

    /** Law: \((a b) c = a (b c)\). */
    @Test
    default void multiplicationIsAssociative() {
        Semiring<T> s = semiring();
        theory().forAll(elements(), elements(), elements())
                .checkAssert(
                        (a, b, c) ->
                                assertLaw(
                                        same(),
                                        "(a * b) * c = a * (b * c)",
                                        s.multiply(s.multiply(a, b), c),
                                        s.multiply(a, s.multiply(b, c)),
                                        a,
                                        b,
                                        c));
    }

    /** Law: \(1 a = a 1 = a\). */
    @Test
    default void oneIsMultiplicativeIdentity() {
        Semiring<T> s = semiring();
        theory().forAll(elements())
                .checkAssert(
                        a -> {
                            assertLaw(same(), "1 * a = a", s.multiply(s.one(), a), a, a);
                            assertLaw(same(), "a * 1 = a", s.multiply(a, s.one()), a, a);
                        });
    }

    /** Law: \(a (b + c) = a b + a c\). */
    @Test
    default void multiplicationDistributesFromTheLeft() {
        Semiring<T> s = semiring();
        theory().forAll(elements(), elements(), elements())
                .checkAssert(
                        (a, b, c) ->
                                assertLaw(
                                        same(),
                                        "a * (b + c) = a * b + a * c",
                                        s.multiply(a, s.add(b, c)),
                                        s.add(s.multiply(a, b), s.multiply(a, c)),
                                        a,
                                        b,
                                        c));
    }

    /** Law: \((a + b) c = a c + b c\). */
    @Test
    default void multiplicationDistributesFromTheRight() {
        Semiring<T> s = semiring();
        theory().forAll(elements(), elements(), elements())
                .checkAssert(
                        (a, b, c) ->
                                assertLaw(
                                        same(),
                                        "(a + b) * c = a * c + b * c",
                                        s.multiply(s.add(a, b), c),
                                        s.add(s.multiply(a, c), s.multiply(b, c)),
                                        a,
                                        b,
                                        c));
    }

    /** Law: \(0 a = a 0 = 0\). */
    @Test
    default void zeroAnnihilates() {
        Semiring<T> s = semiring();
        theory().forAll(elements())
                .checkAssert(
                        a -> {
                            assertLaw(same(), "0 * a = 0", s.multiply(s.zero(), a), s.zero(), a);
                            assertLaw(same(), "a * 0 = 0", s.multiply(a, s.zero()), s.zero(), a);
                        });
    }

    /**
     * Law: {@code isZero(zero())}, and {@code isZero(a)} implies \(a = 0\) under {@link #same()}.
     */
    @Test
    default void isZeroRecognisesZero() {
        Semiring<T> s = semiring();
        if (!s.isZero(s.zero())) {
            throw new AssertionError("isZero(zero()) is false for " + s);
        }
        // One direction only: floating instances recognise exactly 0 while same() may be tolerant.
        theory().forAll(elements())
                .checkAssert(
                        a ->
                                assertLaw(
                                        Objects::equals,
                                        "isZero(a) implies a ~ 0",
                                        true,
                                        !s.isZero(a) || same().test(a, s.zero()),
                                        a));
    }
}
