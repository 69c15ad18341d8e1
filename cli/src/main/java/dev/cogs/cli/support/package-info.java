/**
 * What every {@code cogs} command shares: the error convention ({@link
 * dev.cogs.cli.support.UsageError}, {@link dev.cogs.cli.support.CliErrors}: one line {@code cogs
 * <command>: <what>: <why>}, exit 2 bad input, 1 failure while running, 130 interrupted), and the
 * checks of output folders before any work ({@link dev.cogs.cli.support.OutputFolder}).
 */
package dev.cogs.cli.support;
