/**
 * Wasserstein gradient flows and the JKO (minimising-movement) scheme (Jordan–Kinderlehrer–Otto 1998,
 * doi:10.1137/S0036141096303359): closed-form Gaussian/Ornstein–Uhlenbeck references, the exact 1-D
 * Gaussian JKO step, Monte-Carlo JKO steps over transport-map families (Fourier-diagonal linear maps with a
 * closed-form optimum, dense affine maps by L-BFGS) with log-density tracking, and a runner for the
 * lattice Polchinski flow written as a W₂ gradient flow of a relative entropy (Cotler–Rezchikov,
 * arXiv:2202.11737; module spec {@code rgflow.md} §2–§3).
 */
package dev.cogs.rgflow.flow;
