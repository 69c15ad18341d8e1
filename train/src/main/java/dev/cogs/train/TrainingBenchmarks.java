package dev.cogs.train;

import dev.cogs.nets.run.Split;
import dev.cogs.nets.run.TrainingConfig;
import java.util.Locale;
import java.util.Objects;

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
         * trainer's route).
         */
        OPENBLAS_CBLAS
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
     * Measures sgemm on {@code size × size} float matrices (ND4J-allocated), best of {@code
     * repeats}.
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
        return new SgemmRate(route, size, best);
    }

    private static Blas.GemmRoute internal(Route route) {
        return route == Route.ND4J_GEMM ? Blas.GemmRoute.ND4J : Blas.GemmRoute.CBLAS;
    }
}
