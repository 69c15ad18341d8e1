package dev.cogs.cli.report;

import dev.cogs.nets.analysis.PotentialPoint;
import dev.cogs.nets.analysis.StructurePoint;
import dev.cogs.nets.run.EvaluationPoint;
import dev.cogs.nets.run.TrainingConfig;
import java.util.List;
import java.util.Objects;

/**
 * What is cached of a finished training run (besides its checkpoint weights): the configuration,
 * the evaluation history, the sum-potential trajectory and the analysis counts along the run.
 * Serialised as JSON.
 *
 * @param config the run's configuration
 * @param history train/test loss and accuracy at every evaluation epoch
 * @param potentials the sum potentials at every evaluation epoch
 * @param structure the docs/cogs-math.md §9 analysis counts along the run (empty in records cached
 *     before they were kept)
 * @param diverged whether training produced a non-finite loss
 * @param nanos wall time of the training
 */
public record RunRecord(
        TrainingConfig config,
        List<EvaluationPoint> history,
        List<PotentialPoint> potentials,
        List<StructurePoint> structure,
        boolean diverged,
        long nanos) {

    /**
     * Copies the lists; a missing {@code structure} (older cache files) becomes empty.
     *
     * @throws NullPointerException if an argument is null
     * @param config the config
     * @param history the history
     * @param potentials the potentials
     * @param structure the structure
     * @param diverged the diverged
     * @param nanos the nanos
     */
    public RunRecord {
        Objects.requireNonNull(config, "config");
        history = List.copyOf(history);
        potentials = List.copyOf(potentials);
        structure = structure == null ? List.of() : List.copyOf(structure);
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
