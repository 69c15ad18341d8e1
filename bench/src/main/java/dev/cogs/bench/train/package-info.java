/**
 * Helpers of {@code cogs bench train}: running the PyTorch peer and locating the shared benchmark
 * scripts.
 */
package dev.cogs.bench.train;
