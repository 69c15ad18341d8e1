package dev.cogs.category.graph;

/**
 * An edge a → b (a ≠ b) of the hom-count graph, weighted by |Hom(a, b)| ≥ 1.
 *
 * @param dom the domain object a
 * @param cod the codomain object b
 * @param size |Hom(a, b)|
 */
public record HomEdge(int dom, int cod, int size) {}
