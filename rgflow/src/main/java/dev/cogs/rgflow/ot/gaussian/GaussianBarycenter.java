package dev.cogs.rgflow.ot.gaussian;

import java.util.Objects;

/**
 * Result of a Gaussian Wasserstein-barycentre iteration.
 *
 * @param barycenter the last iterate {@code N(Σ_i w_i m_i, Σ)}
 * @param iterations iterations performed
 * @param residual last relative change {@code ‖Σ_{k+1} − Σ_k‖_F / ‖Σ_k‖_F}
 * @param converged whether the residual reached the tolerance within the cap
 */
public record GaussianBarycenter(
        GaussianMeasure barycenter, int iterations, double residual, boolean converged) {

    /**
     * Checks the barycentre is present.
     *
     * @param barycenter the last iterate {@code N(Σ_i w_i m_i, Σ)}
     * @param iterations iterations performed
     * @param residual last relative change {@code ‖Σ_{k+1} − Σ_k‖_F / ‖Σ_k‖_F}
     * @param converged whether the residual reached the tolerance within the cap
     */
    public GaussianBarycenter {
        Objects.requireNonNull(barycenter, "barycenter");
    }
}
