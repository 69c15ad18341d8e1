package dev.cogs.rgflow.ot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.cogs.testkit.ot.PointClouds;
import org.junit.jupiter.api.Test;

class ExactOtTest {

    @Test
    void row11TwoByTwo() {
        // docs/rgflow.md §8 row 11 (POT 0.8.2): EMD 0.25, plan [[.25,.25],[0,.5]]
        ExactOtResult r =
                ExactOt.networkSimplex()
                        .solve(
                                new double[] {.5, .5},
                                new double[] {.25, .75},
                                CostMatrix.of(new double[][] {{0, 1}, {1, 0}}));
        assertEquals(0.25, r.cost(), 1e-15);
        assertEquals(0.25, r.plan().get(0, 0), 1e-15);
        assertEquals(0.25, r.plan().get(0, 1), 1e-15);
        assertEquals(0.0, r.plan().get(1, 0), 0.0);
        assertEquals(0.5, r.plan().get(1, 1), 1e-15);
        assertTrue(r.converged());
    }

    @Test
    void row13CircleToParabola() {
        // docs/rgflow.md §8 row 13 (POT 0.8.2 emd2): 0.934670246110 (n = 10), 0.944159161617 (n =
        // 100); mean costs
        // 1.585550983082 / 1.538050504707 (docs/rgflow.md §8 preamble)
        double[][] expected = {
            {10, 0.934670246110, 1.585550983082}, {100, 0.944159161617, 1.538050504707}
        };
        for (double[] row : expected) {
            int n = (int) row[0];
            EmpiricalMeasure x = ReferenceClouds.circle(n);
            EmpiricalMeasure y = ReferenceClouds.parabola(n);
            CostMatrix c = CostMatrix.squaredEuclidean(x, y);
            assertEquals(row[2], c.mean(), 1e-12);
            ExactOtResult r = ExactOt.networkSimplex().solve(x.weights(), y.weights(), c);
            assertEquals(row[1], r.cost(), 1e-11);
            assertTrue(r.plan().nonZeroCount() <= 2 * n - 1);
            assertEquals(r.cost(), r.dualObjective(x.weights(), y.weights()), 1e-12);
        }
    }

    @Test
    void planHasTheMarginalsAndDualsAreFeasibleAndTight() {
        qt().withExamples(60)
                .forAll(integers().between(1, 25), integers().between(1, 25), integers().all())
                .check(
                        (n, m, seed) -> {
                            java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
                            double[] a = PointClouds.randomWeights(n, r, true);
                            double[] b = PointClouds.randomWeights(m, r, true);
                            double[][] cc = new double[n][m];
                            for (int i = 0; i < n; i++) {
                                for (int j = 0; j < m; j++) {
                                    cc[i][j] = r.nextDouble(-1, 3);
                                }
                            }
                            CostMatrix c = CostMatrix.of(cc);
                            ExactOtResult res = ExactOt.networkSimplex().solve(a, b, c);
                            double[] rs = res.plan().rowSums();
                            double[] cs = res.plan().columnSums();
                            for (int i = 0; i < n; i++) {
                                if (Math.abs(rs[i] - a[i]) > 1e-12) {
                                    return false;
                                }
                            }
                            for (int j = 0; j < m; j++) {
                                if (Math.abs(cs[j] - b[j]) > 1e-12) {
                                    return false;
                                }
                            }
                            double[] f = res.sourcePotential();
                            double[] g = res.targetPotential();
                            for (int i = 0; i < n; i++) {
                                for (int j = 0; j < m; j++) {
                                    if (f[i] + g[j] > cc[i][j] + 1e-11) {
                                        return false;
                                    }
                                }
                            }
                            double af = 0;
                            double bg = 0;
                            for (int i = 0; i < n; i++) {
                                af += a[i] * f[i];
                            }
                            for (int j = 0; j < m; j++) {
                                bg += b[j] * g[j];
                            }
                            return res.converged()
                                    && res.plan().nonZeroCount() <= n + m - 1
                                    && Math.abs(af - bg) <= 1e-12
                                    && Math.abs(af + bg - res.cost()) <= 1e-11;
                        });
    }

