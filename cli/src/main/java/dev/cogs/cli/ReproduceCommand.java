package dev.cogs.cli;

import dev.cogs.algebra.group.FiniteGroup;
import dev.cogs.cli.groups.GroupOptions;
import dev.cogs.cli.groups.GroupReport;
import dev.cogs.cli.groups.GroupReproduction;
import dev.cogs.cli.report.CheckpointWriter;
import dev.cogs.cli.report.CompletedRun;
import dev.cogs.cli.report.ReportWriter;
import dev.cogs.cli.report.Reproduction;
import dev.cogs.cli.report.RunCache;
import dev.cogs.cli.report.SeedList;
import dev.cogs.cli.report.StopSignals;
import dev.cogs.cli.report.Summaries;
import dev.cogs.cli.support.GroupSizes;
import dev.cogs.cli.support.OutputFolder;
import dev.cogs.cli.support.UsageError;
import dev.cogs.nets.analysis.Statistic;
import dev.cogs.nets.run.TrainingConfig;
import dev.cogs.nets.run.TrainingListener;
import dev.cogs.train.Trainer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reproduce}: Trains two-layer quadratic nets on modular addition, analyses them and writes
 * a report.
 */
@Command(
        name = "reproduce",
        mixinStandardHelpOptions = true,
        description = {
            "Trains two-layer quadratic nets on modular addition, analyses them and writes a report.",
            "Defaults are the paper's factorisation-table setting at d = 23 (q = 512, wd = 5e-5, lr = 0.01, "
                    + "10000 epochs, seeds 1-5, analysed at epoch 9900). Finished runs are cached in OUT/runs and "
                    + "not recomputed; Ctrl-C stops cleanly and writes the report of the finished runs.",
            "--group (or --group-table) trains on the composition table of any finite group instead; --group Z23 is "
                    + "--d 23, and other groups get a report over their characters (abelian) or irreps."
        })
final class ReproduceCommand implements Callable<Integer> {

    @Option(
            names = "--d",
            split = ",",
            paramLabel = "D",
            description = "Group sizes, e.g. 23,71 (default 23).")
    private List<Integer> ds = new ArrayList<>(List.of(23));

    @Option(names = "--q", description = "Hidden width (default ${DEFAULT-VALUE}).")
    private int q = 512;

    @Option(names = "--wd", description = "Weight decay, coupled L2 (default ${DEFAULT-VALUE}).")
    private double wd = 5e-5;

    @Option(names = "--lr", description = "Adam learning rate (default ${DEFAULT-VALUE}).")
    private double lr = 0.01;

    @Option(names = "--epochs", description = "Epochs = full-batch Adam steps (default 10000).")
    private Integer epochs;

    @Option(
            names = "--checkpoint",
            description = "Analysed epoch (default: epochs - 100, i.e. 9900).")
    private Integer checkpoint;

    @Option(
            names = "--seeds",
            paramLabel = "LIST",
            description = "Seeds, e.g. 1-5 or 1,3,4 (default 1-5; 1-2 with " + "--quick).")
    private String seeds;

    @Option(
            names = "--quick",
            description =
                    "Shorter default: seeds 1-2 instead of 1-5 (same d = 23 and 10000 "
                            + "epochs, so each run is a full paper run; explicit --seeds wins).")
    private boolean quick;

    @Option(names = "--out", description = "Report folder (default ${DEFAULT-VALUE}).")
    private Path out = Path.of("cogs-report");

    @Option(names = "--no-progress", description = "Do not draw progress bars.")
    private boolean noProgress;

    @Option(
            names = "--save-checkpoints",
            description =
                    "Also save every run trained now as checkpoint files "
                            + "OUT/checkpoints/<run>/model<epoch>.safetensors every 100 epochs (PyTorch-loadable; analyse them along "
                            + "training with cogs analyze --run).")
    private boolean saveCheckpoints;

    @Mixin private GroupOptions group = new GroupOptions();

    @Spec private CommandSpec spec;

