package dev.cogs.algebra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.testkit.algebra.AlgebraGens;
import dev.cogs.testkit.algebra.SemiringLaws;
import java.util.List;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class MaxPlusSemiringTest implements SemiringLaws<Double> {

    /**
     * As for (min, +): operands at most 1e6, re-association error below 1e-9 absolute; max is
     * exact.
     */
    private static final Tolerance TOLERANCE = Tolerance.absoluteOrRelative(1e-9, 1e-12);

    @Override
    public Semiring<Double> semiring() {
        return Semirings.maxPlus();
    }

    @Override
    public Gen<Double> elements() {
        return AlgebraGens.tropical(1e6);
    }

    @Override
    public BiPredicate<Double, Double> same() {
        return TOLERANCE::test;
    }

    @Test
    void zeroIsMinusInfinityAndAbsorbsPlusInfinity() {
        Semiring<Double> s = Semirings.maxPlus();
        assertEquals(Double.NEGATIVE_INFINITY, s.zero());
        assertEquals(
                Double.NEGATIVE_INFINITY,
                s.multiply(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        assertEquals(Double.POSITIVE_INFINITY, s.multiply(Double.POSITIVE_INFINITY, -5.0));
        assertEquals(Double.POSITIVE_INFINITY, s.add(Double.POSITIVE_INFINITY, 5.0));
    }

    @Test
    void nanIsRefused() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Semirings.maxPlus().multiply(Double.NaN, 0.0));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
    }

    @Test
    void mainCodeCheckerPassesOnNonNaNCandidates() {
        // MAX_VALUE and -MAX_VALUE would overflow under +, which the contract excludes; the rest
        // are elements.
        List<Double> samples =
                List.of(
                        Double.POSITIVE_INFINITY,
                        Double.NEGATIVE_INFINITY,
                        0.0,
                        -0.0,
                        Double.MIN_VALUE,
                        -Double.MIN_NORMAL,
                        7.5,
                        -3.0);
        assertEquals(List.of(), Laws.semiringFailures(Semirings.maxPlus(), samples));
    }

    @Test
    void matrixPowerGivesHeaviestTwoStepPath() {
        // Over (max, +), (A^2)_ij = max_k a_ik + a_kj: here 0 -> 1 -> 2 weighs 4 + 5 = 9 (hand
        // computed),
        // the other two-step paths 0 -> 0 -> 2 and 0 -> 2 -> 2 weigh -inf (no loops).
        double m = Double.NEGATIVE_INFINITY;
        MatrixSemiring<Double> mats = Semirings.matrices(Semirings.maxPlus(), 3);
        Matrix<Double> a = mats.of(List.of(m, 4.0, 2.0, m, m, 5.0, 1.0, m, m));
        assertEquals(9.0, mats.power(a, 2).get(0, 2));
        assertEquals(6.0, mats.power(a, 2).get(1, 0));
    }

    @Test
    void theStatedToleranceDecidesEquivalence() {
        double sum = 0.1 + 0.2;
        assertTrue(Semirings.maxPlus().equivalent(sum, 0.3));
        Semiring<Double> exact = Semirings.maxPlus(Tolerance.exact());
        assertFalse(exact.equivalent(sum, 0.3));
        assertTrue(exact.equivalent(Double.NEGATIVE_INFINITY, exact.zero()));
        assertEquals(Semirings.maxPlus().add(1.0, 2.0), exact.add(1.0, 2.0));
        assertTrue(Semirings.maxPlus(Tolerance.absolute(1)).equivalent(5.0, 5.75));
        assertThrows(NullPointerException.class, () -> Semirings.maxPlus(null));
    }
}
