package dev.cogs.cli.report;

import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.io.npy.NpyDtype;
import dev.cogs.io.npy.NpyWeights;
import dev.cogs.nets.analysis.NetAnalysis;
import dev.cogs.nets.run.TrainingConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;

/**
 * Finished runs cached in a report folder, keyed by {@link TrainingConfig#key()}: {@code
 * runs/<key>/run.json} (the {@link RunRecord}) and {@code runs/<key>/Ua.npy, Ub.npy, W.npy} (the
 * checkpoint weights, float64, exact). The JSON is written last, atomically, so a run interrupted
 * while being saved is simply not cached.
 */
public final class RunCache {

    private static final String RECORD = "run.json";
    private final Path runs;

    /**
     * A cache under a report folder.
     *
     * @param reportDir the report folder; runs go to its {@code runs} sub-folder
     */
    public RunCache(Path reportDir) {
        this.runs = Objects.requireNonNull(reportDir, "reportDir").resolve("runs");
    }

    /**
     * The folder of one run.
     *
     * @param config the run
     * @return {@code runs/<key>}
     */
    public Path dir(TrainingConfig config) {
        return runs.resolve(config.key());
    }

    /**
     * Loads a cached run and re-analyses its checkpoint.
     *
     * @param config the run
     * @return the run, or empty if it is not cached or its files are unreadable or belong to
     *     another config
     */
    public Optional<CompletedRun> load(TrainingConfig config) {
        Path dir = dir(config);
        Path json = dir.resolve(RECORD);
        if (!Files.isRegularFile(json)) {
            return Optional.empty();
        }
        try {
            RunRecord r = Json.MAPPER.readValue(json.toFile(), RunRecord.class);
            if (!r.config().equals(config)) {
                return Optional.empty();
            }
            RealWeights w = NpyWeights.read(dir);
            return Optional.of(new CompletedRun(r, w, NetAnalysis.of(w), true));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Saves a finished run.
     *
     * @param record the record
     * @param checkpoint the checkpoint weights
     * @throws IOException if writing fails
     */
    public void save(RunRecord record, RealWeights checkpoint) throws IOException {
        Path dir = dir(record.config());
        Files.createDirectories(dir);
        NpyWeights.write(dir, checkpoint, NpyDtype.FLOAT64);
        Path tmp = dir.resolve(RECORD + "." + Long.toHexString(System.nanoTime()) + ".tmp");
        try {
            Json.MAPPER.writeValue(tmp.toFile(), record);
            Files.move(
                    tmp,
                    dir.resolve(RECORD),
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
