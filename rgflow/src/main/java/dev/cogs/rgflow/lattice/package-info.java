/**
 * Periodic lattices, translation-invariant (Fourier-diagonal) operators, covariance paths of the
 * lattice Polchinski flow, Gaussian theories in closed form, the φ⁴ action and its HMC sampler,
 * exact transport of samples along the flow, quadrature for one and two sites, and the RG monotone
 * \(F(t) = \mathrm{KL}(P_t \,\|\, N(0, C_t))\) (Cotler–Rezchikov, arXiv:2202.11737; conventions of
 * the docs/rgflow.md §1–§5).
 */
package dev.cogs.rgflow.lattice;
