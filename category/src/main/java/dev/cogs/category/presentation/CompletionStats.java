package dev.cogs.category.presentation;

/**
 * Counters of a budgeted completion.
 *
 * @param rules the number of rewrite rules held when the run stopped
 * @param longestWord the longest rule left-hand side seen
 * @param morphisms the number of irreducible words (morphisms) enumerated so far
 * @param criticalPairs the number of critical pairs and equations processed
 */
public record CompletionStats(int rules, int longestWord, int morphisms, long criticalPairs) {}
