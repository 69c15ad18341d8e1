package dev.cogs.rgflow.ot;

/** Which Sinkhorn value enters the debiased divergence (docs/rgflow.md §6.3). */
public enum DivergenceConvention {
    /**
     * Feydy et al. (AISTATS 2019): the full objective {@code OT_ε = ⟨P,C⟩ + ε KL(P‖α⊗β)}; a
     * positive-definite, metrising divergence.
     */
    FULL_OBJECTIVE,
    /**
     * POT 0.8.2 {@code empirical_sinkhorn_divergence}: the linear term {@code ⟨P,C⟩} of each plan.
     */
    LINEAR_TERM
}
