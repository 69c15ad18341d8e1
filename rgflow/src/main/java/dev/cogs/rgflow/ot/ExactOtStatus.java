package dev.cogs.rgflow.ot;

/** Termination status of the network simplex. */
public enum ExactOtStatus {
    /** No arc has a negative reduced cost: the plan is optimal (to the pricing tolerance). */
    OPTIMAL,
    /** The pivot cap was reached; the plan is feasible but possibly not optimal. */
    MAX_ITERATIONS
}
