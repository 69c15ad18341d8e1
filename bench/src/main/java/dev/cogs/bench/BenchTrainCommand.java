package dev.cogs.bench;

import dev.cogs.bench.env.BenchEnvironment;
import dev.cogs.bench.train.TorchPeer;
import dev.cogs.bench.train.TrainReport;
import dev.cogs.cli.JsonOutput;
import dev.cogs.cli.support.GroupSizes;
import dev.cogs.cli.support.UsageError;
import dev.cogs.nets.run.EvaluationPoint;
import dev.cogs.nets.run.TrainingConfig;
import dev.cogs.nets.run.TrainingResult;
import dev.cogs.train.BlasThreads;
import dev.cogs.train.Trainer;
import dev.cogs.train.TrainingBenchmarks;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench train}: times a full-batch training step of the paper's setup (docs/cogs-math.md §8)
 * in cogs and in the PyTorch peer in the same run, prints the ratios, cogs' achieved GFLOP/s
 * (6·n·q·d flops per step) against the machine's sgemm rate (ND4J-held 2048² float matrices through
 * ND4J's BLAS, both routes, 1 and 2 threads), optionally the sgemm-panel engine that the fused one
 * replaced ({@code --panel-engine}), and the wall time of a full d = 23 run at the BLAS thread
 * count that was faster for d = 23. With {@code --batch-runs R} it also times R runs of each d
 * stepping together ({@code Trainer.trainAll}'s way) against the same runs one at a time. {@code
 * --json} prints every figure as a {@link TrainReport}.
 *
 * <p>Run with {@code -Dorg.bytedeco.openblas.load=mkl_rt} to have JavaCPP load the bundled MKL in
 * place of OpenBLAS (for ND4J and the trainer alike); the header line says which BLAS was used.
 */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = "Times a training step against the PyTorch peer.")
final class BenchTrainCommand implements Callable<Integer> {

    @Option(
            names = "--d",
            split = ",",
            defaultValue = "23,127",
            description = "Group orders (default: ${DEFAULT-VALUE}).")
    private List<Integer> ds;

    @Option(
            names = "--q",
            defaultValue = "512",
            description = "Hidden width (default: ${DEFAULT-VALUE}).")
    private int q;

    @Option(
            names = "--rounds",
            defaultValue = "3",
            description =
                    "Rounds; each times every cogs and peer setting once, interleaved; the best counts "
                            + "(default: ${DEFAULT-VALUE}).")
    private int rounds;

    @Option(
            names = "--peer-script",
            paramLabel = "FILE",
            description =
                    "The PyTorch peer script (default: the "
                            + "script bundled with cogs, torch_peer.py).")
    private Path peerScript;

    @Option(
            names = "--python",
            defaultValue = "/usr/bin/python3",
            description = "Peer interpreter (default: ${DEFAULT-VALUE}).")
    private Path python;

    @Option(
            names = "--peer-threads",
            split = ",",
            defaultValue = "1,2",
            description =
                    "THREADS settings of the peer; the fastest counts (default: ${DEFAULT-VALUE}).")
    private List<Integer> peerThreads;

    @Option(
            names = "--blas-threads",
            split = ",",
            defaultValue = "1,2",
            description =
                    "OpenBLAS thread counts tried for cogs; the fastest counts (default: ${DEFAULT-VALUE}).")
    private List<Integer> blasThreads;

    @Option(
            names = "--full-run",
            negatable = true,
            defaultValue = "true",
            fallbackValue = "true",
            description =
                    "Also time a full d = 23 run (10 000 epochs) (default: ${DEFAULT-VALUE}).")
    private boolean fullRun;

    @Option(
            names = "--batch-runs",
            defaultValue = "0",
            description =
                    "Runs of the multi-run throughput test per d (0 skips it; the issue's sweep uses"
                            + " 10) (default: ${DEFAULT-VALUE}).")
    private int batchRuns;

    @Option(
            names = "--batch-d",
            split = ",",
            defaultValue = "23",
            description = "Group orders of the multi-run test (default: ${DEFAULT-VALUE}).")
    private List<Integer> batchDs;

    @Option(
            names = "--panel-engine",
            description =
                    "Also time the sgemm-panel engine (f32v4's arithmetic, products by cblas_sgemm),"
                            + " which the fused engine replaced.")
    private boolean panelEngine;

