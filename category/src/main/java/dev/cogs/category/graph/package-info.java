/**
 * JGraphT adapters for finite categories (docs/category.md §4): the underlying multigraph, free
 * categories and posets from JGraphT graphs, connected and strong components, an isomorphism
 * pre-filter on hom-count graphs, Hasse diagrams, and DOT export for pictures. This is the only
 * package of the module that sees JGraphT types.
 */
package dev.cogs.category.graph;
