package dev.cogs.cli.report;

import dev.cogs.nets.analysis.NetAnalysis;
import dev.cogs.nets.analysis.PotentialTrajectory;
import dev.cogs.nets.analysis.StructureTrajectory;
import dev.cogs.nets.run.EvaluationPoint;
import dev.cogs.nets.run.TrainingConfig;
import dev.cogs.nets.run.TrainingListener;
import dev.cogs.nets.run.TrainingResult;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Trains (or loads from the cache) and analyses a list of runs, stopping cleanly when asked.
 *
 * <p>Each finished run is saved to the {@link RunCache} immediately, so an interrupted command
 * loses at most the run in progress, and running the same command again skips every finished run.
 */
public final class Reproduction {

    /** Epoch interval of the analysis along a run (plus the checkpoint and the last epoch). */
    public static final int STRUCTURE_EVERY = 500;

    /** Trains one run; {@code Trainer::train} in production, a counting fake in tests. */
    @FunctionalInterface
    public interface RunTrainer {
        /**
         * Trains.
         *
         * @param config the run
         * @param listener receives evaluations; may request a stop
         * @return the result
         */
        TrainingResult train(TrainingConfig config, TrainingListener listener);
    }

    /**
     * The outcome of a reproduction.
     *
     * @param runs the finished runs, in the order of the configurations
     * @param interrupted whether a stop was requested before all runs finished
     * @param trained how many runs were trained now
     * @param cached how many runs came from the cache
     */
    public record Outcome(List<CompletedRun> runs, boolean interrupted, int trained, int cached) {
        /**
         * Copies the list.
         *
         * @param runs the runs
         * @param interrupted the interrupted
         * @param trained the trained
         * @param cached the cached
         */
        public Outcome {
            runs = List.copyOf(runs);
        }
    }

    private Reproduction() {}

    /**
     * Runs every configuration in order.
     *
     * @param configs the runs
     * @param cache the cache
     * @param trainer the trainer
     * @param stop polled during training (e.g. set by a shutdown hook)
     * @param showProgress whether to draw a progress bar per run (on stderr)
     * @param log where to print one line per run
     * @return the finished runs
     * @throws UncheckedIOException if a finished run cannot be saved
     */
    public static Outcome run(
            List<TrainingConfig> configs,
            RunCache cache,
            RunTrainer trainer,
            BooleanSupplier stop,
            boolean showProgress,
            PrintStream log) {
        Objects.requireNonNull(configs, "configs");
        List<CompletedRun> done = new ArrayList<>();
        int trained = 0;
        int cached = 0;
        boolean interrupted = false;
        for (int i = 0; i < configs.size(); i++) {
            TrainingConfig c = configs.get(i);
            var hit = cache.load(c);
            if (hit.isPresent()) {
                done.add(hit.get());
                cached++;
                log.printf(
                        Locale.ROOT,
                        "[%d/%d] d=%d seed %d: cached (%s)%n",
                        i + 1,
                        configs.size(),
                        c.d(),
                        c.seed(),
                        cache.dir(c));
                continue;
            }
            if (stop.getAsBoolean()) {
                interrupted = true;
                break;
            }
            ProgressListener bar =
                    showProgress
                            ? new ProgressListener(
                                    String.format(Locale.ROOT, "d=%d seed %d", c.d(), c.seed()),
                                    c.epochs())
                            : null;
            Trained t;
            try {
                t =
                        trainAndSave(
                                c,
                                cache,
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
            if (result.stopped()) {
                interrupted = true;
                log.printf(
                        Locale.ROOT,
                        "[%d/%d] d=%d seed %d: stopped at epoch %d, not saved%n",
                        i + 1,
                        configs.size(),
                        c.d(),
                        c.seed(),
                        result.stepsCompleted());
                break;
            }
            RunRecord record = t.run().orElseThrow().record();
            done.add(t.run().orElseThrow());
            trained++;
            EvaluationPoint last = record.last();
            log.printf(
                    Locale.ROOT,
                    "[%d/%d] d=%d seed %d: %.1f s, train loss %.3e, test acc %.1f%%%s%n",
                    i + 1,
                    configs.size(),
                    c.d(),
                    c.seed(),
                    result.nanos() / 1e9,
                    last.trainLoss(),
                    100 * last.testAccuracy(),
                    result.diverged() ? " (DIVERGED)" : "");
        }
        return new Outcome(done, interrupted, trained, cached);
    }

    /**
     * A run trained now: the trainer's result and, unless it was stopped, the saved run.
     *
     * @param result the trainer's result
     * @param run the saved, analysed run; empty if the run was stopped (then nothing is saved)
     */
    public record Trained(TrainingResult result, Optional<CompletedRun> run) {
        /**
         * Checks for nulls.
         *
         * @param result the result
         * @param run the run
         */
        public Trained {
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(run, "run");
        }
    }

    /**
     * Trains one run with the analysis listeners of the report (sum potentials, the analysis counts
     * every {@link #STRUCTURE_EVERY} epochs), saves it to the cache unless it was stopped, and
     * analyses its checkpoint: the one code path by which {@code cogs reproduce} and every sweep
     * engine produce a run folder.
     *
     * @param c the run
     * @param cache where to save it
     * @param trainer the trainer
     * @param extra another listener (progress, stop requests); {@link TrainingListener#none()}
     * @return the result and the saved run
     * @throws UncheckedIOException if the run cannot be saved
     */
    public static Trained trainAndSave(
            TrainingConfig c, RunCache cache, RunTrainer trainer, TrainingListener extra) {
        PotentialTrajectory trajectory = new PotentialTrajectory();
        StructureTrajectory structure = StructureTrajectory.forRun(c, STRUCTURE_EVERY);
        TrainingResult result =
                trainer.train(c, TrainingListener.all(trajectory, structure, extra));
        if (result.stopped()) {
            return new Trained(result, Optional.empty());
        }
        RunRecord record =
                new RunRecord(
                        c,
                        result.history(),
                        trajectory.points(),
                        structure.points(),
                        result.diverged(),
                        result.nanos());
        try {
            cache.save(record, result.checkpoint());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        NetAnalysis analysis = NetAnalysis.of(result.checkpoint());
        return new Trained(
                result,
                Optional.of(new CompletedRun(record, result.checkpoint(), analysis, false)));
    }
}
