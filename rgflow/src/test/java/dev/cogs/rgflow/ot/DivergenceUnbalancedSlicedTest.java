package dev.cogs.rgflow.ot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.cogs.testkit.ot.PointClouds;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** docs/rgflow.md §8 rows 12, 16, 16b, 17 and barycentre laws. */
class DivergenceUnbalancedSlicedTest {

    private static final SinkhornOptions STRICT =
            SinkhornOptions.of(0.1).withTolerance(1e-13).withMaxIterations(100_000);

    @Test
    void row16SinkhornDivergenceBothConventions() {
        EmpiricalMeasure x = ReferenceClouds.circle(10);
        EmpiricalMeasure y = ReferenceClouds.parabola(10);
        SinkhornDivergenceResult pot =
                SinkhornDivergence.compute(
                        x,
                        y,
                        GroundCost.squaredEuclidean(),
                        STRICT,
                        DivergenceConvention.LINEAR_TERM);
        assertEquals(0.944747334683, pot.value(), 1e-8);
        SinkhornDivergenceResult full =
                SinkhornDivergence.compute(
                        x,
                        y,
                        GroundCost.squaredEuclidean(),
                        STRICT,
                        DivergenceConvention.FULL_OBJECTIVE);
        assertEquals(0.893331743379, full.value(), 1e-8);
        assertTrue(pot.converged() && full.converged());
    }

    @Test
    void row16bHundredPoints() {
        EmpiricalMeasure x = ReferenceClouds.circle(100);
        EmpiricalMeasure y = ReferenceClouds.parabola(100);
        assertEquals(
                0.939071731985,
                SinkhornDivergence.compute(
                                x,
                                y,
                                GroundCost.squaredEuclidean(),
                                STRICT,
                                DivergenceConvention.LINEAR_TERM)
                        .value(),
                1e-8);
    }

    @Test
    void fullObjectiveDivergenceOfAMeasureWithItselfIsZero() {
        EmpiricalMeasure x = ReferenceClouds.circle(15);
        assertEquals(
                0.0,
                SinkhornDivergence.compute(
                                x,
                                x,
                                GroundCost.squaredEuclidean(),
                                STRICT,
                                DivergenceConvention.FULL_OBJECTIVE)
                        .value(),
                1e-13);
    }

    @Test
    void row12UnbalancedPotConvention() {
        UnbalancedResult r =
                UnbalancedSinkhorn.of(
                                new UnbalancedOptions(
                                        0.1, 1, 100_000, 1e-14, EntropyConvention.POT_ENTROPY))
                        .solve(
                                new double[] {.5, .5},
                                new double[] {.25, .75},
                                CostMatrix.of(new double[][] {{0, 1}, {1, 0}}));
        assertTrue(r.converged());
        // the stopping quantity: the last change of the log-scalings, below the tolerance
        assertEquals(r.change(), r.marginalError(), 0.0);
        assertTrue(r.change() < 1e-14, "change " + r.change());
        assertEquals(0.3692291235, r.plan().get(0, 0), 1e-10);
        assertEquals(0.0047818563, r.plan().get(0, 1), 1e-10);
        assertEquals(9.94e-8, r.plan().get(1, 0), 1e-10);
        assertEquals(0.6245689341, r.plan().get(1, 1), 1e-10);
        assertEquals(0.998580013287, r.mass(), 1e-11);
        assertEquals(0.004781955688, r.cost(), 1e-11);
    }

    @Test
    void row12UnbalancedKlProductConvention() {
        // docs/rgflow.md §8 row 12 lists [[0.33306704, 0.00719691], [6e-8, 0.59482094]] (POT at its
        // default stopThr 1e-6).
        // Converged values, POT 0.8.2 sinkhorn_unbalanced with cost C − ε log(a⊗b), stopThr 1e-15:
        // [[0.333067115, 0.00719689048], [5.67392423e-8, 0.594821022]]; the documented digits agree
        // to 1e-7.
        UnbalancedResult r =
                UnbalancedSinkhorn.of(
                                new UnbalancedOptions(
                                        0.1, 1, 100_000, 1e-14, EntropyConvention.KL_PRODUCT))
                        .solve(
                                new double[] {.5, .5},
                                new double[] {.25, .75},
                                CostMatrix.of(new double[][] {{0, 1}, {1, 0}}));
        assertEquals(0.333067115, r.plan().get(0, 0), 1e-9);
        assertEquals(0.00719689048, r.plan().get(0, 1), 1e-11);
        assertEquals(5.67392423e-8, r.plan().get(1, 0), 1e-15);
        assertEquals(0.594821022, r.plan().get(1, 1), 1e-9);
        assertEquals(0.33306704, r.plan().get(0, 0), 1e-7);
        assertEquals(0.59482094, r.plan().get(1, 1), 1e-7);
    }

    @Test
    void row17SlicedW2() {
        double[][] dirs = new double[8][];
        for (int k = 0; k < 8; k++) {
            dirs[k] = new double[] {Math.cos(Math.PI * k / 8), Math.sin(Math.PI * k / 8)};
        }
        WassersteinDistance sw =
                SlicedWasserstein.distance(
                        ReferenceClouds.circle(100), ReferenceClouds.parabola(100), dirs, 2);
        assertEquals(0.629183398721, sw.distance(), 1e-11);
    }

