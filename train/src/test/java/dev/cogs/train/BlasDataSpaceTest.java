package dev.cogs.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.cogs.algebra.weights.CogsLoss;
import dev.cogs.algebra.weights.ConstructionCheck;
import dev.cogs.algebra.weights.Constructions;
import dev.cogs.algebra.weights.DataSpaceEvaluation;
import dev.cogs.algebra.weights.FourierNet;
import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.algebra.weights.Verification;
import dev.cogs.nets.analysis.Margins;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link BlasDataSpace} against the pure-Java reference {@link CogsLoss#evaluate}, which forms
 * every output as a plain sum over the hidden nodes (an independent computation of the same
 * quantity: scalar loops instead of dgemm).
 */
class BlasDataSpaceTest {

    /** A random net: odd d, order q and the seed of its weights. */
    record Recipe(int d, int q, long seed) {

        RealWeights weights() {
            SplittableRandom r = new SplittableRandom(seed);
            double[] ua = new double[q * d];
            double[] ub = new double[q * d];
            double[] w = new double[d * q];
            for (int i = 0; i < ua.length; i++) {
                ua[i] = r.nextDouble(-1, 1);
                ub[i] = r.nextDouble(-1, 1);
            }
            // outputs O(1): W scaled by 1/q
            for (int i = 0; i < w.length; i++) {
                w[i] = r.nextDouble(-1, 1) / q;
            }
            return RealWeights.ofFlat(d, q, ua, ub, w);
        }
    }

    private static Gen<Recipe> recipes() {
        return integers()
                .between(1, 8)
                .zip(
                        integers().between(1, 40),
                        longs().all(),
                        (h, q, s) -> new Recipe(2 * h + 1, q, s))
                .describedAs(Recipe::toString);
    }

    /**
     * Relative tolerance against the reference for losses O(1). Each output is a sum of q ≤ 40
     * products, rounded differently by dgemm (FMA, blocked) and by the reference (plain sum in
     * increasing j): the outputs differ by at most about 2q·2⁻⁵³ ≈ 1e-14 relative to their size,
     * O(1) here, and the residuals (also O(1)) and their squares inherit that; the two compensated
     * sums over the d² pairs add nothing. 1e-12 leaves a factor 100 of margin.
     */
    private static final double RELATIVE_O1 = 1e-12;

    @Test
    void agreesWithTheReferenceOnRandomNets() {
        BlasDataSpace blas = BlasDataSpace.of(new BlasDataSpace.Options(7, 2, 1));
        qt().withFixedSeed(20261202L)
                .withExamples(60)
                .forAll(recipes())
                .check(
                        r -> {
                            RealWeights w = r.weights();
                            DataSpaceEvaluation ref = CogsLoss.evaluate(w);
                            DataSpaceEvaluation got = blas.evaluate(w);
                            return Math.abs(got.loss() - ref.loss()) <= RELATIVE_O1 * ref.loss()
                                    && got.correct() == ref.correct()
                                    && got.pairs() == ref.pairs();
                        });
    }

    /**
     * Losses O(1e-3): z_F4/6 with every weight moved by a random relative 1e-2 (the loss grows as
     * the square of the move). The outputs stay O(1) while the residuals are O(1e-2), so their
     * rounding differences, about 2q·2⁻⁵³ ≈ 4e-14 of the outputs at q ≤ 2·17, are up to 4e-12 of
     * the residuals; the loss, a sum of squares of residuals, moves by twice that relatively. 1e-10
     * leaves a factor 10 of margin.
     */
    @Test
    void agreesWithTheReferenceNearAnOptimum() {
        BlasDataSpace blas = BlasDataSpace.get();
        for (int d : new int[] {5, 11, 17}) {
            RealWeights exact = f46(d).toReal();
            SplittableRandom r = new SplittableRandom(d);
            double[] ua = perturbed(exact.uaFlat(), r);
            double[] ub = perturbed(exact.ubFlat(), r);
            double[] w = perturbed(exact.wFlat(), r);
            RealWeights near = RealWeights.ofFlat(d, exact.order(), ua, ub, w);
            DataSpaceEvaluation ref = CogsLoss.evaluate(near);
            DataSpaceEvaluation got = blas.evaluate(near);
            assertTrue(
                    ref.loss() > 1e-6 && ref.loss() < 1e-1,
                    "the perturbation gives a small loss: " + ref.loss());
            assertEquals(ref.loss(), got.loss(), 1e-10 * ref.loss(), "d = " + d);
            assertEquals(ref.correct(), got.correct(), "d = " + d);
        }
    }

    private static double[] perturbed(double[] x, SplittableRandom r) {
        double[] y = x.clone();
        for (int i = 0; i < y.length; i++) {
            y[i] *= 1 + 1e-2 * r.nextDouble(-1, 1);
        }
        return y;
    }

    private static FourierNet f46(int d) {
        ConstructionCheck.Options o = ConstructionCheck.Options.defaults(d);
        return Constructions.f46(d, o.nu(), o.xi(), o.k0());
    }

    @Test
    void exactConstructionsHaveZeroLossAndFullAccuracy() {
        BlasDataSpace blas = BlasDataSpace.get();
        for (int d : new int[] {5, 23, 31}) {
            ConstructionCheck.Options o = ConstructionCheck.Options.defaults(d);
            for (FourierNet z :
                    List.of(Constructions.f6(d, o.nu()), f46(d), Constructions.memorisation(d))) {
                DataSpaceEvaluation e = blas.evaluate(z.toReal());
                assertTrue(
                        e.loss() <= ConstructionCheck.ZERO_LOSS,
                        "d = " + d + ", order " + z.order() + ": loss " + e.loss());
                assertEquals(d * d, e.correct(), "d = " + d + ", order " + z.order());
            }
            // the non-global z_F4: loss 2(d-1)/d for |xi| = 1 (docs/cogs-math.md §6.2)
            DataSpaceEvaluation f4 = blas.evaluate(Constructions.f4(d, o.xi()).toReal());
            assertEquals(2.0 * (d - 1) / d, f4.loss(), 1e-12, "z_F4 at d = " + d);
        }
    }

    /**
     * Every output is one dgemm entry whose order of summation over the hidden nodes is fixed by
     * OpenBLAS's blocking of the inner dimension, and the squared norms are added in (a, b) order:
     * the result is bitwise the same for every block size and number of Java workers at one BLAS
     * thread per product. (With two BLAS threads per product, OpenBLAS 0.3.19 rounds some outputs
     * differently; that case is compared to tolerance below.)
     */
    @Test
    void resultIsBitwiseIndependentOfBlocksAndWorkers() {
        qt().withFixedSeed(7L)
                .withExamples(15)
                .forAll(recipes())
                .check(
                        r -> {
                            RealWeights w = r.weights();
                            DataSpaceEvaluation one =
                                    BlasDataSpace.of(new BlasDataSpace.Options(1, 1, 1))
                                            .evaluate(w);
                            for (BlasDataSpace.Options o :
                                    List.of(
                                            new BlasDataSpace.Options(5, 2, 1),
                                            new BlasDataSpace.Options(64, 3, 1),
                                            new BlasDataSpace.Options(384, 1, 1),
                                            new BlasDataSpace.Options(10_000, 2, 1))) {
                                DataSpaceEvaluation e = BlasDataSpace.of(o).evaluate(w);
                                if (Double.doubleToRawLongBits(e.loss())
                                                != Double.doubleToRawLongBits(one.loss())
                                        || e.correct() != one.correct()) {
                                    return false;
                                }
                            }
                            DataSpaceEvaluation twoBlas =
                                    BlasDataSpace.of(new BlasDataSpace.Options(3, 1, 2))
                                            .evaluate(w);
                            return Math.abs(twoBlas.loss() - one.loss()) <= RELATIVE_O1 * one.loss()
                                    && twoBlas.correct() == one.correct();
                        });
    }

    @Test
    void overflowIsRefusedNotReturnedAsNaN() {
        int d = 5;
        int q = 2;
        double[] ua = new double[q * d];
        double[] ub = new double[q * d];
        double[] w = new double[d * q];
        java.util.Arrays.fill(ua, 1e155);
        java.util.Arrays.fill(ub, 1e155);
        java.util.Arrays.fill(w, 1.0);
        // finite weights whose activations (2e155)² overflow double
        RealWeights huge = RealWeights.ofFlat(d, q, ua, ub, w);
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class, () -> BlasDataSpace.get().evaluate(huge));
        assertTrue(e.getMessage().contains("not finite"), e.getMessage());
        assertTrue(e.getMessage().contains("d = 5, order 2"), e.getMessage());
        // the reference returns the non-finite loss as it is (DataSpaceEvaluator#pureJava)
        assertTrue(!Double.isFinite(CogsLoss.evaluate(huge).loss()));
    }

    @Test
    void verificationThroughTheSeamUsesTheEvaluator() {
        FourierNet z = f46(13);
        Verification ref = Verification.of(z);
        Verification blas = Verification.of(z, Verification.DEFAULT_TOLERANCE, BlasDataSpace.get());
        assertTrue(blas.dataSpaceLoss() <= ConstructionCheck.ZERO_LOSS, blas.toString());
        assertEquals(ref.accuracy(), blas.accuracy());
        assertEquals(ref.sumPotentialLoss(), blas.sumPotentialLoss());
        ConstructionCheck.Result run =
                ConstructionCheck.run(
                        new ConstructionCheck.Options(9, 0.7, 0.3, 1, 9),
                        ConstructionCheck.Progress.NONE,
                        BlasDataSpace.get());
        assertTrue(run.verified(), run.toString());
        assertEquals(4, run.rows().size());
    }

    @Test
    void optionsAreValidatedAndDefaultsSizeTheBlocks() {
        assertThrows(IllegalArgumentException.class, () -> new BlasDataSpace.Options(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new BlasDataSpace.Options(1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new BlasDataSpace.Options(1, 1, 0));
        assertThrows(NullPointerException.class, () -> BlasDataSpace.of(null));
        assertThrows(NullPointerException.class, () -> BlasDataSpace.get().evaluate(null));
        BlasDataSpace.Options defaults = BlasDataSpace.get().options();
        assertEquals(Runtime.getRuntime().availableProcessors(), defaults.workers());
        assertEquals(1, defaults.blasThreads());
        assertEquals(BlasDataSpace.DEFAULT_BLOCK_PAIRS, defaults.blockPairs());
    }

    @Test
    void dgemmRateIsTimedAndValidated() {
        TrainingBenchmarks.DgemmRate rate = TrainingBenchmarks.dgemm(64, 2, 1);
        assertEquals(2.0 * 64 * 64 * 64, rate.flops());
        assertTrue(rate.gflops() > 0 && rate.seconds() >= 0, rate.toString());
        assertEquals(1, rate.threads());
        assertThrows(IllegalArgumentException.class, () -> TrainingBenchmarks.dgemm(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> TrainingBenchmarks.dgemm(8, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> TrainingBenchmarks.dgemm(8, 1, 0));
        assertThrows(
                IllegalArgumentException.class, () -> new TrainingBenchmarks.DgemmRate(0, 1, 1.0));
        assertThrows(
                IllegalArgumentException.class,
                () -> new TrainingBenchmarks.DgemmRate(8, 1, Double.NaN));
    }

    /**
     * The margin from the same pass against {@link Margins#margin} (outputs held in full, plain
     * sums): outputs O(1) that differ by rounding, about 2q·2⁻⁵³ ≈ 1e-14 at q ≤ 40, so the margins,
     * a difference of two outputs, agree to 1e-12 absolute.
     */
    @Test
    void marginAgreesWithTheNetsAnalysis() {
        BlasDataSpace blas = BlasDataSpace.of(new BlasDataSpace.Options(5, 2, 1));
        qt().withFixedSeed(11L)
                .withExamples(40)
                .forAll(recipes())
                .check(
                        r -> {
                            RealWeights w = r.weights();
                            BlasDataSpace.WithMargin e = blas.evaluateWithMargin(w);
                            return Math.abs(e.margin() - Margins.margin(w)) <= 1e-12
                                    && e.evaluation().equals(blas.evaluate(w));
                        });
        for (int d : new int[] {7, 13}) {
            RealWeights w = f46(d).toReal();
            assertEquals(Margins.margin(w), blas.evaluateWithMargin(w).margin(), 1e-12);
            // z_F4 misclassifies: negative margin, as the analysis finds
            RealWeights f4 =
                    Constructions.f4(d, ConstructionCheck.Options.defaults(d).xi()).toReal();
            assertEquals(Margins.margin(f4), blas.evaluateWithMargin(f4).margin(), 1e-12);
        }
        assertThrows(NullPointerException.class, () -> new BlasDataSpace.WithMargin(null, 0));
    }
}
