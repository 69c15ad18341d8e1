package dev.cogs.nets.run;

import dev.cogs.algebra.weights.RealWeights;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Observer of a training run. Called on the training thread.
 *
 * <p>{@link #onEvaluation} receives each evaluation point together with a double copy of the
 * evaluated weights, i.e. the weights <em>before</em> the update of that epoch (after {@code
 * point.epoch()} steps).
 *
 * <p>Listeners compose: {@link #all(TrainingListener...)} fans one run out to several listeners and
 * {@link #stopWhen(BooleanSupplier)} turns an external stop flag (a shutdown hook, a signal) into a
 * listener.
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

    /**
     * A listener that forwards every evaluation to each of {@code listeners} in the given order and
     * requests a stop as soon as one of them does.
     *
     * <p>All listeners receive the same weights object; {@link RealWeights} is immutable, so
     * sharing it is safe. {@link #stopRequested()} polls the listeners in order and stops polling
     * at the first that returns {@code true}. Occurrences of {@link #none()} are dropped, so {@code
     * all()} and {@code all(none())} are {@link #none()} itself (and the trainer skips the weight
     * copies), and a single remaining listener is returned as it is.
     *
     * @param listeners the listeners, in call order
     * @return the fan-out listener
     * @throws NullPointerException if the array or one of its elements is null
     */
    static TrainingListener all(TrainingListener... listeners) {
        Objects.requireNonNull(listeners, "listeners");
        List<TrainingListener> kept = new ArrayList<>(listeners.length);
        for (int i = 0; i < listeners.length; i++) {
            if (listeners[i] == null) {
                throw new NullPointerException("listeners[" + i + "]");
            }
            if (listeners[i] != none()) {
                kept.add(listeners[i]);
            }
        }
        if (kept.isEmpty()) {
            return none();
        }
        return kept.size() == 1 ? kept.get(0) : new FanOutListener(kept);
    }

    /**
     * A listener that ignores evaluations and requests a stop whenever {@code condition} is true,
     * e.g. a flag set by a shutdown hook. The condition is evaluated on the training thread after
     * every epoch.
     *
     * @param condition polled by {@link #stopRequested()}
     * @return the listener
     * @throws NullPointerException if {@code condition} is null
     */
    static TrainingListener stopWhen(BooleanSupplier condition) {
        return new StopListener(Objects.requireNonNull(condition, "condition"));
    }
}
