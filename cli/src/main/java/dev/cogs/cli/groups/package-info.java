/**
 * The {@code --group} and {@code --group-table} options of {@code cogs construct}, {@code analyze}
 * and {@code reproduce} (docs/cogs-math.md §14): resolving a group by name or from a JSON Cayley
 * table, the constructions and analyses over finite abelian groups, the irrep usage over any finite
 * group, and the training runs, cache and report of group tasks (characters or irreps on the axes).
 */
package dev.cogs.cli.groups;
