package dev.cogs.rgflow.flow;

import dev.cogs.rgflow.ot.CostMatrix;
import dev.cogs.rgflow.ot.EmpiricalMeasure;
import dev.cogs.rgflow.ot.ExactOt;
import dev.cogs.rgflow.ot.ExactOtResult;
import java.util.Locale;
import java.util.Objects;

/**
 * Squared 2-Wasserstein distance between two equally weighted sample clouds by exact OT (network
 * simplex of {@code dev.cogs.rgflow.ot}). For N-dimensional clouds of n points the estimate is
 * biased by \(O(n^{-2/N})\) (docs/rgflow.md §7.8).
 */
public final class CloudDistance {

    private CloudDistance() {}

    /**
     * The distance.
     *
     * @param w2Squared \(W_2^2\) of the empirical measures
     * @param converged whether the exact solver reported optimality
     */
    public record Result(double w2Squared, boolean converged) {}

    /**
     * @param x first cloud
     * @param y second cloud (same dimension)
     * @return \(W_2^2\) between the uniform empirical measures
     * @throws IllegalArgumentException on a dimension mismatch
     */
    public static Result w2Squared(SampleCloud x, SampleCloud y) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.dimension() != y.dimension()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "clouds have dimensions %d and %d",
                            x.dimension(),
                            y.dimension()));
        }
        EmpiricalMeasure a = EmpiricalMeasure.uniform(x.points());
        EmpiricalMeasure b = EmpiricalMeasure.uniform(y.points());
        ExactOtResult r =
                ExactOt.networkSimplex()
                        .solve(a.weights(), b.weights(), CostMatrix.squaredEuclidean(a, b));
        return new Result(r.cost(), r.converged());
    }
}
