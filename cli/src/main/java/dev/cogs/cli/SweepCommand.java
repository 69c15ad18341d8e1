package dev.cogs.cli;

import dev.cogs.algebra.group.FiniteGroup;
import dev.cogs.cli.groups.GroupOptions;
import dev.cogs.cli.report.RunCache;
import dev.cogs.cli.report.StopSignals;
import dev.cogs.cli.support.GroupSizes;
import dev.cogs.cli.sweep.AxisValues;
import dev.cogs.cli.sweep.RunSettings;
import dev.cogs.cli.sweep.RunSummary;
import dev.cogs.cli.sweep.SpecFile;
import dev.cogs.cli.sweep.SweepEngine;
import dev.cogs.cli.sweep.SweepEngines;
import dev.cogs.cli.sweep.SweepExecution;
import dev.cogs.cli.sweep.SweepReport;
import dev.cogs.nets.run.TrainingConfig;
import dev.cogs.nets.sweep.StepCostModel;
import dev.cogs.nets.sweep.SweepPlan;
import dev.cogs.nets.sweep.SweepSpec;
import dev.cogs.train.Trainer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sweep}: trains every run of a grid d × q × wd × lr × seeds, resumably and shardably, on
 * one machine or on Apache Spark, and writes the grid report (docs/sweeps.md); {@code --group}
 * makes the task axis a list of finite groups (docs/sweeps.md §1.2).
 */
@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        description = {
            "Trains the grid d x q x wd x lr x seeds (modular addition, the paper's setup), one run per"
                    + " cell and seed, and writes the grid report (Fig. 4 per q, Table-2 rows per cell,"
                    + " shares vs wd and q) over every run of the plan found in OUT.",
            "Runs are cached in OUT/runs/<key> (the keys of cogs reproduce) and never recomputed; a"
                    + " failed run is recorded and retried next time. --shard i/n runs every n-th run"
                    + " (a Slurm array job: one shard per task, same OUT); the last shard to finish"
                    + " leaves the merged report.",
            "--group Z5xZ5,S4 (or --group-table FILE) sweeps over finite groups instead of Z_d"
                    + " (not together with --d; --group Z23 is --d 23): each run trains on the"
                    + " group's composition table and is cached under the key of cogs reproduce"
                    + " --group; its cell reports the per-character orders (abelian) or the irrep"
                    + " usage.",
            "Example: cogs sweep --d 23 --q 256,512 --wd 5e-5,1e-4 --seeds 1-2 --epochs 2000"
                    + " --engine spark --out sweep"
        })
final class SweepCommand implements Callable<Integer> {

    @Option(
            names = "--d",
            paramLabel = "LIST",
            description = "Group orders of Z_d (d odd), e.g. 23,71,127.")
    private String d;

    @Mixin private GroupOptions group = new GroupOptions();

    @Option(names = "--q", paramLabel = "LIST", description = "Hidden widths, e.g. 256,512.")
    private String q;

    @Option(names = "--wd", paramLabel = "LIST", description = "Weight decays, e.g. 1e-5,5e-5.")
    private String wd;

    @Option(
            names = "--lr",
            paramLabel = "LIST",
            description = "Adam learning rates (default 0.01).")
    private String lr;

    @Option(names = "--seeds", paramLabel = "LIST", description = "Seeds, e.g. 1-5 or 1,3.")
    private String seeds;

    @Option(names = "--epochs", description = "Full-batch steps per run (default 10000).")
    private Integer epochs;

    @Option(
            names = "--checkpoint",
            description = "Analysed epoch (default: epochs - 100, i.e. 9900).")
    private Integer checkpoint;

    @Option(
            names = "--spec",
            paramLabel = "FILE",
            description =
                    "A JSON or YAML sweep spec (docs/sweeps.md §1); flags given as well override it.")
    private Path specFile;

    @Option(
            names = "--engine",
            description =
                    "local (in this process) or spark (embedded or a cluster; default local).")
    private String engine = "local";

    @Option(
            names = "--master",
            description = "Spark master (default ${DEFAULT-VALUE}): local[N] or spark://host:7077.")
    private String master = "local[*]";

    @Option(names = "--shard", paramLabel = "i/n", description = "Run only shard i of n.")
    private String shard;

    @Option(names = "--out", description = "Output folder (default ${DEFAULT-VALUE}).")
    private Path out = Path.of("cogs-sweep");

    @Option(
            names = "--dry-run",
            description =
                    "Print the plan, the time estimate and which runs are cached; train nothing.")
    private boolean dryRun;

