package dev.cogs.nets.run;

import dev.cogs.algebra.weights.RealWeights;
import java.util.function.BooleanSupplier;

/**
 * The listener of {@link TrainingListener#stopWhen(BooleanSupplier)}: only answers stop requests.
 */
final class StopListener implements TrainingListener {

    private final BooleanSupplier condition;

    StopListener(BooleanSupplier condition) {
        this.condition = condition;
    }

    @Override
    public void onEvaluation(EvaluationPoint point, RealWeights weightsBeforeUpdate) {
        // ignored: this listener only relays the stop condition
    }

    @Override
    public boolean stopRequested() {
        return condition.getAsBoolean();
    }
}
