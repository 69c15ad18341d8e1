package dev.cogs.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.io.npy.NpyDtype;
import dev.cogs.io.npy.NpyWeights;
import dev.cogs.nets.analysis.NetAnalysis;
import dev.cogs.nets.run.TrainingConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finished runs cached in a report folder, keyed by {@link TrainingConfig#key()}: {@code
 * runs/<key>/run.json} (the {@link RunRecord} and the engine key {@link TrainingConfig#engine()})
 * and {@code runs/<key>/Ua.npy, Ub.npy, W.npy} (the checkpoint weights, float64, exact).
 *
 * <p>A run folder is written whole into a temporary folder {@code runs/.tmp-<key>-<id>} and then
 * renamed to {@code runs/<key>} (docs/sweeps.md §4): a folder under its key is always complete, a
 * process killed while saving leaves only a temporary folder (removed by {@link
 * #sweepTemporary()}), and saving the same run twice (a retried Spark task) keeps one complete
 * copy. A run recorded under another engine key is not trusted. A run that failed is recorded as
 * {@code failed/<key>.txt} with its message, which the next successful save of that run deletes.
 */
public final class RunCache {

    private static final String RECORD = "run.json";
    private static final String ENGINE_FIELD = "engine";
    private final Path runs;
    private final Path failed;

    /**
     * A cache under a report folder.
     *
     * @param reportDir the report folder; runs go to its {@code runs} sub-folder
     */
    public RunCache(Path reportDir) {
        Objects.requireNonNull(reportDir, "reportDir");
        this.runs = reportDir.resolve("runs");
        this.failed = reportDir.resolve("failed");
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
     * Whether a complete run folder exists for the run under the current engine key (without
     * reading the weights).
     *
     * @param config the run
     * @return whether {@link #load} would find the run (unless its files are corrupt)
     */
    public boolean contains(TrainingConfig config) {
        return readRecord(config).isPresent();
    }

    /**
     * Loads a cached run and re-analyses its checkpoint.
     *
     * @param config the run
     * @return the run, or empty if it is not cached, its files are unreadable, it belongs to
     *     another config or was written under another engine key
     */
    public Optional<CompletedRun> load(TrainingConfig config) {
        Optional<RunRecord> r = readRecord(config);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        try {
            RealWeights w = NpyWeights.read(dir(config));
            return Optional.of(new CompletedRun(r.get(), w, NetAnalysis.of(w), true));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The record of a cached run, without its weights (for timings and metrics).
     *
     * @param config the run
     * @return the record, or empty as for {@link #load}
     */
    public Optional<RunRecord> record(TrainingConfig config) {
        return readRecord(config);
    }

    /** Whether the run's record and weights are readable (the record under this engine key). */
    private boolean complete(TrainingConfig config) {
        if (readRecord(config).isEmpty()) {
            return false;
        }
        try {
            NpyWeights.read(dir(config));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private Optional<RunRecord> readRecord(TrainingConfig config) {
        Path json = dir(config).resolve(RECORD);
        if (!Files.isRegularFile(json)) {
            return Optional.empty();
        }
        try {
            JsonNode tree = Json.MAPPER.readTree(json.toFile());
            JsonNode engine = tree.get(ENGINE_FIELD);
            // Records written before the field existed carry the engine key in their folder name.
            if (engine != null && !TrainingConfig.engine().equals(engine.asText())) {
                return Optional.empty();
            }
            RunRecord r = Json.MAPPER.treeToValue(tree, RunRecord.class);
            return r.config().equals(config) ? Optional.of(r) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Saves a finished run atomically (temporary folder, then rename) and clears a failure recorded
     * for it. If a complete folder of the run is already there (another task saved it), that one is
     * kept.
     *
     * @param record the record
     * @param checkpoint the checkpoint weights
     * @throws IOException if writing fails
     */
    public void save(RunRecord record, RealWeights checkpoint) throws IOException {
        TrainingConfig config = record.config();
        Path dir = dir(config);
        Files.createDirectories(runs);
        Path tmp = Files.createTempDirectory(runs, ".tmp-" + config.key() + "-");
        try {
            NpyWeights.write(tmp, checkpoint, NpyDtype.FLOAT64);
            ObjectNode tree = Json.MAPPER.valueToTree(record);
            tree.put(ENGINE_FIELD, TrainingConfig.engine());
            Json.MAPPER.writeValue(tmp.resolve(RECORD).toFile(), tree);
            if (Files.exists(dir) && !complete(config)) {
                // a folder left by an older version (written in place), of another engine, or
                // corrupt
                deleteTree(dir);
            }
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException(
                        "cannot rename " + tmp + " to " + dir + " atomically on this file system",
                        e);
            } catch (FileSystemException e) {
                // the folder exists (a rename onto a non-empty folder fails): saved concurrently
                // by another task, keep that copy if it is complete
                if (!complete(config)) {
                    throw e;
                }
            }
        } finally {
            deleteTree(tmp);
        }
        Files.deleteIfExists(failureFile(config));
    }

    /**
     * Records that a run failed (atomically; the previous message is replaced).
     *
     * @param config the run
     * @param message what went wrong, one line
     * @throws IOException if writing fails
     */
    public void saveFailure(TrainingConfig config, String message) throws IOException {
        Files.createDirectories(failed);
        Path tmp = Files.createTempFile(failed, ".tmp-", ".txt");
        try {
            Files.writeString(tmp, message == null ? "" : message, StandardCharsets.UTF_8);
            Files.move(
                    tmp,
                    failureFile(config),
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Deletes the failure recorded for a run (after it was saved elsewhere, e.g. by the group path
     * of docs/cogs-math.md §14.8; {@link #save} does it for the runs it saves).
     *
     * @param config the run
     * @throws IOException if deleting fails
     */
    public void clearFailure(TrainingConfig config) throws IOException {
        Files.deleteIfExists(failureFile(config));
    }

    /**
     * The failure recorded for a run that has not been saved since.
     *
     * @param config the run
     * @return the message, or empty if none is recorded
     */
    public Optional<String> failure(TrainingConfig config) {
        Path f = failureFile(config);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(f, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.of("(failure record unreadable: " + e.getMessage() + ")");
        }
    }

    /**
     * Removes temporary folders left by processes killed while saving, those not modified for 10
     * minutes (a folder being written by a live process is younger: saving takes seconds).
     *
     * @return how many were removed
     * @throws IOException if listing or deleting fails
     */
    public int sweepTemporary() throws IOException {
        long cutoff = System.currentTimeMillis() - 10 * 60_000L;
        if (!Files.isDirectory(runs)) {
            return 0;
        }
        int n = 0;
        try (Stream<Path> s = Files.list(runs)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith(".tmp-")).toList()) {
                if (Files.getLastModifiedTime(p).toMillis() < cutoff) {
                    deleteTree(p);
                    n++;
                }
            }
        }
        return n;
    }

    private Path failureFile(TrainingConfig config) {
        return failed.resolve(config.key() + ".txt");
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(x);
            }
        }
    }
}
