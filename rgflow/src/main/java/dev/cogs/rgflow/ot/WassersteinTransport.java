package dev.cogs.rgflow.ot;

import java.util.Objects;

/**
 * An exact Wasserstein distance between two point clouds together with an optimal plan, as returned
 * by {@link Distances#wasserstein(double[][], double[][], double)}: {@code W_p^p = min_P Σ P_ij
 * ‖x_i − y_j‖₂^p} (POT's {@code emd2} on the cost {@code ot.dist(x, y, 'euclidean')**p}), its
 * {@code p}-th root, and the optimal transport behind it (plan, dual potentials, pivots). Only
 * optimal results are constructed.
 *
 * @param p the order, finite, {@code ≥ 1}
 * @param powered {@code W_p^p}
 * @param distance {@code W_p}
 * @param transport the exact solution (status {@link ExactOtStatus#OPTIMAL})
 */
public record WassersteinTransport(
        double p, double powered, double distance, ExactOtResult transport) {

    /**
     * Validates the record.
     *
     * @param p the order, finite, {@code ≥ 1}
     * @param powered {@code W_p^p}, {@code ≥ 0}
     * @param distance {@code W_p}, {@code ≥ 0}
     * @param transport the exact solution
     * @throws IllegalArgumentException if a value is out of range or NaN, or the transport is not
     *     optimal
     */
    public WassersteinTransport {
        Objects.requireNonNull(transport, "transport");
        new WassersteinDistance(p, powered, distance);
        if (!transport.converged()) {
            throw new IllegalArgumentException(
                    "transport status " + transport.status() + " is not OPTIMAL");
        }
    }

    /**
     * The optimal plan.
     *
     * @return {@code transport().plan()}
     */
    public TransportPlan plan() {
        return transport.plan();
    }

    /**
     * The distance without the plan.
     *
     * @return {@code W_p^p} and {@code W_p}
     */
    public WassersteinDistance toDistance() {
        return new WassersteinDistance(p, powered, distance);
    }
}
