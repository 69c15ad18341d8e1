/**
 * Helpers of {@code cogs bench construct}: timings of building and verifying the global
 * constructions of the CoGS weight semiring (arXiv:2410.01779), and the data-space loss timed in
 * NumPy as a peer.
 */
package dev.cogs.bench.construct;