    /**
     * The groups of {@code --group}/{@code --group-table} when at least one is not an odd Z_d (then
     * every group goes through the group path); empty when the Z_d path applies.
     */
    List<FiniteGroup> groupTasks() {
        if (!group.given()) {
            return List.of();
        }
        if (spec != null && spec.commandLine().getParseResult().hasMatchedOption("--d")) {
            throw new UsageError(
                    "--d, --group", "give either --d or --group/--group-table, not both");
        }
        List<FiniteGroup> gs = group.groups();
        if (gs.stream().allMatch(GroupOptions::isOddCyclic)) {
            ds = new ArrayList<>(gs.stream().map(FiniteGroup::order).toList());
            return List.of();
        }
        return gs;
    }

    List<TrainingConfig> configs() {
        int e = epochs != null ? epochs : 10_000;
        int ck = checkpoint != null ? checkpoint : Math.max(0, e - 100);
        TrainingOptions.check(q, wd, lr, e, ck);
        String seedText = seeds != null ? seeds : quick ? "1-2" : "1-5";
        List<Long> sd;
        try {
            sd = SeedList.parse(seedText);
        } catch (IllegalArgumentException ex) {
            throw new UsageError("--seeds " + seedText, ex.getMessage());
        }
        List<TrainingConfig> list = new ArrayList<>();
        List<FiniteGroup> gs = groupTasks();
        if (gs.isEmpty()) {
            GroupSizes.requireOddDistinct("--d", ds);
            for (int d : ds) {
                TrainingOptions.checkMemory(d, q);
            }
        } else {
            TrainingOptions.distinctGroups(gs);
            for (FiniteGroup g : gs) {
                TrainingOptions.checkMemory(g.order(), q);
            }
        }
        if (!gs.isEmpty()) {
            for (FiniteGroup g : gs) {
                for (long s : sd) {
                    list.add(
                            TrainingConfig.defaults(g)
                                    .withQ(q)
                                    .withWeightDecay(wd)
                                    .withLearningRate(lr)
                                    .withEpochs(e)
                                    .withCheckpointEpoch(ck)
                                    .withSeed(s));
                }
            }
            return list;
        }
        for (int d : ds) {
            for (long s : sd) {
                list.add(
                        TrainingConfig.defaults(d)
                                .withQ(q)
                                .withWeightDecay(wd)
                                .withLearningRate(lr)
                                .withEpochs(e)
                                .withCheckpointEpoch(ck)
                                .withSeed(s));
            }
        }
        return list;
    }

    @Override
    public Integer call() throws Exception {
        List<TrainingConfig> configs = configs();
        OutputFolder.Lock lock = OutputFolder.lock("--out", out);
        try {
            return call(configs);
        } finally {
            lock.close();
        }
    }

    private Integer call(List<TrainingConfig> configs) throws Exception {
        dev.cogs.cli.report.Plots.warmUp();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook =
                new Thread(
                        () -> {
                            stop.set(true);
                            try {
                                // Let the main thread write what has finished before the JVM exits.
                                finished.await(120, TimeUnit.SECONDS);
                            } catch (InterruptedException ignored) {
                                Thread.currentThread().interrupt();
                            }
                        },
                        "cogs-reproduce-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        // Ctrl-C / SIGTERM are caught as signals, so the JVM does not start shutting down (native
        // libraries free
        // their buffers in their own shutdown hooks, which can stall a training step); the shutdown
        // hook above is
        // the fallback where signals cannot be handled. A second signal aborts at once.
        StopSignals.install(
                () -> {
                    if (!stop.compareAndSet(false, true)) {
                        Runtime.getRuntime().halt(130);
                    }
                    System.err.println(
                            "\ncogs reproduce: stopping after the current step (again to abort)");
                });
        try {
            System.out.printf(
                    Locale.ROOT,
                    "cogs reproduce: %d run(s), report in %s%n",
                    configs.size(),
                    out.toAbsolutePath());
            // Z_d with d even (--group Z24) has the unpaired frequency d/2: the group path
            if (configs.stream().anyMatch(c -> !GroupOptions.isOddCyclic(c.group()))) {
                return groupRuns(configs, stop::get);
            }
            Reproduction.RunTrainer trainer =
                    !saveCheckpoints
                            ? Trainer::train
                            : (c, l) ->
                                    Trainer.train(
                                            c,
                                            TrainingListener.all(
                                                    l,
                                                    new CheckpointWriter(
                                                            out.resolve("checkpoints")
                                                                    .resolve(c.key()),
                                                            c,
                                                            100)));
            Reproduction.Outcome o =
                    Reproduction.run(
                            configs,
                            new RunCache(out),
                            trainer,
                            stop::get,
                            !noProgress,
                            System.out);
            print(o.runs());
            if (!o.runs().isEmpty()) {
                try {
                    List<Path> files = ReportWriter.write(out, o.runs(), o.interrupted());
                    System.out.printf(
                            Locale.ROOT,
                            "report: %s (%d files)%n",
                            out.resolve("index.html").toAbsolutePath(),
                            files.size());
                } catch (java.io.IOException | RuntimeException e) {
                    System.err.println("cogs reproduce: writing the report failed: " + e);
                    return 1;
                }
            }
            if (o.interrupted()) {
                System.out.printf(
                        Locale.ROOT,
                        "interrupted: %d of %d runs finished; run the same command again to "
                                + "continue%n",
                        o.runs().size(),
                        configs.size());
                return 130;
            }
            return 0;
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running (Ctrl-C); it returns now that the latch is open.
            }
        }
    }

