/**
 * Finitely presented categories: generators and path equations completed by Knuth–Bendix rewriting
 * under a budget ({@link dev.cogs.category.presentation.Presentation}, with its three-way {@link
 * dev.cogs.category.presentation.CompletionResult} and the confluent {@link
 * dev.cogs.category.presentation.RewritingSystem}), and free categories on acyclic graphs ({@link
 * dev.cogs.category.presentation.FreeCategories}), the presentations without equations
 * (docs/category.md §2.3 items 6 and 9).
 *
 * <p>Paths are words of generator indices in diagrammatic order: {@code [a, b]} is "a, then b", the
 * morphism b∘a. Budgets are counts, never wall time, so every result is reproducible. All values
 * are immutable.
 *
 * <p>Typical use:
 *
 * <pre>{@code
 * Presentation.Builder b = Presentation.builder(1);          // <s, t | s² = t² = 1, sts = tst> = S_3
 * int s = b.generator(0, 0, "s"), t = b.generator(0, 0, "t");
 * b.equation(new int[] {s, s}, new int[0]).equation(new int[] {t, t}, new int[0])
 *  .equation(new int[] {s, t, s}, new int[] {t, s, t});
 * CompletionResult r = b.build().complete(Budget.defaults()); // Finite: 6 morphisms
 * }</pre>
 */
package dev.cogs.category.presentation;
