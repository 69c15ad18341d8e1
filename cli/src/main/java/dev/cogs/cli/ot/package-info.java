/**
 * Helpers of the {@code cogs ot} command: point-cloud readers for {@code .npy} and CSV files and
 * the distance runner with its text/JSON report.
 */
package dev.cogs.cli.ot;
