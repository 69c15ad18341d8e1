package dev.cogs.cli.ot;

/**
 * One line of the {@code cogs ot} report.
 *
 * @param method the method
 * @param value the main value: {@code W_p^p} (exact, 1-D, sliced) or {@code ⟨P,C⟩} (Sinkhorn)
 * @param distance {@code value^{1/p}} (NaN for Sinkhorn)
 * @param objective Sinkhorn full objective {@code ⟨P,C⟩ + εKL(P‖a⊗b)} (NaN otherwise)
 * @param iterations pivots or iterations (0 for closed-form methods)
 * @param marginalError final marginal error (0 for closed-form methods)
 * @param converged whether the solver met its stopping rule
 * @param status solver status text
 * @param millis wall time
 */
public record OtOutcome(
        OtMethod method,
        double value,
        double distance,
        double objective,
        long iterations,
        double marginalError,
        boolean converged,
        String status,
        double millis) {}
