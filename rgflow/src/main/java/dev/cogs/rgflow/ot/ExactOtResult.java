package dev.cogs.rgflow.ot;

import java.util.Objects;

/**
 * Result of exact optimal transport.
 *
 * <p>Dual potentials {@code f} (sources) and {@code g} (targets) satisfy {@code f_i + g_j ≤ C_ij}
 * with equality on the support of the plan, and are centred as in POT ({@code center_ot_dual}):
 * {@code ⟨a, f⟩ = ⟨b, g⟩}. At optimality, strong duality gives {@code ⟨P,C⟩ = ⟨a,f⟩ + ⟨b,g⟩}.
 * Potentials of zero-weight points are their c-transforms ({@code f_i = min_j C_ij − g_j}).
 *
 * <p>Arrays are copied on construction and on access; {@code equals} compares them by reference.
 *
 * @param plan sparse plan with at most {@code n+m−1} non-zeros
 * @param cost {@code ⟨P, C⟩}
 * @param sourcePotential {@code f}, length {@code n}
 * @param targetPotential {@code g}, length {@code m}
 * @param iterations number of pivots
 * @param marginalError {@code ‖P1 − a‖₁ + ‖Pᵀ1 − b‖₁}
 * @param status termination status
 */
public record ExactOtResult(
        TransportPlan plan,
        double cost,
        double[] sourcePotential,
        double[] targetPotential,
        long iterations,
        double marginalError,
        ExactOtStatus status)
        implements TransportResult {

    /**
     * Copies the arrays and checks for nulls.
     *
     * @param plan sparse plan with at most {@code n+m−1} non-zeros
     * @param cost {@code ⟨P, C⟩}
     * @param sourcePotential {@code f}, length {@code n}
     * @param targetPotential {@code g}, length {@code m}
     * @param iterations number of pivots
     * @param marginalError {@code ‖P1 − a‖₁ + ‖Pᵀ1 − b‖₁}
     * @param status termination status
     */
    public ExactOtResult {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(status, "status");
        sourcePotential = Objects.requireNonNull(sourcePotential, "sourcePotential").clone();
        targetPotential = Objects.requireNonNull(targetPotential, "targetPotential").clone();
    }

    /**
     * The sourcePotential component (a copy).
     *
     * @return {@code f}, length {@code n}
     */
    @Override
    public double[] sourcePotential() {
        return sourcePotential.clone();
    }

    /**
     * The targetPotential component (a copy).
     *
     * @return {@code g}, length {@code m}
     */
    @Override
    public double[] targetPotential() {
        return targetPotential.clone();
    }

    @Override
    public boolean converged() {
        return status == ExactOtStatus.OPTIMAL;
    }

    /**
     * The dual objective {@code ⟨a, f⟩ + ⟨b, g⟩}.
     *
     * @param a source weights
     * @param b target weights
     * @return the dual value (equal to {@link #cost()} at optimality)
     */
    public double dualObjective(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * sourcePotential[i];
        }
        for (int j = 0; j < b.length; j++) {
            s += b[j] * targetPotential[j];
        }
        return s;
    }
}
