/**
 * From trained weights to the algebra: the factorisation pipeline of the spec §9 (per-frequency orders,
 * grouping of nodes by dominant frequency, exhaustive-permutation factorisation of order-4 and order-6
 * groups, classification of the factors into the constructions z_{ν=i}*z_ξ, z_ν*z_syn and
 * z_{ν=i}*z_{syn,αβ}), per-run statistics and their mean ± standard error over seeds (the paper's
 * factorisation table, Tian arXiv:2410.01779), and the sum-potential trajectories recorded along training.
 *
 * <p>Entry points: {@link dev.cogs.nets.analysis.NetAnalysis#of(dev.cogs.algebra.weights.FourierNet)},
 * {@link dev.cogs.nets.analysis.FactorisationTable#of(java.util.List)} and
 * {@link dev.cogs.nets.analysis.PotentialTrajectory}. All results are immutable records.
 */
package dev.cogs.nets.analysis;
