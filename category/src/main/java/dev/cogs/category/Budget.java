package dev.cogs.category;

/**
 * Limits for constructions that may blow up: closures, free categories, presentations.
 *
 * <p>Budgets are counts, never wall time, so that results are reproducible.
 *
 * @param maxMorphisms the largest number of morphisms a construction may produce
 * @param maxRules the largest number of rewrite rules a completion may hold
 * @param maxWordLength the longest word (path of generators) a completion may consider
 */
public record Budget(int maxMorphisms, int maxRules, int maxWordLength) {

    /**
     * Validates.
     *
     * @param maxMorphisms the morphism limit
     * @param maxRules the rule limit
     * @param maxWordLength the word-length limit
     * @throws IllegalArgumentException if a limit is not positive
     */
    public Budget {
        if (maxMorphisms <= 0) {
            throw new IllegalArgumentException("maxMorphisms (" + maxMorphisms + ") must be > 0");
        }
        if (maxRules <= 0) {
            throw new IllegalArgumentException("maxRules (" + maxRules + ") must be > 0");
        }
        if (maxWordLength <= 0) {
            throw new IllegalArgumentException("maxWordLength (" + maxWordLength + ") must be > 0");
        }
    }

    /**
     * A budget limiting the number of morphisms only (rules 10 000, words of length 1 000).
     *
     * @param maxMorphisms the morphism limit
     * @return the budget
     * @throws IllegalArgumentException if {@code maxMorphisms <= 0}
     */
    public static Budget ofMorphisms(int maxMorphisms) {
        return new Budget(maxMorphisms, 10_000, 1_000);
    }

    /**
     * A default budget: 100 000 morphisms, 10 000 rules, words of length 1 000.
     *
     * @return the default budget
     */
    public static Budget defaults() {
        return new Budget(100_000, 10_000, 1_000);
    }
}
