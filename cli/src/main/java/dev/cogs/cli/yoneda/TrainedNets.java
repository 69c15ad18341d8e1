package dev.cogs.cli.yoneda;

import dev.cogs.cli.report.CompletedRun;
import dev.cogs.cli.report.Reproduction;
import dev.cogs.cli.report.RunCache;
import dev.cogs.nets.run.TrainingConfig;
import dev.cogs.yoneda.NamedNet;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * The trained nets of {@code cogs yoneda} (docs/yoneda-nets.md §2.1): the paper's setting of {@code
 * cogs reproduce} (d, q = 512, wd = 5e-5, lr = 0.01, 10 000 epochs, weights after 9 900 steps), one
 * run per seed, taken from the run cache of a report folder or trained now and cached there.
 *
 * <p>This is the command's only seam to the reproduction machinery ({@link Reproduction}, {@link
 * RunCache}): one call, configurations in, named nets out.
 */
public final class TrainedNets {

    private TrainedNets() {}

    /**
     * What {@link #load} found and trained.
     *
     * @param nets one net per finished run, named {@code trained-<seed>}, in seed order
     * @param trained how many runs were trained now
     * @param cached how many came from the cache
     * @param interrupted whether a stop was requested before every run finished
     */
    public record Loaded(List<NamedNet> nets, int trained, int cached, boolean interrupted) {
        /**
         * Copies the list.
         *
         * @param nets the nets
         * @param trained trained now
         * @param cached from the cache
         * @param interrupted stopped early
         */
        public Loaded {
            nets = List.copyOf(nets);
        }
    }

    /**
     * The paper's setting at group size d, one configuration per seed (as {@code cogs reproduce}
     * builds them, so the two commands share cached runs).
     *
     * @param d the group size
     * @param seeds the seeds
     * @return the configurations, in seed order
     * @throws IllegalArgumentException if d &lt; 3
     */
    public static List<TrainingConfig> configs(int d, List<Long> seeds) {
        List<TrainingConfig> out = new ArrayList<>();
        for (long s : seeds) {
            out.add(TrainingConfig.defaults(d).withSeed(s));
        }
        return out;
    }

    /**
     * The nets of the configurations: cached runs under {@code cacheDir/runs} are reused, the
     * others are trained and saved there.
     *
     * @param configs the runs
     * @param cacheDir the report folder holding the {@code runs} cache
     * @param trainer the trainer ({@code Trainer::train} in production)
     * @param stop polled during training
     * @param log one line per run
     * @return the nets of the finished runs
     * @throws java.io.UncheckedIOException if a finished run cannot be saved
     */
    public static Loaded load(
            List<TrainingConfig> configs,
            Path cacheDir,
            Reproduction.RunTrainer trainer,
            BooleanSupplier stop,
            PrintStream log) {
        Objects.requireNonNull(cacheDir, "cacheDir");
        Reproduction.Outcome o =
                Reproduction.run(configs, new RunCache(cacheDir), trainer, stop, false, log);
        List<NamedNet> nets = new ArrayList<>();
        for (CompletedRun r : o.runs()) {
            nets.add(NamedNet.trained("trained-" + r.record().config().seed(), r.checkpoint()));
        }
        return new Loaded(nets, o.trained(), o.cached(), o.interrupted());
    }
}
