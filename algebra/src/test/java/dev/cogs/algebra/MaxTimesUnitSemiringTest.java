package dev.cogs.algebra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.testkit.algebra.AlgebraGens;
import dev.cogs.testkit.algebra.DoubleCandidates;
import dev.cogs.testkit.algebra.SemiringLaws;
import java.util.List;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class MaxTimesUnitSemiringTest implements SemiringLaws<Double> {

    /**
     * Products of numbers in [0, 1] round with relative error at most 2^-53 each (two roundings per
     * side: under 1e-12 relative), except below MIN_NORMAL where rounding is absolute and below
     * MIN_NORMAL; max is exact, so distributivity even holds exactly (rounding is monotone).
     */
    private static final Tolerance TOLERANCE =
            Tolerance.absoluteOrRelative(Double.MIN_NORMAL, 1e-12);

    @Override
    public Semiring<Double> semiring() {
        return Semirings.maxTimesUnit();
    }

    @Override
    public Gen<Double> elements() {
        return AlgebraGens.unitInterval();
    }

    @Override
    public BiPredicate<Double, Double> same() {
        return TOLERANCE::test;
    }

    @Test
    void valuesOutsideTheUnitIntervalAreRefusedNamingTheValue() {
        Semiring<Double> s = Semirings.maxTimesUnit();
        for (Double x : DoubleCandidates.ALL) {
            if (x >= 0.0 && x <= 1.0) {
                assertTrue(s.equivalent(s.multiply(s.one(), x), x), () -> "1 * " + x);
            } else {
                IllegalArgumentException e =
                        assertThrows(IllegalArgumentException.class, () -> s.add(x, 0.5));
                assertTrue(e.getMessage().contains(String.valueOf(x)), e.getMessage());
            }
        }
        assertThrows(IllegalArgumentException.class, () -> s.multiply(1.5, 0.5));
    }

    @Test
    void distributivityIsExactBecauseRoundingIsMonotone() {
        Semiring<Double> s = Semirings.maxTimesUnit(Tolerance.exact());
        List<Double> samples =
                List.of(0.0, 1.0, 0.1, 0.3, 0.7, 1.0 / 3, Double.MIN_VALUE, Double.MIN_NORMAL);
        List<LawFailure<Double>> failures = Laws.semiringFailures(s, samples);
        assertTrue(
                failures.stream()
                        .noneMatch(
                                f ->
                                        f.law() == Law.LEFT_DISTRIBUTIVE
                                                || f.law() == Law.RIGHT_DISTRIBUTIVE),
                failures::toString);
        assertEquals(List.of(), Laws.semiringFailures(Semirings.maxTimesUnit(), samples));
    }
}
