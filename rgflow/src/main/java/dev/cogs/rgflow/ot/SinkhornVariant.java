package dev.cogs.rgflow.ot;

/** Numerical form of the Sinkhorn iteration (docs/rgflow.md §6.2). */
public enum SinkhornVariant {
    /**
     * Scaling form (Cuturi 2013): {@code K = e^{−C/ε}}, {@code v ← b/(Kᵀu)}, {@code u ← a/(Kv)}.
     * Fastest; under- or overflows for small {@code ε} (reported as a numerical failure).
     */
    SCALING,
    /**
     * Log-domain form: {@code g ← −ε LSE_i(log a_i + (f_i − C_ij)/ε)}, {@code f ← −ε LSE_j(log b_j
     * + (g_j − C_ij)/ε)}. Stable for any {@code ε}, several times slower per iteration.
     */
    LOG_DOMAIN,
    /**
     * Scaling form with absorption (Schmitzer 2019): {@code log u}, {@code log v} are folded into
     * the potentials and the kernel recomputed whenever {@code max(|u|, |v|)} exceeds the
     * absorption threshold.
     */
    STABILIZED
}
