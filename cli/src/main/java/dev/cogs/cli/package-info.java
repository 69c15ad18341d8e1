/** The {@code cogs} command line: subcommands that run cogs' jobs and write reports. */
package dev.cogs.cli;
