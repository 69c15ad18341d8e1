package dev.cogs.nets.run;

import dev.cogs.algebra.weights.RealWeights;
import java.util.List;

/**
 * The listener of {@link TrainingListener#all(TrainingListener...)}: forwards to several listeners
 * in order.
 */
final class FanOutListener implements TrainingListener {

    private final List<TrainingListener> listeners;

    FanOutListener(List<TrainingListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void onEvaluation(EvaluationPoint point, RealWeights weightsBeforeUpdate) {
        for (TrainingListener l : listeners) {
            l.onEvaluation(point, weightsBeforeUpdate);
        }
    }

    @Override
    public boolean stopRequested() {
        for (TrainingListener l : listeners) {
            if (l.stopRequested()) {
                return true;
            }
        }
        return false;
    }
}
