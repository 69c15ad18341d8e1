package dev.cogs.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.nets.run.TrainingConfig;
import org.junit.jupiter.api.Test;

/** The timing hooks of {@code cogs bench train}: what they time and how they count flops. */
class TrainingBenchmarksTest {

    @Test
    void stepTimingTimesTheTrainingPairsOfTheSplit() {
        TrainingConfig config = TrainingConfig.defaults(7).withQ(16);
        TrainingBenchmarks.StepTiming t =
                TrainingBenchmarks.timeSteps(
                        config, 1, 3, 1, TrainingBenchmarks.Route.OPENBLAS_CBLAS);
        // docs/cogs-math.md §8 split at d = 7: 49 − ⌈0.1·49⌉ = 44 training pairs; 6·44·16·7 = 29
        // 568 flops per step.
        assertEquals(44, t.trainPairs());
        assertEquals(7, t.d());
        assertEquals(16, t.q());
        assertEquals(3, t.steps());
        assertEquals(TrainingBenchmarks.Route.OPENBLAS_CBLAS, t.route());
        assertEquals(29_568.0, t.flopsPerStep(), 0.0);
        assertTrue(
                t.secondsPerStep() > 0 && Double.isFinite(t.secondsPerStep()),
                "" + t.secondsPerStep());
    }

    @Test
    void ratesCountTheFlopsOfTheProducts() {
        // Hand-computed: the paper's d = 23 step, 6·476·512·23 = 33 632 256 flops, in 2 ms =
        // 16.816128 GFLOP/s;
        // a 2048² sgemm, 2·2048³ = 17 179 869 184 flops, in 0.25 s = 68.719476736 GFLOP/s.
        TrainingBenchmarks.StepTiming step =
                new TrainingBenchmarks.StepTiming(
                        23, 512, 476, TrainingBenchmarks.Route.OPENBLAS_CBLAS, 10, 0.002);
        assertEquals(33_632_256.0, step.flopsPerStep(), 0.0);
        assertEquals(16.816128, step.gflops(), 1e-12);
        TrainingBenchmarks.SgemmRate rate =
                new TrainingBenchmarks.SgemmRate(TrainingBenchmarks.Route.ND4J_GEMM, 2048, 0.25);
        assertEquals(17_179_869_184.0, rate.flops(), 0.0);
        assertEquals(68.719476736, rate.gflops(), 1e-12);
    }

    @Test
    void sgemmMeasuresTheRequestedProduct() {
        TrainingBenchmarks.SgemmRate r =
                TrainingBenchmarks.sgemm(64, 2, TrainingBenchmarks.Route.OPENBLAS_CBLAS);
        assertEquals(64, r.size());
        assertEquals(TrainingBenchmarks.Route.OPENBLAS_CBLAS, r.route());
        assertTrue(r.seconds() > 0 && Double.isFinite(r.seconds()), "" + r.seconds());
    }

    @Test
    void batchTimingCountsTheFlopsOfEveryRun() {
        TrainingConfig config = TrainingConfig.defaults(7).withQ(16);
        TrainingBenchmarks.BatchTiming t = TrainingBenchmarks.timeBatch(config, 3, 2, 1, 2, 1);
        // 3 runs x 2 steps x 29 568 flops (the d = 7 step above)
        assertEquals(3 * 2 * 29_568.0, t.flops(), 0.0);
        assertEquals(44, t.trainPairs());
        assertEquals(2, t.threads());
        assertTrue(t.seconds() > 0 && Double.isFinite(t.seconds()), "" + t.seconds());
        // hand-computed: 6·100·10·10 flops x 1000 steps x 10 runs = 6e8 flops in 0.5 s = 1.2
        // GFLOP/s
        TrainingBenchmarks.BatchTiming h =
                new TrainingBenchmarks.BatchTiming(10, 10, 100, 10, 2, 1000, 0.5);
        assertEquals(6.0e8, h.flops(), 0.0);
        assertEquals(1.2, h.gflops(), 1e-12);
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> TrainingBenchmarks.timeBatch(config, 0, 2, 1, 2, 1));
        assertTrue(e.getMessage().contains("runs (0)"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> new TrainingBenchmarks.BatchTiming(7, 16, 44, 1, 1, 1, -1));
    }

    @Test
    void badArgumentsAreRefused() {
        TrainingConfig config = TrainingConfig.defaults(7).withQ(16);
        assertThrows(
                IllegalArgumentException.class,
                () -> TrainingBenchmarks.sgemm(0, 1, TrainingBenchmarks.Route.ND4J_GEMM));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        TrainingBenchmarks.timeSteps(
                                config, -1, 1, 1, TrainingBenchmarks.Route.ND4J_GEMM));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new TrainingBenchmarks.SgemmRate(
                                TrainingBenchmarks.Route.ND4J_GEMM, 8, Double.NaN));
        assertThrows(
                NullPointerException.class,
                () -> new TrainingBenchmarks.StepTiming(7, 16, 44, null, 1, 1.0));
    }
}
