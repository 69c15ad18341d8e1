/**
 * Helpers of the {@code cogs category} command: the JSON format for finite categories with presheaves
 * ({@link dev.cogs.cli.category.CategoryFormat}, documented in {@code docs/category-format.md}), the
 * representability report, the rotation example of Corollary 1 (Yuan, arXiv:2211.16327) with its DOT/PNG
 * picture, and random presheaves (also used by {@code cogs bench category}).
 */
package dev.cogs.cli.category;
