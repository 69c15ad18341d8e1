package dev.cogs.nets.train;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Timing hooks for the {@code cogs bench train} command: the cost of one training step and the machine's
 * sgemm rate, measured the same way in the same process. Measurements only; no effect on training results.
 */
public final class TrainingBenchmarks {

    private TrainingBenchmarks() {
    }

    /** How the engine's matrix products reach OpenBLAS. */
    public enum Route {
        /** {@code Nd4j.gemm} on float INDArrays (ND4J op dispatch per call). */
        ND4J_GEMM,
        /** {@code cblas_sgemm} of ND4J's bundled OpenBLAS on the same INDArrays' memory (the trainer's route). */
        OPENBLAS_CBLAS
    }

    /**
     * Timing of training steps.
     *
     * @param d group order
     * @param q hidden width
     * @param trainPairs number of training pairs n
     * @param route how sgemm was reached
     * @param steps number of timed steps
     * @param secondsPerStep best (over rounds) mean wall seconds per full-batch step (forward, backward, Adam)
     * @param gflops achieved rate counting {@code 6·n·q·d} flops per step
     */
    public record StepTiming(int d, int q, int trainPairs, Route route, int steps, double secondsPerStep,
            double gflops) {
    }

    /**
     * Rate of one square float matrix product.
     *
     * @param route how sgemm was reached
     * @param size matrix order n (an n×n by n×n product, {@code 2n³} flops)
     * @param seconds best wall time of one product
     * @param gflops {@code 2n³ / seconds / 1e9}
     */
    public record SgemmRate(Route route, int size, double seconds, double gflops) {
    }

    /**
     * Times {@code steps} training steps (after {@code warmup} untimed ones) of the configured model, best of
     * {@code rounds} rounds.
     *
     * @param config model and optimiser (epochs, evaluation and checkpoint settings are ignored)
     * @param warmup untimed steps first, {@code >= 0}
     * @param steps timed steps per round, {@code >= 1}
     * @param rounds rounds, {@code >= 1}
     * @param route sgemm route
     * @return the timing
     * @throws IllegalArgumentException if a count is out of range
     */
    public static StepTiming timeSteps(TrainingConfig config, int warmup, int steps, int rounds, Route route) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(route, "route");
        if (warmup < 0 || steps < 1 || rounds < 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "warmup (%d) must be >= 0, steps (%d) and rounds (%d) >= 1", warmup, steps, rounds));
        }
        Split split = Trainer.split(config.d(), config.seed(), config.testFraction());
        try (Engine engine = new Engine(config, split, Trainer.initialBlocks(config), internal(route))) {
            return time(engine, config, split, warmup, steps, rounds, route);
        }
    }

    private static StepTiming time(Engine engine, TrainingConfig config, Split split, int warmup, int steps,
            int rounds, Route route) {
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
        int n = split.trainSize();
        double flops = 6.0 * n * config.q() * config.d();
        return new StepTiming(config.d(), config.q(), n, route, steps, best, flops / best / 1e9);
    }

    /**
     * Measures sgemm on {@code size × size} float matrices (ND4J-allocated), best of {@code repeats}.
     *
     * @param size matrix order, {@code >= 1}
     * @param repeats number of timed products, {@code >= 1}
     * @param route sgemm route
     * @return the rate
     * @throws IllegalArgumentException if a count is out of range
     */
    public static SgemmRate sgemm(int size, int repeats, Route route) {
        Objects.requireNonNull(route, "route");
        if (size < 1 || repeats < 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "size (%d) and repeats (%d) must be >= 1", size, repeats));
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
        Blas.gemm(internal(route), ab, false, bb, false, cb);
        double best = Double.POSITIVE_INFINITY;
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            Blas.gemm(internal(route), ab, false, bb, false, cb);
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        a.release();
        b.release();
        c.release();
        return new SgemmRate(route, size, best, 2.0 * size * size * size / best / 1e9);
    }

    /**
     * Number of threads ND4J's BLAS back end uses (process-wide, set by ND4J at start-up from the core count
     * or {@code OMP_NUM_THREADS}).
     *
     * @return the BLAS thread count
     */
    public static int blasThreads() {
        return Nd4j.factory().blas().getMaxThreads();
    }

    /**
     * Runs {@code task} with ND4J's OpenBLAS set to {@code threads} threads and restores the previous count.
     *
     * <p>The BLAS thread count is process-wide state: {@link Trainer} uses this to run with one BLAS thread
     * (its engine splits the batch over two threads itself), and benchmarks to compare settings. Concurrent
     * users in other threads are affected (speed, and the last bits of BLAS-split products), not broken.
     *
     * @param threads BLAS threads, {@code >= 1}
     * @param task the measurement
     * @param <T> result type
     * @return the task's result
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public static <T> T withBlasThreads(int threads, Supplier<T> task) {
        Objects.requireNonNull(task, "task");
        if (threads < 1) {
            throw new IllegalArgumentException("threads (" + threads + ") must be >= 1");
        }
        int previous = blasThreads();
        Nd4j.factory().blas().setMaxThreads(threads);
        try {
            return task.get();
        } finally {
            Nd4j.factory().blas().setMaxThreads(previous);
        }
    }

    private static Blas.GemmRoute internal(Route route) {
        return route == Route.ND4J_GEMM ? Blas.GemmRoute.ND4J : Blas.GemmRoute.CBLAS;
    }
}
