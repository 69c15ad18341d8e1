package dev.cogs.category.graph;

/**
 * A morphism as an edge of the underlying graph. JGraphT identifies edges by {@code equals}, so the
 * morphism index makes parallel arrows and loops distinct.
 *
 * @param index the morphism index
 * @param dom its domain object
 * @param cod its codomain object
 */
public record Arrow(int index, int dom, int cod) {}
