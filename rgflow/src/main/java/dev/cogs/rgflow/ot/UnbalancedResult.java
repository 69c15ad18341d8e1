package dev.cogs.rgflow.ot;

import java.util.Objects;

/**
 * Result of unbalanced Sinkhorn.
 *
 * @param plan dense plan
 * @param cost {@code ⟨P, C⟩}
 * @param objective {@code ⟨P,C⟩ + εΩ(P) + ρKL(P1‖a) + ρKL(Pᵀ1‖b)} (generalised KL, chosen {@code
 *     Ω})
 * @param mass {@code Σ P_ij}
 * @param iterations iterations performed
 * @param change last {@code max |Δ log u|, |Δ log v|}
 * @param converged whether the change met the tolerance with finite iterates
 */
public record UnbalancedResult(
        TransportPlan plan,
        double cost,
        double objective,
        double mass,
        long iterations,
        double change,
        boolean converged)
        implements TransportResult {

    /**
     * Checks the plan is present.
     *
     * @param plan dense plan
     * @param cost {@code ⟨P, C⟩}
     * @param objective {@code ⟨P,C⟩ + εΩ(P) + ρKL(P1‖a) + ρKL(Pᵀ1‖b)} (generalised KL, chosen
     *     {@code Ω})
     * @param mass {@code Σ P_ij}
     * @param iterations iterations performed
     * @param change last {@code max |Δ log u|, |Δ log v|}
     * @param converged whether the change met the tolerance with finite iterates
     */
    public UnbalancedResult {
        Objects.requireNonNull(plan, "plan");
    }

    /**
     * @return the last change of the log-scalings (there is no marginal constraint to measure)
     */
    @Override
    public double marginalError() {
        return change;
    }
}
