package dev.cogs.algebra.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.cogs.testkit.weights.WeightGenerators;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The exact loss decomposition of docs/cogs-math.md §3 against the direct data-space loss of
 * docs/cogs-math.md §1.
 */
class CogsLossTest {

    private static Gen<RealWeights> randomWeights() {
        return WeightGenerators.oddD()
                .flatMap(
                        d ->
                                integers()
                                        .between(1, 6)
                                        .flatMap(q -> WeightGenerators.realWeights(d, q)));
    }

    private static boolean relClose(double expected, double actual, double rel) {
        return Math.abs(expected - actual) <= rel * Math.abs(expected);
    }

    @Test
    void zeroNetLossIsOneMinusOneOverD() {
        // check docs/cogs-math.md §11.A.1: 0.956522 / 0.985915 / 0.992126 for d = 23 / 71 / 127
        // (docs/cogs-math.md §11), = 1 - 1/d.
        int[] ds = {23, 71, 127};
        double[] published = {0.956522, 0.985915, 0.992126};
        for (int i = 0; i < ds.length; i++) {
            int d = ds[i];
            RealWeights zero =
                    RealWeights.ofFlat(
                            d, 2, new double[2 * d], new double[2 * d], new double[2 * d]);
            // d² residual norms summed with compensation: relative rounding of one term, ~1e-16.
            assertEquals(1 - 1.0 / d, CogsLoss.dataSpace(zero), 1e-15);
            assertEquals(published[i], CogsLoss.dataSpace(zero), 5e-7);
            assertEquals(1 - 1.0 / d, CogsLoss.fullDataset(FourierNet.empty(d)), 1e-15);
            assertEquals(1 - 1.0 / d, CogsLoss.gramForm(FourierNet.empty(d)), 1e-15);
        }
    }

    @Test
    void classConstantOutputHasTheZeroNetLoss() {
        // docs/cogs-math.md §1: any output constant over classes gives 1 - 1/d; here w[c,j] =
        // const_j.
        qt().withExamples(50)
                .forAll(randomWeights())
                .check(
                        w -> {
                            int d = w.d();
                            int q = w.order();
                            double[] flat = new double[d * q];
                            for (int c = 0; c < d; c++) {
                                for (int j = 0; j < q; j++) {
                                    flat[c * q + j] = w.w(0, j);
                                }
                            }
                            RealWeights constant =
                                    RealWeights.ofFlat(d, q, w.uaFlat(), w.ubFlat(), flat);
                            return Math.abs(CogsLoss.dataSpace(constant) - (1 - 1.0 / d)) < 1e-12
                                    && Math.abs(
                                                    CogsLoss.fullDataset(
                                                                    FourierNet.fromReal(constant))
                                                            - (1 - 1.0 / d))
                                            < 1e-12;
                        });
    }

    @Test
    void sumPotentialFormsEqualTheDataSpaceLoss() {
        // check docs/cogs-math.md §11.A.2 (docs: relative 1e-12 for docs/cogs-math.md §3.2; the
        // Gram form gets 1e-10 for its cancellation).
        qt().withExamples(100)
                .forAll(randomWeights())
                .check(
                        w -> {
                            FourierNet z = FourierNet.fromReal(w);
                            double data = CogsLoss.dataSpace(w);
                            return relClose(data, CogsLoss.residualForm(z), 1e-12)
                                    && relClose(data, CogsLoss.gramForm(z), 1e-10)
                                    && relClose(data, CogsLoss.fullDataset(z), 1e-10)
                                    && relClose(data, OptimalityReport.of(z).loss(), 1e-12);
                        });
    }

    @Test
    void zeroMeanFormEqualsTheDataSpaceLoss() {
        // check docs/cogs-math.md §11.A.2, second half: with zero-mean input weights the paper's
        // §3.3 form holds.
        qt().withExamples(50)
                .forAll(randomWeights())
                .check(
                        w -> {
                            int d = w.d();
                            double[] ua = w.uaFlat();
                            double[] ub = w.ubFlat();
                            centreRows(ua, d);
                            centreRows(ub, d);
                            RealWeights centred =
                                    RealWeights.ofFlat(d, w.order(), ua, ub, w.wFlat());
                            return relClose(
                                    CogsLoss.dataSpace(centred),
                                    CogsLoss.zeroMeanForm(FourierNet.fromReal(centred)),
                                    1e-10);
                        });
    }

    private static void centreRows(double[] m, int d) {
        for (int r = 0; r < m.length / d; r++) {
            double mean = Arrays.stream(m, r * d, (r + 1) * d).sum() / d;
            for (int x = r * d; x < (r + 1) * d; x++) {
                m[x] -= mean;
            }
        }
    }

    @Test
    void zeroMeanFormRefusesDcComponents() {
        FourierNet z = FourierNet.one(5);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> CogsLoss.zeroMeanForm(z));
        assertTrue(e.getMessage().contains("A_0j = B_0j = 0"), e.getMessage());
    }

    @Test
    void sparseAndDenseResidualEnginesAgree() {
        qt().withExamples(50)
                .forAll(WeightGenerators.sameD(1, 4))
                .check(
                        zs -> {
                            FourierNet z = zs.get(0);
                            double[] sparse = new double[1];
                            double[] dense = new double[1];
                            Residuals.visitSparse(
                                    new NodeSupports(z),
                                    (k, m1, m2, re, im) -> sparse[0] += re * re + im * im);
                            Residuals.visitDense(
                                    new NodeSupports(z),
                                    (k, m1, m2, re, im) -> dense[0] += re * re + im * im);
                            return relClose(sparse[0], dense[0], 1e-12);
                        });
    }

    @Test
    void accuracyCountsArgmaxMatches() {
        // The zero net predicts class 0 (first maximum) for every pair: exactly the d pairs with a
        // + b = 0.
        RealWeights zero = RealWeights.ofFlat(7, 1, new double[7], new double[7], new double[7]);
        DataSpaceEvaluation e = CogsLoss.evaluate(zero);
        assertEquals(7, e.correct());
        assertEquals(49, e.pairs());
        assertEquals(1.0 / 7, e.accuracy(), 0.0);
        assertEquals(1.0 / 7, CogsLoss.accuracy(zero), 0.0);
    }
}
