package dev.cogs.cli.groups;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.cli.report.ProgressListener;
import dev.cogs.io.npy.NpyDtype;
import dev.cogs.io.npy.NpyWeights;
import dev.cogs.nets.run.EvaluationPoint;
import dev.cogs.nets.run.TrainingConfig;
import dev.cogs.nets.run.TrainingListener;
import dev.cogs.nets.run.TrainingResult;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Trains (or loads) and analyses the runs of {@code cogs reproduce --group} (docs/cogs-math.md
 * §14.8).
 *
 * <p>Each finished run is cached at once under {@code OUT/runs/<key>/}: the checkpoint weights
 * ({@code Ua.npy}, {@code Ub.npy}, {@code W.npy}, float64) and {@code group-run.json} (the key, the
 * configuration, the evaluation history); a run whose files are missing or belong to another key is
 * trained again. The key ({@link TrainingConfig#key()}) names the group and the CRC of its table. A
 * new run folder is written whole into {@code OUT/runs/.tmp-<key>-<id>/} and renamed (as {@code
 * RunCache} does, docs/sweeps.md §4), so that sweep workers saving the same run concurrently keep
 * one complete copy; {@code cogs reproduce --group} and {@code cogs sweep} share these folders
 * ({@link #trainAndSave}, {@link #load(TrainingConfig, Path)}).
 */
public final class GroupReproduction {

    private static final String RECORD = "group-run.json";
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GroupReproduction() {}

    /**
     * The outcome of a reproduction.
     *
     * @param runs the finished runs, in the order of the configurations
     * @param interrupted whether a stop was requested before every run finished
     */
    public record Outcome(List<GroupRun> runs, boolean interrupted) {
        /**
         * Copies the list.
         *
         * @param runs see the record description
         * @param interrupted see the record description
         */
        public Outcome {
            runs = List.copyOf(runs);
        }
    }

    /**
     * Runs every configuration in order.
     *
     * @param configs the runs
     * @param out the report folder (runs are cached in its {@code runs} sub-folder)
     * @param trainer {@code Trainer::train} (a fake in tests)
     * @param stop polled during training
     * @param showProgress whether to draw progress bars
     * @param log one line per run
     * @return the finished runs
     * @throws UncheckedIOException if a run cannot be saved
     */
    public static Outcome run(
            List<TrainingConfig> configs,
            Path out,
            BiFunction<TrainingConfig, TrainingListener, TrainingResult> trainer,
            BooleanSupplier stop,
            boolean showProgress,
            PrintStream log) {
        Objects.requireNonNull(configs, "configs");
        List<GroupRun> done = new ArrayList<>();
        boolean interrupted = false;
        for (int i = 0; i < configs.size(); i++) {
            TrainingConfig c = configs.get(i);
            String tag =
                    String.format(
                            Locale.ROOT,
                            "[%d/%d] %s seed %d",
                            i + 1,
                            configs.size(),
                            c.group().name(),
                            c.seed());
            Path dir = out.resolve("runs").resolve(c.key());
            Optional<GroupRun> hit = loadFolder(c, dir);
            if (hit.isPresent()) {
                done.add(hit.get());
                log.printf(Locale.ROOT, "%s: cached (%s)%n", tag, dir);
                continue;
            }
            if (stop.getAsBoolean()) {
                interrupted = true;
                break;
            }
            ProgressListener bar =
                    showProgress
                            ? new ProgressListener(
                                    String.format(
                                            Locale.ROOT, "%s seed %d", c.group().name(), c.seed()),
                                    c.epochs())
                            : null;
            Trained t;
            try {
                t =
                        trainAndSave(
                                c,
                                out,
                                trainer,
                                TrainingListener.all(
                                        bar != null ? bar : TrainingListener.none(),
                                        TrainingListener.stopWhen(stop)));
                if (bar != null && !t.result().stopped()) {
                    bar.finish(c.epochs());
                }
            } finally {
                if (bar != null) {
                    bar.close();
                }
            }
            TrainingResult result = t.result();
            if (t.run().isEmpty()) {
                interrupted = true;
                log.printf(
                        Locale.ROOT,
                        "%s: stopped at epoch %d, not saved%n",
                        tag,
                        result.stepsCompleted());
                break;
            }
            GroupRun run = t.run().get();
            done.add(run);
            EvaluationPoint last = run.last();
            log.printf(
                    Locale.ROOT,
                    "%s: %.1f s, train loss %.3e, test acc %.1f%%, full-table acc %.1f%%%s%n",
                    tag,
                    result.nanos() / 1e9,
                    last.trainLoss(),
                    100 * last.testAccuracy(),
                    100 * run.full().accuracy(),
                    result.diverged() ? " (DIVERGED)" : "");
        }
        return new Outcome(done, interrupted);
    }

    /**
     * A group run trained now: the trainer's result and, unless it was stopped, the saved run.
     *
     * @param result the trainer's result
     * @param run the saved, analysed run; empty if the run was stopped (then nothing is saved)
     */
    public record Trained(TrainingResult result, Optional<GroupRun> run) {
        /**
         * Checks for nulls.
         *
         * @param result see the record description
         * @param run see the record description
         */
        public Trained {
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(run, "run");
        }
    }

    /**
     * Trains one run, saves it under {@code out/runs/<key>/} unless it was stopped, and analyses
     * its checkpoint: the one code path by which {@code cogs reproduce --group} and every sweep
     * engine produce a group run folder.
     *
     * @param c the run
     * @param out the report folder
     * @param trainer {@code Trainer::train} (a fake in tests)
     * @param listener progress and stop requests; {@link TrainingListener#none()} for none
     * @return the result and the saved run
     * @throws UncheckedIOException if the run cannot be saved
     */
    public static Trained trainAndSave(
            TrainingConfig c,
            Path out,
            BiFunction<TrainingConfig, TrainingListener, TrainingResult> trainer,
            TrainingListener listener) {
        Objects.requireNonNull(c, "c");
        TrainingResult result = trainer.apply(c, listener);
        if (result.stopped()) {
            return new Trained(result, Optional.empty());
        }
        try {
            save(out.resolve("runs"), c, result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Trained(
                result,
                Optional.of(
                        GroupRun.analyse(
                                c,
                                result.history(),
                                result.checkpoint(),
                                result.diverged(),
                                result.nanos(),
                                false)));
    }

    /**
     * The cached run of a configuration, analysed.
     *
     * @param c the run
     * @param out the report folder
     * @return the run, or empty if it is not cached, its files are unreadable or belong to another
     *     key
     */
    public static Optional<GroupRun> load(TrainingConfig c, Path out) {
        return loadFolder(c, out.resolve("runs").resolve(c.key()));
    }

    /**
     * The training time recorded for a cached run, without reading its weights (for time estimates
     * and to tell whether a run is cached).
     *
     * @param c the run
     * @param out the report folder
     * @return the nanoseconds, or empty if the record is missing, unreadable or of another key
     */
    public static Optional<Long> cachedNanos(TrainingConfig c, Path out) {
        return recordNanos(c, out.resolve("runs").resolve(c.key()));
    }

    private static Optional<Long> recordNanos(TrainingConfig c, Path dir) {
        Path json = dir.resolve(RECORD);
        if (!Files.isRegularFile(json)) {
            return Optional.empty();
        }
        try {
            JsonNode root = MAPPER.readTree(json.toFile());
            if (!c.key().equals(root.path("key").asText()) || root.path("history").isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(root.path("nanos").asLong());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Saves a run: a new folder is written into a temporary folder and renamed; if the folder is
     * there already (a run of the Z_d path under the same key keeps its weights there, which are
     * the same bits: same configuration, same trainer) the files are written into it, the record
     * last.
     */
    private static void save(Path runs, TrainingConfig c, TrainingResult r) throws IOException {
        Path dir = runs.resolve(c.key());
        Files.createDirectories(runs);
        if (Files.isDirectory(dir)) {
            if (recordNanos(c, dir).isEmpty()) {
                writeInto(dir, c, r);
            } // else another task has just saved it: keep that copy
            return;
        }
        Path tmp = Files.createTempDirectory(runs, ".tmp-" + c.key() + "-");
        try {
            writeInto(tmp, c, r);
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException(
                        "cannot rename " + tmp + " to " + dir + " atomically on this file system",
                        e);
            } catch (FileSystemException e) {
                // saved concurrently by another task: keep that copy if it is complete
                if (recordNanos(c, dir).isEmpty()) {
                    throw e;
                }
            }
        } finally {
            deleteTree(tmp);
        }
    }

    private static void writeInto(Path dir, TrainingConfig c, TrainingResult r) throws IOException {
        NpyWeights.write(dir, r.checkpoint(), NpyDtype.FLOAT64);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", c.key());
        m.put("group", c.group().name());
        m.put("d", c.d());
        m.put("q", c.q());
        m.put("weightDecay", c.weightDecay());
        m.put("learningRate", c.learningRate());
        m.put("epochs", c.epochs());
        m.put("checkpointEpoch", c.checkpointEpoch());
        m.put("seed", c.seed());
        m.put("history", r.history());
        m.put("diverged", r.diverged());
        m.put("nanos", r.nanos());
        Path tmp = dir.resolve(RECORD + "." + Long.toHexString(System.nanoTime()) + ".tmp");
        try {
            MAPPER.writeValue(tmp.toFile(), m);
            Files.move(
                    tmp,
                    dir.resolve(RECORD),
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
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

    /** The cached run, if its record names this key and its weights are readable. */
    static Optional<GroupRun> loadFolder(TrainingConfig c, Path dir) {
        Path json = dir.resolve(RECORD);
        if (!Files.isRegularFile(json)) {
            return Optional.empty();
        }
        try {
            JsonNode root = MAPPER.readTree(json.toFile());
            if (!c.key().equals(root.path("key").asText())) {
                return Optional.empty();
            }
            List<EvaluationPoint> history = new ArrayList<>();
            for (JsonNode p : root.path("history")) {
                history.add(MAPPER.treeToValue(p, EvaluationPoint.class));
            }
            RealWeights w = NpyWeights.read(dir);
            if (w.d() != c.d() || w.order() != c.q() || history.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(
                    GroupRun.analyse(
                            c,
                            history,
                            w,
                            root.path("diverged").asBoolean(),
                            root.path("nanos").asLong(),
                            true));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
