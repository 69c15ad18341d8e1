package dev.cogs.nets.run;

import dev.cogs.algebra.weights.RealWeights;

/**
 * The listener of {@link TrainingListener#none()}: ignores everything. A single instance, so that
 * the trainer can recognise it and skip building the weight copies nobody reads (about 0.5 ms per
 * evaluation at d = 23, q = 512, i.e. about 0.2 s of a 10 000-epoch run with its ~300 evaluations;
 * measured).
 */
final class NoListener implements TrainingListener {

    static final NoListener INSTANCE = new NoListener();

    private NoListener() {}

    @Override
    public void onEvaluation(EvaluationPoint point, RealWeights weightsBeforeUpdate) {
        // ignored
    }
}