    @Test
    void seededSlicedIsDeterministicAndBelowW2() {
        EmpiricalMeasure x = ReferenceClouds.circle(40);
        EmpiricalMeasure y = ReferenceClouds.parabola(40);
        double s1 = SlicedWasserstein.distance(x, y, 30, new SplittableRandom(42), 2).distance();
        double s2 = SlicedWasserstein.distance(x, y, 30, new SplittableRandom(42), 2).distance();
        assertEquals(s1, s2, 0.0);
        // SW₂ ≤ W₂ (projections are 1-Lipschitz)
        double w2 =
                Math.sqrt(
                        ExactOt.networkSimplex().solve(x, y, GroundCost.squaredEuclidean()).cost());
        assertTrue(s1 <= w2 + 1e-12, s1 + " vs " + w2);
    }

    @Test
    void quantileBarycentreOfTwoMeasuresIsTheW2Midpoint() {
        // For p = 2 the barycentre with weights (½,½) is the geodesic midpoint: W₂(μ, b) = W₂(b, ν)
        // = W₂(μ,ν)/2
        qt().withExamples(100)
                .forAll(integers().all())
                .check(
                        seed -> {
                            SplittableRandom r = new SplittableRandom(seed);
                            int n = 1 + r.nextInt(10);
                            int m = 1 + r.nextInt(10);
                            EmpiricalMeasure mu =
                                    EmpiricalMeasure.of1d(
                                            PointClouds.randomPoints1d(n, r),
                                            PointClouds.randomWeights(n, r, false));
                            EmpiricalMeasure nu =
                                    EmpiricalMeasure.of1d(
                                            PointClouds.randomPoints1d(m, r),
                                            PointClouds.randomWeights(m, r, false));
                            EmpiricalMeasure b =
                                    Barycenters.quantile1d(List.of(mu, nu), new double[] {.5, .5});
                            double d = Wasserstein1D.distance(mu, nu, 2).distance();
                            return Math.abs(Wasserstein1D.distance(mu, b, 2).distance() - d / 2)
                                            <= 1e-9
                                    && Math.abs(Wasserstein1D.distance(b, nu, 2).distance() - d / 2)
                                            <= 1e-9;
                        });
    }

    @Test
    void entropicBarycentreOfIdenticalHistogramsIsCloseToThem() {
        int n = 30;
        double[][] c = new double[n][n];
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            h[i] = Math.exp(-Math.pow((i - 12.0) / 4, 2));
            for (int j = 0; j < n; j++) {
                c[i][j] = Math.pow((i - j) / (double) n, 2);
            }
        }
        EntropicBarycenter b =
                Barycenters.entropicFixedSupport(
                        List.of(h, h),
                        CostMatrix.of(c),
                        new double[] {.5, .5},
                        1e-3,
                        10_000,
                        1e-12);
        assertTrue(b.converged());
        double s = 0;
        double mean = 0;
        double hs = 0;
        double hm = 0;
        for (int i = 0; i < n; i++) {
            s += b.weights()[i];
            mean += i * b.weights()[i];
            hs += h[i];
            hm += i * h[i];
        }
        // mass 1; the mean is preserved by the symmetric entropic blur up to the truncation of the
        // kernel at
        // the ends of the support (about 1e-5 bins here)
        assertEquals(1.0, s, 1e-9);
        assertEquals(hm / hs, mean / s, 1e-4);
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        Barycenters.entropicFixedSupport(
                                List.of(h), CostMatrix.of(c), new double[] {1}, 0, 10, 1e-9));
    }

    @Test
    void divergenceTermsAreTheThreeSinkhornValues() {
        // S = T(α,β) − ½T(α,α) − ½T(β,β), each term recomputed here by its own Sinkhorn run
        EmpiricalMeasure x = ReferenceClouds.circle(8);
        EmpiricalMeasure y = ReferenceClouds.parabola(6);
        Sinkhorn s = Sinkhorn.of(STRICT);
        for (DivergenceConvention c : DivergenceConvention.values()) {
            SinkhornDivergenceResult r =
                    SinkhornDivergence.compute(x, y, GroundCost.squaredEuclidean(), STRICT, c);
            boolean full = c == DivergenceConvention.FULL_OBJECTIVE;
            SinkhornResult xy = s.solve(x, y, GroundCost.squaredEuclidean());
            SinkhornResult xx = s.solve(x, x, GroundCost.squaredEuclidean());
            SinkhornResult yy = s.solve(y, y, GroundCost.squaredEuclidean());
            assertEquals(c, r.convention());
            assertEquals(full ? xy.objective() : xy.cost(), r.cross(), 0.0);
            assertEquals(full ? xx.objective() : xx.cost(), r.source(), 0.0);
            assertEquals(full ? yy.objective() : yy.cost(), r.target(), 0.0);
            assertEquals(r.cross() - 0.5 * r.source() - 0.5 * r.target(), r.value(), 0.0);
        }
    }
}
