/**
 * Training of the two-layer quadratic network of Tian, arXiv:2410.01779 (docs/cogs-math.md §1, §8):
 * one-hot inputs, \(o(a,b) = \sum_j w_j (U_a[j,a] + U_b[j,b])^2\), projected MSE, full-batch Adam
 * with coupled L2 weight decay, in float32 with a seeded, bit-reproducible engine on ND4J's
 * OpenBLAS. This is the only package of cogs that uses ND4J.
 *
 * <p>Entry point: {@link dev.cogs.train.Trainer#train(dev.cogs.nets.run.TrainingConfig,
 * dev.cogs.nets.run.TrainingListener)}; the run vocabulary (configuration, listener, result) lives
 * in {@code dev.cogs.nets.run} of the tensor-free {@code cogs-nets} module. The public surface
 * takes and returns {@code double[]}, records and {@link dev.cogs.algebra.weights.RealWeights}; no
 * tensor-library type crosses it. {@link dev.cogs.train.BlasThreads} scopes ND4J's process-wide
 * BLAS thread count. {@link dev.cogs.train.TrainingBenchmarks} serves the {@code bench} command
 * only: no training result goes through it.
 */
package dev.cogs.train;
