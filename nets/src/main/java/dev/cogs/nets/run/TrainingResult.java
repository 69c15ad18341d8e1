package dev.cogs.nets.run;

import dev.cogs.algebra.weights.RealWeights;
import java.util.List;
import java.util.Objects;

/**
 * Outcome of a training run. Immutable.
 *
 * <p>{@code history} lists the evaluation points in epoch order; its last point always evaluates
 * {@code finalWeights} (epoch = number of steps completed). {@code checkpoint} is the weights after
 * {@code config.checkpointEpoch()} steps; if the run ended before that ({@code diverged} or {@code
 * stopped}), it is the final weights instead, and {@link #checkpointReached()} is {@code false}.
 *
 * <p>Non-finite values: if a step produced a non-finite loss or parameter, the run ends with {@code
 * diverged = true} and {@code finalWeights} are the last finite weights; no weights returned here
 * contain NaN or infinity.
 *
 * @param config the configuration that was run
 * @param history evaluation points in epoch order (unmodifiable copy)
 * @param checkpoint weights after {@code config.checkpointEpoch()} steps, or the final weights if
 *     not reached
 * @param finalWeights weights at the end of the run (last finite weights if diverged)
 * @param diverged whether the run ended on a non-finite loss or parameter
 * @param stopped whether the listener stopped the run
 * @param nanos wall time of the training loop in nanoseconds
 */
public record TrainingResult(
        TrainingConfig config,
        List<EvaluationPoint> history,
        RealWeights checkpoint,
        RealWeights finalWeights,
        boolean diverged,
        boolean stopped,
        long nanos) {

    /**
     * Copies the history and checks for nulls.
     *
     * @param config the configuration that was run
     * @param history evaluation points in epoch order (unmodifiable copy)
     * @param checkpoint weights after {@code config.checkpointEpoch()} steps, or the final weights
     *     if not reached
     * @param finalWeights weights at the end of the run (last finite weights if diverged)
     * @param diverged whether the run ended on a non-finite loss or parameter
     * @param stopped whether the listener stopped the run
     * @param nanos wall time of the training loop in nanoseconds
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code history} is empty or {@code nanos < 0}
     */
    public TrainingResult {
        Objects.requireNonNull(config, "config");
        history = List.copyOf(Objects.requireNonNull(history, "history"));
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(finalWeights, "finalWeights");
        if (history.isEmpty()) {
            throw new IllegalArgumentException("history must not be empty");
        }
        if (nanos < 0) {
            throw new IllegalArgumentException("nanos (" + nanos + ") must be >= 0");
        }
    }

    /**
     * Number of Adam steps completed, i.e. the epoch of the last history point.
     *
     * @return steps completed
     */
    public int stepsCompleted() {
        return history.get(history.size() - 1).epoch();
    }

    /**
     * Whether {@link #checkpoint()} really holds the weights after {@code config.checkpointEpoch()}
     * steps.
     *
     * @return whether the checkpoint epoch was reached
     */
    public boolean checkpointReached() {
        return stepsCompleted() >= config.checkpointEpoch();
    }

    /**
     * The last evaluation point (metrics of the final weights).
     *
     * @return the last point of the history
     */
    public EvaluationPoint last() {
        return history.get(history.size() - 1);
    }
}
