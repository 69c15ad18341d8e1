/**
 * Wasserstein gradient flows and the JKO (minimising-movement) scheme (Jordan–Kinderlehrer–Otto
 * 1998, doi:10.1137/S0036141096303359), independent of any physical model: closed-form
 * Gaussian/Ornstein–Uhlenbeck references, the exact 1-D Gaussian JKO step, and Monte-Carlo JKO
 * steps on a {@link dev.cogs.rgflow.flow.SampleCloud} over transport-map families (linear maps
 * diagonal in a {@link dev.cogs.rgflow.flow.ModeBasis} with a closed-form optimum, the same
 * composed with a coordinate-wise monotone cubic, dense affine maps by L-BFGS) with log-density
 * tracking, and the exact-OT distance between clouds (module docs/rgflow.md §3).
 *
 * <p>Layering: this package depends on {@code ot} and {@code linalg} only; the lattice Polchinski
 * flow written as a W₂ gradient flow (Cotler–Rezchikov, arXiv:2202.11737) is built on it in {@code
 * lattice} and {@code polchinski}.
 */
package dev.cogs.rgflow.flow;
