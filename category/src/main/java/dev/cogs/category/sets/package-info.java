/**
 * Finite-set-valued functors on finite categories: presheaves \(F: C^{op} \to \mathbf{FinSet}\) and
 * copresheaves \(T: C \to \mathbf{FinSet}\) ({@link dev.cogs.category.sets.SetFunctor}), their
 * validation as failure records, natural transformations with naturality checks, a backtracking
 * search for natural transformations ({@link dev.cogs.category.sets.NatSearch}) and isomorphism of
 * set-valued functors.
 *
 * <p>Conventions (docs/category.md §0): for a presheaf and \(f: Y \to X\), \(F(f): F(X) \to F(Y)\)
 * and \(F(g \circ f) = F(f) \circ F(g)\); for a copresheaf \(T(g \circ f) = T(g) \circ T(f)\). The
 * fibre \(F(X)\) is \(\{0, \dots, |F(X)| - 1\}\). All values are immutable.
 */
package dev.cogs.category.sets;
