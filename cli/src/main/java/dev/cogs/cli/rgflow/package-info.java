/**
 * Helpers of the {@code cogs rgflow} command: the text table, the JSON document and the PNG plots
 * of a lattice Polchinski flow study ({@link dev.cogs.rgflow.polchinski.PolchinskiStudy}: RG
 * monotone, exact two-point function, JKO run compared with the exact flow).
 */
package dev.cogs.cli.rgflow;
