package dev.cogs.algebra.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.algebra.Complex;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The spectral evaluator against the direct evaluation ({@link CogsLoss#evaluate}) and against a
 * margin computed here from the direct outputs, on the constructions of docs/cogs-math.md §6 and on
 * random single-frequency nets; the fallback for every other net.
 */
class SpectralDataSpaceTest {

    private static final Complex NU = Complex.polar(1, 0.7);
    private static final Complex XI = Complex.polar(1, 0.3);

    /** A fallback that must not be called. */
    private static final DataSpaceEvaluator NEVER =
            w -> {
                throw new AssertionError("the fallback was called for a single-frequency net");
            };

    /** The margin min_{a,b}(o_y − max_{c≠y} o_c) from the outputs by the definition. */
    private static double directMargin(RealWeights w) {
        int d = w.d();
        int q = w.order();
        double min = Double.POSITIVE_INFINITY;
        double[] o = new double[d];
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                for (int c = 0; c < d; c++) {
                    double s = 0;
                    for (int j = 0; j < q; j++) {
                        double v = w.ua(j, a) + w.ub(j, b);
                        s += w.w(c, j) * v * v;
                    }
                    o[c] = s;
                }
                int y = (a + b) % d;
                double other = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < d; c++) {
                    if (c != y) {
                        other = Math.max(other, o[c]);
                    }
                }
                min = Math.min(min, o[y] - other);
            }
        }
        return min;
    }

    /**
     * The exact global constructions: losses of rounding size, so the two evaluations agree to
     * 1e-26 absolutely (outputs agree to a few 1e-16, residual norms squared summed over d ≤ 47
     * classes stay far below); every pair correct; margin 1 up to rounding.
     */
    @Test
    void globalConstructionsAgreeWithTheDirectEvaluation() {
        SpectralDataSpace spectral = SpectralDataSpace.of(NEVER);
        for (int d : new int[] {7, 23, 47}) {
            List<FourierNet> nets = new ArrayList<>();
            nets.add(Constructions.f6(d, NU));
            nets.add(Constructions.f46(d, NU, XI, 1));
            nets.add(Constructions.f46(d, NU, XI, (d - 1) / 2));
            for (FourierNet z : nets) {
                RealWeights w = z.toReal();
                assertTrue(spectral.applies(w), () -> "d = " + d + ": " + spectral.refusal(w));
                DataSpaceEvaluation ref = CogsLoss.evaluate(w);
                EvaluationWithMargin got = spectral.evaluateWithMargin(w);
                assertEquals(ref.loss(), got.evaluation().loss(), 1e-26, "d = " + d);
                assertTrue(got.evaluation().loss() < ConstructionCheck.ZERO_LOSS);
                assertEquals(ref.correct(), got.evaluation().correct());
                assertEquals(d * d, got.evaluation().correct());
                assertEquals(d * d, got.evaluation().pairs());
                double margin = directMargin(w);
                assertEquals(margin, got.margin(), 1e-10 * Math.abs(margin));
                assertEquals(got.evaluation(), spectral.evaluate(w));
            }
        }
    }

    /**
     * z_F4 is not global: loss 2(d−1)/d for |ξ| = 1 (docs/cogs-math.md §6.2), about half the pairs
     * right, negative margin; relative agreement 1e-10 (rounding of O(q) terms is 1e-14 here).
     */
    @Test
    void nonGlobalF4AgreesWithTheDirectEvaluation() {
        SpectralDataSpace spectral = DataSpaceEvaluator.spectral(NEVER);
        for (int d : new int[] {7, 23, 47}) {
            RealWeights w = Constructions.f4(d, XI).toReal();
            DataSpaceEvaluation ref = CogsLoss.evaluate(w);
            EvaluationWithMargin got = spectral.evaluateWithMargin(w);
            assertEquals(2.0 * (d - 1) / d, got.evaluation().loss(), 1e-10);
            assertEquals(ref.loss(), got.evaluation().loss(), 1e-10 * ref.loss());
            assertEquals(ref.correct(), got.evaluation().correct());
            double margin = directMargin(w);
            assertTrue(margin < 0);
            assertEquals(margin, got.margin(), 1e-10 * Math.abs(margin));
        }
    }

    /**
     * A random net whose node j has frequency f_j (several nodes per frequency, some frequencies
     * unused) and vectors c + A cos(2πf n/d) + B sin(2πf n/d) with coefficients uniform in [−1, 1];
     * each vector is constant with probability 1/5, a node may be entirely constant. W is scaled by
     * 1/q so that outputs and losses are O(1).
     */
    static RealWeights randomSingleFrequency(int d, int q, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] ua = new double[q * d];
        double[] ub = new double[q * d];
        double[] w = new double[d * q];
        for (int j = 0; j < q; j++) {
            int f = 1 + r.nextInt(Math.max(1, (d - 1) / 3));
            double[][] x = new double[3][d];
            for (int v = 0; v < 3; v++) {
                boolean constant = r.nextInt(5) == 0;
                double c = r.nextDouble(-1, 1);
                double a = constant ? 0 : r.nextDouble(-1, 1);
                double b = constant ? 0 : r.nextDouble(-1, 1);
                for (int n = 0; n < d; n++) {
                    double t = 2 * Math.PI * f * n / d;
                    x[v][n] = c + a * Math.cos(t) + b * Math.sin(t);
                }
            }
            System.arraycopy(x[0], 0, ua, j * d, d);
            System.arraycopy(x[1], 0, ub, j * d, d);
            for (int c = 0; c < d; c++) {
                w[c * q + j] = x[2][c] / q;
            }
        }
        return RealWeights.ofFlat(d, q, ua, ub, w);
    }

    @Test
    void randomSingleFrequencyNetsAgreeWithTheDirectEvaluation() {
        SpectralDataSpace spectral = SpectralDataSpace.of(NEVER);
        long seed = 20261202L;
        for (int d : new int[] {3, 7, 23, 31}) {
            for (int q : new int[] {1, 5, 2 * d}) {
                RealWeights w = randomSingleFrequency(d, q, seed++);
                assertTrue(spectral.applies(w), () -> "d = " + d + ": " + spectral.refusal(w));
                DataSpaceEvaluation ref = CogsLoss.evaluate(w);
                EvaluationWithMargin got = spectral.evaluateWithMargin(w);
                // losses O(1): outputs agree to ~1e-15, the bound leaves 1e5 for the rest
                assertEquals(ref.loss(), got.evaluation().loss(), 1e-10 * ref.loss());
                assertEquals(ref.correct(), got.evaluation().correct(), "d = " + d + ", q = " + q);
                double margin = directMargin(w);
                assertEquals(margin, got.margin(), 1e-10 * Math.abs(margin), "d = " + d);
            }
        }
    }

    /** d = 129 runs the first inputs in parallel (d³ above the threshold). */
    @Test
    void parallelEvaluationAgreesWithTheDirectEvaluation() {
        int d = 129;
        assertTrue((long) d * d * d > SpectralDataSpace.PARALLEL_WORK);
        RealWeights w = Constructions.f46(d, NU, XI, 5).toReal();
        DataSpaceEvaluation ref = CogsLoss.evaluate(w);
        DataSpaceEvaluation got = SpectralDataSpace.of(NEVER).evaluate(w);
        assertEquals(ref.loss(), got.loss(), 1e-26);
        assertEquals(d * d, got.correct());
        RealWeights r = randomSingleFrequency(d, 40, 7);
        assertEquals(
                CogsLoss.evaluate(r).loss(),
                SpectralDataSpace.of(NEVER).evaluate(r).loss(),
                1e-10 * CogsLoss.evaluate(r).loss());
    }

    @Test
    void otherNetsGoToTheFallbackUnchanged() {
        List<RealWeights> seen = new ArrayList<>();
        DataSpaceEvaluation planted = new DataSpaceEvaluation(0.375, 3, 49);
        SpectralDataSpace spectral =
                SpectralDataSpace.of(
                        w -> {
                            seen.add(w);
                            return planted;
                        });
        RealWeights memorisation = Constructions.memorisation(7).toReal();
        assertFalse(spectral.applies(memorisation));
        assertSame(planted, spectral.evaluate(memorisation));
        assertEquals(List.of(memorisation), seen);
        // the pure-Java fallback: exactly its result
        SpectralDataSpace withJava = SpectralDataSpace.of(DataSpaceEvaluator.pureJava());
        assertSame(DataSpaceEvaluator.pureJava().getClass(), withJava.fallback().getClass());
        assertEquals(CogsLoss.evaluate(memorisation), withJava.evaluate(memorisation));
        RealWeights random = dense(9, 6, 11);
        assertFalse(withJava.applies(random));
        assertTrue(withJava.refusal(random).orElseThrow().startsWith("node 0: U_a"));
        assertEquals(CogsLoss.evaluate(random), withJava.evaluate(random));
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class, () -> withJava.evaluateWithMargin(random));
        assertTrue(e.getMessage().contains("node 0: U_a is not a single sinusoid"));
    }

    @Test
    void aNodeWithTwoInputFrequenciesFallsBack() {
        int d = 11;
        int q = 4;
        RealWeights good = randomSingleFrequency(d, q, 3);
        assertTrue(SpectralDataSpace.of(NEVER).applies(good));
        // node 2: U_a at frequency 1, U_b at frequency 3, each alone a clean sinusoid
        double[] ua = good.uaFlat();
        double[] ub = good.ubFlat();
        for (int n = 0; n < d; n++) {
            ua[2 * d + n] = Math.cos(2 * Math.PI * n / d);
            ub[2 * d + n] = 0.5 + Math.sin(2 * Math.PI * 3 * n / d);
        }
        RealWeights mixed = RealWeights.ofFlat(d, q, ua, ub, good.wFlat());
        SpectralDataSpace spectral = SpectralDataSpace.of(DataSpaceEvaluator.pureJava());
        assertEquals(
                "node 2: U_a has frequency 1 but U_b frequency 3",
                spectral.refusal(mixed).orElseThrow());
        assertEquals(CogsLoss.evaluate(mixed), spectral.evaluate(mixed));
        // an input with two frequencies is not a single sinusoid
        for (int n = 0; n < d; n++) {
            ub[2 * d + n] =
                    Math.cos(2 * Math.PI * n / d) + 1e-6 * Math.cos(2 * Math.PI * 4 * n / d);
        }
        assertEquals(
                "node 2: U_b is not a single sinusoid c + A cos(2 pi f n/d) + B sin(2 pi f n/d)"
                        + " within 1e-12",
                spectral.refusal(RealWeights.ofFlat(d, q, ua, ub, good.wFlat())).orElseThrow());
    }

    /**
     * Output vectors off the inputs' frequency (two frequencies, as z_F4/6's bias-cancelling
     * order-6 block, or random) are exact too: those nodes' cross terms are added directly, up to
     * {@value SingleFrequencyNodes#MAX_DIRECT_NODES} such nodes; one more and the fallback
     * evaluates the net.
     */
    @Test
    void outputVectorsOffTheInputFrequencyAreAddedDirectly() {
        int d = 13;
        int q = 40;
        RealWeights good = randomSingleFrequency(d, q, 17);
        double[] w = good.wFlat();
        SplittableRandom r = new SplittableRandom(5);
        for (int j = 0; j < SingleFrequencyNodes.MAX_DIRECT_NODES; j++) {
            for (int k = 0; k < d; k++) {
                w[k * q + j] =
                        j % 2 == 0
                                ? r.nextDouble(-1, 1) / q
                                : (Math.cos(2 * Math.PI * k / d + 0.3)
                                                + 0.5 * Math.cos(2 * Math.PI * (2 + j % 4) * k / d))
                                        / q;
            }
        }
        RealWeights shifted = RealWeights.ofFlat(d, q, good.uaFlat(), good.ubFlat(), w);
        SpectralDataSpace spectral = SpectralDataSpace.of(NEVER);
        assertTrue(spectral.applies(shifted), () -> spectral.refusal(shifted).toString());
        DataSpaceEvaluation ref = CogsLoss.evaluate(shifted);
        EvaluationWithMargin got = spectral.evaluateWithMargin(shifted);
        assertEquals(ref.loss(), got.evaluation().loss(), 1e-10 * ref.loss());
        assertEquals(ref.correct(), got.evaluation().correct());
        double margin = directMargin(shifted);
        assertEquals(margin, got.margin(), 1e-10 * Math.abs(margin));
        // one more random output vector
        int j = SingleFrequencyNodes.MAX_DIRECT_NODES;
        for (int k = 0; k < d; k++) {
            w[k * q + j] = r.nextDouble(-1, 1) / q;
        }
        RealWeights tooMany = RealWeights.ofFlat(d, q, good.uaFlat(), good.ubFlat(), w);
        assertEquals(
                "33 nodes have an output vector W off their inputs' single frequency, more than 32",
                SpectralDataSpace.of(DataSpaceEvaluator.pureJava()).refusal(tooMany).orElseThrow());
    }

    /** No hidden node: every output is 0, loss 1 − 1/d (docs/cogs-math.md §1), margin 0. */
    @Test
    void theEmptyNetHasTheClosedFormLoss() {
        RealWeights w = FourierNet.empty(9).toReal();
        EvaluationWithMargin got = SpectralDataSpace.of(NEVER).evaluateWithMargin(w);
        assertEquals(1 - 1.0 / 9, got.evaluation().loss(), 1e-15);
        assertEquals(CogsLoss.evaluate(w).correct(), got.evaluation().correct());
        assertEquals(0.0, got.margin());
    }

    @Test
    void evenDFallsBack() {
        RealWeights w = dense(8, 3, 5);
        SpectralDataSpace spectral = SpectralDataSpace.of(DataSpaceEvaluator.pureJava());
        assertEquals("d (8) is not odd and >= 3", spectral.refusal(w).orElseThrow());
        assertEquals(CogsLoss.evaluate(w), spectral.evaluate(w));
    }

    @Test
    void nullsAreRefused() {
        assertThrows(NullPointerException.class, () -> SpectralDataSpace.of(null));
        SpectralDataSpace spectral = SpectralDataSpace.of(NEVER);
        assertThrows(NullPointerException.class, () -> spectral.evaluate(null));
        assertThrows(NullPointerException.class, () -> spectral.evaluateWithMargin(null));
        assertThrows(NullPointerException.class, () -> spectral.applies(null));
        assertThrows(NullPointerException.class, () -> new EvaluationWithMargin(null, 1.0));
    }

    /** Random weights uniform in [−1, 1]: no structure. */
    private static RealWeights dense(int d, int q, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] ua = new double[q * d];
        double[] ub = new double[q * d];
        double[] w = new double[d * q];
        for (int i = 0; i < q * d; i++) {
            ua[i] = r.nextDouble(-1, 1);
            ub[i] = r.nextDouble(-1, 1);
            w[i] = r.nextDouble(-1, 1) / q;
        }
        return RealWeights.ofFlat(d, q, ua, ub, w);
    }
}
