/**
 * Helpers of {@code cogs bench sweep}: one sweep timed on the in-process engine and on Apache Spark
 * (found as a plug-in, never a dependency of this module), and the comparison of what the two
 * wrote.
 */
package dev.cogs.bench.sweep;
