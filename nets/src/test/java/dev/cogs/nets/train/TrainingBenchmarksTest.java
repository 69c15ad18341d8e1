package dev.cogs.nets.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The timing hooks report consistent numbers and leave the BLAS thread count as they found it. */
class TrainingBenchmarksTest {

    @Test
    void stepTimingCountsSixNqdFlops() {
        TrainingConfig config = TrainingConfig.defaults(7).withQ(16);
        TrainingBenchmarks.StepTiming t = TrainingBenchmarks.timeSteps(config, 1, 3, 1,
                TrainingBenchmarks.Route.OPENBLAS_CBLAS);
        assertEquals(config.trainSize(), t.trainPairs());
        assertTrue(t.secondsPerStep() > 0);
        // gflops is defined as 6·n·q·d / seconds / 1e9 (class Javadoc); check the identity to rounding.
        double expected = 6.0 * t.trainPairs() * 16 * 7 / t.secondsPerStep() / 1e9;
        assertEquals(expected, t.gflops(), 1e-9 * expected);
    }

    @Test
    void blasThreadsAreRestored() {
        int before = TrainingBenchmarks.blasThreads();
        int inside = TrainingBenchmarks.withBlasThreads(1, TrainingBenchmarks::blasThreads);
        assertEquals(1, inside);
        assertEquals(before, TrainingBenchmarks.blasThreads());
        assertThrows(IllegalArgumentException.class, () -> TrainingBenchmarks.withBlasThreads(0, () -> 0));
        assertThrows(IllegalArgumentException.class, () -> TrainingBenchmarks.sgemm(0, 1,
                TrainingBenchmarks.Route.ND4J_GEMM));
    }

    @Test
    void sgemmRateIsTwoNCubedOverTime() {
        TrainingBenchmarks.SgemmRate r = TrainingBenchmarks.sgemm(64, 2, TrainingBenchmarks.Route.OPENBLAS_CBLAS);
        double expected = 2.0 * 64 * 64 * 64 / r.seconds() / 1e9;
        assertEquals(expected, r.gflops(), 1e-9 * expected);
    }
}
