/**
 * {@code cogs sweep}'s execution and report (docs/sweeps.md): the serialisable description of a run
 * that an engine ships to a worker ({@link dev.cogs.cli.sweep.RunSettings}), the small result a
 * worker returns ({@link dev.cogs.cli.sweep.RunSummary}), the one function that turns a run into a
 * run folder ({@link dev.cogs.cli.sweep.SweepExecution}), the engines ({@link
 * dev.cogs.cli.sweep.SweepEngine}: the in-process one here, Apache Spark in the {@code cogs-spark}
 * plug-in, found with {@link java.util.ServiceLoader}) and the grid report.
 */
package dev.cogs.cli.sweep;
