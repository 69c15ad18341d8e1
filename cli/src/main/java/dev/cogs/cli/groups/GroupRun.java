package dev.cogs.cli.groups;

import dev.cogs.algebra.group.CharacterGroup;
import dev.cogs.algebra.weights.DataSpaceEvaluation;
import dev.cogs.algebra.weights.GroupTask;
import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.nets.analysis.AbelianAnalysis;
import dev.cogs.nets.analysis.IrrepUsage;
import dev.cogs.nets.run.EvaluationPoint;
import dev.cogs.nets.run.TrainingConfig;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A finished training run on a group task with its analysis (docs/cogs-math.md §14.7): the
 * data-space evaluation of the checkpoint on the whole Cayley table, the character analysis for
 * abelian groups and the irrep usage.
 *
 * @param config the run
 * @param history the evaluation points
 * @param checkpoint the analysed weights
 * @param diverged whether the run diverged
 * @param nanos training time
 * @param fromCache whether it was loaded from the cache
 * @param full the checkpoint evaluated on all n² pairs
 * @param abelian the analysis over the characters (abelian groups only)
 * @param irreps the irrep usage
 */
public record GroupRun(
        TrainingConfig config,
        List<EvaluationPoint> history,
        RealWeights checkpoint,
        boolean diverged,
        long nanos,
        boolean fromCache,
        DataSpaceEvaluation full,
        Optional<AbelianAnalysis> abelian,
        IrrepUsage irreps) {

    /**
     * Checks and copies.
     *
     * @param config see the record description
     * @param history see the record description
     * @param checkpoint see the record description
     * @param diverged see the record description
     * @param nanos see the record description
     * @param fromCache see the record description
     * @param full see the record description
     * @param abelian see the record description
     * @param irreps see the record description
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the history is empty
     */
    public GroupRun {
        Objects.requireNonNull(config, "config");
        history = List.copyOf(history);
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(full, "full");
        Objects.requireNonNull(abelian, "abelian");
        Objects.requireNonNull(irreps, "irreps");
        if (history.isEmpty()) {
            throw new IllegalArgumentException("history must not be empty");
        }
    }

    /**
     * Analyses a run.
     *
     * @param config the run
     * @param history the evaluation points
     * @param checkpoint the analysed weights
     * @param diverged whether the run diverged
     * @param nanos training time
     * @param fromCache whether it was loaded from the cache
     * @return the run with its analysis
     */
    public static GroupRun analyse(
            TrainingConfig config,
            List<EvaluationPoint> history,
            RealWeights checkpoint,
            boolean diverged,
            long nanos,
            boolean fromCache) {
        Optional<AbelianAnalysis> a =
                config.group().isAbelian()
                        ? Optional.of(
                                AbelianAnalysis.of(CharacterGroup.of(config.group()), checkpoint))
                        : Optional.empty();
        return new GroupRun(
                config,
                history,
                checkpoint,
                diverged,
                nanos,
                fromCache,
                GroupTask.evaluate(config.group(), checkpoint),
                a,
                IrrepUsage.of(config.group(), checkpoint));
    }

    /**
     * The last evaluation point.
     *
     * @return the last history point
     */
    public EvaluationPoint last() {
        return history.get(history.size() - 1);
    }
}
