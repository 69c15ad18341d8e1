package dev.cogs.cli.report;

import dev.cogs.nets.analysis.PotentialPoint;
import dev.cogs.nets.train.EvaluationPoint;
import dev.cogs.nets.train.TrainingConfig;
import java.util.List;
import java.util.Objects;

/**
 * What is cached of a finished training run (besides its checkpoint weights): the configuration, the
 * evaluation history and the sum-potential trajectory. Serialised as JSON.
 *
 * @param config the run's configuration
 * @param history train/test loss and accuracy at every evaluation epoch
 * @param potentials the sum potentials at every evaluation epoch
 * @param diverged whether training produced a non-finite loss
 * @param nanos wall time of the training
 */
public record RunRecord(TrainingConfig config, List<EvaluationPoint> history, List<PotentialPoint> potentials,
        boolean diverged, long nanos) {

    /**
     * Copies the lists.
     *
     * @throws NullPointerException if an argument is null
     */
    public RunRecord {
        Objects.requireNonNull(config, "config");
        history = List.copyOf(history);
        potentials = List.copyOf(potentials);
    }

    /**
     * The last evaluation.
     *
     * @return the last history point
     * @throws IllegalStateException if the history is empty
     */
    public EvaluationPoint last() {
        if (history.isEmpty()) {
            throw new IllegalStateException("empty history");
        }
        return history.get(history.size() - 1);
    }
}
