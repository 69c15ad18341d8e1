/**
 * From trained weights to the algebra: the factorisation pipeline of the docs/cogs-math.md §9
 * (per-frequency orders, grouping of nodes by dominant frequency, exhaustive-permutation
 * factorisation of order-4 and order-6 groups, classification of the factors into the constructions
 * z_{ν=i}*z_ξ, z_ν*z_syn and z_{ν=i}*z_{syn,αβ}), per-run statistics and their pooling over seeds
 * (the paper's factorisation table, Tian arXiv:2410.01779, and its order histogram), and the
 * sum-potential and structure trajectories recorded along training.
 *
 * <p>Entry points: {@link
 * dev.cogs.nets.analysis.NetAnalysis#of(dev.cogs.algebra.weights.FourierNet)}, {@link
 * dev.cogs.nets.analysis.FactorisationTable#of(java.util.List)}, {@link
 * dev.cogs.nets.analysis.OrderHistogram#of(java.util.List)}, {@link
 * dev.cogs.nets.analysis.StructurePoint#pool(java.util.List)} and the listeners {@link
 * dev.cogs.nets.analysis.PotentialTrajectory} and {@link
 * dev.cogs.nets.analysis.StructureTrajectory} of {@code dev.cogs.nets.run}.
 *
 * <p>The progress measures of the grokking literature (docs/cogs-math.md §13): restricted and
 * excluded loss ({@link dev.cogs.nets.analysis.KeyFrequencyLoss}), Gini and IPR of the Fourier
 * spectra ({@link dev.cogs.nets.analysis.SpectralConcentration}), the normalised margin and its
 * maximum ({@link dev.cogs.nets.analysis.Margins}, {@link
 * dev.cogs.nets.analysis.ConstructionMargins}), gathered per epoch in {@link
 * dev.cogs.nets.analysis.ProgressPoint}, along a cogs run by the listener {@link
 * dev.cogs.nets.analysis.ProgressTrajectory} and along a run read from checkpoint files by {@link
 * dev.cogs.nets.analysis.RunTrajectory}.
 *
 * <p>Beyond \(\mathbb{Z}_d\) (docs/cogs-math.md §14.7): {@link
 * dev.cogs.nets.analysis.AbelianAnalysis} runs the same pipeline over the characters of any finite
 * abelian group, and {@link dev.cogs.nets.analysis.IrrepUsage} reports, for any finite group, how
 * many hidden nodes each irreducible representation carries and its share of the weight norm. All
 * results are immutable records; nothing here depends on a trainer.
 */
package dev.cogs.nets.analysis;
