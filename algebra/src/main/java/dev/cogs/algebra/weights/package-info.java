/**
 * The CoGS weight semiring of Tian, <i>Composing Global Solutions to Reasoning Tasks via Algebraic
 * Objects in Neural Nets</i> (arXiv:2410.01779): two-layer quadratic networks for modular addition
 * over \(\mathbb{Z}_d\) written in the Fourier domain, their ring operations, sum potentials as
 * ring homomorphisms into \(\mathbb{C}\), the exact full-dataset loss and the global-optimum
 * constructions.
 *
 * <p>Everything here is pure double-precision mathematics (no tensor library); the direct
 * data-space loss of {@link dev.cogs.algebra.weights.Verification} can be handed to a faster {@link
 * dev.cogs.algebra.weights.DataSpaceEvaluator} (the {@code cogs-train} module's dgemm one).
 * Conventions follow the project docs/cogs-math.md §1–§6: \(A_{kj} = \frac1d\sum_x
 * U_a[j,x]\,\omega^{-kx}\), \(B_{kj}\) likewise, \(C_{kj} = \frac1d\sum_c W[c,j]\,\omega^{+kc}\),
 * \(\omega = e^{2\pi i/d}\); sum potentials are in code units (the optimum is \(r_{kkk} = 1/(2d)\);
 * paper units are \(2d\) times larger).
 */
package dev.cogs.algebra.weights;
