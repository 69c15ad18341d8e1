/**
 * The vocabulary of a training run of the two-layer quadratic network of Tian, arXiv:2410.01779 (
 * docs/cogs-math.md §1, §8), independent of any tensor library: the validated configuration ({@link
 * dev.cogs.nets.run.TrainingConfig}), the seeded train/test {@link dev.cogs.nets.run.Split}, the
 * metrics of one evaluation ({@link dev.cogs.nets.run.EvaluationPoint}), the observer of a run
 * ({@link dev.cogs.nets.run.TrainingListener}) and its outcome ({@link
 * dev.cogs.nets.run.TrainingResult}).
 *
 * <p>A trainer (the ND4J one is {@code dev.cogs.train.Trainer} in the {@code cogs-train} module)
 * takes a configuration and a listener and returns a result; the analysis of {@code
 * dev.cogs.nets.analysis} listens to runs and reads results without depending on the trainer. The
 * records and {@code Split} are immutable.
 */
package dev.cogs.nets.run;
