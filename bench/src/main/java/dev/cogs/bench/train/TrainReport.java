package dev.cogs.bench.train;

import dev.cogs.bench.env.BenchEnvironment;
import java.util.List;

/**
 * Everything {@code cogs bench train} measured, as printed by {@code --json} (docs/performance.md,
 * Training). Immutable.
 *
 * @param benchmark "train"
 * @param environment machine and build
 * @param engine the trainer's engine: its key and whether the fused kernels ran natively
 * @param blas the BLAS back end of ND4J, of the sgemm reference and of the panel engine
 * @param blasThreadsAtStart ND4J's BLAS thread count when the benchmark started
 * @param q hidden width
 * @param rounds rounds (each times every setting once; the best counts)
 * @param sgemm the machine's sgemm rate, measured in the same run
 * @param rows one row per d
 * @param batches multi-run throughput rows (several runs stepping together)
 * @param fullRuns the full d = 23 run, if timed (none or one)
 * @param wallSeconds the benchmark's wall time (JVM and ND4J start-up not included)
 */
public record TrainReport(
        String benchmark,
        BenchEnvironment environment,
        String engine,
        String blas,
        int blasThreadsAtStart,
        int q,
        int rounds,
        Sgemm sgemm,
        List<Row> rows,
        List<Batch> batches,
        List<FullRun> fullRuns,
        double wallSeconds) {

    /**
     * Copies the lists.
     *
     * @param benchmark see the record description
     * @param environment see the record description
     * @param engine see the record description
     * @param blas see the record description
     * @param blasThreadsAtStart see the record description
     * @param q see the record description
     * @param rounds see the record description
     * @param sgemm see the record description
     * @param rows see the record description
     * @param batches see the record description
     * @param fullRuns see the record description
     * @param wallSeconds see the record description
     */
    public TrainReport {
        rows = List.copyOf(rows);
        batches = List.copyOf(batches);
        fullRuns = List.copyOf(fullRuns);
    }

    /**
     * The sgemm rates of the run: square float products of order {@code size} through ND4J's BLAS.
     *
     * @param size matrix order
     * @param cblasGflops {@code cblas_sgemm}, BLAS threads as at start
     * @param nd4jGflops {@code Nd4j.gemm}, BLAS threads as at start
     * @param oneThreadGflops {@code cblas_sgemm} with one BLAS thread
     * @param machineGflops the largest of the three: the reference of every {@code percentOfSgemm}
     */
    public record Sgemm(
            int size,
            double cblasGflops,
            double nd4jGflops,
            double oneThreadGflops,
            double machineGflops) {}

    /**
     * One d: cogs' best setting, the other route, the peer.
     *
     * @param d group order
     * @param trainPairs training pairs n
     * @param flopsPerStep {@code 6·n·q·d}
     * @param secondsPerStep cogs' best seconds per step
     * @param blasThreads the BLAS thread count of that best setting (the fused engine calls no
     *     BLAS: the count matters only to the panel engine's columns)
     * @param gflops its rate in useful flops
     * @param percentOfSgemm {@code 100 · gflops / sgemm.machineGflops}
     * @param floorSeconds {@code flopsPerStep / sgemm.machineGflops}: the step at the sgemm rate
     * @param panelEngineSecondsPerStep best seconds per step of the sgemm-panel engine (f32v4's
     *     arithmetic, products by {@code cblas_sgemm}; NaN unless {@code --panel-engine})
     * @param nd4jRouteSecondsPerStep best seconds per step of the sgemm-panel engine with its
     *     products through {@code Nd4j.gemm} (NaN unless {@code --nd4j-route})
     * @param peerSecondsPerStep the PyTorch peer's best seconds per step (NaN if it did not run)
     * @param peerThreads the peer's THREADS setting of that best time (0 if it did not run)
     * @param peerOverCogs {@code peerSecondsPerStep / secondsPerStep} (how many times faster cogs
     *     is; NaN without the peer)
     * @param ratio {@code secondsPerStep / peerSecondsPerStep}, cogs / peer as in the other benches
     *     (NaN without the peer)
     */
    public record Row(
            int d,
            int trainPairs,
            double flopsPerStep,
            double secondsPerStep,
            int blasThreads,
            double gflops,
            double percentOfSgemm,
            double floorSeconds,
            double panelEngineSecondsPerStep,
            double nd4jRouteSecondsPerStep,
            double peerSecondsPerStep,
            int peerThreads,
            double peerOverCogs,
            double ratio) {}

    /**
     * Several runs of one d stepping together ({@code Trainer.trainAll}'s way, one thread per run),
     * against the same runs one after the other with the two-thread engine.
     *
     * @param d group order
     * @param runs runs in the batch
     * @param threads worker threads
     * @param stepsPerRun timed steps per run
     * @param seconds wall time of the batch
     * @param gflops useful flops of all runs per second
     * @param percentOfSgemm {@code 100 · gflops / sgemm.machineGflops}
     * @param sequentialGflops the rate of the same steps run one run at a time (the single-run
     *     engine, best setting of the d's row)
     * @param speedup {@code gflops / sequentialGflops}
     */
    public record Batch(
            int d,
            int runs,
            int threads,
            int stepsPerRun,
            double seconds,
            double gflops,
            double percentOfSgemm,
            double sequentialGflops,
            double speedup) {}

    /**
     * A full d = 23 run.
     *
     * @param d group order
     * @param epochs epochs
     * @param blasThreads BLAS threads (the engine adds one helper thread)
     * @param wallSeconds wall time of {@code Trainer.train}
     * @param loopSeconds the training loop's own time
     * @param trainAccuracy final train accuracy
     * @param testAccuracy final test accuracy
     * @param trainLoss final train loss
     * @param testLoss final test loss
     */
    public record FullRun(
            int d,
            int epochs,
            int blasThreads,
            double wallSeconds,
            double loopSeconds,
            double trainAccuracy,
            double testAccuracy,
            double trainLoss,
            double testLoss) {}
}
