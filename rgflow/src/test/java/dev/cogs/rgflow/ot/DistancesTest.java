package dev.cogs.rgflow.ot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.cogs.testkit.ot.PointClouds;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The one-call distances against the held-out POT 0.8.2 values of docs/rgflow.md §8 and against the
 * solvers they call (the same numbers to 1e-12), and their failure behaviour: never a silent
 * unconverged result.
 */
class DistancesTest {

    private static double[][] points(EmpiricalMeasure m) {
        return m.points();
    }

    @Test
    void potReferenceValues() {
        // docs/rgflow.md §8 row 11 (POT 0.8.2 emd): cost 0.25, plan [[.25, .25], [0, .5]]
        ExactOtResult r =
                Distances.emd(
                        new double[] {.5, .5},
                        new double[] {.25, .75},
                        CostMatrix.of(new double[][] {{0, 1}, {1, 0}}));
        assertEquals(0.25, r.cost(), 1e-15);
        assertEquals(0.5, r.plan().get(1, 1), 1e-15);
        // row 13 (POT emd2, squared Euclidean): circle → parabola, n = 10 and 100, to 1e-11 as
        // ExactOtTest
        assertEquals(
                0.934670246110,
                Distances.wasserstein(
                                points(ReferenceClouds.circle(10)),
                                points(ReferenceClouds.parabola(10)),
                                2)
                        .powered(),
                1e-11);
        assertEquals(
                0.944159161617,
                Distances.wasserstein(
                                points(ReferenceClouds.circle(100)),
                                points(ReferenceClouds.parabola(100)),
                                2)
                        .powered(),
                1e-11);
        // row 14c: POT sinkhorn2 defaults (stopThr 1e-9), ε = 0.1, n = 100: 0.985483797089, as
        // SinkhornTest
        EntropicTransport s =
                Distances.sinkhorn(
                        points(ReferenceClouds.circle(100)),
                        points(ReferenceClouds.parabola(100)),
                        0.1);
        assertEquals(0.985483797089, s.cost(), 1e-11);
        assertFalse(s.logDomainFallback());
        // rows 8 and 9 (POT wasserstein_1d returns W_p^p)
        assertEquals(
                2.5,
                Distances.wasserstein1D(new double[] {0, 1, 2, 3}, new double[] {1, 1, 2, 6}, 2)
                        .powered(),
                1e-15);
        assertEquals(
                0.95,
                Distances.wasserstein1D(
                                new double[] {0, 1, 3},
                                new double[] {.2, .5, .3},
                                new double[] {.5, 2, 2.5, 4},
                                null,
                                1)
                        .powered(),
                1e-15);
        // row 17 (sliced W₂ over 8 fixed directions, POT returns SW_p): 0.629183398721
        double[][] dirs = new double[8][];
        for (int k = 0; k < 8; k++) {
            dirs[k] = new double[] {Math.cos(Math.PI * k / 8), Math.sin(Math.PI * k / 8)};
        }
        assertEquals(
                0.629183398721,
                Distances.sliced(
                                points(ReferenceClouds.circle(100)),
                                null,
                                points(ReferenceClouds.parabola(100)),
                                null,
                                2,
                                dirs)
                        .distance(),
                1e-11);
    }

    @Test
    void agreeWithTheSolversTheyCall() {
        // Same inputs through the one-call API and through the solvers: the same numbers (1e-12
        // relative; they are
        // in fact the same computation).
        qt().withExamples(40)
                .forAll(
                        integers().between(1, 12),
                        integers().between(1, 12),
                        doubles().between(1, 3),
                        integers().all())
                .checkAssert(
                        (n, m, p, seed) -> {
                            SplittableRandom r = new SplittableRandom(seed);
                            double[][] x = PointClouds.gaussianCloud(n, 2, 0, 1, r);
                            double[][] y = PointClouds.gaussianCloud(m, 2, 0.5, 1, r);
                            double[] a = PointClouds.randomWeights(n, r, true);
                            double[] b = PointClouds.randomWeights(m, r, true);
                            EmpiricalMeasure mx = EmpiricalMeasure.of(x, a);
                            EmpiricalMeasure my = EmpiricalMeasure.of(y, b);
                            double exact =
                                    ExactOt.networkSimplex()
                                            .solve(
                                                    a,
                                                    b,
                                                    CostMatrix.between(
                                                            mx, my, GroundCost.pNorm(2, p)))
                                            .cost();
                            WassersteinTransport w = Distances.wasserstein(x, a, y, b, p);
                            assertEquals(exact, w.powered(), 1e-12 * Math.max(1, exact));
                            assertEquals(
                                    Math.pow(w.powered(), 1 / p),
                                    w.distance(),
                                    1e-12 * Math.max(1, w.distance()));
                            double exact2 =
                                    ExactOt.networkSimplex()
                                            .solve(a, b, CostMatrix.squaredEuclidean(mx, my))
                                            .cost();
                            assertEquals(
                                    exact2,
                                    Distances.wasserstein(x, a, y, b, 2).powered(),
                                    1e-12 * Math.max(1, exact2));
                            CostMatrix c = CostMatrix.squaredEuclidean(mx, my).scale(0.25);
                            SinkhornResult direct =
                                    Sinkhorn.of(SinkhornOptions.of(0.5)).solve(a, b, c);
                            assertEquals(
                                    direct.cost(),
                                    Distances.sinkhorn2(a, b, c, 0.5),
                                    1e-12 * Math.max(1, direct.cost()));
                            double[] x1 = PointClouds.randomPoints1d(n, r);
                            double[] y1 = PointClouds.randomPoints1d(m, r);
                            assertEquals(
                                    Wasserstein1D.distance(x1, a, y1, b, p).powered(),
                                    Distances.wasserstein1D(x1, a, y1, b, p).powered(),
                                    1e-12);
                            assertEquals(
                                    SlicedWasserstein.distance(
                                                    mx, my, 5, new SplittableRandom(9), p)
                                            .powered(),
                                    Distances.sliced(x, a, y, b, p, 5, 9).powered(),
                                    1e-12);
                        });
    }

