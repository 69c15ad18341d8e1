package dev.cogs.nets.train;

import dev.cogs.algebra.weights.RealWeights;

/**
 * Observer of a training run. Called on the training thread.
 *
 * <p>{@link #onEvaluation} receives each evaluation point together with a double copy of the evaluated
 * weights, i.e. the weights <em>before</em> the update of that epoch (after {@code point.epoch()} steps).
 */
public interface TrainingListener {

    /**
     * Called at every evaluation epoch and once after the last step.
     *
     * @param point the metrics
     * @param weightsBeforeUpdate the evaluated weights (a fresh copy the listener may keep)
     */
    void onEvaluation(EvaluationPoint point, RealWeights weightsBeforeUpdate);

    /**
     * Polled after every epoch; returning {@code true} ends the run after the current step with
     * {@link TrainingResult#stopped()} set.
     *
     * @return whether the run should stop
     */
    default boolean stopRequested() {
        return false;
    }

    /**
     * A listener that ignores everything.
     *
     * @return the no-op listener
     */
    static TrainingListener none() {
        return NoListener.INSTANCE;
    }
}
