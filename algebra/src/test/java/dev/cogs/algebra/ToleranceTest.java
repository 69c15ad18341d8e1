package dev.cogs.algebra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.cogs.testkit.algebra.AlgebraGens;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ToleranceTest {

    private static final List<Tolerance> ALL =
            List.of(
                    Tolerance.exact(),
                    Tolerance.ulps(4),
                    Tolerance.relative(0.5),
                    Tolerance.absolute(1e300),
                    Tolerance.absoluteOrRelative(1e300, 0.5));

    @Test
    void nanIsNeverEqualUnderAnyTolerance() {
        for (Tolerance t : ALL) {
            assertFalse(t.test(Double.NaN, Double.NaN), t::toString);
            assertFalse(t.test(Double.NaN, 0.0), t::toString);
            assertFalse(t.test(Complex.of(Double.NaN, 0), Complex.of(Double.NaN, 0)), t::toString);
        }
    }

    @Test
    void equalInfinitiesAreEqualAndNothingElseEqualsAnInfinity() {
        for (Tolerance t : ALL) {
            assertTrue(t.test(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY), t::toString);
            assertTrue(t.test(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY), t::toString);
            assertFalse(t.test(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY), t::toString);
            assertFalse(t.test(Double.POSITIVE_INFINITY, Double.MAX_VALUE), t::toString);
            // MAX_VALUE - (-MAX_VALUE) overflows to +inf: never accepted.
            assertFalse(t.test(Double.MAX_VALUE, -Double.MAX_VALUE), t::toString);
            assertTrue(t.test(-0.0, 0.0), t::toString);
        }
    }

    @Test
    void everyToleranceIsSymmetricReflexiveOffNaNAndNeverEqualsNaN() {
        Gen<Double> values = AlgebraGens.doublesIn(-1e3, 1e3).mix(AlgebraGens.candidates(), 30);
        qt().forAll(values, values)
                .checkAssert(
                        (x, y) -> {
                            for (Tolerance t : ALL) {
                                assertEquals(
                                        t.test(x, y),
                                        t.test(y, x),
                                        () -> t + " on " + x + ", " + y);
                                assertEquals(!Double.isNaN(x), t.test(x, x), () -> t + " on " + x);
                                if (Double.isNaN(x) || Double.isNaN(y)) {
                                    assertFalse(t.test(x, y), () -> t + " on " + x + ", " + y);
                                }
                                if (Tolerance.exact().test(x, y)) {
                                    assertTrue(
                                            t.test(x, y),
                                            () ->
                                                    t
                                                            + " must accept what exact accepts: "
                                                            + x
                                                            + ", "
                                                            + y);
                                }
                            }
                        });
    }

    @Test
    void ulpsCountsRepresentableSteps() {
        qt().forAll(doubles().between(-1e6, 1e6), integers().between(0, 8))
                .checkAssert(
                        (x, k) -> {
                            double y = x;
                            for (int i = 0; i < k; i++) {
                                y = Math.nextUp(y);
                            }
                            assertTrue(
                                    Tolerance.ulps(k).test(x, y),
                                    () -> x + " vs " + k + " steps up");
                            if (k > 0) {
                                assertFalse(
                                        Tolerance.ulps(k - 1).test(x, y),
                                        () -> x + " vs " + k + " steps up");
                            }
                        });
        // Across zero: -MIN_VALUE, ±0, MIN_VALUE are two steps apart.
        assertTrue(Tolerance.ulps(2).test(-Double.MIN_VALUE, Double.MIN_VALUE));
        assertFalse(Tolerance.ulps(1).test(-Double.MIN_VALUE, Double.MIN_VALUE));
    }

    @Test
    void relativeAbsoluteAndTheirDisjunction() {
        assertTrue(Tolerance.relative(1e-3).test(1000.0, 1001.0));
        assertFalse(Tolerance.relative(1e-3).test(1e-9, 2e-9));
        assertTrue(Tolerance.absolute(1e-8).test(1e-9, 2e-9));
        assertFalse(Tolerance.absolute(1e-8).test(1000.0, 1001.0));
        Tolerance either = Tolerance.absoluteOrRelative(1e-8, 1e-3);
        assertTrue(either.test(1000.0, 1001.0));
        assertTrue(either.test(1e-9, 2e-9));
        assertFalse(either.test(1.0, 1.1));
        assertFalse(Tolerance.exact().test(1.0, Math.nextUp(1.0)));
    }

    @Test
    void complexComparesTheModulusOfTheDifference() {
        Tolerance t = Tolerance.relative(1e-12);
        // imaginary parts differ by 100 % of themselves but by 1e-14 of the modulus
        assertTrue(t.test(Complex.of(1.0, 1e-14), Complex.of(1.0, 2e-14)));
        assertFalse(t.test(Complex.of(1.0, 0.0), Complex.of(1.0, 1e-6)));
        assertTrue(
                t.test(
                        Complex.of(Double.POSITIVE_INFINITY, 1),
                        Complex.of(Double.POSITIVE_INFINITY, 1)));
        assertFalse(
                t.test(
                        Complex.of(Double.POSITIVE_INFINITY, 1),
                        Complex.of(Double.POSITIVE_INFINITY, 2)));
    }

    @Test
    void vectorsCompareElementwiseAndRefuseLengthMismatch() {
        assertTrue(Tolerance.absolute(0.1).test(new double[] {1, 2}, new double[] {1.05, 2}));
        assertFalse(Tolerance.absolute(0.1).test(new double[] {1, 2}, new double[] {1.05, 2.2}));
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Tolerance.exact().test(new double[2], new double[3]));
        assertTrue(e.getMessage().contains("2 vs 3"), e.getMessage());
    }

    @Test
    void badParametersAreRefusedNamingTheValue() {
        assertTrue(
                assertThrows(IllegalArgumentException.class, () -> Tolerance.relative(Double.NaN))
                        .getMessage()
                        .contains("NaN"));
        assertTrue(
                assertThrows(IllegalArgumentException.class, () -> Tolerance.absolute(-1.0))
                        .getMessage()
                        .contains("-1.0"));
        assertTrue(
                assertThrows(IllegalArgumentException.class, () -> Tolerance.ulps(-3))
                        .getMessage()
                        .contains("-3"));
        assertThrows(
                IllegalArgumentException.class, () -> Tolerance.relative(Double.POSITIVE_INFINITY));
    }

    @Test
    void tolerancesAreValues() {
        assertEquals(Tolerance.relative(1e-9), Tolerance.relative(1e-9));
        assertEquals(
                Tolerance.absoluteOrRelative(1e-9, 1e-12),
                Tolerance.absoluteOrRelative(1e-9, 1e-12));
        assertEquals("Tolerance.ulps(4)", Tolerance.ulps(4).toString());
    }
}
