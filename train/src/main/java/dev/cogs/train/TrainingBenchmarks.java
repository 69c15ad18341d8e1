package dev.cogs.train;

import dev.cogs.nets.run.Split;
import dev.cogs.nets.run.TrainingConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * Timing hooks for the {@code cogs bench train} command: the cost of one training step and the
 * machine's sgemm rate, measured the same way in the same process. Measurements only; no effect on
 * training results.
 */
public final class TrainingBenchmarks {

    private TrainingBenchmarks() {}

    /** How the engine's matrix products reach OpenBLAS. */
    public enum Route {
        /** {@code Nd4j.gemm} on float INDArrays (ND4J op dispatch per call). */
        ND4J_GEMM,
        /**
         * {@code cblas_sgemm} of ND4J's bundled OpenBLAS on the same INDArrays' memory (the
         * products of the sgemm-panel engine, f32v4).
         */
        OPENBLAS_CBLAS,
        /**
         * No sgemm: the fused kernels of engine f32v5, the trainer's route. Not a route for {@link
         * #sgemm}.
         */
        FUSED
    }

    /**
     * Timing of training steps. Immutable.
     *
     * @param d group order
     * @param q hidden width
     * @param trainPairs number of training pairs n
     * @param route how sgemm was reached
     * @param steps number of timed steps
     * @param secondsPerStep best (over rounds) mean wall seconds per full-batch step (forward,
     *     backward, Adam)
     */
    public record StepTiming(
            int d, int q, int trainPairs, Route route, int steps, double secondsPerStep) {

        /**
         * Validates the components.
         *
         * @param d group order
         * @param q hidden width
         * @param trainPairs number of training pairs n
         * @param route how sgemm was reached
         * @param steps number of timed steps
         * @param secondsPerStep best (over rounds) mean wall seconds per full-batch step (forward,
         *     backward, Adam)
         * @throws NullPointerException if {@code route} is null
         * @throws IllegalArgumentException if a count is {@code < 1} or {@code secondsPerStep} is
         *     NaN or negative
         */
        public StepTiming {
            Objects.requireNonNull(route, "route");
            if (d < 1 || q < 1 || trainPairs < 1 || steps < 1) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "d (%d), q (%d), trainPairs (%d) and steps (%d) must be >= 1",
                                d,
                                q,
                                trainPairs,
                                steps));
            }
            if (!(secondsPerStep >= 0)) {
                throw new IllegalArgumentException(
                        "secondsPerStep (" + secondsPerStep + ") must be >= 0");
            }
        }

        /**
         * Floating-point operations of the three products of one step, {@code 6·n·q·d} (forward \(O
         * = XW^\top\), backward \(G^\top X\) and \(GW\), each {@code 2·n·q·d}); the element-wise
         * work is not counted.
         *
         * @return the flop count per step
         */
        public double flopsPerStep() {
            return 6.0 * trainPairs * q * d;
        }

        /**
         * Achieved rate, {@link #flopsPerStep()} / {@link #secondsPerStep()} / 1e9.
         *
         * <p>Non-finite values: infinite if the step took no measurable time.
         *
         * @return GFLOP/s
         */
        public double gflops() {
            return flopsPerStep() / secondsPerStep / 1e9;
        }
    }

    /**
     * Rate of one square float matrix product. Immutable.
     *
     * @param route how sgemm was reached
     * @param size matrix order n (an n×n by n×n product)
     * @param seconds best wall time of one product
     */
    public record SgemmRate(Route route, int size, double seconds) {

        /**
         * Validates the components.
         *
         * @param route how sgemm was reached
         * @param size matrix order n (an n×n by n×n product)
         * @param seconds best wall time of one product
         * @throws NullPointerException if {@code route} is null
         * @throws IllegalArgumentException if {@code size < 1} or {@code seconds} is NaN or
         *     negative
         */
        public SgemmRate {
            Objects.requireNonNull(route, "route");
            if (size < 1) {
                throw new IllegalArgumentException("size (" + size + ") must be >= 1");
            }
            if (!(seconds >= 0)) {
                throw new IllegalArgumentException("seconds (" + seconds + ") must be >= 0");
            }
        }

        /**
         * Floating-point operations of the product, {@code 2n³} (n multiplications and n additions
         * per entry).
         *
         * @return the flop count
         */
        public double flops() {
            return 2.0 * size * size * size;
        }

        /**
         * Achieved rate, {@link #flops()} / {@link #seconds()} / 1e9.
         *
         * <p>Non-finite values: infinite if the product took no measurable time.
         *
         * @return GFLOP/s
         */
        public double gflops() {
            return flops() / seconds / 1e9;
        }
    }

    /**
     * Times {@code steps} training steps (after {@code warmup} untimed ones) of the configured
     * model, best of {@code rounds} rounds.
     *
     * @param config model and optimiser (epochs, evaluation and checkpoint settings are ignored)
     * @param warmup untimed steps first, {@code >= 0}
     * @param steps timed steps per round, {@code >= 1}
     * @param rounds rounds, {@code >= 1}
     * @param route sgemm route
     * @return the timing
     * @throws IllegalArgumentException if a count is out of range
     */
    public static StepTiming timeSteps(
            TrainingConfig config, int warmup, int steps, int rounds, Route route) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(route, "route");
        if (warmup < 0 || steps < 1 || rounds < 1) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "warmup (%d) must be >= 0, steps (%d) and rounds (%d) >= 1",
                            warmup,
                            steps,
                            rounds));
        }
        Split split = Split.seeded(config.d(), config.seed(), config.testFraction());
        try (Engine engine =
                new Engine(config, split, Trainer.initialBlocks(config), internal(route))) {
            return time(engine, config, split, warmup, steps, rounds, route);
        }
    }

    private static StepTiming time(
            Engine engine,
            TrainingConfig config,
            Split split,
            int warmup,
            int steps,
            int rounds,
            Route route) {
        for (int i = 0; i < warmup; i++) {
            engine.forwardTrain(false);
            engine.backwardAndStep();
        }
        double best = Double.POSITIVE_INFINITY;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < steps; i++) {
                engine.forwardTrain(false);
                engine.backwardAndStep();
            }
            best = Math.min(best, (System.nanoTime() - t0) / 1e9 / steps);
        }
        return new StepTiming(config.d(), config.q(), split.trainSize(), route, steps, best);
    }

    /**
     * Throughput of a batch of runs stepping together ({@link Trainer#trainAll}'s way: one thread
     * per run, the runs spread over worker threads). Immutable.
     *
     * @param d group order
     * @param q hidden width
     * @param trainPairs training pairs n of each run
     * @param runs number of runs in the batch
     * @param threads worker threads
     * @param steps steps timed per run
     * @param seconds best (over rounds) wall time of the whole batch's timed steps
     */
    public record BatchTiming(
            int d, int q, int trainPairs, int runs, int threads, int steps, double seconds) {

        /**
         * Validates the components.
         *
         * @param d group order
         * @param q hidden width
         * @param trainPairs training pairs n of each run
         * @param runs number of runs in the batch
         * @param threads worker threads
         * @param steps steps timed per run
         * @param seconds best wall time of the whole batch's timed steps
         * @throws IllegalArgumentException if a count is {@code < 1} or {@code seconds} is NaN or
         *     negative
         */
        public BatchTiming {
            if (d < 1 || q < 1 || trainPairs < 1 || runs < 1 || threads < 1 || steps < 1) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "d (%d), q (%d), trainPairs (%d), runs (%d), threads (%d) and steps"
                                        + " (%d) must be >= 1",
                                d,
                                q,
                                trainPairs,
                                runs,
                                threads,
                                steps));
            }
            if (!(seconds >= 0)) {
                throw new IllegalArgumentException("seconds (" + seconds + ") must be >= 0");
            }
        }

        /**
         * Useful floating-point operations of the batch: {@code runs · steps · 6·n·q·d}.
         *
         * @return the flop count
         */
        public double flops() {
            return 6.0 * trainPairs * q * d * (double) steps * runs;
        }

        /**
         * Achieved rate in useful flops, {@link #flops()} / {@link #seconds()} / 1e9.
         *
         * <p>Non-finite values: infinite if the batch took no measurable time.
         *
         * @return GFLOP/s
         */
        public double gflops() {
            return flops() / seconds / 1e9;
        }
    }

    /**
     * Times {@code runs} runs of the configured model (seeds {@code config.seed() + i}) stepping
     * together on {@code threads} worker threads, one thread per run, as {@link Trainer#trainAll}
     * trains them (OpenBLAS set to one thread); best of {@code rounds}.
     *
     * @param config model and optimiser of every run (the seed is the first run's)
     * @param runs runs in the batch, {@code >= 1}
     * @param threads worker threads, {@code >= 1}
     * @param warmup untimed steps per run first, {@code >= 0}
     * @param steps timed steps per run and round, {@code >= 1}
     * @param rounds rounds, {@code >= 1}
     * @return the timing
     * @throws IllegalArgumentException if a count is out of range
     */
    public static BatchTiming timeBatch(
            TrainingConfig config, int runs, int threads, int warmup, int steps, int rounds) {
        Objects.requireNonNull(config, "config");
        if (runs < 1 || threads < 1 || warmup < 0 || steps < 1 || rounds < 1) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "runs (%d), threads (%d), steps (%d) and rounds (%d) must be >= 1,"
                                    + " warmup (%d) >= 0",
                            runs,
                            threads,
                            steps,
                            rounds,
                            warmup));
        }
        List<Engine> engines = new ArrayList<>();
        try {
            int n = 0;
            for (int i = 0; i < runs; i++) {
                TrainingConfig c = config.withSeed(config.seed() + i);
                Split split = Split.seeded(c.d(), c.seed(), c.testFraction());
                n = split.trainSize();
                engines.add(
                        new Engine(
                                c,
                                split,
                                Trainer.initialBlocks(c),
                                Blas.GemmRoute.FUSED,
                                Team.solo()));
            }
            int trainPairs = n;
            return BlasThreads.with(
                    1,
                    () -> {
                        stepAll(engines, threads, warmup);
                        double best = Double.POSITIVE_INFINITY;
                        for (int r = 0; r < rounds; r++) {
                            long t0 = System.nanoTime();
                            stepAll(engines, threads, steps);
                            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
                        }
                        return new BatchTiming(
                                config.d(), config.q(), trainPairs, runs, threads, steps, best);
                    });
        } finally {
            for (Engine e : engines) {
                e.close();
            }
        }
    }

    /** Worker w steps engines w, w + threads, … one after the other, {@code steps} steps each. */
    private static void stepAll(List<Engine> engines, int threads, int steps) {
        int workers = Math.min(threads, engines.size());
        Thread[] pool = new Thread[workers];
        RuntimeException[] failure = new RuntimeException[1];
        for (int w = 0; w < workers; w++) {
            int first = w;
            pool[w] =
                    new Thread(
                            () -> {
                                for (int i = first; i < engines.size(); i += workers) {
                                    Engine e = engines.get(i);
                                    for (int s = 0; s < steps; s++) {
                                        e.forwardTrain(false);
                                        e.backwardAndStep();
                                    }
                                }
                            },
                            "cogs-bench-batch");
            pool[w].setUncaughtExceptionHandler(
                    (t, ex) -> {
                        synchronized (failure) {
                            if (failure[0] == null) {
                                failure[0] =
                                        ex instanceof RuntimeException
                                                ? (RuntimeException) ex
                                                : new IllegalStateException(ex);
                            }
                        }
                    });
            pool[w].start();
        }
        for (Thread t : pool) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while timing a batch", e);
            }
        }
        synchronized (failure) {
            if (failure[0] != null) {
                throw failure[0];
            }
        }
    }

    /**
     * Measures sgemm on {@code size × size} float matrices (ND4J-allocated), best of {@code
     * repeats}.
     *
     * @param size matrix order, {@code >= 1}
     * @param repeats number of timed products, {@code >= 1}
     * @param route sgemm route
     * @return the rate
     * @throws IllegalArgumentException if a count is out of range or the route is {@link
     *     Route#FUSED}
     */
    public static SgemmRate sgemm(int size, int repeats, Route route) {
        Objects.requireNonNull(route, "route");
        if (route == Route.FUSED) {
            throw new IllegalArgumentException("route FUSED has no sgemm; use OPENBLAS_CBLAS");
        }
        if (size < 1 || repeats < 1) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT, "size (%d) and repeats (%d) must be >= 1", size, repeats));
        }
        Blas.Matrix a = new Blas.Matrix(size, size);
        Blas.Matrix b = new Blas.Matrix(size, size);
        Blas.Matrix c = new Blas.Matrix(size, size);
        float[] fill = new float[size * size];
        for (int i = 0; i < fill.length; i++) {
            fill[i] = (float) Math.sin(i);
        }
        a.putInPlace(fill);
        b.putInPlace(fill);
        Blas.Block ab = new Blas.Block(a, 0, size);
        Blas.Block bb = new Blas.Block(b, 0, size);
        Blas.Block cb = new Blas.Block(c, 0, size);
        double best = bestOf(repeats, () -> Blas.gemm(internal(route), ab, false, bb, false, cb));
        a.release();
        b.release();
        c.release();
        return new SgemmRate(route, size, best);
    }

    /**
     * The trainer's engine as benchmarks report it: its key and whether the fused kernels run
     * natively or in plain Java.
     *
     * @return e.g. {@code "f32v5, native AVX2/FMA kernels (...)"}
     */
    public static String engineDescription() {
        return "f32v5, " + FusedKernels.availability().description();
    }

    private static Blas.GemmRoute internal(Route route) {
        return switch (route) {
            case ND4J_GEMM -> Blas.GemmRoute.ND4J;
            case OPENBLAS_CBLAS -> Blas.GemmRoute.CBLAS;
            case FUSED -> Blas.GemmRoute.FUSED;
        };
    }

    /**
     * The rate of one square double matrix product, the machine limit that {@code cogs bench
     * construct} compares the evaluator with. Immutable.
     *
     * @param size matrix order n (an n×n by n×n product)
     * @param threads OpenBLAS threads of the product
     * @param seconds best wall time of one product
     */
    public record DgemmRate(int size, int threads, double seconds) {

        /**
         * Validates the components.
         *
         * @param size see the record description
         * @param threads see the record description
         * @param seconds see the record description
         * @throws IllegalArgumentException if a count is below 1 or {@code seconds} is NaN or
         *     negative
         */
        public DgemmRate {
            if (size < 1 || threads < 1) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "size (%d) and threads (%d) must be >= 1",
                                size,
                                threads));
            }
            if (!(seconds >= 0)) {
                throw new IllegalArgumentException("seconds (" + seconds + ") must be >= 0");
            }
        }

        /**
         * Floating-point operations of the product, {@code 2n³}.
         *
         * @return the flop count
         */
        public double flops() {
            return 2.0 * size * size * size;
        }

        /**
         * Achieved rate, {@link #flops()} / {@link #seconds()} / 1e9.
         *
         * @return GFLOP/s
         */
        public double gflops() {
            return flops() / seconds / 1e9;
        }
    }

    /**
     * Measures {@code cblas_dgemm} on {@code size × size} double matrices (off-heap, row-major),
     * best of {@code repeats} after one untimed product.
     *
     * @param size matrix order, {@code >= 1}
     * @param repeats number of timed products, {@code >= 1}
     * @param threads OpenBLAS threads, {@code >= 1}
     * @return the rate
     * @throws IllegalArgumentException if a count is out of range
     */
    public static DgemmRate dgemm(int size, int repeats, int threads) {
        if (size < 1 || repeats < 1 || threads < 1) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "size (%d), repeats (%d) and threads (%d) must be >= 1",
                            size,
                            repeats,
                            threads));
        }
        long n2 = (long) size * size;
        double[] fill = new double[(int) n2];
        for (int i = 0; i < fill.length; i++) {
            fill[i] = Math.sin(i);
        }
        try (DoublePointer a = new DoublePointer(n2);
                DoublePointer c = new DoublePointer(n2)) {
            a.put(fill, 0, fill.length);
            double best =
                    BlasThreads.with(threads, () -> bestOf(repeats, () -> product(a, c, size)));
            return new DgemmRate(size, threads, best);
        }
    }

    /** c = a·a (n×n, row-major). */
    private static void product(DoublePointer a, DoublePointer c, int n) {
        openblas_nolapack.cblas_dgemm(
                openblas_nolapack.CblasRowMajor,
                openblas_nolapack.CblasNoTrans,
                openblas_nolapack.CblasNoTrans,
                n,
                n,
                n,
                1.0,
                a,
                n,
                a,
                n,
                0.0,
                c,
                n);
    }

    /**
     * The best wall time in seconds of {@code repeats} runs of {@code product}, after one untimed
     * run.
     */
    private static double bestOf(int repeats, Runnable product) {
        product.run();
        double best = Double.POSITIVE_INFINITY;
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            product.run();
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return best;
    }
}
