package dev.cogs.rgflow.ot;

/**
 * Marginal-error norm of the Sinkhorn stopping rule; checked after the row update, so rows are
 * exact.
 */
public enum StoppingNorm {
    /** POT's rule: {@code ‖Pᵀ1 − b‖₂}. */
    COLUMN_L2,
    /** OTT-JAX's rule: {@code ‖P1 − a‖₁ + ‖Pᵀ1 − b‖₁}. */
    BOTH_L1
}
