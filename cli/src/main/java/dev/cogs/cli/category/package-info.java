/**
 * Printing helpers of the {@code cogs category} command: the rotation example of Corollary 1 (Yuan,
 * arXiv:2211.16327) as text with its DOT/PNG picture (Graphviz is called here). The computations
 * live in the {@code category} module ({@code dev.cogs.category.io} reads and writes the JSON
 * format, {@code dev.cogs.category.foundation.RotationExample} runs the example).
 */
package dev.cogs.cli.category;