    @Option(
            names = "--nd4j-route",
            description =
                    "Also time the sgemm-panel engine with its products through Nd4j.gemm"
                            + " (slower: op dispatch per call).")
    private boolean nd4jRoute;

    @Option(
            names = "--json",
            description = "Print the report as JSON (progress goes to standard error).")
    private boolean json;

    @Option(
            names = "--sgemm-size",
            defaultValue = "2048",
            description = "Order of the sgemm rate test (default: ${DEFAULT-VALUE}).")
    private int sgemmSize;

    private static final int FULL_RUN_D = 23;

    @Override
    public Integer call() throws java.io.IOException {
        GroupSizes.requireOddDistinct("--d", ds);
        if (q < 1) {
            throw new UsageError("--q " + q, "must be >= 1");
        }
        if (rounds < 1) {
            throw new UsageError("--rounds " + rounds, "must be >= 1");
        }
        if (sgemmSize < 1) {
            throw new UsageError("--sgemm-size " + sgemmSize, "must be >= 1");
        }
        for (int t : peerThreads) {
            if (t < 1) {
                throw new UsageError("--peer-threads", "a thread count must be >= 1, got " + t);
            }
        }
        for (int t : blasThreads) {
            if (t < 1) {
                throw new UsageError("--blas-threads", "a thread count must be >= 1, got " + t);
            }
        }
        if (peerScript != null && !java.nio.file.Files.isRegularFile(peerScript)) {
            throw new UsageError("--peer-script " + peerScript, "no such file");
        }
        if (batchRuns < 0) {
            throw new UsageError("--batch-runs " + batchRuns, "must be >= 0");
        }
        GroupSizes.requireOddDistinct("--batch-d", batchDs);
        PrintStream o = json ? System.err : System.out;
        BenchEnvironment env = BenchEnvironment.capture();
        long start = System.nanoTime();
        int fullRunThreads = 0;
        String load = System.getProperty("org.bytedeco.openblas.load");
        String blas =
                load == null
                        ? "ND4J's bundled OpenBLAS (org.bytedeco.openblas 0.3.19)"
                        : "'"
                                + load
                                + "' loaded in place of OpenBLAS (-Dorg.bytedeco.openblas.load)";
        int threadsAtStart = BlasThreads.current();
        o.printf(
                Locale.ROOT,
                "cogs bench train: q = %d, %d rounds (best counts), engine = %s, BLAS = %s, ND4J BLAS "
                        + "threads = %d, %d processors, load average %.2f, commit %s%n",
                q,
                rounds,
                TrainingBenchmarks.engineDescription(),
                blas,
                threadsAtStart,
                env.cores(),
                env.loadAverage(),
                env.commit());
        TrainingBenchmarks.SgemmRate cblas =
                TrainingBenchmarks.sgemm(
                        sgemmSize, 3 * rounds, TrainingBenchmarks.Route.OPENBLAS_CBLAS);
        TrainingBenchmarks.SgemmRate nd4j =
                TrainingBenchmarks.sgemm(sgemmSize, 3 * rounds, TrainingBenchmarks.Route.ND4J_GEMM);
        TrainingBenchmarks.SgemmRate single =
                BlasThreads.with(
                        1,
                        () ->
                                TrainingBenchmarks.sgemm(
                                        sgemmSize,
                                        2 * rounds,
                                        TrainingBenchmarks.Route.OPENBLAS_CBLAS));
        double startRate = Math.max(single.gflops(), Math.max(cblas.gflops(), nd4j.gflops()));
        // the load of a shared machine moves during the run: sgemm is timed again next to every
        // round of every d, and the fastest rate of the whole run is the reference (conservative)
        double[] machineRate = {startRate};
        o.printf(
                Locale.ROOT,
                "sgemm %d^3 float (ND4J's BLAS, %d threads): cblas_sgemm %.1f GFLOP/s, "
                        + "Nd4j.gemm %.1f GFLOP/s; 1 thread: %.1f GFLOP/s; machine rate = %.1f GFLOP/s%n",
                sgemmSize,
                threadsAtStart,
                cblas.gflops(),
                nd4j.gflops(),
                single.gflops(),
                startRate);
        Optional<TorchPeer> peer = TorchPeer.locate(peerScript, python);
        if (peer.isEmpty()) {
            o.println(
                    "peer unavailable (no "
                            + python
                            + " with torch, or no peer script; use --peer-script)");
        } else {
            o.println("peer: " + peer.get().script());
        }
        o.println();
        o.println(
                "    d     n  cogs s/step (BLAS thr)  GFLOP/s  %sgemm  panel engine  via Nd4j.gemm"
                        + "  peer s/step (THREADS)  peer/cogs");
        List<TrainReport.Row> rows = new ArrayList<>();
        for (int d : ds) {
            TrainingConfig config = TrainingConfig.defaults(d).withQ(q);
            int steps = steps(config);
            // Untimed first pass: JIT-compiles the gathers and scatters so that the first timed
            // setting is not penalised; then the settings are interleaved round by round and the
            // best of each counts.
            BlasThreads.with(
                    blasThreads.get(0),
                    () ->
                            TrainingBenchmarks.timeSteps(
                                    config, steps, 1, 1, TrainingBenchmarks.Route.FUSED));
            TrainingBenchmarks.StepTiming ours = null;
            TrainingBenchmarks.StepTiming panel = null;
            TrainingBenchmarks.StepTiming viaNd4j = null;
            int ourThreads = 0;
            double bestPeer = Double.POSITIVE_INFINITY;
            int bestPeerThreads = 0;
            int peerEpochs = Math.max(3, Math.min(300, steps));
            for (int r = 0; r < rounds; r++) {
                machineRate[0] =
                        Math.max(
                                machineRate[0],
                                TrainingBenchmarks.sgemm(
                                                sgemmSize,
                                                1,
                                                TrainingBenchmarks.Route.OPENBLAS_CBLAS)
                                        .gflops());
                for (int t : blasThreads) {
                    TrainingBenchmarks.StepTiming timing =
                            BlasThreads.with(
                                    t,
                                    () ->
                                            TrainingBenchmarks.timeSteps(
                                                    config,
                                                    Math.max(2, steps / 4),
                                                    steps,
                                                    1,
                                                    TrainingBenchmarks.Route.FUSED));
                    if (ours == null || timing.secondsPerStep() < ours.secondsPerStep()) {
                        ours = timing;
                        ourThreads = t;
                    }
                    if (panelEngine) {
                        TrainingBenchmarks.StepTiming p =
                                BlasThreads.with(
                                        t,
                                        () ->
                                                TrainingBenchmarks.timeSteps(
                                                        config,
                                                        Math.max(2, steps / 4),
                                                        steps,
                                                        1,
                                                        TrainingBenchmarks.Route.OPENBLAS_CBLAS));
                        if (panel == null || p.secondsPerStep() < panel.secondsPerStep()) {
                            panel = p;
                        }
                    }
                    if (!nd4jRoute) {
                        continue;
                    }
                    TrainingBenchmarks.StepTiming other =
                            BlasThreads.with(
                                    t,
                                    () ->
                                            TrainingBenchmarks.timeSteps(
                                                    config,
                                                    Math.max(2, steps / 4),
                                                    steps,
                                                    1,
                                                    TrainingBenchmarks.Route.ND4J_GEMM));
                    if (viaNd4j == null || other.secondsPerStep() < viaNd4j.secondsPerStep()) {
                        viaNd4j = other;
                    }
                }
                if (peer.isPresent()) {
                    for (int t : peerThreads) {
                        Optional<TorchPeer.Run> run = peer.get().run(d, q, peerEpochs, t, 1800);
                        if (run.isPresent() && run.get().secondsPerStep() < bestPeer) {
                            bestPeer = run.get().secondsPerStep();
                            bestPeerThreads = t;
                        }
                    }
                }
            }
            boolean peerRan = Double.isFinite(bestPeer);
            String peerText = "unavailable";
            String ratioText = "-";
            if (peerRan) {
                peerText = String.format(Locale.ROOT, "%.6f (%d)", bestPeer, bestPeerThreads);
                ratioText = String.format(Locale.ROOT, "%.2fx", bestPeer / ours.secondsPerStep());
            }
            if (d == FULL_RUN_D) {
                fullRunThreads = ourThreads;
            }
            TrainReport.Row row =
                    new TrainReport.Row(
                            d,
                            ours.trainPairs(),
                            ours.flopsPerStep(),
                            ours.secondsPerStep(),
                            ourThreads,
                            ours.gflops(),
                            100 * ours.gflops() / machineRate[0],
                            ours.flopsPerStep() / (machineRate[0] * 1e9),
                            panel == null ? Double.NaN : panel.secondsPerStep(),
                            viaNd4j == null ? Double.NaN : viaNd4j.secondsPerStep(),
                            peerRan ? bestPeer : Double.NaN,
                            peerRan ? bestPeerThreads : 0,
                            peerRan ? bestPeer / ours.secondsPerStep() : Double.NaN,
                            peerRan ? ours.secondsPerStep() / bestPeer : Double.NaN);
            rows.add(row);
            o.printf(
                    Locale.ROOT,
                    "%5d %5d  %11.6f (%d)  %7.1f  %5.0f%%  %12.6f  %13.6f  %21s  %s%n",
                    d,
                    ours.trainPairs(),
                    ours.secondsPerStep(),
                    ourThreads,
                    ours.gflops(),
                    row.percentOfSgemm(),
                    row.panelEngineSecondsPerStep(),
                    row.nd4jRouteSecondsPerStep(),
                    peerText,
                    ratioText);
        }
        List<TrainReport.Batch> batches = new ArrayList<>();
        if (batchRuns > 0) {
            o.println();
            o.printf(
                    Locale.ROOT,
                    "multi-run throughput: %d runs per d (seeds 1..%d) stepping together, one thread"
                            + " per run on %d workers, vs the same runs one at a time (2-thread engine)%n",
                    batchRuns,
                    batchRuns,
                    env.cores());
            for (int d : batchDs) {
                batches.add(batch(o, d, machineRate, env.cores()));
            }
        }
        // every percentage against the fastest sgemm of the whole run
        double machine = machineRate[0];
        List<TrainReport.Row> finalRows = new ArrayList<>();
        for (TrainReport.Row r : rows) {
            finalRows.add(
                    new TrainReport.Row(
                            r.d(),
                            r.trainPairs(),
                            r.flopsPerStep(),
                            r.secondsPerStep(),
                            r.blasThreads(),
                            r.gflops(),
                            100 * r.gflops() / machine,
                            r.flopsPerStep() / (machine * 1e9),
                            r.panelEngineSecondsPerStep(),
                            r.nd4jRouteSecondsPerStep(),
                            r.peerSecondsPerStep(),
                            r.peerThreads(),
                            r.peerOverCogs(),
                            r.ratio()));
        }
        List<TrainReport.Batch> finalBatches = new ArrayList<>();
        for (TrainReport.Batch b : batches) {
            finalBatches.add(
                    new TrainReport.Batch(
                            b.d(),
                            b.runs(),
                            b.threads(),
                            b.stepsPerRun(),
                            b.seconds(),
                            b.gflops(),
                            100 * b.gflops() / machine,
                            b.sequentialGflops(),
                            b.speedup()));
        }
        o.println();
        o.printf(
                Locale.ROOT,
                "fastest sgemm of the run (timed at the start and next to every round): %.1f GFLOP/s;"
                        + " against it:",
                machine);
        for (TrainReport.Row r : finalRows) {
            o.printf(Locale.ROOT, " d = %d %.0f%%", r.d(), r.percentOfSgemm());
        }
        for (TrainReport.Batch b : finalBatches) {
            o.printf(
                    Locale.ROOT,
                    ", %d-run batch at d = %d %.0f%%",
                    b.runs(),
                    b.d(),
                    b.percentOfSgemm());
        }
        o.println();
        List<TrainReport.FullRun> fullRuns = new ArrayList<>();
        if (fullRun) {
            TrainingConfig config = TrainingConfig.defaults(FULL_RUN_D).withQ(q);
            int threads = fullRunThreads > 0 ? fullRunThreads : BlasThreads.current();
            long t0 = System.nanoTime();
            TrainingResult result = BlasThreads.with(threads, () -> Trainer.train(config));
            double wall = (System.nanoTime() - t0) / 1e9;
            EvaluationPoint last = result.last();
            EvaluationPoint ck =
                    result.history().stream()
                            .filter(p -> p.epoch() == config.checkpointEpoch())
                            .findFirst()
                            .orElse(last);
            fullRuns.add(
                    new TrainReport.FullRun(
                            FULL_RUN_D,
                            config.epochs(),
                            threads,
                            wall,
                            result.nanos() / 1e9,
                            last.trainAccuracy(),
                            last.testAccuracy(),
                            last.trainLoss(),
                            last.testLoss()));
            o.println();
            o.printf(
                    Locale.ROOT,
                    "full run d = 23, q = %d, %d epochs (seed 1), %d BLAS thread(s) (the faster "
                            + "setting above) + 1 helper thread: %.2f s in train() "
                            + "(loop %.2f s); epoch %d: train acc %.4f, test acc %.4f, train loss %.3e, test loss %.3e; "
                            + "epoch %d: train acc %.4f, test acc %.4f%n",
                    q,
                    config.epochs(),
                    threads,
                    wall,
                    result.nanos() / 1e9,
                    ck.epoch(),
                    ck.trainAccuracy(),
                    ck.testAccuracy(),
                    ck.trainLoss(),
                    ck.testLoss(),
                    last.epoch(),
                    last.trainAccuracy(),
                    last.testAccuracy());
        }
        double wallSeconds = (System.nanoTime() - start) / 1e9;
        o.printf(
                Locale.ROOT,
                "%nbench wall time %.1f s (JVM and ND4J start-up not included)%n",
                wallSeconds);
        if (json) {
            JsonOutput.print(
                    new TrainReport(
                            "train",
                            env,
                            TrainingBenchmarks.engineDescription(),
                            blas,
                            threadsAtStart,
                            q,
                            rounds,
                            new TrainReport.Sgemm(
                                    sgemmSize,
                                    cblas.gflops(),
                                    nd4j.gflops(),
                                    single.gflops(),
                                    machine),
                            finalRows,
                            finalBatches,
                            fullRuns,
                            wallSeconds));
        }
        return 0;
    }

