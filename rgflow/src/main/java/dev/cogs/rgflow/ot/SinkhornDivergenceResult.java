package dev.cogs.rgflow.ot;

import java.util.Objects;

/**
 * A debiased Sinkhorn divergence {@code S_ε = T(α,β) − ½T(α,α) − ½T(β,β)} with its three terms.
 *
 * @param value {@code S_ε}
 * @param cross {@code T(α, β)}
 * @param source {@code T(α, α)}
 * @param target {@code T(β, β)}
 * @param convention which value {@code T} is
 * @param converged whether all three Sinkhorn runs converged
 */
public record SinkhornDivergenceResult(
        double value,
        double cross,
        double source,
        double target,
        DivergenceConvention convention,
        boolean converged) {

    /**
     * Checks the convention is present.
     *
     * @param value {@code S_ε}
     * @param cross {@code T(α, β)}
     * @param source {@code T(α, α)}
     * @param target {@code T(β, β)}
     * @param convention which value {@code T} is
     * @param converged whether all three Sinkhorn runs converged
     */
    public SinkhornDivergenceResult {
        Objects.requireNonNull(convention, "convention");
    }
}
