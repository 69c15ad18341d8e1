package dev.cogs.rgflow.ot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.cogs.testkit.ot.PointClouds;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The kernel-free Sinkhorn against the dense log-domain {@link Sinkhorn} (differential, fixed
 * seeds): with {@link OnlineSinkhornOptions#toDense()} both run the same iterations, so they stop
 * at the same iteration and agree to rounding (costs to 1e-12, potentials to 1e-11 here;
 * docs/performance.md asks 1e-10), including zero weights, other dimensions, ε-scaling, threads,
 * and a small ε where the scaling form fails.
 */
class OnlineSinkhornTest {

    /** A cloud of {@code n} points in {@code [−1, 1]^d} with random weights (zeros allowed). */
    private static EmpiricalMeasure cloud(int n, int d, SplittableRandom r, boolean zeros) {
        double[][] p = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                p[i][k] = r.nextDouble(-1, 1);
            }
        }
        return EmpiricalMeasure.of(p, PointClouds.randomWeights(n, r, zeros));
    }

    private static void assertAgrees(
            EmpiricalMeasure x, EmpiricalMeasure y, OnlineSinkhornOptions o) {
        OnlineSinkhornResult on = OnlineSinkhorn.of(o).solve(x, y);
        SinkhornResult dense = Sinkhorn.of(o.toDense()).solve(x, y, GroundCost.squaredEuclidean());
        String what = x.size() + "x" + y.size() + " d=" + x.dimension() + " " + o;
        assertEquals(dense.status(), on.status(), what);
        assertEquals(dense.iterations(), on.iterations(), what);
        assertEquals(dense.cost(), on.cost(), 1e-12 * Math.max(1, Math.abs(dense.cost())), what);
        assertEquals(
                dense.objective(),
                on.objective(),
                1e-12 * Math.max(1, Math.abs(dense.objective())),
                what);
        assertEquals(
                dense.marginalError(),
                on.marginalError(),
                1e-12 + 1e-6 * dense.marginalError(),
                what);
        assertEquals(dense.epsilon(), on.epsilon(), 0.0);
        double[] fd = dense.sourcePotential();
        double[] fo = on.sourcePotential();
        double[] gd = dense.targetPotential();
        double[] go = on.targetPotential();
        for (int i = 0; i < fd.length; i++) {
            assertEquals(fd[i], fo[i], 1e-11, what + " f[" + i + "]");
        }
        for (int j = 0; j < gd.length; j++) {
            assertEquals(gd[j], go[j], 1e-11, what + " g[" + j + "]");
        }
    }

    @Test
    void agreesWithTheDenseLogDomainSolverOnReferenceClouds() {
        // the benchmark's problem at a size both hold: ε = 0.1·mean C, POT's stopping rule
        EmpiricalMeasure x = ReferenceClouds.circle(300);
        EmpiricalMeasure y = ReferenceClouds.parabola(300);
        double eps = 0.1 * CostMatrix.squaredEuclidean(x, y).mean();
        assertAgrees(x, y, OnlineSinkhornOptions.of(eps).withMaxIterations(10_000));
        OnlineSinkhornResult r =
                OnlineSinkhorn.of(OnlineSinkhornOptions.of(eps).withMaxIterations(10_000))
                        .solve(x, y);
        assertTrue(r.converged());
        // and with the scaling form, which iterates the same maps in another representation
        SinkhornResult scaling =
                Sinkhorn.of(SinkhornOptions.of(eps).withMaxIterations(10_000))
                        .solve(x, y, GroundCost.squaredEuclidean());
        assertEquals(scaling.iterations(), r.iterations());
        assertEquals(scaling.cost(), r.cost(), 1e-12);
    }

    @Test
    void agreesWithTheDenseLogDomainSolverOnRandomClouds() {
        qt().withExamples(25)
                .forAll(
                        integers().between(1, 90),
                        integers().between(1, 90),
                        integers().between(1, 4),
                        longs().all())
                .checkAssert(
                        (n, m, d, seed) -> {
                            SplittableRandom r = new SplittableRandom(seed);
                            EmpiricalMeasure x = cloud(n, d, r, true);
                            EmpiricalMeasure y = cloud(m, d, r, true);
                            double eps = r.nextDouble(0.02, 1.0);
                            int threads = 1 + r.nextInt(3);
                            int cap = r.nextBoolean() ? 7 : 2000;
                            StoppingNorm norm =
                                    r.nextBoolean() ? StoppingNorm.COLUMN_L2 : StoppingNorm.BOTH_L1;
                            assertAgrees(
                                    x,
                                    y,
                                    OnlineSinkhornOptions.of(eps)
                                            .withMaxIterations(cap)
                                            .withTolerance(1e-11)
                                            .withStoppingNorm(norm)
                                            .withThreads(threads)
                                            .withCheckEvery(1 + r.nextInt(10)));
                        });
    }

    @Test
    void agreesWithEpsilonScaling() {
        SplittableRandom r = new SplittableRandom(20_261_202);
        EmpiricalMeasure x = cloud(70, 2, r, false);
        EmpiricalMeasure y = cloud(55, 2, r, false);
        assertAgrees(
                x,
                y,
                OnlineSinkhornOptions.of(0.01)
                        .withMaxIterations(5000)
                        .withTolerance(1e-10)
                        .withEpsilonScaling(new EpsilonScaling(4.0, 0.5, 50)));
    }

    @Test
    void staysFiniteWhereTheScalingFormFails() {
        // ε = 1e-3 with every cost above 4 (the target cloud is shifted by 4): every e^{−C/ε}
        // underflows, the
        // scaling form reports a numerical failure, the log-domain forms do not
        SplittableRandom r = new SplittableRandom(7);
        EmpiricalMeasure x = cloud(40, 2, r, false);
        EmpiricalMeasure y = cloud(40, 2, r, false).pushForward(p -> new double[] {p[0] + 4, p[1]});
        OnlineSinkhornOptions o =
                OnlineSinkhornOptions.of(1e-3).withMaxIterations(3000).withTolerance(1e-9);
        SinkhornResult scaling =
                Sinkhorn.of(SinkhornOptions.of(1e-3).withMaxIterations(3000))
                        .solve(x, y, GroundCost.squaredEuclidean());
        assertEquals(SinkhornStatus.NUMERICAL_FAILURE, scaling.status());
        OnlineSinkhornResult on = OnlineSinkhorn.of(o).solve(x, y);
        assertFalse(on.status() == SinkhornStatus.NUMERICAL_FAILURE);
        assertTrue(Double.isFinite(on.cost()) && Double.isFinite(on.objective()));
        assertAgrees(x, y, o);
    }

    @Test
    void scalarAndVectorLoopsAgree() {
        SplittableRandom r = new SplittableRandom(11);
        EmpiricalMeasure x = cloud(123, 2, r, true);
        EmpiricalMeasure y = cloud(77, 2, r, true);
        OnlineSinkhorn s =
                OnlineSinkhorn.of(
                        OnlineSinkhornOptions.of(0.05)
                                .withTolerance(1e-12)
                                .withMaxIterations(5000));
        OnlineSinkhornResult scalar = s.solve(x, y, RowOps.scalar());
        OnlineSinkhornResult fast = s.solve(x, y, RowOps.fastest());
        assertEquals(scalar.iterations(), fast.iterations(), 10);
        assertEquals(scalar.cost(), fast.cost(), 1e-13);
        assertEquals(scalar.objective(), fast.objective(), 1e-13);
    }

    @Test
    void isDeterministicAcrossThreadCounts() {
        // rows are independent, so the thread count does not change a single bit
        SplittableRandom r = new SplittableRandom(5);
        EmpiricalMeasure x = cloud(301, 2, r, false);
        EmpiricalMeasure y = cloud(257, 2, r, false);
        OnlineSinkhornOptions o = OnlineSinkhornOptions.of(0.1);
        OnlineSinkhornResult one = OnlineSinkhorn.of(o).solve(x, y);
        for (int threads = 2; threads <= 3; threads++) {
            OnlineSinkhornResult many = OnlineSinkhorn.of(o.withThreads(threads)).solve(x, y);
            assertEquals(one.cost(), many.cost(), 0.0);
            assertArrayEquals(one.sourcePotential(), many.sourcePotential(), 0.0);
            assertArrayEquals(one.targetPotential(), many.targetPotential(), 0.0);
        }
    }

    @Test
    void planOnRequestHasTheMarginalsAndTheCost() {
        SplittableRandom r = new SplittableRandom(3);
        EmpiricalMeasure x = cloud(60, 3, r, true);
        EmpiricalMeasure y = cloud(45, 3, r, true);
        OnlineSinkhornResult res =
                OnlineSinkhorn.of(
                                OnlineSinkhornOptions.of(0.2)
                                        .withTolerance(1e-12)
                                        .withMaxIterations(10_000))
                        .solve(x, y);
        assertTrue(res.converged());
        TransportPlan p = OnlineSinkhorn.plan(x, y, res);
        CostMatrix c = CostMatrix.squaredEuclidean(x, y);
        assertEquals(res.cost(), p.cost(c), 1e-13);
        double[] rows = p.rowSums();
        double[] cols = p.columnSums();
        double[] a = x.weights();
        double[] b = y.weights();
        for (int i = 0; i < rows.length; i++) {
            assertEquals(a[i], rows[i], 1e-13);
            assertArrayEquals(OnlineSinkhorn.planRow(x, y, res, i), row(p, i), 0.0);
        }
        for (int j = 0; j < cols.length; j++) {
            assertEquals(b[j], cols[j], 1e-11);
        }
        // at convergence the dual value equals the objective (unit masses)
        assertEquals(res.objective(), res.dualObjective(a, b), 1e-10);
    }

    private static double[] row(TransportPlan p, int i) {
        double[] out = new double[p.cols()];
        for (int j = 0; j < out.length; j++) {
            out[j] = p.get(i, j);
        }
        return out;
    }

    @Test
    void rejectsBadInputAndOversizedPlans() {
        OnlineSinkhorn s = OnlineSinkhorn.of(OnlineSinkhornOptions.of(0.1));
        EmpiricalMeasure line = EmpiricalMeasure.of1d(new double[] {0, 1}, new double[] {.5, .5});
        EmpiricalMeasure plane = ReferenceClouds.circle(3);
        IllegalArgumentException dim =
                assertThrows(IllegalArgumentException.class, () -> s.solve(line, plane));
        assertTrue(dim.getMessage().contains("dimension mismatch"), dim.getMessage());
        EmpiricalMeasure heavy = EmpiricalMeasure.of1d(new double[] {0, 1}, new double[] {.5, .6});
        IllegalArgumentException mass =
                assertThrows(IllegalArgumentException.class, () -> s.solve(line, heavy));
        assertTrue(mass.getMessage().contains("equal masses"), mass.getMessage());
        assertThrows(NullPointerException.class, () -> s.solve(null, line));
        assertThrows(IllegalArgumentException.class, () -> OnlineSinkhornOptions.of(Double.NaN));
        assertThrows(
                IllegalArgumentException.class, () -> OnlineSinkhornOptions.of(0.1).withThreads(0));
        assertThrows(
                IllegalArgumentException.class,
                () -> OnlineSinkhornOptions.of(0.1).withCheckEvery(0));
        assertThrows(
                IllegalArgumentException.class,
                () -> OnlineSinkhornOptions.of(0.1).withTolerance(-1));
        assertThrows(
                NullPointerException.class,
                () -> OnlineSinkhornOptions.of(0.1).withStoppingNorm(null));
        OnlineSinkhornResult r = s.solve(line, line);
        assertThrows(IllegalArgumentException.class, () -> OnlineSinkhorn.plan(plane, plane, r));
        assertThrows(
                IndexOutOfBoundsException.class, () -> OnlineSinkhorn.planRow(line, line, r, 2));
        // 8193 × 8193 > 2^26 entries: refused before anything is allocated
        int big = 8193;
        double[] zeros = new double[big];
        double[] w = new double[big];
        java.util.Arrays.fill(w, 1.0 / big);
        EmpiricalMeasure wide = EmpiricalMeasure.of1d(zeros, w);
        OnlineSinkhornResult fake =
                new OnlineSinkhornResult(
                        0,
                        0,
                        new double[big],
                        new double[big],
                        1,
                        0,
                        0,
                        SinkhornStatus.MAX_ITERATIONS);
        IllegalArgumentException size =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> OnlineSinkhorn.plan(wide, wide, fake));
        assertTrue(size.getMessage().contains("planRow"), size.getMessage());
    }

    @Test
    void optionsMirrorTheDenseDefaults() {
        OnlineSinkhornOptions o = OnlineSinkhornOptions.of(0.3);
        SinkhornOptions d = SinkhornOptions.of(0.3);
        assertEquals(d.maxIterations(), o.maxIterations());
        assertEquals(d.tolerance(), o.tolerance(), 0.0);
        assertEquals(d.checkEvery(), o.checkEvery());
        assertEquals(d.stoppingNorm(), o.stoppingNorm());
        assertEquals(d.threads(), o.threads());
        assertEquals(d.withVariant(SinkhornVariant.LOG_DOMAIN), o.toDense());
    }
}