    @Option(names = "--no-progress", description = "Do not draw progress bars.")
    private boolean noProgress;

    private static final String NAME = "cogs sweep: ";

    @Override
    public Integer call() {
        PrintStream o = System.out;
        SweepPlan plan;
        SweepEngine eng;
        try {
            plan = plan();
            eng =
                    SweepEngines.find(engine)
                            .orElseThrow(
                                    () ->
                                            new IllegalArgumentException(
                                                    "--engine "
                                                            + engine
                                                            + ": no such engine on the class path"
                                                            + " (available: "
                                                            + SweepEngines.all().stream()
                                                                    .map(SweepEngine::name)
                                                                    .toList()
                                                            + ")"));
            checkWritable(out);
            if (!dryRun) {
                eng.check(new SweepEngine.Options(master, !noProgress, () -> false));
            }
        } catch (IllegalArgumentException e) {
            System.err.println(NAME + e.getMessage());
            return 2;
        }
        plan.spec().notes().forEach(n -> o.println("note: " + n));
        RunCache cache = new RunCache(out);
        try {
            int swept = cache.sweepTemporary();
            if (swept > 0) {
                o.printf(
                        Locale.ROOT,
                        "removed %d unfinished run folder(s) left by a killed process%n",
                        swept);
            }
        } catch (IOException e) {
            System.err.println(NAME + "--out " + out + ": " + e.getMessage());
            return 1;
        }
        List<TrainingConfig> cached = new ArrayList<>();
        List<TrainingConfig> todo = new ArrayList<>();
        int failedBefore = 0;
        for (TrainingConfig c : plan.runs()) {
            if (SweepExecution.cached(c, out)) {
                cached.add(c);
            } else {
                todo.add(c);
                if (cache.failure(c).isPresent()) {
                    failedBefore++;
                }
            }
        }
        o.printf(
                Locale.ROOT,
                "cogs sweep: %d run(s)%s; %d already finished in %s (not recomputed), %d to run%s;"
                        + " engine %s, engine key %s%n",
                plan.runs().size(),
                plan.shards() > 1
                        ? String.format(
                                Locale.ROOT,
                                " in shard %d/%d of %d",
                                plan.shard(),
                                plan.shards(),
                                plan.full().runs().size())
                        : "",
                cached.size(),
                out.resolve("runs").toAbsolutePath(),
                todo.size(),
                failedBefore > 0 ? " (" + failedBefore + " failed before: retried)" : "",
                eng.name(),
                TrainingConfig.engine());
        StepCostModel model = todo.isEmpty() && !dryRun ? null : costModel(plan, out, todo);
        if (model != null) {
            o.printf(
                    Locale.ROOT,
                    "estimate: %s to run, one run at a time (model %s)%n",
                    duration(model.totalNanos(todo) / 1e9),
                    model);
        }
        if (dryRun) {
            printPlan(o, plan, out, cache, model);
            return 0;
        }
        AtomicBoolean stop = new AtomicBoolean();
        SweepEngine.Options options = new SweepEngine.Options(master, !noProgress, stop::get);
        if (!todo.isEmpty()) {
            try {
                dev.cogs.cli.report.Plots.warmUp();
            } catch (IOException e) {
                // the report will say what fails
            }
        }
        StopSignals.install(
                () -> {
                    if (!stop.compareAndSet(false, true)) {
                        Runtime.getRuntime().halt(130);
                    }
                    System.err.println(
                            "\ncogs sweep: stopping after the current step (again to abort)");
                });
        List<RunSummary> results = List.of();
        int failedNow = 0;
        if (!todo.isEmpty()) {
            Progress progress = new Progress(o, todo, model, out);
            Thread watcher = null;
            if (!eng.reportsEachRun()) {
                watcher = new Thread(progress::watch, "cogs-sweep-progress");
                watcher.setDaemon(true);
                watcher.start();
            }
            try {
                results =
                        eng.run(
                                todo.stream().map(RunSettings::of).toList(),
                                out,
                                options,
                                progress::finished);
            } catch (IllegalArgumentException e) {
                System.err.println(NAME + e.getMessage());
                return 2;
            } catch (RuntimeException e) {
                System.err.println(NAME + "the " + eng.name() + " engine failed: " + e);
                return 1;
            } finally {
                progress.done.set(true);
                if (watcher != null) {
                    watcher.interrupt();
                }
            }
            failedNow =
                    (int)
                            results.stream()
                                    .filter(r -> RunSummary.FAILED.equals(r.status()))
                                    .count();
        }
        SweepReport.Result report;
        try {
            report = SweepReport.write(out, plan);
        } catch (IOException | RuntimeException e) {
            System.err.println(NAME + "writing the report failed: " + e);
            return 1;
        }
        o.printf(
                Locale.ROOT,
                "report: %s (%d of %d runs of the plan, %d failed, %d missing)%n",
                out.resolve("index.html").toAbsolutePath(),
                report.foundCount(),
                plan.full().runs().size(),
                report.failed().size(),
                report.missing().size());
        for (RunSummary r : results) {
            if (RunSummary.FAILED.equals(r.status())) {
                o.println("failed: " + r.key() + ": " + r.message());
            }
        }
        boolean interrupted =
                stop.get() || results.stream().anyMatch(r -> RunSummary.STOPPED.equals(r.status()));
        if (interrupted) {
            o.println("interrupted: run the same command again to continue");
            return 130;
        }
        return failedNow > 0 ? 1 : 0;
    }

