package dev.cogs.category;

import java.util.List;

/**
 * The outcome of an axiom check: the first failures (at most the requested number) and the total
 * count.
 *
 * @param failures the stored failures, in check order
 * @param totalCount the number of failures found, at least {@code failures.size()}
 */
public record AxiomReport(List<CategoryFailure> failures, long totalCount) {

    /**
     * Validates and copies.
     *
     * @param failures the stored failures
     * @param totalCount the number of failures found
     * @throws IllegalArgumentException if {@code totalCount < failures.size()}
     */
    public AxiomReport {
        failures = List.copyOf(failures);
        if (totalCount < failures.size()) {
            throw new IllegalArgumentException(
                    "totalCount (" + totalCount + ") < stored failures (" + failures.size() + ")");
        }
    }

    /**
     * Whether the axioms hold.
     *
     * @return true if no failure was found
     */
    public boolean isCategory() {
        return totalCount == 0;
    }
}
