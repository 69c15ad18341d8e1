/**
 * Finite categories with int-indexed objects and morphisms, their axiom checks, standard constructions,
 * functors between them and budgeted presentations.
 *
 * <p>Conventions (binding for the whole module): a finite category has objects {@code 0..k-1} and
 * morphisms {@code 0..n-1}; {@code compose(g, f)} is \(g \circ f\) ("f, then g") and is defined iff
 * {@code cod(f) == dom(g)}; {@code andThen(f, g)} is the same morphism in diagrammatic order. Every
 * value in this package is immutable; the library's categories compare structurally (tables and labels).
 * JGraphT types never appear here; see {@code dev.cogs.category.graph}.
 *
 * <p>Typical use:
 * <pre>{@code
 * FiniteCategory z12 = Categories.cyclicGroup(12);           // BZ_12: a∘b = (a + b) mod 12
 * long n = Functors.count(z12, Categories.cyclicGroup(8));   // gcd(12, 8) = 4 homomorphisms
 * FiniteCategory grid = Categories.product(Categories.chain(3), Categories.chain(3));
 * Functor f = Functors.all(grid, Categories.chain(5)).findFirst().orElseThrow();
 *
 * Presentation.Builder b = Presentation.builder(1);          // <s, t | s² = t² = 1, sts = tst> = S_3
 * int s = b.generator(0, 0, "s"), t = b.generator(0, 0, "t");
 * b.equation(new int[] {s, s}, new int[0]).equation(new int[] {t, t}, new int[0])
 *  .equation(new int[] {s, t, s}, new int[] {t, s, t});
 * CompletionResult r = b.build().complete(Budget.defaults()); // Finite: 6 morphisms
 * }</pre>
 */
package dev.cogs.category;
