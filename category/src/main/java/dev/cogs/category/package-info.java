/**
 * Finite categories with int-indexed objects and morphisms, their axiom checks, standard constructions,
 * functors between them and budgeted presentations.
 *
 * <p>Conventions (binding for the whole module): a finite category has objects {@code 0..k-1} and
 * morphisms {@code 0..n-1}; {@code compose(g, f)} is \(g \circ f\) ("f, then g") and is defined iff
 * {@code cod(f) == dom(g)}; {@code andThen(f, g)} is the same morphism in diagrammatic order. Every
 * value in this package is immutable. JGraphT types never appear here; see {@code dev.cogs.category.graph}.
 */
package dev.cogs.category;
