package dev.cogs.cli.report;

import dev.cogs.io.TensorFile;
import dev.cogs.io.WeightKeys;
import dev.cogs.io.weights.Checkpoint;
import dev.cogs.io.weights.Checkpoints;
import dev.cogs.io.weights.LoggedEvaluation;
import dev.cogs.io.weights.WeightFiles;
import dev.cogs.nets.analysis.ProgressPoint;
import dev.cogs.nets.analysis.RunTrajectory;
import dev.cogs.nets.run.EvaluationPoint;
import dev.cogs.nets.run.TrainingConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A training run read from a folder of checkpoint files (PyTorch, safetensors or npz) and analysed
 * as a {@link RunTrajectory}, with what the report needs besides: the evaluation history and a
 * configuration that labels the run.
 *
 * <p>The history is the train/test loss and accuracy the trainer logged into each checkpoint
 * ({@link LoggedEvaluation}) where there is one, and otherwise the loss and accuracy on all d²
 * pairs in both columns (the split of a foreign trainer is unknown). The configuration's d and q
 * come from the weights, its epochs and analysed checkpoint from the files; weight decay, learning
 * rate and seed are labels, taken from the options, else from the checkpoint's metadata ({@code
 * weight_decay}, {@code learning_rate}, {@code seed}, as {@link CheckpointWriter} writes them),
 * else the paper's main setting (5e-5, 0.01) and the run's position.
 *
 * @param label the run's label in the report
 * @param folder the folder
 * @param trajectory the analysis
 * @param history one evaluation per checkpoint, in epoch order
 * @param logged how many of them were logged by the trainer (the others are on all d² pairs)
 * @param config the labelling configuration
 * @param nanos wall time of reading and analysing the run
 */
public record ImportedRun(
        String label,
        Path folder,
        RunTrajectory trajectory,
        List<EvaluationPoint> history,
        int logged,
        TrainingConfig config,
        long nanos) {

    /** Metadata keys of the labels. */
    public static final String WEIGHT_DECAY = "weight_decay";

    /** See {@link #WEIGHT_DECAY}. */
    public static final String LEARNING_RATE = "learning_rate";

    /** See {@link #WEIGHT_DECAY}. */
    public static final String SEED = "seed";

    /**
     * Copies the history.
     *
     * @param label the run's label
     * @param folder the folder
     * @param trajectory the analysis
     * @param history the evaluations
     * @param logged how many were logged
     * @param config the labelling configuration
     * @param nanos wall time
     */
    public ImportedRun {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(trajectory, "trajectory");
        Objects.requireNonNull(config, "config");
        history = List.copyOf(history);
    }

    /**
     * Reads and analyses a run folder.
     *
     * @param folder the folder of checkpoint files
     * @param pattern the file name template ({@link Checkpoints}), or empty for the default rule
     * @param keys the tensor names, or empty for the luckmatters names
     * @param analysedEpoch the checkpoint to analyse in full, or empty for the last
     * @param weightDecay the weight-decay label, or empty (metadata, else 5e-5)
     * @param learningRate the learning-rate label, or empty (metadata, else 0.01)
     * @param seed the seed label used when the metadata has none
     * @return the run
     * @throws IllegalArgumentException naming the folder or file if a checkpoint is missing,
     *     unreadable or inconsistent with the others
     */
    public static ImportedRun load(
            Path folder,
            Optional<String> pattern,
            Optional<WeightKeys> keys,
            OptionalInt analysedEpoch,
            OptionalDouble weightDecay,
            OptionalDouble learningRate,
            long seed) {
        long start = System.nanoTime();
        List<Checkpoint> files = Checkpoints.list(folder, pattern);
        Map<Integer, LoggedEvaluation> logs = new ConcurrentHashMap<>();
        Map<Integer, Map<String, String>> metadata = new ConcurrentHashMap<>();
        List<RunTrajectory.Snapshot> snapshots = new ArrayList<>();
        for (Checkpoint c : files) {
            snapshots.add(
                    new RunTrajectory.Snapshot(
                            c.epoch(),
                            () -> {
                                TensorFile t = WeightFiles.read(c.path());
                                LoggedEvaluation.find(t, c.epoch())
                                        .ifPresent(l -> logs.put(c.epoch(), l));
                                metadata.put(c.epoch(), t.metadata());
                                return keys.orElseGet(WeightKeys::luckmatters).extract(t);
                            }));
        }
        RunTrajectory t;
        try {
            t = RunTrajectory.analyse(snapshots, analysedEpoch);
        } catch (IllegalArgumentException e) {
            // The loaders name their file; the run's own inconsistencies get the folder's name.
            throw e.getMessage() != null && e.getMessage().startsWith("cogs: ")
                    ? e
                    : new IllegalArgumentException("cogs: " + folder + ": " + e.getMessage(), e);
        }
        List<EvaluationPoint> history = new ArrayList<>();
        int logged = 0;
        for (ProgressPoint p : t.progress()) {
            LoggedEvaluation l = logs.get(p.epoch());
            if (l != null) {
                logged++;
                history.add(
                        new EvaluationPoint(
                                p.epoch(),
                                l.trainLoss(),
                                l.testLoss(),
                                l.trainAccuracy(),
                                l.testAccuracy()));
            } else {
                history.add(
                        new EvaluationPoint(
                                p.epoch(), p.loss(), p.loss(), p.accuracy(), p.accuracy()));
            }
        }
        Map<String, String> meta = metadata.getOrDefault(t.analysedEpoch(), Map.of());
        double wd = weightDecay.orElse(number(meta, WEIGHT_DECAY).orElse(5e-5));
        double lr = learningRate.orElse(number(meta, LEARNING_RATE).orElse(0.01));
        long s = number(meta, SEED).stream().mapToLong(v -> (long) v).findFirst().orElse(seed);
        int last = t.epochs().get(t.epochs().size() - 1);
        TrainingConfig config =
                new TrainingConfig(
                        t.d(),
                        t.q(),
                        wd,
                        lr,
                        0.9,
                        0.999,
                        1e-8,
                        Math.max(1, last),
                        s,
                        0.1,
                        100,
                        0,
                        t.analysedEpoch());
        String label =
                folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        return new ImportedRun(
                label, folder, t, history, logged, config, System.nanoTime() - start);
    }

    private static OptionalDouble number(Map<String, String> meta, String key) {
        String v = meta.get(key);
        if (v == null) {
            return OptionalDouble.empty();
        }
        try {
            double x = Double.parseDouble(v.strip());
            return Double.isFinite(x) ? OptionalDouble.of(x) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /**
     * The run as the reproduce report sees a finished run.
     *
     * @return the completed run (record with history, potentials and structure; the analysed
     *     checkpoint)
     */
    public CompletedRun completed() {
        RunRecord record =
                new RunRecord(
                        config,
                        history,
                        trajectory.potentials(),
                        trajectory.structure(),
                        false,
                        nanos);
        return new CompletedRun(record, trajectory.checkpoint(), trajectory.analysis(), false);
    }
}
