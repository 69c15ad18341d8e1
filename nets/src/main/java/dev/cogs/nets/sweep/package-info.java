/**
 * Parameter sweeps over training runs (docs/sweeps.md §1–§3): the validated grid of a sweep ({@link
 * dev.cogs.nets.sweep.SweepSpec}), its runs in a stable order with their cache keys and its shards
 * ({@link dev.cogs.nets.sweep.SweepPlan}), and a per-step time model that estimates what a plan
 * costs ({@link dev.cogs.nets.sweep.StepCostModel}). Pure Java: engines that execute a plan (in one
 * process or on Apache Spark) live in other modules. All types are immutable.
 */
package dev.cogs.nets.sweep;
