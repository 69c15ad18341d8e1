package dev.cogs.rgflow.ot;

import dev.cogs.rgflow.linalg.Matrix;
import java.util.Locale;
import java.util.Objects;

/**
 * A ground cost {@code c(x, y)} between points of {@code ℝ^d}. Implementations must be
 * deterministic and return finite values for finite points. User costs are lambdas.
 */
@FunctionalInterface
public interface GroundCost {

    /**
     * The cost of moving unit mass from {@code x} to {@code y}.
     *
     * @param x source point
     * @param y target point, same length
     * @return {@code c(x, y)}
     */
    double cost(double[] x, double[] y);

    /**
     * @return {@code c(x,y) = ‖x − y‖₂²}
     */
    static GroundCost squaredEuclidean() {
        return GroundCosts.SQUARED_EUCLIDEAN;
    }

    /**
     * @return {@code c(x,y) = ‖x − y‖₂}
     */
    static GroundCost euclidean() {
        return (x, y) -> Math.sqrt(GroundCosts.SQUARED_EUCLIDEAN.cost(x, y));
    }

    /**
     * The {@code p}-norm raised to the power {@code q}: {@code c(x,y) = ‖x − y‖_p^q}, the cost of
     * {@code W_q} with the {@code ℓ_p} metric.
     *
     * @param p norm exponent {@code ≥ 1} (may be {@code +∞})
     * @param q power, {@code > 0}
     * @return the cost
     * @throws IllegalArgumentException if {@code p < 1} or {@code q ≤ 0} (or NaN)
     */
    static GroundCost pNorm(double p, double q) {
        if (!(p >= 1)) {
            throw new IllegalArgumentException("p (" + p + ") must be >= 1");
        }
        OtChecks.positiveFinite("q", q);
        return (x, y) -> {
            double norm;
            if (Double.isInfinite(p)) {
                norm = 0;
                for (int k = 0; k < x.length; k++) {
                    norm = Math.max(norm, Math.abs(x[k] - y[k]));
                }
            } else {
                double s = 0;
                for (int k = 0; k < x.length; k++) {
                    s += Math.pow(Math.abs(x[k] - y[k]), p);
                }
                norm = Math.pow(s, 1 / p);
            }
            return q == 1 ? norm : Math.pow(norm, q);
        };
    }

    /**
     * Mahalanobis cost {@code c(x,y) = (x−y)ᵀK(x−y)}.
     *
     * @param k symmetric positive-semidefinite {@code d×d} matrix
     * @return the cost
     * @throws IllegalArgumentException if {@code K} is not square, symmetric and finite
     */
    static GroundCost mahalanobis(Matrix k) {
        Objects.requireNonNull(k, "k");
        if (!k.isSquare() || !k.isFinite() || !k.isSymmetric(1e-12)) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "Mahalanobis metric must be a finite symmetric matrix, got %s",
                            k));
        }
        double[] km = k.toRowMajor();
        int d = k.rows();
        return (x, y) -> {
            double s = 0;
            for (int i = 0; i < d; i++) {
                double di = x[i] - y[i];
                double row = 0;
                for (int j = 0; j < d; j++) {
                    row += km[i * d + j] * (x[j] - y[j]);
                }
                s += di * row;
            }
            return s;
        };
    }
}
