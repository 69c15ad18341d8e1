package dev.cogs.category.sets;

import java.util.Objects;

/**
 * The answer of {@link NatSearch#unique}: no transformation, exactly one, or several (with two
 * witnesses).
 */
public sealed interface UniqueResult {

    /** No natural transformation satisfies the constraints. */
    record None() implements UniqueResult {}

    /**
     * Exactly one natural transformation satisfies the constraints.
     *
     * @param transformation the unique one
     */
    record One(NaturalTransformation transformation) implements UniqueResult {
        /**
         * Validates.
         *
         * @param transformation the unique one
         */
        public One {
            Objects.requireNonNull(transformation, "transformation");
        }
    }

    /**
     * At least two natural transformations satisfy the constraints.
     *
     * @param first the first found, in the search's deterministic order
     * @param second the second found
     */
    record Several(NaturalTransformation first, NaturalTransformation second)
            implements UniqueResult {
        /**
         * Validates.
         *
         * @param first the first witness
         * @param second the second witness
         */
        public Several {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
        }
    }
}
