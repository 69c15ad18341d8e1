package dev.cogs.algebra.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.cogs.algebra.Complex;
import dev.cogs.testkit.weights.WeightGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Fourier conventions of docs/cogs-math.md §2 and the value semantics of {@link FourierNet}. */
class FourierNetTest {

    private static final Complex NAN = Complex.of(Double.NaN, Double.NaN);

    /** Forward + inverse DFT of entries in [-1, 1]: a few ulps times d ≤ 31, far below 1e-12. */
    private static final double ROUND_TRIP = 1e-12;

    private static Gen<RealWeights> randomWeights() {
        return WeightGenerators.oddD()
                .flatMap(
                        d ->
                                integers()
                                        .between(0, 4)
                                        .flatMap(q -> WeightGenerators.realWeights(d, q)));
    }

    @Test
    void realRoundTripIsIdentity() {
        qt().withExamples(100)
                .forAll(randomWeights())
                .check(w -> FourierNet.fromReal(w).toReal().isClose(w, ROUND_TRIP));
    }

    @Test
    void fourierOfRealWeightsIsConjugateSymmetric() {
        qt().withExamples(100)
                .forAll(randomWeights())
                .check(w -> FourierNet.fromReal(w).isConjugateSymmetric(0.0));
    }

    @Test
    void parsevalHolds() {
        // docs/cogs-math.md §2: ||u_a||² = d Σ_k |A_k|², ||w||² = d Σ_k |C_k|².
        qt().withExamples(100)
                .forAll(randomWeights())
                .check(
                        w -> {
                            FourierNet z = FourierNet.fromReal(w);
                            int d = w.d();
                            double fourier = 0;
                            for (Part p : Part.values()) {
                                for (int k = 0; k < d; k++) {
                                    for (int j = 0; j < w.order(); j++) {
                                        fourier +=
                                                z.coefficient(p, k, j).abs()
                                                        * z.coefficient(p, k, j).abs();
                                    }
                                }
                            }
                            return Math.abs(d * fourier - w.normSquared())
                                    <= 1e-12 * Math.max(1, w.normSquared());
                        });
    }

    @Test
    void signsFollowTheSpec() {
        // u_a[x] = cos(2π·2x/d), u_b = sin(2π·2x/d), w[c] = cos(2π·2c/d) at d = 7: A_2 = 1/2, B_2 =
        // -i/2
        // (ω^{-kx} on inputs), C_2 = 1/2; a sine output w[c] = sin(2π·2c/d) has C_2 = +i/2
        // (ω^{+kc}).
        int d = 7;
        double[][] ua = new double[2][d];
        double[][] ub = new double[2][d];
        double[][] w = new double[d][2];
        for (int x = 0; x < d; x++) {
            double t = 2 * Math.PI * 2 * x / d;
            ua[0][x] = Math.cos(t);
            ub[0][x] = Math.sin(t);
            w[x][0] = Math.cos(t);
            w[x][1] = Math.sin(t);
        }
        FourierNet z = FourierNet.fromReal(RealWeights.of(ua, ub, w));
        assertClose(Complex.of(0.5, 0), z.coefficient(Part.A, 2, 0));
        assertClose(Complex.of(0, -0.5), z.coefficient(Part.B, 2, 0));
        assertClose(Complex.of(0.5, 0), z.coefficient(Part.C, 2, 0));
        assertClose(Complex.of(0, 0.5), z.coefficient(Part.C, 2, 1));
        assertClose(Complex.of(0, 0.5), z.coefficient(Part.B, 5, 0));
    }

    @Test
    void singleFrequencyBlockHasTheStatedRealForm() {
        // docs/cogs-math.md §2: value (α, β, γ) at k gives u_a[x] = 2 Re(α ω^{kx}), w[c] = 2 Re(γ
        // ω^{-kc}); sums of d = 11
        // terms of modulus ≤ 2: rounding below 1e-14.
        int d = 11;
        int k = 3;
        Complex alpha = Complex.of(0.3, -0.7);
        Complex beta = Complex.of(-0.2, 0.4);
        Complex gamma = Complex.of(0.9, 0.1);
        RealWeights w =
                FourierNet.block(
                                d,
                                k,
                                new Complex[] {alpha},
                                new Complex[] {beta},
                                new Complex[] {gamma})
                        .toReal();
        for (int x = 0; x < d; x++) {
            Complex om = Complex.polar(1, 2 * Math.PI * k * x / d);
            assertEquals(2 * alpha.multiply(om).re(), w.ua(0, x), 1e-14);
            assertEquals(2 * beta.multiply(om).re(), w.ub(0, x), 1e-14);
            assertEquals(2 * gamma.multiply(om.conjugate()).re(), w.w(x, 0), 1e-14);
        }
    }

