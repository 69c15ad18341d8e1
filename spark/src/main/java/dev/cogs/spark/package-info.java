/**
 * The Apache Spark engine of {@code cogs sweep} (docs/sweeps.md §6): one Spark task per run, on an
 * embedded {@code local[N]} or any cluster reached through {@code spark-submit}. Registered as a
 * {@link dev.cogs.cli.sweep.SweepEngine} plug-in; the only package of cogs with Spark on its class
 * path.
 */
package dev.cogs.spark;
