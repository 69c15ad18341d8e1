package dev.cogs.rgflow.ot;

/** The entropic term {@code Ω(P)} of unbalanced Sinkhorn (docs/rgflow.md §6.6). */
public enum EntropyConvention {
    /** POT 0.8.2: {@code Ω(P) = Σ P_ij (log P_ij − 1)}, kernel {@code e^{−C/ε}}. */
    POT_ENTROPY,
    /** {@code Ω(P) = KL(P‖a⊗b)}, kernel {@code a_i b_j e^{−C_ij/ε}}. */
    KL_PRODUCT
}
