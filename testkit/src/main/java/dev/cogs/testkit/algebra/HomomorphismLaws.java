package dev.cogs.testkit.algebra;

import static dev.cogs.testkit.LawAssertions.assertLaw;
import static org.quicktheories.QuickTheory.qt;

import dev.cogs.algebra.Homomorphism;
import java.util.Objects;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * The semiring-homomorphism laws as a reusable property suite: \(h(a + b) = h(a) + h(b)\), \(h(a b)
 * = h(a) h(b)\), \(h(0) = 0\), \(h(1) = 1\), compared in the target with {@link #same()}.
 *
 * @param <S> the source carrier
 * @param <T> the target carrier
 */
public interface HomomorphismLaws<S, T> {

    /**
     * The map under test.
     *
     * @return the homomorphism
     */
    Homomorphism<S, T> homomorphism();

    /**
     * The generator of source elements.
     *
     * @return the generator
     */
    Gen<S> sources();

    /**
     * Law equality in the target: {@code equals} for exact carriers, a stated tolerance otherwise.
     *
     * @return the predicate
     */
    default BiPredicate<T, T> same() {
        return Objects::equals;
    }

    /**
     * Examples per law.
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

    /** Law: \(h(a + b) = h(a) + h(b)\). */
    @Test
    default void preservesAddition() {
        Homomorphism<S, T> h = homomorphism();
        theory().forAll(sources(), sources())
                .checkAssert(
                        (a, b) ->
                                assertLaw(
                                        same(),
                                        "h(a + b) = h(a) + h(b)",
                                        h.apply(h.source().add(a, b)),
                                        h.target().add(h.apply(a), h.apply(b)),
                                        a,
                                        b));
    }

    /** Law: \(h(a b) = h(a) h(b)\). */
    @Test
    default void preservesMultiplication() {
        Homomorphism<S, T> h = homomorphism();
        theory().forAll(sources(), sources())
                .checkAssert(
                        (a, b) ->
                                assertLaw(
                                        same(),
                                        "h(a * b) = h(a) * h(b)",
                                        h.apply(h.source().multiply(a, b)),
                                        h.target().multiply(h.apply(a), h.apply(b)),
                                        a,
                                        b));
    }

    /** Law: \(h(0) = 0\). */
    @Test
    default void preservesZero() {
        Homomorphism<S, T> h = homomorphism();
        assertLaw(same(), "h(0) = 0", h.apply(h.source().zero()), h.target().zero());
    }

    /** Law: \(h(1) = 1\). */
    @Test
    default void preservesOne() {
        Homomorphism<S, T> h = homomorphism();
        assertLaw(same(), "h(1) = 1", h.apply(h.source().one()), h.target().one());
    }
}
