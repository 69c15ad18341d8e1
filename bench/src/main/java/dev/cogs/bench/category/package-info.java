/**
 * Helpers of {@code cogs bench category}: timings of functor and natural-transformation counting
 * and of representability decisions, checked against a brute-force peer.
 */
package dev.cogs.bench.category;