    @Test
    void scalingUnderflowFallsBackToTheLogDomainOn200x300Clouds() {
        // Two tight clusters 5√2 apart: costs ≈ 50, so e^{−C/ε} underflows at ε = 0.01 (C/ε ≈ 5000
        // > 745) and
        // the scaling form fails at its first check; the log domain converges (about 200
        // iterations).
        SplittableRandom r = new SplittableRandom(7);
        double[][] x = PointClouds.gaussianCloud(200, 2, 0, 0.2, r);
        double[][] y = PointClouds.gaussianCloud(300, 2, 5, 0.2, r);
        EmpiricalMeasure mx = EmpiricalMeasure.uniform(x);
        EmpiricalMeasure my = EmpiricalMeasure.uniform(y);
        CostMatrix c = CostMatrix.squaredEuclidean(mx, my);
        SinkhornResult scaling =
                Sinkhorn.of(SinkhornOptions.of(0.01)).solve(mx.weights(), my.weights(), c);
        assertEquals(
                SinkhornStatus.NUMERICAL_FAILURE, scaling.status(), "the plain solver's status");
        EntropicTransport e = Distances.sinkhorn(x, y, 0.01);
        assertTrue(e.logDomainFallback());
        assertEquals(SinkhornVariant.LOG_DOMAIN, e.variant());
        assertTrue(e.result().converged());
        SinkhornResult log =
                Sinkhorn.of(SinkhornOptions.of(0.01).withVariant(SinkhornVariant.LOG_DOMAIN))
                        .solve(mx.weights(), my.weights(), c);
        assertEquals(log.cost(), e.cost(), 1e-12 * log.cost());
        // the entropic plan's cost is at least the exact one, and close at this ε (ε·log(nm) ≈ 0.11
        // bounds the gap)
        double exact = Distances.emd2(mx.weights(), my.weights(), c);
        assertTrue(
                e.cost() >= exact - 1e-9 && e.cost() <= exact + 0.11,
                e.cost() + " vs exact " + exact);
        // marginals recomputed from the plan: the column error within the stopping tolerance 1e-9
        double[] cols = e.plan().columnSums();
        double err = 0;
        for (int j = 0; j < cols.length; j++) {
            err += (cols[j] - 1.0 / 300) * (cols[j] - 1.0 / 300);
        }
        assertTrue(Math.sqrt(err) <= 1e-9, "column error " + Math.sqrt(err));
    }

    @Test
    void aRunThatDoesNotConvergeThrowsInsteadOfReturningACost() {
        // Wide clouds at ε = 0.01: the scaling form underflows, and the log domain does not reach
        // 1e-9 within
        // POT's 1 000 iterations (about 10⁴ would be needed): the call throws, naming both
        // attempts.
        SplittableRandom r = new SplittableRandom(7);
        double[][] x = PointClouds.gaussianCloud(20, 2, 0, 1, r);
        double[][] y = PointClouds.gaussianCloud(30, 2, 2, 1, r);
        ArithmeticException e =
                assertThrows(ArithmeticException.class, () -> Distances.sinkhorn(x, y, 0.01));
        assertTrue(
                e.getMessage().contains("scaling form failed numerically")
                        && e.getMessage()
                                .contains(
                                        "LOG_DOMAIN form ended with MAX_ITERATIONS after 1000 iterations"),
                e.getMessage());
        // an iteration cap without a numerical failure throws as well
        EmpiricalMeasure mx = EmpiricalMeasure.uniform(x);
        EmpiricalMeasure my = EmpiricalMeasure.uniform(y);
        CostMatrix c = CostMatrix.squaredEuclidean(mx, my);
        ArithmeticException capped =
                assertThrows(
                        ArithmeticException.class,
                        () ->
                                Distances.sinkhorn(
                                        mx.weights(),
                                        my.weights(),
                                        c,
                                        SinkhornOptions.of(1).withMaxIterations(2)));
        assertTrue(
                capped.getMessage().contains("SCALING form ended with MAX_ITERATIONS after 2"),
                capped.getMessage());
        // and so does an exact solve stopped at its pivot cap: emd refuses a non-optimal plan
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new EntropicTransport(
                                Sinkhorn.of(SinkhornOptions.of(1).withMaxIterations(2))
                                        .solve(mx.weights(), my.weights(), c),
                                SinkhornVariant.SCALING,
                                false));
    }

    @Test
    void invalidInputIsRejected() {
        double[][] x = {{0, 0}, {1, 1}};
        double[][] y3 = {{0, 0, 0}};
        assertThrows(
                IllegalArgumentException.class, () -> Distances.wasserstein(x, y3, 2), "dimension");
        assertThrows(
                IllegalArgumentException.class, () -> Distances.wasserstein(x, x, 0.5), "p < 1");
        assertThrows(
                IllegalArgumentException.class,
                () -> Distances.wasserstein(x, new double[] {1, 1}, x, null, 1),
                "unequal masses");
        assertThrows(IllegalArgumentException.class, () -> Distances.sinkhorn(x, x, 0), "epsilon");
        assertThrows(
                IllegalArgumentException.class,
                () -> Distances.sliced(x, x, 2, 0, 1),
                "projections");
        assertThrows(NullPointerException.class, () -> Distances.wasserstein(null, x, 2));
    }
}