    SweepPlan plan() {
        if (d != null && group.given()) {
            throw new IllegalArgumentException(
                    "--d, --group: give either --d or --group/--group-table, not both (--group Z23"
                            + " is --d 23)");
        }
        SpecFile.Values file = specFile != null ? SpecFile.read(specFile) : SpecFile.none();
        List<FiniteGroup> groups = group.given() ? group.groups() : null;
        SweepSpec spec =
                SpecFile.combine(
                        file,
                        d == null ? null : AxisValues.ints("d", d),
                        groups,
                        q == null ? null : AxisValues.ints("q", q),
                        wd == null ? null : AxisValues.reals("wd", wd),
                        lr == null ? null : AxisValues.reals("lr", lr),
                        seeds == null ? null : AxisValues.integers("seeds", seeds),
                        epochs,
                        checkpoint);
        if (groups == null && (d != null || file.group() == null)) {
            for (int size : spec.d()) {
                // the same refusal as construct, reproduce, analyze and yoneda (UsageError: exit 2)
                GroupSizes.requireOdd("--d", size);
            }
        }
        SweepPlan plan = SweepPlan.of(spec);
        if (shard == null) {
            return plan;
        }
        String[] p = shard.strip().split("/", -1);
        int i;
        int n;
        try {
            if (p.length != 2) {
                throw new NumberFormatException();
            }
            i = Integer.parseInt(p[0].strip());
            n = Integer.parseInt(p[1].strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--shard " + shard + ": expected i/n, e.g. 1/4");
        }
        if (n < 1 || i < 1 || i > n) {
            throw new IllegalArgumentException(
                    "--shard " + shard + ": i must be in 1..n and n >= 1");
        }
        return plan.shard(i, n);
    }

    static void checkWritable(Path out) {
        try {
            Files.createDirectories(out);
            Path probe = Files.createTempFile(out, ".cogs-write-check-", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException(
                    "--out " + out + ": not a writable folder (" + e.getMessage() + ")");
        }
    }

    /**
     * The time model from the runs of the full plan already in OUT, or from a short timed run of
     * the smallest and the largest shape still to run.
     */
    private static StepCostModel costModel(SweepPlan plan, Path out, List<TrainingConfig> todo) {
        List<StepCostModel.Observation> obs = new ArrayList<>();
        for (TrainingConfig c : plan.full().runs()) {
            Optional<Long> nanos = SweepExecution.cachedNanos(c, out);
            if (nanos.isPresent() && nanos.get() > 0) {
                obs.add(new StepCostModel.Observation(c, c.epochs(), nanos.get()));
            }
        }
        if (obs.isEmpty()) {
            List<TrainingConfig> shapes = todo.isEmpty() ? plan.runs() : todo;
            Comparator<TrainingConfig> size =
                    Comparator.comparingDouble(c -> (double) c.trainSize() * c.q() * c.d());
            TrainingConfig small = shapes.stream().min(size).orElseThrow();
            TrainingConfig large = shapes.stream().max(size).orElseThrow();
            for (TrainingConfig c : small.equals(large) ? List.of(small) : List.of(small, large)) {
                int steps = 30;
                TrainingConfig probe = c.withEpochs(steps).withCheckpointEpoch(steps);
                Trainer.train(probe); // JIT and buffers warm
                long t0 = System.nanoTime();
                Trainer.train(probe);
                obs.add(new StepCostModel.Observation(probe, steps, System.nanoTime() - t0));
            }
        }
        return StepCostModel.fit(obs);
    }

    private static void printPlan(
            PrintStream o, SweepPlan plan, Path out, RunCache cache, StepCostModel model) {
        o.printf(
                Locale.ROOT,
                "%5s %-8s %5s %6s %-9s %-7s %6s  %-10s %9s  %s%n",
                "#",
                "group",
                "d",
                "q",
                "wd",
                "lr",
                "seed",
                "status",
                "estimate",
                "key");
        int i = 0;
        for (TrainingConfig c : plan.runs()) {
            String status =
                    SweepExecution.cached(c, out)
                            ? "cached"
                            : cache.failure(c).isPresent() ? "failed" : "to run";
            o.printf(
                    Locale.ROOT,
                    "%5d %-8s %5d %6d %-9s %-7s %6d  %-10s %9s  %s%n",
                    ++i,
                    c.group().name(),
                    c.d(),
                    c.q(),
                    c.weightDecay(),
                    c.learningRate(),
                    c.seed(),
                    status,
                    model == null ? "" : duration(model.runNanos(c) / 1e9),
                    c.key());
        }
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 120) {
            return s + " s";
        }
        if (s < 7200) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }

    /** Progress across the sweep: runs done / total, failed, time left. */
    private static final class Progress {
        private final PrintStream o;
        private final List<TrainingConfig> todo;
        private final StepCostModel model;
        private final RunCache cache;
        private final long start = System.nanoTime();
        private final long startMillis = System.currentTimeMillis() - 1000;
        private final Path out;
        private final AtomicInteger finished = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();
        final AtomicBoolean done = new AtomicBoolean();

        Progress(PrintStream o, List<TrainingConfig> todo, StepCostModel model, Path out) {
            this.o = o;
            this.out = out;
            this.todo = todo;
            this.model = model;
            this.cache = new RunCache(out);
        }

        /** Called by engines that report each run. */
        synchronized void finished(RunSummary r) {
            finished.incrementAndGet();
            if (RunSummary.FAILED.equals(r.status())) {
                failed.incrementAndGet();
            }
            RunSettings s = r.settings();
            o.printf(
                    Locale.ROOT,
                    "[%d/%d] %s q=%d wd=%s lr=%s seed %d: %s%s; %s%n",
                    finished.get(),
                    todo.size(),
                    s.task(),
                    s.q(),
                    s.weightDecay(),
                    s.learningRate(),
                    s.seed(),
                    r.status(),
                    r.ok()
                            ? String.format(
                                    Locale.ROOT,
                                    " %.1f s, test acc %.1f%%%s",
                                    r.seconds(),
                                    100 * r.testAccuracy(),
                                    r.diverged() ? " (DIVERGED)" : "")
                            : " " + r.message(),
                    left(finished.get()));
        }

        /** Polls OUT for finished and failed runs, for engines whose workers write there. */
        void watch() {
            int last = -1;
            int lastFailed = -1;
            while (!done.get()) {
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException e) {
                    return;
                }
                int n = 0;
                int f = 0;
                for (TrainingConfig c : todo) {
                    if (SweepExecution.cached(c, out)) {
                        n++;
                    } else if (cache.failure(c).map(m -> true).orElse(false) && isNew(c)) {
                        f++;
                    }
                }
                if (n + f != last || f != lastFailed) {
                    last = n + f;
                    lastFailed = f;
                    synchronized (this) {
                        o.printf(
                                Locale.ROOT,
                                "[%d/%d] runs done, %d failed; %s%n",
                                n + f,
                                todo.size(),
                                f,
                                left(n + f));
                    }
                }
            }
        }

        /** Whether the run's failure was recorded by this invocation (not an earlier one). */
        private boolean isNew(TrainingConfig c) {
            try {
                Path f = out.resolve("failed").resolve(c.key() + ".txt");
                return Files.getLastModifiedTime(f).toMillis() >= startMillis;
            } catch (IOException e) {
                return false;
            }
        }

        private String left(int n) {
            if (n >= todo.size()) {
                return "sweep done";
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            if (model == null || n == 0) {
                return model == null
                        ? ""
                        : "about " + duration(model.totalNanos(todo) / 1e9) + " left (estimate)";
            }
            double doneCost = model.totalNanos(todo.subList(0, n));
            double rest = model.totalNanos(todo.subList(n, todo.size()));
            return "about " + duration(elapsed * rest / doneCost) + " left";
        }
    }
}
