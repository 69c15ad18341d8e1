/**
 * Support for the {@code cogs construct} command: builds the global constructions of the CoGS weight semiring
 * (arXiv:2410.01779, spec {@code cogs-math.md} §6), verifies them in data space and from sum potentials, and
 * formats the result rows.
 */
package dev.cogs.cli.construct;
