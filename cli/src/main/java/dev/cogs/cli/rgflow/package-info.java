/**
 * Helpers of the {@code cogs rgflow} command: a default lattice Polchinski flow with its RG monotone,
 * the exact two-point function, a JKO solver run compared with the exact flow, and PNG plots.
 */
package dev.cogs.cli.rgflow;
