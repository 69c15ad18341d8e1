/**
 * Helpers of the {@code cogs ot} and {@code cogs bench ot} commands: point-cloud readers for {@code .npy}
 * and CSV files, the distance runner with its text/JSON report, and the benchmark against POT.
 */
package dev.cogs.cli.ot;
