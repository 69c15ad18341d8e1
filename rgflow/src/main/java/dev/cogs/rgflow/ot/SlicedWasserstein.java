package dev.cogs.rgflow.ot;

import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Sliced Wasserstein distance (docs/rgflow.md §6.7): {@code SW_p^p(μ,ν) = (1/K) Σ_k W_p^p(θ_k·μ,
 * θ_k·ν)} over unit directions {@code θ_k}, each term exact by {@link Wasserstein1D}. Matches POT
 * 0.8.2 {@code sliced_wasserstein_distance}, which returns {@code SW_p}.
 *
 * <p>Non-finite values: clouds are finite by construction; directions must be finite and non-zero.
 */
public final class SlicedWasserstein {

    private SlicedWasserstein() {}

    /**
     * With explicit directions (normalised to unit length).
     *
     * @param x source cloud
     * @param y target cloud, same dimension and mass
     * @param directions {@code K ≥ 1} finite non-zero directions of the cloud dimension
     * @param p order, finite, {@code ≥ 1}
     * @return {@code SW_p^p} and {@code SW_p}
     * @throws IllegalArgumentException on a dimension or mass mismatch, or a bad direction or
     *     {@code p}
     */
    public static WassersteinDistance distance(
            EmpiricalMeasure x, EmpiricalMeasure y, double[][] directions, double p) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(directions, "directions");
        if (x.dimension() != y.dimension()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "dimension mismatch: %d vs %d",
                            x.dimension(),
                            y.dimension()));
        }
        if (directions.length == 0) {
            throw new IllegalArgumentException("at least one direction is needed");
        }
        if (!(p >= 1) || Double.isInfinite(p)) {
            throw new IllegalArgumentException("p (" + p + ") must be finite and >= 1");
        }
        double[] a = x.weights();
        double[] b = Marginals.requireBalanced(a, y.weights());
        double sum = 0;
        for (int k = 0; k < directions.length; k++) {
            double[] theta = unit(directions[k], x.dimension(), k);
            sum += Wasserstein1D.powered(x.project(theta), a, y.project(theta), b, p);
        }
        return WassersteinDistance.ofPowered(p, sum / directions.length);
    }

    /**
     * With {@code count} directions drawn uniformly on the sphere from {@code rng} (normalised
     * Gaussians).
     *
     * @param x source cloud
     * @param y target cloud
     * @param count number of directions, {@code ≥ 1}
     * @param rng the random generator (same seed, same result)
     * @param p order
     * @return {@code SW_p^p} and {@code SW_p}
     * @throws IllegalArgumentException as {@link #distance(EmpiricalMeasure, EmpiricalMeasure,
     *     double[][], double)} or if {@code count < 1}
     */
    public static WassersteinDistance distance(
            EmpiricalMeasure x, EmpiricalMeasure y, int count, RandomGenerator rng, double p) {
        Objects.requireNonNull(rng, "rng");
        OtChecks.atLeastOne("count", count);
        return distance(x, y, randomDirections(x.dimension(), count, rng), p);
    }

    /**
     * Uniform random unit directions.
     *
     * @param dimension {@code d ≥ 1}
     * @param count number of directions
     * @param rng the random generator
     * @return {@code count} unit vectors
     */
    public static double[][] randomDirections(int dimension, int count, RandomGenerator rng) {
        double[][] out = new double[count][dimension];
        for (int k = 0; k < count; k++) {
            double norm;
            do {
                norm = 0;
                for (int i = 0; i < dimension; i++) {
                    out[k][i] = rng.nextGaussian();
                    norm += out[k][i] * out[k][i];
                }
            } while (!(norm > 1e-300));
            norm = Math.sqrt(norm);
            for (int i = 0; i < dimension; i++) {
                out[k][i] /= norm;
            }
        }
        return out;
    }

    private static double[] unit(double[] theta, int d, int k) {
        Objects.requireNonNull(theta, "direction");
        if (theta.length != d) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "direction %d has length %d, clouds have dimension %d",
                            k,
                            theta.length,
                            d));
        }
        double s = 0;
        for (double t : theta) {
            s += t * t;
        }
        if (!(s > 0) || Double.isInfinite(s)) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "direction %d must be finite and non-zero", k));
        }
        double norm = Math.sqrt(s);
        double[] out = new double[d];
        for (int i = 0; i < d; i++) {
            out[i] = theta[i] / norm;
        }
        return out;
    }
}
