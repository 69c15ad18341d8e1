package dev.cogs.rgflow.ot;

/** How a Sinkhorn run ended. */
public enum SinkhornStatus {
    /** The marginal error met the tolerance. */
    CONVERGED,
    /** The iteration cap was reached before the tolerance. */
    MAX_ITERATIONS,
    /**
     * A scaling or potential became non-finite (or a scaling vanished where the weight is
     * positive); the result holds the last finite iterate.
     */
    NUMERICAL_FAILURE
}
