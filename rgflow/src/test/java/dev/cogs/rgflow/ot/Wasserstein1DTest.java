package dev.cogs.rgflow.ot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.cogs.testkit.ot.PointClouds;
import java.util.SplittableRandom;
import org.apache.commons.math3.ml.distance.EarthMoversDistance;
import org.junit.jupiter.api.Test;

class Wasserstein1DTest {

    @Test
    void row8Uniform() {
        // docs/rgflow.md §8 row 8 (POT 0.8.2 wasserstein_1d): W₁ = 1.0, W₂² = 2.5
        double[] x = {0, 1, 2, 3};
        double[] y = {1, 1, 2, 6};
        assertEquals(1.0, Wasserstein1D.distance(x, y, 1).distance(), 1e-15);
        assertEquals(2.5, Wasserstein1D.distance(x, y, 2).powered(), 1e-15);
        assertEquals(Math.sqrt(2.5), Wasserstein1D.distance(x, y, 2).distance(), 1e-15);
    }

    @Test
    void row9Weighted() {
        // docs/rgflow.md §8 row 9 (POT 0.8.2): W₁ = 0.95, W₂² = 1.025
        double[] u = {0, 1, 3};
        double[] wu = {.2, .5, .3};
        double[] v = {.5, 2, 2.5, 4};
        double[] wv = {.25, .25, .25, .25};
        assertEquals(0.95, Wasserstein1D.distance(u, wu, v, wv, 1).powered(), 1e-15);
        assertEquals(1.025, Wasserstein1D.distance(u, wu, v, wv, 2).powered(), 1e-15);
    }

    @Test
    void row10HistogramsAgreeWithCommonsMath() {
        // docs/rgflow.md §8 row 10: W₁ = 1.0 (POT; = Commons Math EarthMoversDistance)
        double[] h1 = {0.1, 0.2, 0.3, 0.4};
        double[] h2 = {0.4, 0.3, 0.2, 0.1};
        assertEquals(1.0, Wasserstein1D.histogramW1(h1, h2), 1e-15);
        assertEquals(
                new EarthMoversDistance().compute(h1, h2),
                Wasserstein1D.histogramW1(h1, h2),
                1e-15);
    }

    @Test
    void symmetricAndTriangleInequality() {
        qt().withExamples(300)
                .forAll(integers().all(), doubles().between(1, 4))
                .check(
                        (seed, p) -> {
                            SplittableRandom r = new SplittableRandom(seed);
                            int n1 = 1 + r.nextInt(12);
                            int n2 = 1 + r.nextInt(12);
                            int n3 = 1 + r.nextInt(12);
                            double[] x = PointClouds.randomPoints1d(n1, r);
                            double[] y = PointClouds.randomPoints1d(n2, r);
                            double[] z = PointClouds.randomPoints1d(n3, r);
                            double[] a = PointClouds.randomWeights(n1, r, false);
                            double[] b = PointClouds.randomWeights(n2, r, false);
                            double[] c = PointClouds.randomWeights(n3, r, false);
                            double xy = Wasserstein1D.distance(x, a, y, b, p).distance();
                            double yx = Wasserstein1D.distance(y, b, x, a, p).distance();
                            double yz = Wasserstein1D.distance(y, b, z, c, p).distance();
                            double xz = Wasserstein1D.distance(x, a, z, c, p).distance();
                            return Math.abs(xy - yx) <= 1e-12 * (1 + xy) && xz <= xy + yz + 1e-12;
                        });
    }

    @Test
    void translationMovesW1ByTheShift() {
        qt().withExamples(200)
                .forAll(integers().all(), doubles().between(-5, 5))
                .check(
                        (seed, shift) -> {
                            SplittableRandom r = new SplittableRandom(seed);
                            int n = 1 + r.nextInt(20);
                            double[] x = PointClouds.randomPoints1d(n, r);
                            double[] y = new double[n];
                            for (int i = 0; i < n; i++) {
                                y[i] = x[i] + shift;
                            }
                            double[] a = PointClouds.randomWeights(n, r, false);
                            return Math.abs(
                                            Wasserstein1D.distance(x, a, y, a, 1).distance()
                                                    - Math.abs(shift))
                                    <= 1e-12;
                        });
    }

    @Test
    void rejectsBadInput() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Wasserstein1D.distance(new double[0], new double[] {1}, 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> Wasserstein1D.distance(new double[] {1}, new double[] {1}, 0.5));
        assertThrows(
                IllegalArgumentException.class,
                () -> Wasserstein1D.distance(new double[] {Double.NaN}, new double[] {1}, 1));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        Wasserstein1D.distance(
                                new double[] {0, 1},
                                new double[] {.5, .5},
                                new double[] {0},
                                new double[] {2},
                                1));
        assertThrows(
                IllegalArgumentException.class,
                () -> Wasserstein1D.histogramW1(new double[] {1, 0}, new double[] {1}));
    }
}
