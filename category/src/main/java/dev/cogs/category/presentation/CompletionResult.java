package dev.cogs.category.presentation;

import dev.cogs.category.Budget;
import dev.cogs.category.FiniteCategory;
import dev.cogs.category.IntSeq;

/**
 * The three-way outcome of completing a {@link Presentation} under a {@link Budget}
 * (docs/category.md §2.3 item 9).
 */
public sealed interface CompletionResult {

    /**
     * The completion succeeded and the presented category is finite.
     *
     * @param category the category: morphisms are the irreducible words (identities first, then
     *     shortlex)
     * @param rules the confluent, interreduced rewriting system
     * @param generatorMorphisms the morphism index of each generator, in generator order
     */
    record Finite(FiniteCategory category, RewritingSystem rules, IntSeq generatorMorphisms)
            implements CompletionResult {}

    /**
     * The budget ran out before a decision.
     *
     * @param budget the budget that was exhausted
     * @param stats the counters when the run stopped
     * @param reason which limit was hit
     */
    record Exhausted(Budget budget, CompletionStats stats, String reason)
            implements CompletionResult {}

    /**
     * The completion succeeded and the presented category is infinite, with a proof: every word
     * {@code prefix · loop^j} (j ≥ 0) is irreducible for the confluent system, so the words are
     * pairwise distinct morphisms.
     *
     * @param evidence a readable statement of the proof
     * @param rules the confluent rewriting system
     * @param prefix a word, in diagrammatic generator order
     * @param loop a non-empty word that can be repeated after the prefix
     */
    record Infinite(String evidence, RewritingSystem rules, IntSeq prefix, IntSeq loop)
            implements CompletionResult {}
}