    @Test
    void oneIsTheScaledDeltaNode() {
        // A_k = 1 for all k ⇔ u_a = d·e_0 (inverse DFT of ones).
        RealWeights w = FourierNet.one(5).toReal();
        assertEquals(5.0, w.ua(0, 0), 1e-14);
        assertEquals(0.0, w.ua(0, 3), 1e-14);
        assertEquals(5.0, w.w(0, 0), 1e-14);
    }

    @Test
    void equalsIsExactAndCopiesAreDefensive() {
        FourierNet z = Constructions.syn(5, 2);
        double[] re = z.reFlat();
        re[0] = 42;
        assertNotEquals(42.0, z.reFlat()[0]);
        assertEquals(z, FourierNet.of(5, 3, z.reFlat(), z.imFlat()));
        assertNotEquals(z, z.scale(1, 1, 1 + 1e-16 * 4));
        assertEquals(z.hashCode(), FourierNet.of(5, 3, z.reFlat(), z.imFlat()).hashCode());
        assertTrue(z.isClose(z.scale(1, 1, 1 + 1e-15), 1e-14));
        assertEquals("FourierNet[d=5, order=3]", z.toString());
    }

    @Test
    void nonConjugateSymmetricCoefficientsCannotBeMadeReal() {
        double[] re = new double[3 * 5];
        double[] im = new double[3 * 5];
        re[1] = 1; // A_1 = 1 but A_4 = 0
        FourierNet z = FourierNet.of(5, 1, re, im);
        assertFalse(z.isConjugateSymmetric(1e-10));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, z::toReal);
        assertTrue(
                e.getMessage().contains("conjugate-symmetric")
                        && e.getMessage().contains("z[A][1][0]"),
                e.getMessage());
        double[] im0 = new double[3 * 5];
        im0[0] = 0.5; // imaginary DC coefficient
        IllegalArgumentException e0 =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> FourierNet.of(5, 1, new double[15], im0).toReal());
        assertTrue(e0.getMessage().contains("z[A][0][0]"), e0.getMessage());
    }

    @Test
    void nonFiniteCoefficientsAreRejected() {
        double[] re = new double[3 * 5 * 2];
        re[7] = Double.NaN;
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> FourierNet.of(5, 2, re, new double[30]));
        assertTrue(
                e.getMessage().contains("NaN") && e.getMessage().contains("finite"),
                e.getMessage());
        double[] im = new double[30];
        im[3] = Double.POSITIVE_INFINITY;
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> FourierNet.of(5, 2, new double[30], im));
        assertTrue(e.getMessage().contains("Infinity"), e.getMessage());
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                FourierNet.block(
                                        5,
                                        1,
                                        new Complex[] {NAN},
                                        new Complex[] {Complex.ONE},
                                        new Complex[] {Complex.ONE}));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        double[][] bad = {{0, 1, Double.NEGATIVE_INFINITY}};
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> RealWeights.of(bad, new double[1][3], new double[3][1]));
        assertTrue(
                e.getMessage().contains("ua[0][2]") && e.getMessage().contains("Infinity"),
                e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> Constructions.normalised(Constructions.syn(5, 1).scale(Double.NaN, 1, 1), 1));
    }

    @Test
    void badShapesAndIndicesAreRejected() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> FourierNet.of(5, 2, new double[29], new double[29]));
        assertTrue(e.getMessage().contains("29") && e.getMessage().contains("30"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FourierNet.empty(2));
        assertTrue(e.getMessage().contains("d (2)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Constructions.syn(5, 5));
        assertTrue(
                e.getMessage().contains("k (5)") && e.getMessage().contains("Z_5"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Constructions.syn(6, 3));
        assertTrue(e.getMessage().contains("2k != 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SumPotentials.abc(5, 0, 1, -1));
        assertTrue(
                e.getMessage().contains("(-1)") && e.getMessage().contains("Z_5"), e.getMessage());
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Constructions.syn(5, 1).select(new int[] {3}));
        assertTrue(e.getMessage().contains("(3)"), e.getMessage());
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> RealWeights.of(new double[2][5], new double[1][5], new double[5][2]));
        assertTrue(
                e.getMessage().contains("2 rows") && e.getMessage().contains("1 rows"),
                e.getMessage());
    }

    private static void assertClose(Complex expected, Complex actual) {
        assertTrue(
                expected.subtract(actual).abs() <= 1e-15,
                () -> "expected " + expected + " but was " + actual);
    }
}
