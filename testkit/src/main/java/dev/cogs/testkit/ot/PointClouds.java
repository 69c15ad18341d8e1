package dev.cogs.testkit.ot;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.cogs.rgflow.ot.EmpiricalMeasure;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Point clouds, weights and discrete measures for optimal-transport tests: seeded helpers (same
 * seed, same arrays) and QuickTheories generators of {@link CloudRecipe}s, which print as their
 * size, dimension, spread and seed and rebuild the measure with {@link CloudRecipe#build()}.
 * Stateless.
 */
public final class PointClouds {

    private PointClouds() {}

    /**
     * Positive weights summing to 1; with {@code allowZeros} about 15 % of them are exactly 0
     * (never all).
     *
     * @param n the number of weights, at least 1
     * @param r the random source
     * @param allowZeros whether some weights may be exactly 0
     * @return the weights, each drawn from [0.05, 1) before normalisation
     */
    public static double[] randomWeights(int n, SplittableRandom r, boolean allowZeros) {
        double[] w = new double[n];
        double s = 0;
        for (int i = 0; i < n; i++) {
            w[i] = allowZeros && n > 1 && r.nextDouble() < 0.15 ? 0.0 : r.nextDouble(0.05, 1);
            s += w[i];
        }
        if (s == 0) {
            w[0] = 1;
            s = 1;
        }
        for (int i = 0; i < n; i++) {
            w[i] /= s;
        }
        return w;
    }

    /**
     * Uniform points on the line in [-3, 3).
     *
     * @param n the number of points
     * @param r the random source
     * @return the points
     */
    public static double[] randomPoints1d(int n, SplittableRandom r) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble(-3, 3);
        }
        return x;
    }

    /**
     * Gaussian points in {@code dimension} dimensions: each coordinate {@code centre + spread·N(0,
     * 1)}.
     *
     * @param n the number of points
     * @param dimension the dimension, at least 1
     * @param centre the centre of every coordinate
     * @param spread the standard deviation of every coordinate
     * @param r the random source
     * @return {@code n} points, each of length {@code dimension}
     */
    public static double[][] gaussianCloud(
            int n, int dimension, double centre, double spread, SplittableRandom r) {
        double[][] x = new double[n][dimension];
        for (double[] p : x) {
            for (int k = 0; k < dimension; k++) {
                p[k] = centre + spread * r.nextGaussian();
            }
        }
        return x;
    }

    /**
     * A seeded random discrete measure: {@code n} Gaussian points in {@code dimension} dimensions
     * around {@code centre} with standard deviation {@code spread}, with uniform weights or random
     * positive weights (some exactly 0 when {@code zeros}).
     *
     * @param n the number of points, at least 1
     * @param dimension the dimension, at least 1
     * @param centre the centre of every coordinate
     * @param spread the standard deviation of every coordinate, finite and ≥ 0
     * @param uniform whether the weights are 1/n
     * @param zeros whether some non-uniform weights are exactly 0
     * @param seed the seed
     */
    public record CloudRecipe(
            int n,
            int dimension,
            double centre,
            double spread,
            boolean uniform,
            boolean zeros,
            long seed) {

        /**
         * Validates the recipe.
         *
         * @param n the number of points, at least 1
         * @param dimension the dimension, at least 1
         * @param centre the centre of every coordinate
         * @param spread the standard deviation, finite and ≥ 0
         * @param uniform whether the weights are 1/n
         * @param zeros whether some non-uniform weights are exactly 0
         * @param seed the seed
         * @throws IllegalArgumentException if a size is below 1 or a number is not finite
         */
        public CloudRecipe {
            if (n < 1
                    || dimension < 1
                    || !Double.isFinite(centre)
                    || !(spread >= 0)
                    || Double.isInfinite(spread)) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "n (%d) and dimension (%d) must be >= 1, centre (%s) finite, spread (%s) finite and >= 0",
                                n,
                                dimension,
                                centre,
                                spread));
            }
        }

        /**
         * The points.
         *
         * @return {@code n} points of length {@code dimension}
         */
        public double[][] points() {
            return gaussianCloud(n, dimension, centre, spread, new SplittableRandom(seed));
        }

        /**
         * The weights (summing to 1).
         *
         * @return {@code n} weights
         */
        public double[] weights() {
            if (uniform) {
                double[] w = new double[n];
                Arrays.fill(w, 1.0 / n);
                return w;
            }
            return randomWeights(n, new SplittableRandom(~seed), zeros);
        }

        /**
         * The measure.
         *
         * @return the points with their weights
         */
        public EmpiricalMeasure build() {
            return EmpiricalMeasure.of(points(), weights());
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%d %s points in R^%d around %s (sd %s), seed %d",
                    n,
                    uniform ? "uniform" : zeros ? "weighted (some 0)" : "weighted",
                    dimension,
                    centre,
                    spread,
                    seed);
        }
    }

    /**
     * Random measures with 1 to {@code maxPoints} points in the given dimension, centred in [-2, 2]
     * with spread in [0.1, 2], uniform or weighted.
     *
     * @param maxPoints the largest number of points, at least 1
     * @param dimension the dimension, at least 1
     * @return the generator of recipes
     */
    public static Gen<CloudRecipe> clouds(int maxPoints, int dimension) {
        Gen<double[]> placement =
                Generate.pick(List.of(0.0, -2.0, -1.0, 1.0, 2.0))
                        .zip(
                                Generate.pick(List.of(1.0, 0.1, 0.5, 2.0)),
                                (c, s) -> new double[] {c, s});
        Gen<Integer> weighting = integers().between(0, 2);
        return integers()
                .between(1, maxPoints)
                .zip(
                        placement,
                        weighting,
                        longs().all(),
                        (n, p, w, seed) ->
                                new CloudRecipe(n, dimension, p[0], p[1], w == 0, w == 2, seed));
    }
}
