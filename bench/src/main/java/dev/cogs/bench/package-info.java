/**
 * The {@code cogs bench} command: speed benchmarks of cogs against peers run in the same command
 * (NumPy, PyTorch, POT, a brute-force enumeration), each printing its timings and ratios.
 *
 * <p>A plug-in of the {@code cogs} command line: {@link dev.cogs.bench.BenchCommandProvider}
 * registers {@code bench} through {@link dev.cogs.cli.spi.CommandProvider}, so {@code cli} does not
 * depend on this module.
 */
package dev.cogs.bench;
