/**
 * Gaussian measures and their optimal transport in closed form: the Bures–Wasserstein distance, the
 * Monge map, Mahalanobis-cost distances, entropic optimal transport (Janati et al., NeurIPS 2020,
 * arXiv:2006.02572) and Wasserstein barycentres (fixed point and Álvarez-Esteban iterations).
 *
 * <p>Conventions follow docs/rgflow.md §6.5: distances are returned both squared and unsquared, the
 * entropic cost is {@code ‖x−y‖²} with regulariser {@code ε KL(P‖α⊗β)}.
 */
package dev.cogs.rgflow.ot.gaussian;
