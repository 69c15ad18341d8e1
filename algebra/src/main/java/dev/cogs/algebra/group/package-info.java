/**
 * Finite groups as values, their abelian decompositions and characters, and their irreducible
 * unitary representations and Fourier transform: the foundation for "beyond \(\mathbb{Z}_d\): every
 * finite group".
 *
 * <p>Values: {@link dev.cogs.algebra.group.FiniteGroup} (a checked Cayley table with labels; axiom
 * failures as data in {@link dev.cogs.algebra.group.GroupFailure}), {@link
 * dev.cogs.algebra.group.GroupSummary} (isomorphism invariants), {@link
 * dev.cogs.algebra.group.GroupHomomorphism}. Named groups (cyclic, products, dihedral, symmetric,
 * alternating, quaternion) and the name parser are in {@link dev.cogs.algebra.group.FiniteGroups}.
 *
 * <p>Abelian groups: {@link dev.cogs.algebra.group.AbelianDecomposition} (invariant factors and an
 * explicit isomorphism to \(\prod_i \mathbb{Z}_{n_i}\)) and {@link
 * dev.cogs.algebra.group.CharacterGroup} (\(\chi_k(g) = e^{2\pi i \sum_i k_i g_i / n_i}\),
 * conjugation \(k \mapsto -k\)).
 *
 * <p>Any finite group: {@link dev.cogs.algebra.group.CharacterTable} (exact for abelian groups,
 * Burnside–Dixon otherwise), {@link dev.cogs.algebra.group.IrreducibleRepresentations} (unitary
 * matrices from the regular representation), {@link dev.cogs.algebra.group.FourierTransform} with
 * {@link dev.cogs.algebra.group.FourierCoefficients}. Complex matrices are {@link
 * dev.cogs.algebra.group.ComplexMatrix} (real and imaginary parts; no complex-number type in the
 * API). Numerical results are deterministic (fixed seeds, documented) and carry diagnostics.
 */
package dev.cogs.algebra.group;
