package dev.cogs.algebra.weights;

import java.util.Objects;

/**
 * A data-space evaluation of a net together with its margin on all d² pairs (docs/cogs-math.md §1,
 * §13.6), from one pass over the pairs.
 *
 * @param evaluation loss and accuracy over all d² pairs
 * @param margin the margin \(\min_{a,b}\,(o_{a+b}(a,b) - \max_{c \ne a+b} o_c(a,b))\), negative
 *     when a pair is misclassified
 */
public record EvaluationWithMargin(DataSpaceEvaluation evaluation, double margin) {

    /**
     * Validates the components.
     *
     * @param evaluation see the record description
     * @param margin see the record description
     * @throws NullPointerException if {@code evaluation} is null
     */
    public EvaluationWithMargin {
        Objects.requireNonNull(evaluation, "evaluation");
    }
}
