package dev.cogs.cli.report;

import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.io.DType;
import dev.cogs.io.weights.LoggedEvaluation;
import dev.cogs.io.weights.WeightFiles;
import dev.cogs.nets.run.EvaluationPoint;
import dev.cogs.nets.run.TrainingConfig;
import dev.cogs.nets.run.TrainingListener;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link TrainingListener} that saves a cogs run as checkpoint files, so that the run can be
 * analysed as a trajectory ({@code cogs analyze --run}) and loaded into PyTorch: {@code
 * model<epoch, 5 digits>.safetensors} every {@code every} epochs and after the last step, holding
 * {@code layera.weight}, {@code layerb.weight}, {@code layerc.weight} in float32 (the trainer's own
 * precision, so nothing is rounded) and, as metadata, the evaluation of that epoch ({@link
 * LoggedEvaluation#metadata()}) and the run's {@code weight_decay}, {@code learning_rate}, {@code
 * seed}, {@code d}, {@code q} and {@code epochs}.
 *
 * <p>Not thread-safe; called on the training thread. A file that cannot be written ends the run
 * with the {@link java.io.UncheckedIOException}.
 */
public final class CheckpointWriter implements TrainingListener {

    private final Path dir;
    private final TrainingConfig config;
    private final int every;

    /**
     * A writer for one run.
     *
     * @param dir the folder (created on the first write)
     * @param config the run
     * @param every save at evaluation epochs divisible by this (and after the last step)
     * @throws IllegalArgumentException if {@code every < 1}
     */
    public CheckpointWriter(Path dir, TrainingConfig config, int every) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.config = Objects.requireNonNull(config, "config");
        if (every < 1) {
            throw new IllegalArgumentException("every (" + every + ") must be >= 1");
        }
        this.every = every;
    }

    /**
     * The file of one epoch.
     *
     * @param dir the run folder
     * @param epoch the epoch
     * @return {@code dir/model<epoch, 5 digits>.safetensors}
     */
    public static Path file(Path dir, int epoch) {
        return dir.resolve(String.format(Locale.ROOT, "model%05d.safetensors", epoch));
    }

    @Override
    public void onEvaluation(EvaluationPoint point, RealWeights weightsBeforeUpdate) {
        int epoch = point.epoch();
        if (epoch % every != 0 && epoch != config.epochs()) {
            return;
        }
        Map<String, String> meta = new LinkedHashMap<>();
        if (point.trainAccuracy() >= 0 && point.testAccuracy() >= 0) {
            meta.putAll(
                    new LoggedEvaluation(
                                    epoch,
                                    point.trainLoss(),
                                    point.testLoss(),
                                    point.trainAccuracy(),
                                    point.testAccuracy())
                            .metadata());
        }
        meta.put(ImportedRun.WEIGHT_DECAY, Double.toString(config.weightDecay()));
        meta.put(ImportedRun.LEARNING_RATE, Double.toString(config.learningRate()));
        meta.put(ImportedRun.SEED, Long.toString(config.seed()));
        meta.put("d", Integer.toString(config.d()));
        meta.put("q", Integer.toString(config.q()));
        meta.put("epochs", Integer.toString(config.epochs()));
        WeightFiles.write(file(dir, epoch), weightsBeforeUpdate, DType.FLOAT32, meta);
    }
}
