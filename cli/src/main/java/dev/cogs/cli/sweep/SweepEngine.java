package dev.cogs.cli.sweep;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Executes the runs of a sweep (docs/sweeps.md §4). Every engine produces each run through {@link
 * SweepExecution#runOne}, so a run's folder, weights and record do not depend on the engine.
 *
 * <p>{@code local} is built in; other engines are plug-ins found with {@link
 * java.util.ServiceLoader}: a module lists its implementation in {@code
 * META-INF/services/dev.cogs.cli.sweep.SweepEngine} (the {@code cogs-spark} module adds {@code
 * spark}), with a public no-argument constructor.
 */
public interface SweepEngine {

    /**
     * The name given to {@code --engine}.
     *
     * @return e.g. {@code local}
     */
    String name();

    /**
     * Whether the engine calls {@code finished} as each run ends; if not, the caller watches the
     * output folder for progress.
     *
     * @return true if finished runs are reported one by one
     */
    boolean reportsEachRun();

    /**
     * Options of an execution.
     *
     * @param master the cluster to run on, engine-specific (Spark: {@code local[*]}, {@code
     *     spark://host:7077}, ...); ignored by {@code local}
     * @param showProgress whether a per-run progress bar may be drawn
     * @param stop polled between (and, where possible, during) runs
     */
    record Options(String master, boolean showProgress, BooleanSupplier stop) {
        /**
         * Checks for nulls.
         *
         * @param master the master
         * @param showProgress the showProgress
         * @param stop the stop
         */
        public Options {
            Objects.requireNonNull(master, "master");
            Objects.requireNonNull(stop, "stop");
        }
    }

    /**
     * Checks before any training that the engine can run with these options (e.g. that a cluster
     * can be reached).
     *
     * @param options the options
     * @throws IllegalArgumentException with a one-line reason if it cannot
     */
    void check(Options options);

    /**
     * Runs every given run into {@code out} (each run is skipped if already cached there) and
     * returns their summaries. A run that throws is recorded as failed and does not stop the
     * others.
     *
     * @param runs the runs to do
     * @param out the output folder (shared by all workers)
     * @param options the options
     * @param finished called with each summary as its run ends, if {@link #reportsEachRun()}
     * @return one summary per run, in the given order
     * @throws IllegalArgumentException if the engine cannot start with these options
     */
    List<RunSummary> run(
            List<RunSettings> runs, Path out, Options options, Consumer<RunSummary> finished);
}
