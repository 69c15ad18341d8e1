package dev.cogs.train;

import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.nets.run.EvaluationPoint;
import dev.cogs.nets.run.Split;
import dev.cogs.nets.run.TrainingConfig;
import dev.cogs.nets.run.TrainingListener;
import dev.cogs.nets.run.TrainingResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Trains the two-layer quadratic network of docs/cogs-math.md §1 with the setup of
 * docs/cogs-math.md §8 (Tian, arXiv:2410.01779).
 *
 * <p>The task is the composition table of {@link TrainingConfig#group()}: modular addition for the
 * default \(\mathbb{Z}_d\), any finite group otherwise (one-hot inputs over G × G, output over G;
 * docs/cogs-math.md §14.8).
 *
 * <p>Randomness: the split is {@link Split#seeded(int, long, double)} (an {@code L64X128MixRandom}
 * seeded with {@code seed}); the initial weights use an {@code L64X128MixRandom} seeded with {@code
 * seed + 0x9E3779B97F4A7C15L}, drawing \(U_a\) (q×d, row-major), then \(U_b\), then \(W\) (d×q),
 * each entry \(\mathrm{bound}\cdot(2u - 1)\) rounded to float with \(u\) uniform in [0, 1), bound
 * \(1/\sqrt{d}\) for the inputs and \(1/\sqrt{q}\) for the output layer (PyTorch's {@code
 * nn.Linear} fan-in bounds). Same seed and same machine give bit-identical weights and metrics (the
 * work partition is fixed and partial sums are added in a fixed order).
 *
 * <p>Training runs in float32; per epoch one full-batch Adam step. Evaluation (before the update of
 * epoch {@code e}) happens at the epochs of {@link TrainingConfig#isEvaluationEpoch(int)} and after
 * the last step.
 *
 * <p>Non-finite values: the training loss is checked every epoch and the new parameters after every
 * step; the first non-finite value ends the run with {@code diverged = true}, keeping the last
 * finite weights.
 *
 * <p>Threads and memory: a run uses the calling thread and one helper thread, each taking a fixed
 * half of the training pairs through the whole step (forward pass, loss and gradient in one call of
 * the fused kernels of engine f32v5; see {@code Engine} and docs/performance.md). The kernels call
 * no BLAS; ND4J's OpenBLAS is still set to one thread for the duration of the run and restored
 * afterwards ({@link BlasThreads#with(int, java.util.function.Supplier)}), a process-wide setting.
 * Each half keeps {@code 3·d·q' + 2·64·(q' + d')} floats of scratch (q', d' rounded up to multiples
 * of 8), allocated once per run.
 */
public final class Trainer {

    private static final String ALGORITHM = "L64X128MixRandom";
    private static final long INIT_STREAM = 0x9E3779B97F4A7C15L;

    private Trainer() {}

    /**
     * Trains without a listener.
     *
     * @param config the run
     * @return the result
     * @throws NullPointerException if {@code config} is null
     */
    public static TrainingResult train(TrainingConfig config) {
        return train(config, TrainingListener.none());
    }

    /**
     * Trains and reports every evaluation to {@code listener}.
     *
     * @param config the run
     * @param listener receives evaluation points and the evaluated weights; may stop the run
     * @return the result
     * @throws NullPointerException if an argument is null
     */
    public static TrainingResult train(TrainingConfig config, TrainingListener listener) {
        return train(config, listener, Blas.GemmRoute.FUSED);
    }

    /**
     * Trains several runs together in this process (a sweep's batch) and returns their results in
     * the order of {@code configs}; each result is bit-identical to {@link #train(TrainingConfig,
     * TrainingListener)} of the same configuration alone.
     *
     * <p>The runs are spread over {@code threads} worker threads, one run at a time per worker and
     * one thread per run: the engine's two fixed partitions then run one after the other on that
     * thread instead of on two threads, which is the same arithmetic in the same order (the
     * partition never depends on the threads), so the weights and metrics do not change. Without
     * the hand-offs between two threads at every phase of a step, small runs (d ≈ 23) keep the
     * cores busier; large runs gain little. OpenBLAS is set to one thread for the whole batch.
     *
     * <p>A listener is called on its run's worker thread; different runs' listeners may be called
     * concurrently. If a run throws, the others still finish and the first failure (in {@code
     * configs} order) is rethrown.
     *
     * @param configs the runs (any d, q, seeds; may repeat)
     * @param listeners one listener per run, in the same order
     * @param threads worker threads, {@code >= 1} (more than {@code configs.size()} are not
     *     started)
     * @return one result per run, in the order of {@code configs}
     * @throws NullPointerException if a list or an element is null
     * @throws IllegalArgumentException if the lists differ in length or {@code threads < 1}
     */
    public static List<TrainingResult> trainAll(
            List<TrainingConfig> configs, List<TrainingListener> listeners, int threads) {
        List<TrainingConfig> cs = List.copyOf(configs);
        List<TrainingListener> ls = List.copyOf(listeners);
        if (cs.size() != ls.size()) {
            throw new IllegalArgumentException(
                    "configs ("
                            + cs.size()
                            + ") and listeners ("
                            + ls.size()
                            + ") must have the same length");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads (" + threads + ") must be >= 1");
        }
        if (cs.isEmpty()) {
            return List.of();
        }
        int workers = Math.min(threads, cs.size());
        return BlasThreads.with(
                1,
                () -> {
                    ExecutorService pool =
                            Executors.newFixedThreadPool(
                                    workers,
                                    r -> {
                                        Thread t = new Thread(r, "cogs-train-batch");
                                        t.setDaemon(true);
                                        return t;
                                    });
                    try {
                        List<Future<TrainingResult>> futures = new ArrayList<>();
                        for (int i = 0; i < cs.size(); i++) {
                            TrainingConfig c = cs.get(i);
                            TrainingListener l = ls.get(i);
                            futures.add(pool.submit(() -> trainSolo(c, l, Blas.GemmRoute.FUSED)));
                        }
                        return collect(futures);
                    } finally {
                        pool.shutdownNow();
                    }
                });
    }

    /**
     * Trains on the calling thread alone, with one BLAS thread: the engine's two fixed partitions
     * run one after the other on this thread, the same arithmetic in the same order as {@link
     * #train(TrainingConfig, TrainingListener)}, so the result is bit-identical to it. For callers
     * that run several trainings side by side, one per core (the sweep engines, {@link #trainAll}):
     * no hand-offs between threads at every phase of a step.
     *
     * @param config the run
     * @param listener receives evaluation points and the evaluated weights; may stop the run
     * @return the result
     * @throws NullPointerException if an argument is null
     */
    public static TrainingResult trainOnCallingThread(
            TrainingConfig config, TrainingListener listener) {
        return BlasThreads.with(1, () -> trainSolo(config, listener, Blas.GemmRoute.FUSED));
    }

    /**
     * Trains several runs together without listeners on as many worker threads as the JVM has
     * processors (see {@link #trainAll(List, List, int)}).
     *
     * @param configs the runs
     * @return one result per run, in the order of {@code configs}, each bit-identical to {@link
     *     #train(TrainingConfig)}
     * @throws NullPointerException if the list or an element is null
     */
    public static List<TrainingResult> trainAll(List<TrainingConfig> configs) {
        List<TrainingListener> none = new ArrayList<>();
        for (int i = 0; i < configs.size(); i++) {
            none.add(TrainingListener.none());
        }
        return trainAll(configs, none, Runtime.getRuntime().availableProcessors());
    }

    private static List<TrainingResult> collect(List<Future<TrainingResult>> futures) {
        List<TrainingResult> out = new ArrayList<>();
        RuntimeException first = null;
        for (Future<TrainingResult> f : futures) {
            try {
                out.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while training a batch", e);
            } catch (ExecutionException e) {
                if (first == null) {
                    Throwable cause = e.getCause();
                    if (cause instanceof Error) {
                        throw (Error) cause;
                    }
                    first =
                            cause instanceof RuntimeException
                                    ? (RuntimeException) cause
                                    : new IllegalStateException("a run of the batch failed", cause);
                }
            }
        }
        if (first != null) {
            throw first;
        }
        return out;
    }

    /** One run on the calling thread only (a solo team); BLAS threads are the caller's business. */
    static TrainingResult trainSolo(
            TrainingConfig config, TrainingListener listener, Blas.GemmRoute route) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(listener, "listener");
        Split split = Split.seeded(config.d(), config.seed(), config.testFraction());
        try (Engine engine = new Engine(config, split, initialBlocks(config), route, Team.solo())) {
            return run(config, listener, engine);
        }
    }

    static TrainingResult train(
            TrainingConfig config, TrainingListener listener, Blas.GemmRoute route) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(route, "route");
        Split split = Split.seeded(config.d(), config.seed(), config.testFraction());
        // the engine splits the batch over two threads itself: one BLAS thread per call is fastest
        return BlasThreads.with(
                1,
                () -> {
                    try (Engine engine = new Engine(config, split, initialBlocks(config), route)) {
                        return run(config, listener, engine);
                    }
                });
    }

    private static TrainingResult run(
            TrainingConfig config, TrainingListener listener, Engine engine) {
        List<EvaluationPoint> history = new ArrayList<>();
        RealWeights checkpoint = null;
        boolean diverged = false;
        boolean stopped = false;
        // The no-op listener never reads the weights: skip their per-evaluation copy.
        boolean wantsWeights = listener != TrainingListener.none();
        long start = System.nanoTime();
        for (int epoch = 0; epoch < config.epochs(); epoch++) {
            boolean evaluate = config.isEvaluationEpoch(epoch);
            Engine.Metrics trainMetrics = engine.forwardTrain(evaluate);
            if (!Double.isFinite(trainMetrics.loss())) {
                diverged = true;
                break;
            }
            RealWeights current = null;
            if (evaluate) {
                Engine.Metrics testMetrics = engine.evaluateTest();
                EvaluationPoint point =
                        new EvaluationPoint(
                                epoch,
                                trainMetrics.loss(),
                                testMetrics.loss(),
                                trainMetrics.accuracy(),
                                testMetrics.accuracy());
                history.add(point);
                if (wantsWeights) {
                    current = toRealWeights(config, engine.parameters());
                    listener.onEvaluation(point, current);
                }
            }
            if (epoch == config.checkpointEpoch()) {
                checkpoint = current != null ? current : toRealWeights(config, engine.parameters());
            }
            if (!engine.backwardAndStep()) {
                diverged = true;
                break;
            }
            if (listener.stopRequested()) {
                stopped = true;
                break;
            }
        }
        long nanos = System.nanoTime() - start;
        RealWeights finalWeights = toRealWeights(config, engine.parameters());
        Engine.Metrics trainMetrics = engine.forwardTrain(true);
        Engine.Metrics testMetrics = engine.evaluateTest();
        EvaluationPoint last =
                new EvaluationPoint(
                        engine.step(),
                        trainMetrics.loss(),
                        testMetrics.loss(),
                        trainMetrics.accuracy(),
                        testMetrics.accuracy());
        history.add(last);
        listener.onEvaluation(last, finalWeights);
        if (checkpoint == null) {
            checkpoint = finalWeights;
        }
        return new TrainingResult(
                config, history, checkpoint, finalWeights, diverged, stopped, nanos);
    }

    /**
     * The initial weights of a run (see the class comment), as double copies of the float32 values.
     *
     * @param config the run
     * @return the weights before the first step
     * @throws NullPointerException if {@code config} is null
     */
    public static RealWeights initialWeights(TrainingConfig config) {
        Objects.requireNonNull(config, "config");
        return toRealWeights(config, initialBlocks(config));
    }

    /** Initial parameters in the engine layout (d×q blocks: uaT, ubT, w). */
    static float[][] initialBlocks(TrainingConfig config) {
        int d = config.d();
        int q = config.q();
        RandomGenerator rng =
                RandomGeneratorFactory.of(ALGORITHM).create(config.seed() + INIT_STREAM);
        double inBound = 1 / Math.sqrt(d);
        double outBound = 1 / Math.sqrt(q);
        float[] uaT = new float[d * q];
        float[] ubT = new float[d * q];
        float[] w = new float[d * q];
        for (int j = 0; j < q; j++) {
            for (int a = 0; a < d; a++) {
                uaT[a * q + j] = (float) (inBound * (2 * rng.nextDouble() - 1));
            }
        }
        for (int j = 0; j < q; j++) {
            for (int b = 0; b < d; b++) {
                ubT[b * q + j] = (float) (inBound * (2 * rng.nextDouble() - 1));
            }
        }
        for (int i = 0; i < d * q; i++) {
            w[i] = (float) (outBound * (2 * rng.nextDouble() - 1));
        }
        return new float[][] {uaT, ubT, w};
    }

    /** Engine layout (d×q blocks) to {@link RealWeights} (U_a, U_b q×d; W d×q). */
    static RealWeights toRealWeights(TrainingConfig config, float[][] blocks) {
        int d = config.d();
        int q = config.q();
        double[] ua = new double[q * d];
        double[] ub = new double[q * d];
        double[] w = new double[d * q];
        for (int a = 0; a < d; a++) {
            for (int j = 0; j < q; j++) {
                ua[j * d + a] = blocks[Engine.UA][a * q + j];
                ub[j * d + a] = blocks[Engine.UB][a * q + j];
            }
        }
        for (int i = 0; i < d * q; i++) {
            w[i] = blocks[Engine.W][i];
        }
        return RealWeights.ofFlat(d, q, ua, ub, w);
    }
}
