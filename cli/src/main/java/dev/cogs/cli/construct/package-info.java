/**
 * Support for the {@code cogs bench construct} command: times building and verifying z_F4/6 of the CoGS
 * weight semiring (arXiv:2410.01779, spec {@code cogs-math.md} §6.3) and runs the NumPy peer. The
 * construction check itself ({@code cogs construct}) is {@link dev.cogs.algebra.weights.ConstructionCheck}.
 */
package dev.cogs.cli.construct;
