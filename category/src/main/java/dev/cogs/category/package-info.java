/**
 * Finite categories with int-indexed objects and morphisms: the model ({@link
 * dev.cogs.category.FiniteCategory}, {@link dev.cogs.category.Functor}), axiom checks, factories
 * and functor search.
 *
 * <p>Where to start: {@link dev.cogs.category.Categories} builds categories from explicit data
 * (builders, tables, fixtures, monoid and group tables, action groupoids, preorders); {@link
 * dev.cogs.category.Constructions} derives categories (opposite, product, coproduct, full
 * subcategory, slice); {@link dev.cogs.category.ConcreteCategories} closes typed maps between
 * finite sets; {@link dev.cogs.category.Functors} validates, composes and enumerates functors.
 * Presentations by generators and equations, and free categories, live in {@code
 * dev.cogs.category.presentation}.
 *
 * <p>Conventions (binding for the whole module): a finite category has objects {@code 0..k-1} and
 * morphisms {@code 0..n-1}; {@code compose(g, f)} is \(g \circ f\) ("f, then g") and is defined iff
 * {@code cod(f) == dom(g)}; {@code andThen(f, g)} is the same morphism in diagrammatic order. The
 * same two verbs, in the same orders, compose functors and natural transformations. Every value in
 * this package is immutable; the library's categories compare structurally (tables and labels).
 * JGraphT types never appear here; see {@code dev.cogs.category.graph}.
 *
 * <p>Typical use:
 *
 * <pre>{@code
 * FiniteCategory z12 = Categories.cyclicGroup(12);           // BZ_12: a∘b = (a + b) mod 12
 * long n = Functors.count(z12, Categories.cyclicGroup(8));   // gcd(12, 8) = 4 homomorphisms
 * FiniteCategory grid = Constructions.product(Categories.chain(3), Categories.chain(3));
 * Functor f = Functors.all(grid, Categories.chain(5)).findFirst().orElseThrow();
 * }</pre>
 */
package dev.cogs.category;
