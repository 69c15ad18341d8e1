package dev.cogs.cli.sweep;

import dev.cogs.cli.report.CompletedRun;
import dev.cogs.cli.report.Reproduction;
import dev.cogs.cli.report.RunCache;
import dev.cogs.nets.run.TrainingConfig;
import dev.cogs.nets.run.TrainingListener;
import dev.cogs.train.Trainer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The unit of work of every sweep engine (docs/sweeps.md §4): one run into its folder under {@code
 * OUT/runs/<key>/}, through the same code as {@code cogs reproduce} ({@link
 * Reproduction#trainAndSave}). Idempotent: a run already cached is not retrained, and two workers
 * saving the same run keep one complete folder.
 */
public final class SweepExecution {

    private SweepExecution() {}

    /**
     * Runs one run unless it is cached; a run that throws is recorded as failed ({@link
     * RunCache#saveFailure}) and summarised, never rethrown.
     *
     * @param settings the run
     * @param out the output folder
     * @param listener progress and stop requests ({@link TrainingListener#none()} for none)
     * @return the run's summary
     */
    public static RunSummary runOne(RunSettings settings, Path out, TrainingListener listener) {
        return runOne(settings, out, listener, Trainer::train);
    }

    /**
     * {@link #runOne(RunSettings, Path, TrainingListener)} on the calling thread alone ({@link
     * Trainer#trainOnCallingThread}), without a listener: for engines that run one run per core.
     *
     * @param settings the run
     * @param out the output folder
     * @return the run's summary
     */
    public static RunSummary runAlongside(RunSettings settings, Path out) {
        return runOne(settings, out, TrainingListener.none(), Trainer::trainOnCallingThread);
    }

    /**
     * {@link #runOne(RunSettings, Path, TrainingListener)} with a chosen trainer, e.g. {@link
     * Trainer#trainOnCallingThread} when several runs go side by side (the results are the same
     * bits either way).
     *
     * @param settings the run
     * @param out the output folder
     * @param listener progress and stop requests ({@link TrainingListener#none()} for none)
     * @param trainer trains one configuration
     * @return the run's summary
     */
    public static RunSummary runOne(
            RunSettings settings,
            Path out,
            TrainingListener listener,
            Reproduction.RunTrainer trainer) {
        TrainingConfig c = settings.config();
        RunCache cache = new RunCache(out);
        Optional<CompletedRun> hit = cache.load(c);
        if (hit.isPresent()) {
            return RunSummary.of(hit.get());
        }
        try {
            Reproduction.Trained t = Reproduction.trainAndSave(c, cache, trainer, listener);
            if (t.run().isEmpty()) {
                return RunSummary.unfinished(
                        c,
                        RunSummary.STOPPED,
                        String.format(
                                Locale.ROOT, "stopped at epoch %d", t.result().stepsCompleted()));
            }
            return RunSummary.of(t.run().get());
        } catch (RuntimeException | OutOfMemoryError e) {
            String message = e.getClass().getSimpleName() + ": " + e.getMessage();
            try {
                cache.saveFailure(c, message);
            } catch (IOException io) {
                message += " (and recording the failure failed: " + io.getMessage() + ")";
            }
            return RunSummary.unfinished(c, RunSummary.FAILED, message);
        }
    }
}