    @Test
    void largerCirclesToParabolasMatchPot() {
        // POT 0.8.2 ot.emd2 on ot.dist(x, y) of the same clouds (computed with /usr/bin/python3,
        // numItermax=1e8):
        // 257 points (rows of 257 arcs: four pricing chunks and a partial one), 400 points
        double[][] expected = {{257, 0.9450558571420081}, {400, 0.9452639152945844}};
        for (double[] row : expected) {
            int n = (int) row[0];
            EmpiricalMeasure x = ReferenceClouds.circle(n);
            EmpiricalMeasure y = ReferenceClouds.parabola(n);
            ExactOtResult r = ExactOt.networkSimplex().solve(x, y, GroundCost.squaredEuclidean());
            assertTrue(r.converged());
            assertEquals(row[1], r.cost(), 1e-12 * row[1]);
            assertEquals(r.cost(), r.dualObjective(x.weights(), y.weights()), 1e-12);
        }
    }

    /**
     * Optimality certificate: marginals, dual feasibility, complementary slackness, basic support.
     */
    private static boolean certified(
            double[] a, double[] b, double[][] cc, ExactOtResult res, double tol) {
        int n = a.length;
        int m = b.length;
        double[] rs = res.plan().rowSums();
        double[] cs = res.plan().columnSums();
        for (int i = 0; i < n; i++) {
            if (Math.abs(rs[i] - a[i]) > 1e-12) {
                return false;
            }
        }
        for (int j = 0; j < m; j++) {
            if (Math.abs(cs[j] - b[j]) > 1e-12) {
                return false;
            }
        }
        double[] f = res.sourcePotential();
        double[] g = res.targetPotential();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                if (f[i] + g[j] > cc[i][j] + tol) {
                    return false;
                }
                if (res.plan().get(i, j) > 0 && Math.abs(f[i] + g[j] - cc[i][j]) > tol) {
                    return false;
                }
            }
        }
        return res.converged() && res.plan().nonZeroCount() <= n + m - 1;
    }

    @Test
    void widerProblemsWithTiesAreSolvedToOptimality() {
        // rows longer than a pricing chunk (64 arcs) and not a multiple of it; small integer costs
        // make many ties
        // and degenerate pivots (the strongly feasible rule must not cycle)
        qt().withExamples(40)
                .forAll(integers().between(1, 150), integers().between(60, 200), integers().all())
                .check(
                        (n, m, seed) -> {
                            java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
                            double[] a = PointClouds.randomWeights(n, r, true);
                            double[] b = PointClouds.randomWeights(m, r, true);
                            boolean ties = r.nextBoolean();
                            double[][] cc = new double[n][m];
                            for (int i = 0; i < n; i++) {
                                for (int j = 0; j < m; j++) {
                                    cc[i][j] = ties ? r.nextInt(4) : r.nextDouble(-1, 3);
                                }
                            }
                            ExactOtResult res =
                                    ExactOt.networkSimplex().solve(a, b, CostMatrix.of(cc));
                            return certified(a, b, cc, res, 1e-11);
                        });
    }

    /** Warm-started through many levels (any problem of 2 points a side or more). */
    private static final ExactOt WARM = ExactOt.networkSimplex(ExactOtOptions.defaults(), 2);

    /** Never warm-started. */
    private static final ExactOt COLD =
            ExactOt.networkSimplex(ExactOtOptions.defaults(), Integer.MAX_VALUE);

    @Test
    void multiscaleWarmStartIsCertifiedAndAgreesWithTheColdStart() {
        // docs/rgflow.md §6.1.1: random shapes (n ≠ m), non-uniform weights with zeros, and three
        // kinds of cost: continuous, small integers (ties, degenerate pivots) and repeated points
        // (equal rows and columns). The warm start must reach the same optimal cost as the cold one
        // (both certified by their own duals; 1e-12 relative: two exact solvers, rounding only)
        qt().withExamples(50)
                .forAll(integers().between(1, 60), integers().between(1, 60), integers().all())
                .check(
                        (n, m, seed) -> {
                            java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
                            double[] a = PointClouds.randomWeights(n, r, true);
                            double[] b = PointClouds.randomWeights(m, r, true);
                            int kind = r.nextInt(3);
                            double[][] cc = new double[n][m];
                            for (int i = 0; i < n; i++) {
                                for (int j = 0; j < m; j++) {
                                    cc[i][j] = kind == 0 ? r.nextDouble(-1, 3) : r.nextInt(4);
                                }
                            }
                            if (kind == 2) {
                                // repeated points: every other row and column copies its neighbour
                                for (int i = 1; i < n; i += 2) {
                                    cc[i] = cc[i - 1].clone();
                                }
                                for (int i = 0; i < n; i++) {
                                    for (int j = 1; j < m; j += 2) {
                                        cc[i][j] = cc[i][j - 1];
                                    }
                                }
                            }
                            CostMatrix c = CostMatrix.of(cc);
                            ExactOtResult warm = WARM.solve(a, b, c);
                            ExactOtResult cold = COLD.solve(a, b, c);
                            return certified(a, b, cc, warm, 1e-11)
                                    && certified(a, b, cc, cold, 1e-11)
                                    && Math.abs(warm.cost() - cold.cost())
                                            <= 1e-12 * Math.max(1, Math.abs(cold.cost()));
                        });
    }

    @Test
    void uniformSquareProblemsMatchTheBestPermutation() {
        // Birkhoff: with uniform weights and n = m the optimum is a permutation; brute force over
        // all n! of them (n ≤ 7) against the warm-started solver, clouds in the plane with squared
        // Euclidean costs, some of them with repeated points
        java.util.SplittableRandom r = new java.util.SplittableRandom(20261202);
        for (int trial = 0; trial < 40; trial++) {
            int n = 2 + trial % 6;
            double[][] x = new double[n][];
            double[][] y = new double[n][];
            for (int i = 0; i < n; i++) {
                x[i] =
                        i > 0 && trial % 3 == 0
                                ? x[i - 1].clone()
                                : new double[] {r.nextDouble(-1, 1), r.nextDouble(-1, 1)};
                y[i] = new double[] {r.nextDouble(-1, 1), r.nextDouble(-1, 1)};
            }
            EmpiricalMeasure mu = EmpiricalMeasure.uniform(x);
            EmpiricalMeasure nu = EmpiricalMeasure.uniform(y);
            CostMatrix c = CostMatrix.squaredEuclidean(mu, nu);
            double best = bestPermutation(c.toArray(), new int[n], new boolean[n], 0, 0.0) / n;
            ExactOtResult res = WARM.solve(mu.weights(), nu.weights(), c);
            assertTrue(res.converged());
            assertEquals(best, res.cost(), 1e-14, "trial " + trial);
            assertEquals(res.cost(), res.dualObjective(mu.weights(), nu.weights()), 1e-14);
        }
    }

    private static double bestPermutation(
            double[][] c, int[] perm, boolean[] used, int row, double sum) {
        int n = c.length;
        if (row == n) {
            return sum;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            if (!used[j]) {
                used[j] = true;
                perm[row] = j;
                best = Math.min(best, bestPermutation(c, perm, used, row + 1, sum + c[row][j]));
                used[j] = false;
            }
        }
        return best;
    }

    @Test
    void warmStartAtTheDefaultThresholdMatchesTheColdStart() {
        // sizes just above MultiscaleStart.MIN_SIZE (one coarse level) and a wide problem; random
        // clouds in the plane, non-uniform weights; same optimal cost as the cold start
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        for (int[] shape : new int[][] {{300, 300}, {260, 530}}) {
            int n = shape[0];
            int m = shape[1];
            double[][] x = new double[n][];
            double[][] y = new double[m][];
            for (int i = 0; i < n; i++) {
                x[i] = new double[] {r.nextDouble(-1, 1), r.nextDouble(-1, 1)};
            }
            for (int j = 0; j < m; j++) {
                y[j] = new double[] {r.nextDouble(-1, 1), r.nextDouble(0, 2)};
            }
            EmpiricalMeasure mu = EmpiricalMeasure.of(x, PointClouds.randomWeights(n, r, false));
            EmpiricalMeasure nu = EmpiricalMeasure.of(y, PointClouds.randomWeights(m, r, false));
            CostMatrix c = CostMatrix.squaredEuclidean(mu, nu);
            ExactOtResult warm = ExactOt.networkSimplex().solve(mu.weights(), nu.weights(), c);
            ExactOtResult cold = COLD.solve(mu.weights(), nu.weights(), c);
            assertTrue(certified(mu.weights(), nu.weights(), c.toArray(), warm, 1e-12));
            assertEquals(cold.cost(), warm.cost(), 1e-13);
        }
    }

    @Test
    void thePivotCapBoundsAllLevelsTogether() {
        EmpiricalMeasure x = ReferenceClouds.circle(64);
        EmpiricalMeasure y = ReferenceClouds.parabola(64);
        ExactOtResult free = WARM.solve(x, y, GroundCost.squaredEuclidean());
        assertTrue(free.converged());
        // a cap below the total: some level stops at it, and the whole solve reports the cap
        long cap = free.iterations() / 2;
        ExactOtResult capped =
                ExactOt.networkSimplex(ExactOtOptions.fixedCap(cap), 2)
                        .solve(x, y, GroundCost.squaredEuclidean());
        assertEquals(ExactOtStatus.MAX_ITERATIONS, capped.status());
        assertEquals(cap, capped.iterations());
    }

    @Test
    void theInterleavingStepVisitsEveryRow() {
        for (int n = 1; n <= 300; n++) {
            int step = MultiscaleStart.interleavingStep(n);
            boolean[] seen = new boolean[n];
            int i = 0;
            for (int t = 0; t < n; t++) {
                seen[i] = true;
                i = (i + step) % n;
            }
            for (boolean s : seen) {
                assertTrue(s, "n = " + n);
            }
        }
    }

    @Test
    void scalarAndVectorPricingTakeTheSamePivots() {
        // the SIMD chunk test only decides which chunks are rescanned, with the same arithmetic:
        // same pivots,
        // same potentials, bit for bit
        if (RowOps.vector().isEmpty()) {
            return;
        }
        java.util.SplittableRandom r = new java.util.SplittableRandom(99);
        for (int[] shape : new int[][] {{130, 200}, {200, 130}, {64, 64}, {3, 500}}) {
            int n = shape[0];
            int m = shape[1];
            double[] c = new double[n * m];
            for (int k = 0; k < c.length; k++) {
                c[k] = r.nextDouble(0, 2);
            }
            double[] a = PointClouds.randomWeights(n, r, false);
            double[] b = PointClouds.randomWeights(m, r, false);
            b = Marginals.requireBalanced(a, b);
            NetworkSimplex scalar = new NetworkSimplex(n, m, c, a, b, RowOps.scalar());
            NetworkSimplex vector =
                    new NetworkSimplex(n, m, c, a, b, RowOps.vector().orElseThrow());
            assertEquals(scalar.run(Long.MAX_VALUE), vector.run(Long.MAX_VALUE));
            org.junit.jupiter.api.Assertions.assertArrayEquals(
                    scalar.sourcePotentials(), vector.sourcePotentials(), 0.0);
            org.junit.jupiter.api.Assertions.assertArrayEquals(
                    scalar.sinkPotentials(), vector.sinkPotentials(), 0.0);
        }
    }

    @Test
    void exactOneDimensionalMatchesQuantileFormula() {
        // differential test: network simplex with |x−y|² vs the 1-D quantile formula
        qt().withExamples(60)
                .forAll(integers().between(1, 30), integers().between(1, 30), integers().all())
                .check(
                        (n, m, seed) -> {
                            java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
                            double[] x = new double[n];
                            double[] y = new double[m];
                            for (int i = 0; i < n; i++) {
                                x[i] = r.nextDouble(-2, 2);
                            }
                            for (int j = 0; j < m; j++) {
                                y[j] = r.nextDouble(-2, 2);
                            }
                            double[] a = PointClouds.randomWeights(n, r, false);
                            double[] b = PointClouds.randomWeights(m, r, false);
                            EmpiricalMeasure mu = EmpiricalMeasure.of1d(x, a);
                            EmpiricalMeasure nu = EmpiricalMeasure.of1d(y, b);
                            double exact =
                                    ExactOt.networkSimplex()
                                            .solve(mu, nu, GroundCost.squaredEuclidean())
                                            .cost();
                            double quantile = Wasserstein1D.distance(x, a, y, b, 2).powered();
                            return Math.abs(exact - quantile) <= 1e-12;
                        });
    }

    @Test
    void zeroWeightPointsGetCTransformPotentials() {
        double[] a = {0.5, 0.0, 0.5};
        double[] b = {0.5, 0.5};
        CostMatrix c = CostMatrix.of(new double[][] {{0, 2}, {1, 1}, {2, 0}});
        ExactOtResult r = ExactOt.networkSimplex().solve(a, b, c);
        assertEquals(0.0, r.cost(), 0.0);
        double[] f = r.sourcePotential();
        double[] g = r.targetPotential();
        assertEquals(Math.min(1 - g[0], 1 - g[1]), f[1], 1e-15);
    }

    @Test
    void gelbrichBoundHoldsForClouds() {
        // W₂² ≥ ‖m_μ − m_ν‖² + B²(Σ_μ, Σ_ν) (Gelbrich 1990); exact W₂² of docs/rgflow.md §8 row 13
        // (n = 100) vs the bound
        EmpiricalMeasure x = ReferenceClouds.circle(100);
        EmpiricalMeasure y = ReferenceClouds.parabola(100);
        double w2 = ExactOt.networkSimplex().solve(x, y, GroundCost.squaredEuclidean()).cost();
        dev.cogs.rgflow.ot.gaussian.GaussianMeasure gx =
                dev.cogs.rgflow.ot.gaussian.GaussianMeasure.of(x.mean(), x.covariance());
        dev.cogs.rgflow.ot.gaussian.GaussianMeasure gy =
                dev.cogs.rgflow.ot.gaussian.GaussianMeasure.of(y.mean(), y.covariance());
        // circle: mean 0 and covariance I/2 exactly (discrete Fourier orthogonality, n = 100)
        assertEquals(0.5, x.covariance().get(0, 0), 1e-15);
        assertEquals(0.0, x.covariance().get(0, 1), 1e-15);
        assertTrue(gx.w2Squared(gy) <= w2);
    }

    @Test
    void reportsTheIterationCap() {
        EmpiricalMeasure x = ReferenceClouds.circle(50);
        EmpiricalMeasure y = ReferenceClouds.parabola(50);
        ExactOtResult r =
                ExactOt.networkSimplex(ExactOtOptions.fixedCap(5))
                        .solve(x, y, GroundCost.squaredEuclidean());
        assertEquals(ExactOtStatus.MAX_ITERATIONS, r.status());
        assertTrue(!r.converged());
        assertEquals(5, r.iterations());
    }

    @Test
    void rejectsBadWeights() {
        CostMatrix c = CostMatrix.of(new double[][] {{0, 1}, {1, 0}});
        ExactOt s = ExactOt.networkSimplex();
        IllegalArgumentException neg =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> s.solve(new double[] {-0.5, 1.5}, new double[] {.5, .5}, c));
        assertTrue(neg.getMessage().contains("a[0] (-0.5)"), neg.getMessage());
        IllegalArgumentException nan =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> s.solve(new double[] {Double.NaN, 1}, new double[] {.5, .5}, c));
        assertTrue(nan.getMessage().contains("NaN"), nan.getMessage());
        IllegalArgumentException mass =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> s.solve(new double[] {.5, .5}, new double[] {.5, .6}, c));
        assertTrue(mass.getMessage().contains("sum(b) = 1.1"), mass.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> s.solve(new double[] {1}, new double[] {.5, .5}, c));
        assertThrows(
                IllegalArgumentException.class, () -> s.solve(new double[0], new double[0], c));
        assertThrows(
                IllegalArgumentException.class,
                () -> CostMatrix.of(new double[][] {{0, Double.POSITIVE_INFINITY}}));
        assertThrows(
                IllegalArgumentException.class, () -> EmpiricalMeasure.uniform(new double[0][]));
        IllegalArgumentException dim =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                CostMatrix.squaredEuclidean(
                                        ReferenceClouds.circle(3),
                                        EmpiricalMeasure.of1d(
                                                new double[] {1, 2}, new double[] {.5, .5})));
        assertTrue(dim.getMessage().contains("dimension mismatch"), dim.getMessage());
    }

    @Test
    void optionsAreKept() {
        assertEquals(ExactOtOptions.defaults(), ExactOt.networkSimplex().options());
        ExactOtOptions capped = ExactOtOptions.fixedCap(7);
        assertEquals(capped, ExactOt.networkSimplex(capped).options());
        // the components: cap = max(minimumCap, ⌈capFactor·(n+m)²⌉)
        assertEquals(10.0, ExactOtOptions.defaults().capFactor(), 0.0);
        assertEquals(100_000L, ExactOtOptions.defaults().minimumCap());
        assertEquals(0.0, capped.capFactor(), 0.0);
        assertEquals(7L, capped.minimumCap());
        assertEquals(10L * 200 * 200, ExactOtOptions.defaults().cap(100, 100));
    }
}
