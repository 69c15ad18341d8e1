/**
 * Training of the two-layer quadratic network of Tian, arXiv:2410.01779 (spec {@code cogs-math.md} §1, §8):
 * one-hot inputs, \(o(a,b) = \sum_j w_j (U_a[j,a] + U_b[j,b])^2\), projected MSE, full-batch Adam with
 * coupled L2 weight decay, in float32 with a seeded, bit-reproducible engine.
 *
 * <p>Entry point: {@link dev.cogs.nets.train.Trainer#train(TrainingConfig, TrainingListener)}. The public
 * surface takes and returns {@code double[]}, records and {@link dev.cogs.algebra.weights.RealWeights};
 * no tensor-library type crosses it.
 */
package dev.cogs.nets.train;
