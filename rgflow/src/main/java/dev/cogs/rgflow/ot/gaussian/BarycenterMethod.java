package dev.cogs.rgflow.ot.gaussian;

/** Iteration used for the Wasserstein barycentre of Gaussians (docs/rgflow.md §6.5). */
public enum BarycenterMethod {
    /** {@code Σ ← Σ_i w_i (Σ^{1/2} Σ_i Σ^{1/2})^{1/2}}. */
    FIXED_POINT,
    /**
     * Álvarez-Esteban et al. (J. Math. Anal. Appl. 441, 2016): {@code Σ ← Σ^{-1/2} (Σ_i w_i
     * (Σ^{1/2} Σ_i Σ^{1/2})^{1/2})² Σ^{-1/2}}; converges in far fewer steps.
     */
    ALVAREZ_ESTEBAN
}