    /**
     * Timed steps per round: about 20 GFLOP of work, a few tenths of a second (at least 5, at most
     * 1000 steps); fewer let the JIT compiler's work on Adam and the reductions into the timing.
     */
    private static int steps(TrainingConfig config) {
        return Math.max(
                5,
                (int) Math.min(1000, 2e10 / (6.0 * config.trainSize() * config.q() * config.d())));
    }

    /**
     * The multi-run test at one d: the batch ({@code batchRuns} runs on {@code cores} workers)
     * against the same runs one at a time with the two-thread engine, interleaved round by round,
     * best of each.
     */
    private TrainReport.Batch batch(PrintStream o, int d, double[] machineRate, int cores) {
        TrainingConfig config = TrainingConfig.defaults(d).withQ(q);
        int steps = Math.max(20, steps(config));
        double best = Double.POSITIVE_INFINITY;
        double sequential = Double.POSITIVE_INFINITY;
        TrainingBenchmarks.BatchTiming timing = null;
        for (int r = 0; r < rounds; r++) {
            machineRate[0] =
                    Math.max(
                            machineRate[0],
                            TrainingBenchmarks.sgemm(
                                            sgemmSize, 1, TrainingBenchmarks.Route.OPENBLAS_CBLAS)
                                    .gflops());
            TrainingBenchmarks.BatchTiming t =
                    TrainingBenchmarks.timeBatch(config, batchRuns, cores, steps, steps, 1);
            if (t.seconds() < best) {
                best = t.seconds();
                timing = t;
            }
            double seq = 0;
            for (int i = 0; i < batchRuns; i++) {
                TrainingConfig c = config.withSeed(config.seed() + i);
                seq +=
                        BlasThreads.with(
                                        1,
                                        () ->
                                                TrainingBenchmarks.timeSteps(
                                                        c,
                                                        steps,
                                                        steps,
                                                        1,
                                                        TrainingBenchmarks.Route.FUSED))
                                .secondsPerStep();
            }
            sequential = Math.min(sequential, seq * steps);
        }
        double seqGflops = timing.flops() / sequential / 1e9;
        double machine = machineRate[0];
        TrainReport.Batch b =
                new TrainReport.Batch(
                        d,
                        batchRuns,
                        cores,
                        steps,
                        timing.seconds(),
                        timing.gflops(),
                        100 * timing.gflops() / machine,
                        seqGflops,
                        timing.gflops() / seqGflops);
        o.printf(
                Locale.ROOT,
                "d = %d: %d runs x %d steps in %.3f s = %.1f GFLOP/s useful (%.0f%% of sgemm); one at"
                        + " a time %.1f GFLOP/s (%.0f%%); speed-up %.2fx%n",
                d,
                batchRuns,
                steps,
                timing.seconds(),
                timing.gflops(),
                b.percentOfSgemm(),
                seqGflops,
                100 * seqGflops / machine,
                b.speedup());
        return b;
    }
}
