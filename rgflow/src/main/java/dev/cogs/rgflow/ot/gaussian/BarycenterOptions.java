package dev.cogs.rgflow.ot.gaussian;

import java.util.Objects;

/**
 * Options of the Gaussian barycentre iteration.
 *
 * @param method the iteration
 * @param maxIterations iteration cap, {@code > 0}
 * @param tolerance stop when {@code ‖Σ_{k+1} − Σ_k‖_F ≤ tolerance · ‖Σ_k‖_F}, {@code > 0}
 */
public record BarycenterOptions(BarycenterMethod method, int maxIterations, double tolerance) {

    /**
     * Validates the options.
     *
     * @param method the iteration
     * @param maxIterations iteration cap, {@code > 0}
     * @param tolerance stop when {@code ‖Σ_{k+1} − Σ_k‖_F ≤ tolerance · ‖Σ_k‖_F}, {@code > 0}
     * @throws IllegalArgumentException if {@code maxIterations ≤ 0} or {@code tolerance} is not
     *     {@code > 0}
     */
    public BarycenterOptions {
        Objects.requireNonNull(method, "method");
        if (maxIterations <= 0) {
            throw new IllegalArgumentException("maxIterations (" + maxIterations + ") must be > 0");
        }
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("tolerance (" + tolerance + ") must be > 0");
        }
    }

    /**
     * @return Álvarez-Esteban, 1000 iterations, tolerance 1e-14
     */
    public static BarycenterOptions defaults() {
        return new BarycenterOptions(BarycenterMethod.ALVAREZ_ESTEBAN, 1000, 1e-14);
    }
}
