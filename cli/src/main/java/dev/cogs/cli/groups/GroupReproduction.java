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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;

/**
 * Trains (or loads) and analyses the runs of {@code cogs reproduce --group} (docs/cogs-math.md
 * §14.8).
 *
 * <p>Each finished run is cached at once under {@code OUT/runs/<key>/}: the checkpoint weights
 * ({@code Ua.npy}, {@code Ub.npy}, {@code W.npy}, float64) and {@code group-run.json} (the key, the
 * configuration, the evaluation history), written last and atomically; a run whose files are
 * missing or belong to another key is trained again. The key ({@link TrainingConfig#key()}) names
 * the group and the CRC of its table.
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
            Optional<GroupRun> hit = load(c, dir);
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
            TrainingResult result;
            try {
                result =
                        trainer.apply(
                                c,
                                TrainingListener.all(
                                        bar != null ? bar : TrainingListener.none(),
                                        TrainingListener.stopWhen(stop)));
                if (bar != null && !result.stopped()) {
                    bar.finish(c.epochs());
                }
            } finally {
                if (bar != null) {
                    bar.close();
                }
            }
            if (result.stopped()) {
                interrupted = true;
                log.printf(
                        Locale.ROOT,
                        "%s: stopped at epoch %d, not saved%n",
                        tag,
                        result.stepsCompleted());
                break;
            }
            try {
                save(dir, c, result);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            GroupRun run =
                    GroupRun.analyse(
                            c,
                            result.history(),
                            result.checkpoint(),
                            result.diverged(),
                            result.nanos(),
                            false);
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

    private static void save(Path dir, TrainingConfig c, TrainingResult r) throws IOException {
        Files.createDirectories(dir);
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

    /** The cached run, if its record names this key and its weights are readable. */
    static Optional<GroupRun> load(TrainingConfig c, Path dir) {
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
