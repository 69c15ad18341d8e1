package dev.cogs.rgflow.ot;

import java.util.Objects;

/**
 * Options of unbalanced Sinkhorn for {@code min_P ⟨P,C⟩ + εΩ(P) + ρ KL(P1‖a) + ρ KL(Pᵀ1‖b)}.
 *
 * @param epsilon entropic regularisation {@code ε}, finite and {@code > 0}
 * @param rho marginal penalty {@code ρ}, finite and {@code > 0}
 * @param maxIterations iteration cap, {@code > 0}
 * @param tolerance stop when {@code max |Δ log u|, |Δ log v|} falls below it, {@code > 0}
 * @param entropy the entropy convention
 */
public record UnbalancedOptions(
        double epsilon,
        double rho,
        int maxIterations,
        double tolerance,
        EntropyConvention entropy) {

    /**
     * Validates the options.
     *
     * @param epsilon entropic regularisation {@code ε}, finite and {@code > 0}
     * @param rho marginal penalty {@code ρ}, finite and {@code > 0}
     * @param maxIterations iteration cap, {@code > 0}
     * @param tolerance stop when {@code max |Δ log u|, |Δ log v|} falls below it, {@code > 0}
     * @param entropy the entropy convention
     * @throws IllegalArgumentException if a numeric option is out of range (NaN fails)
     */
    public UnbalancedOptions {
        OtChecks.positiveFinite("epsilon", epsilon);
        OtChecks.positiveFinite("rho", rho);
        OtChecks.positive("maxIterations", maxIterations);
        OtChecks.positive("tolerance", tolerance);
        Objects.requireNonNull(entropy, "entropy");
    }
}
