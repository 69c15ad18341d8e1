package dev.cogs.bench.sweep;

import dev.cogs.bench.env.BenchEnvironment;
import dev.cogs.cli.sweep.RunSettings;
import dev.cogs.cli.sweep.RunSummary;
import dev.cogs.cli.sweep.SweepEngine;
import dev.cogs.cli.sweep.SweepReport;
import dev.cogs.nets.run.TrainingConfig;
import dev.cogs.nets.sweep.SweepPlan;
import dev.cogs.nets.sweep.SweepSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The overhead of running a sweep on Apache Spark (docs/performance.md, Sweeps; docs/sweeps.md §7):
 * the same plan on the in-process engine and on a Spark engine, one after the other in this JVM,
 * each into its own folder, each timed from the engine's check to its written report (Spark's
 * start-up, the context's creation and its shutdown, included); their ratio spark / local against
 * {@value #TARGET}; and whether the two computed the same thing ({@link SweepAgreement}).
 *
 * <p>Before the timings, one short run of the plan's first shape is trained and reported, untimed,
 * on the in-process engine, so that neither timed sweep pays for the JIT compilation of the trainer
 * and of the report that the other then finds done.
 */
public final class SweepBench {

    /** The acceptance's bound on spark / local wall time (issue 11). */
    public static final double TARGET = 1.3;

    /** Epochs of the untimed warm-up run (fewer if the plan's runs are shorter). */
    static final int WARMUP_EPOCHS = 200;

    private SweepBench() {}

    /**
     * The plan measured.
     *
     * @param d group orders
     * @param q widths
     * @param wd weight decays
     * @param lr learning rates
     * @param seeds seeds
     * @param epochs epochs per run
     * @param checkpoint analysed epoch
     * @param runs number of runs
     * @param engineKey the numerical engine's key ({@link TrainingConfig#engine()})
     */
    public record Plan(
            List<Integer> d,
            List<Integer> q,
            List<Double> wd,
            List<Double> lr,
            List<Long> seeds,
            int epochs,
            int checkpoint,
            int runs,
            String engineKey) {

        /**
         * Copies the lists.
         *
         * @param d see the record description
         * @param q see the record description
         * @param wd see the record description
         * @param lr see the record description
         * @param seeds see the record description
         * @param epochs see the record description
         * @param checkpoint see the record description
         * @param runs see the record description
         * @param engineKey see the record description
         */
        public Plan {
            d = List.copyOf(d);
            q = List.copyOf(q);
            wd = List.copyOf(wd);
            lr = List.copyOf(lr);
            seeds = List.copyOf(seeds);
            Objects.requireNonNull(engineKey, "engineKey");
        }

        static Plan of(SweepPlan plan) {
            SweepSpec s = plan.spec();
            return new Plan(
                    s.d(),
                    s.q(),
                    s.weightDecay(),
                    s.learningRate(),
                    s.seeds(),
                    s.epochs(),
                    s.checkpointEpoch(),
                    plan.runs().size(),
                    TrainingConfig.engine());
        }
    }

    /**
     * One timed sweep.
     *
     * @param engine the engine's name
     * @param folder where it wrote its runs and report
     * @param runs runs it returned
     * @param failed runs that failed
     * @param seconds wall time from the engine's check to the written report
     * @param engineSeconds of which the engine's run (for Spark: start-up, tasks, shutdown)
     * @param reportSeconds of which the report
     * @param loadAverage the 1-minute load average when it ended
     */
    public record Timing(
            String engine,
            String folder,
            int runs,
            int failed,
            double seconds,
            double engineSeconds,
            double reportSeconds,
            double loadAverage) {}

    /**
     * Everything {@code cogs bench sweep} measured, as printed by {@code --json}. Immutable.
     *
     * @param benchmark "sweep"
     * @param environment machine, build and load at the start
     * @param plan the plan
     * @param master the Spark master
     * @param warmupSeconds the untimed warm-up's wall time
     * @param local the in-process engine's sweep
     * @param spark the Spark engine's sweep
     * @param ratio {@code spark.seconds / local.seconds}
     * @param target the bound on the ratio ({@value SweepBench#TARGET})
     * @param withinTarget whether {@code ratio <= target}
     * @param agreement whether the two sweeps computed the same thing
     * @param wallSeconds the benchmark's wall time (JVM start-up not included)
     */
    public record Report(
            String benchmark,
            BenchEnvironment environment,
            Plan plan,
            String master,
            double warmupSeconds,
            Timing local,
            Timing spark,
            double ratio,
            double target,
            boolean withinTarget,
            SweepAgreement agreement,
            double wallSeconds) {

        /**
         * Whether the two sweeps agree and no run failed (the ratio aside: it is a measurement).
         *
         * @return true if so
         */
        public boolean ok() {
            return agreement.ok() && local.failed() == 0 && spark.failed() == 0;
        }
    }

    /**
     * Runs the benchmark.
     *
     * @param plan the sweep
     * @param master the Spark master
     * @param scratch a folder for the three output folders {@code warmup}, {@code local} and {@code
     *     spark} (each emptied first)
     * @param local the in-process engine
     * @param spark the Spark engine
     * @param o where progress goes
     * @return the report
     * @throws IOException if a folder cannot be written or read
     * @throws IllegalArgumentException if an engine refuses the options (e.g. an unreachable
     *     master)
     */
    public static Report run(
            SweepPlan plan,
            String master,
            Path scratch,
            SweepEngine local,
            SweepEngine spark,
            PrintStream o)
            throws IOException {
        long start = System.nanoTime();
        BenchEnvironment env = BenchEnvironment.capture();
        SweepEngine.Options options = new SweepEngine.Options(master, false, () -> false);
        spark.check(options);
        Path warm = scratch.resolve("warmup");
        Path localOut = scratch.resolve("local");
        Path sparkOut = scratch.resolve("spark");
        for (Path p : List.of(warm, localOut, sparkOut)) {
            deleteTree(p);
        }
        Plan p = Plan.of(plan);
        o.printf(
                Locale.ROOT,
                "cogs bench sweep: %d runs (d %s, q %s, wd %s, lr %s, seeds %s, %d epochs), local"
                        + " engine then Spark on %s; %d processors, load average %.2f, commit %s,"
                        + " engine key %s%n",
                p.runs(),
                p.d(),
                p.q(),
                p.wd(),
                p.lr(),
                p.seeds(),
                p.epochs(),
                master,
                env.cores(),
                env.loadAverage(),
                env.commit(),
                p.engineKey());
        long w0 = System.nanoTime();
        SweepPlan warmPlan = warmUpPlan(plan);
        time(local, warmPlan, warm, options, r -> {});
        double warmup = (System.nanoTime() - w0) / 1e9;
        o.printf(
                Locale.ROOT,
                "warm-up (untimed): 1 run of %d epochs and its report, in-process: %.1f s%n",
                warmPlan.spec().epochs(),
                warmup);
        Timing lt =
                time(
                        local,
                        plan,
                        localOut,
                        options,
                        r ->
                                o.printf(
                                        Locale.ROOT,
                                        "  local: d=%d q=%d wd=%s lr=%s seed %d: %s %.1f s%n",
                                        r.settings().d(),
                                        r.settings().q(),
                                        r.settings().weightDecay(),
                                        r.settings().learningRate(),
                                        r.settings().seed(),
                                        r.status(),
                                        r.seconds()));
        print(o, lt, "local engine");
        Timing st = time(spark, plan, sparkOut, options, r -> {});
        print(o, st, "spark engine (" + master + ", start-up included)");
        double ratio = st.seconds() / lt.seconds();
        boolean within = ratio <= TARGET;
        o.printf(
                Locale.ROOT,
                "ratio spark/local %.3f (target <= %.1f): %s%n",
                ratio,
                TARGET,
                within ? "ok" : "ABOVE TARGET");
        SweepAgreement agreement = SweepAgreement.compare(plan, localOut, sparkOut);
        o.printf(
                Locale.ROOT,
                "agreement: %d of %d runs identical (weights byte for byte, run.json timing aside),"
                        + " sweep.json %s%n",
                agreement.identical(),
                agreement.runs(),
                agreement.reportsAgree() ? "identical (timings aside)" : "DIFFERS");
        agreement.differences().forEach(d -> o.println("  differs: " + d));
        double wall = (System.nanoTime() - start) / 1e9;
        o.printf(Locale.ROOT, "bench wall time %.1f s (JVM start-up not included)%n", wall);
        return new Report(
                "sweep", env, p, master, warmup, lt, st, ratio, TARGET, within, agreement, wall);
    }

    private static void print(PrintStream o, Timing t, String what) {
        o.printf(
                Locale.ROOT,
                "%s: %d runs in %.1f s (engine %.1f s, report %.1f s)%s; load average %.2f%n",
                what,
                t.runs(),
                t.seconds(),
                t.engineSeconds(),
                t.reportSeconds(),
                t.failed() > 0 ? ", " + t.failed() + " FAILED" : "",
                t.loadAverage());
    }

    /** One run of the plan's first shape, short. */
    static SweepPlan warmUpPlan(SweepPlan plan) {
        TrainingConfig c = plan.runs().get(0);
        int epochs = Math.min(WARMUP_EPOCHS, c.epochs());
        return SweepPlan.of(
                SweepSpec.of(
                        List.of(c.d()),
                        List.of(c.q()),
                        List.of(c.weightDecay()),
                        List.of(c.learningRate()),
                        List.of(c.seed()),
                        epochs,
                        Math.min(c.checkpointEpoch(), epochs),
                        plan.spec().base()));
    }

    private static Timing time(
            SweepEngine engine,
            SweepPlan plan,
            Path out,
            SweepEngine.Options options,
            java.util.function.Consumer<RunSummary> finished)
            throws IOException {
        List<RunSettings> runs = plan.runs().stream().map(RunSettings::of).toList();
        long t0 = System.nanoTime();
        engine.check(options);
        List<RunSummary> results = engine.run(runs, out, options, finished);
        long t1 = System.nanoTime();
        SweepReport.write(out, plan);
        long t2 = System.nanoTime();
        int failed =
                (int) results.stream().filter(r -> !RunSummary.OK.equals(r.status())).count()
                        + Math.max(0, runs.size() - results.size());
        return new Timing(
                engine.name(),
                out.toString(),
                results.size(),
                failed,
                (t2 - t0) / 1e9,
                (t1 - t0) / 1e9,
                (t2 - t1) / 1e9,
                BenchEnvironment.currentLoadAverage());
    }

    /**
     * Deletes a file or a folder with everything in it; nothing if it does not exist.
     *
     * @param p the path
     * @throws IOException if deleting fails
     */
    public static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
