/**
 * The service-provider interface through which other modules (benchmarks, later Spark) add
 * subcommands to the {@code cogs} command line without {@code cli} depending on them.
 */
package dev.cogs.cli.spi;