    /** The group path: train or load, print, write the group report (docs/cogs-math.md §14.8). */
    private int groupRuns(List<TrainingConfig> configs, java.util.function.BooleanSupplier stop) {
        GroupReproduction.Outcome o =
                GroupReproduction.run(configs, out, Trainer::train, stop, !noProgress, System.out);
        System.out.print(GroupReport.text(o.runs()));
        if (!o.runs().isEmpty()) {
            try {
                List<Path> files = GroupReport.write(out, o.runs(), o.interrupted());
                System.out.printf(
                        Locale.ROOT,
                        "report: %s (%d files)%n",
                        out.resolve("index.html").toAbsolutePath(),
                        files.size());
            } catch (java.io.IOException | RuntimeException e) {
                System.err.println("cogs reproduce: writing the report failed: " + e);
                return 1;
            }
        }
        if (o.interrupted()) {
            System.out.printf(
                    Locale.ROOT,
                    "interrupted: %d of %d runs finished; run the same command again to "
                            + "continue%n",
                    o.runs().size(),
                    configs.size());
            return 130;
        }
        return 0;
    }

    private static void print(List<CompletedRun> runs) {
        for (Summaries.Setting s : Summaries.settings(runs)) {
            TrainingConfig c = s.config();
            System.out.printf(
                    Locale.ROOT,
                    "%n== d = %d, q = %d, wd = %s, lr = %s, %d epochs, seeds %s, analysed epoch "
                            + "%d%n",
                    c.d(),
                    c.q(),
                    c.weightDecay(),
                    c.learningRate(),
                    c.epochs(),
                    s.runs().stream().map(r -> Long.toString(r.record().config().seed())).toList(),
                    c.checkpointEpoch());
            for (CompletedRun r : s.runs()) {
                var last = r.record().last();
                System.out.printf(
                        Locale.ROOT,
                        "  seed %d: train loss %.3e, test loss %.3e, train acc %.1f%%, test acc "
                                + "%.1f%%, orders %s%n",
                        r.record().config().seed(),
                        last.trainLoss(),
                        last.testLoss(),
                        100 * last.trainAccuracy(),
                        100 * last.testAccuracy(),
                        r.analysis().frequencyOrders());
            }
            System.out.printf(
                    Locale.ROOT,
                    "Per-frequency order histogram (k = 1..%d, %d seeds pooled):%n%s",
                    (c.d() - 1) / 2,
                    s.runs().size(),
                    Summaries.histogramText(s.orderHistogram()));
            System.out.printf(
                    Locale.ROOT,
                    "Factorisation table (x100 except 0_non_46):%n%s",
                    Summaries.tableText(s.table()));
            System.out.printf(
                    Locale.ROOT,
                    "matched fraction: %s %%%n",
                    Summaries.format(Statistic.MATCHED, s.table().estimate(Statistic.MATCHED)));
            String along = Summaries.structureText(s.pooledStructure(), c.checkpointEpoch());
            if (!along.isEmpty()) {
                System.out.printf(
                        Locale.ROOT, "matched fraction along training (seeds pooled): %s%n", along);
            }
        }
    }
}
