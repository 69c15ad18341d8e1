package dev.cogs.cli.ot;

/** Distances computed by {@code cogs ot}. */
public enum OtMethod {
    /** Exact OT (network simplex) with cost {@code ‖x−y‖^p}: {@code W_p^p}. */
    EXACT,
    /** Sinkhorn with the given {@code ε}: linear term and full objective. */
    SINKHORN,
    /** Exact one-dimensional {@code W_p} by quantiles (one-dimensional clouds only). */
    ONE_D,
    /** Sliced {@code W_p} with seeded random directions. */
    SLICED
}
