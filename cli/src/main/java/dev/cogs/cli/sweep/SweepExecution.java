package dev.cogs.cli.sweep;

import dev.cogs.cli.groups.GroupOptions;
import dev.cogs.cli.groups.GroupReproduction;
import dev.cogs.cli.groups.GroupRun;
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
 * OUT/runs/<key>/}, through the same code as {@code cogs reproduce}: {@link
 * Reproduction#trainAndSave} for Z_d with d odd, {@link GroupReproduction#trainAndSave} (the code
 * of {@code cogs reproduce --group}) for any other group (docs/sweeps.md §1.2). Idempotent: a run
 * already cached is not retrained, and two workers saving the same run keep one complete folder.
 */
public final class SweepExecution {

    private SweepExecution() {}

    /**
     * Whether a run goes through the group path (trainer on the Cayley table, analysis over Ĝ or
     * the irreps, {@code group-run.json}) rather than the Z_d path (Fig. 4 analysis, {@code
     * run.json}): every group but Z_d with d odd, the rule of {@code cogs reproduce --group}.
     *
     * @param c the run
     * @return true for the group path
     */
    public static boolean groupPath(TrainingConfig c) {
        return !GroupOptions.isOddCyclic(c.group());
    }

    /**
     * Whether a finished run is in {@code out} (without reading its weights).
     *
     * @param c the run
     * @param out the output folder
     * @return true if it is cached
     */
    public static boolean cached(TrainingConfig c, Path out) {
        return groupPath(c)
                ? GroupReproduction.cachedNanos(c, out).isPresent()
                : new RunCache(out).contains(c);
    }

    /**
     * The training time recorded for a cached run.
     *
     * @param c the run
     * @param out the output folder
     * @return the nanoseconds, or empty if the run is not cached
     */
    public static Optional<Long> cachedNanos(TrainingConfig c, Path out) {
        return groupPath(c)
                ? GroupReproduction.cachedNanos(c, out)
                : new RunCache(out).record(c).map(r -> r.nanos());
    }

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
        boolean group = groupPath(c);
        if (group) {
            Optional<GroupRun> hit = GroupReproduction.load(c, out);
            if (hit.isPresent()) {
                return RunSummary.of(hit.get());
            }
        } else {
            Optional<CompletedRun> hit = cache.load(c);
            if (hit.isPresent()) {
                return RunSummary.of(hit.get());
            }
        }
        try {
            RunSummary done;
            int steps;
            if (group) {
                GroupReproduction.Trained t =
                        GroupReproduction.trainAndSave(c, out, trainer::train, listener);
                steps = t.result().stepsCompleted();
                done = t.run().map(RunSummary::of).orElse(null);
                if (done != null) {
                    cache.clearFailure(c);
                }
            } else {
                Reproduction.Trained t = Reproduction.trainAndSave(c, cache, trainer, listener);
                steps = t.result().stepsCompleted();
                done = t.run().map(RunSummary::of).orElse(null);
            }
            if (done == null) {
                return RunSummary.unfinished(
                        c,
                        RunSummary.STOPPED,
                        String.format(Locale.ROOT, "stopped at epoch %d", steps));
            }
            return done;
        } catch (RuntimeException | OutOfMemoryError | IOException e) {
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
