/**
 * Discrete optimal transport: weighted point clouds, cost matrices, transport plans, exact OT by
 * the network simplex, Sinkhorn (scaling, log-domain, absorption-stabilised, ε-scaling; Cuturi
 * 2013, Schmitzer 2019), a kernel-free log-domain Sinkhorn on point clouds in {@code O(n)} memory
 * ({@link dev.cogs.rgflow.ot.OnlineSinkhorn}), Sinkhorn divergences (Feydy et al. 2019), unbalanced
 * Sinkhorn, one-dimensional and sliced Wasserstein distances and barycentres.
 *
 * <p>Notation (docs/rgflow.md §6): source weights {@code a} (length {@code n}), target weights
 * {@code b} (length {@code m}), cost {@code C ∈ ℝ^{n×m}}, plan {@code P ≥ 0} with {@code P1 = a},
 * {@code Pᵀ1 = b}. Solvers implement {@link dev.cogs.rgflow.ot.TransportSolver} and return results
 * with diagnostics ({@link dev.cogs.rgflow.ot.TransportResult}); options are validated records.
 */
package dev.cogs.rgflow.ot;
