package dev.cogs.nets.prompt;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One restart of a prompt fit, or one token of the one-hot search.
 *
 * @param index the restart's position, from 0
 * @param initialToken the token of a one-hot start (the token itself for the one-hot search); empty
 *     for a Gaussian start
 * @param objective the objective value on the training inputs at the kept iterate, recomputed from
 *     the definition (MSE: least loss along the run; cross-entropy: last iterate)
 * @param evaluation the metrics of the kept prompt on all d inputs
 * @param relativeNorm \(|u|/r_{max}\) of the kept prompt
 * @param diverged whether a non-finite objective stopped the restart early (the last finite iterate
 *     is kept)
 */
public record RestartSummary(
        int index,
        OptionalInt initialToken,
        double objective,
        PromptEvaluation evaluation,
        double relativeNorm,
        boolean diverged) {

    /**
     * Validates.
     *
     * @param index the index
     * @param initialToken the initial token
     * @param objective the objective
     * @param evaluation the evaluation
     * @param relativeNorm the norm
     * @param diverged divergence
     * @throws IllegalArgumentException if the index is negative
     */
    public RestartSummary {
        Objects.requireNonNull(initialToken, "initialToken");
        Objects.requireNonNull(evaluation, "evaluation");
        if (index < 0) {
            throw new IllegalArgumentException("index (" + index + ") must be >= 0");
        }
    }
}
