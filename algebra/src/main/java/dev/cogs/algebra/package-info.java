/**
 * Generic algebraic structures as structure objects (dictionaries): semirings, rings and fields,
 * their standard instances, homomorphisms, finite monoids, tolerances and law checks.
 *
 * <p>Interfaces: {@link dev.cogs.algebra.Semiring}, {@link dev.cogs.algebra.Ring}, {@link
 * dev.cogs.algebra.Field}, {@link dev.cogs.algebra.FiniteSemiring}, {@link
 * dev.cogs.algebra.FiniteRing}, {@link dev.cogs.algebra.FiniteField}, {@link
 * dev.cogs.algebra.MatrixSemiring}, {@link dev.cogs.algebra.PolynomialSemiring}. Instances come
 * from the static factories {@link dev.cogs.algebra.Semirings} (Booleans, naturals, (min, +), (max,
 * +), ([0, 1], max, ×), matrices, polynomials), {@link dev.cogs.algebra.Rings} (ℤ, ℤ_n) and {@link
 * dev.cogs.algebra.Fields} (ℝ, ℂ, 𝔽_p); implementations are package-private. Values: {@link
 * dev.cogs.algebra.Matrix}, {@link dev.cogs.algebra.Polynomial}, {@link
 * dev.cogs.algebra.FiniteMonoid}, {@link dev.cogs.algebra.Homomorphism}, {@link
 * dev.cogs.algebra.Tolerance}.
 *
 * <p>Law checks return failures as data: {@link dev.cogs.algebra.Laws} ({@link
 * dev.cogs.algebra.LawFailure}), {@link dev.cogs.algebra.Homomorphisms} ({@link
 * dev.cogs.algebra.HomomorphismFailure}), {@link dev.cogs.algebra.FiniteMonoid#failures(int[][],
 * int)} ({@link dev.cogs.algebra.MonoidFailure}). Composition order is the one of {@link
 * java.util.function.Function}: {@code Homomorphisms.compose(g, f)} is \(g \circ f\) (apply f
 * first) and {@code Homomorphisms.andThen(f, g)} is the same map in diagrammatic order.
 *
 * <p>Floating-point structures state their laws up to a {@link dev.cogs.algebra.Tolerance} used by
 * {@link dev.cogs.algebra.Semiring#equivalent(Object, Object)}; element {@code equals} is never
 * weakened. The CoGS weight semiring of arXiv:2410.01779 is in the sub-package {@code
 * dev.cogs.algebra.weights}.
 */
package dev.cogs.algebra;
