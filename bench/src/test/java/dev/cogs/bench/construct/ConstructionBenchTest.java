package dev.cogs.bench.construct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The timings behind {@code cogs bench construct}. */
class ConstructionBenchTest {

    @Test
    void badOptionsAreRejected() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                new ConstructionBench.Options(
                                        List.of(23, 24),
                                        1,
                                        0,
                                        23,
                                        List.of(ConstructionBench.Evaluator.BLAS),
                                        0));
        assertTrue(e.getMessage().contains("(24)"), e.getMessage());
        IllegalArgumentException none =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> new ConstructionBench.Options(List.of(23), 1, 0, 23, List.of(), 0));
        assertTrue(none.getMessage().contains("evaluators"), none.getMessage());
        IllegalArgumentException unknown =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> ConstructionBench.Evaluator.parse("gpu"));
        assertTrue(unknown.getMessage().contains("'gpu'"), unknown.getMessage());
    }

    @Test
    void benchReportsTinyLossesAndMedians() {
        List<ConstructionBench.Evaluator> shuffled =
                List.of(
                        ConstructionBench.Evaluator.JAVA,
                        ConstructionBench.Evaluator.SPECTRAL,
                        ConstructionBench.Evaluator.BLAS,
                        ConstructionBench.Evaluator.JAVA);
        ConstructionBench.Result r =
                ConstructionBench.run(
                        new ConstructionBench.Options(List.of(11, 23), 3, 0, 11, shuffled, 64));
        // distinct, in the enum's order
        assertEquals(
                List.of(
                        ConstructionBench.Evaluator.SPECTRAL,
                        ConstructionBench.Evaluator.BLAS,
                        ConstructionBench.Evaluator.JAVA),
                new ConstructionBench.Options(List.of(11), 1, 0, 11, shuffled, 0).evaluators());
        List<ConstructionBench.Timing> t = r.timings();
        assertEquals(2, t.size());
        ConstructionBench.Timing small = t.get(0);
        assertTrue(
                small.spLoss() <= 1e-20
                        && small.blas().loss() <= 1e-20
                        && small.java().loss() <= 1e-20,
                small.toString());
        // z_F4/6 classifies every pair: every evaluator counts all 121
        assertEquals(121, small.blas().correct());
        assertEquals(121, small.java().correct());
        assertEquals(121, small.spectral().correct());
        assertTrue(small.spectral().loss() <= 1e-20, small.toString());
        // the spectral evaluator costs O(d^3): measured beyond data-space-max-d, never estimated
        ConstructionBench.Timing big = t.get(1);
        assertTrue(big.spectral().measured(), big.toString());
        assertEquals(23 * 23, big.spectral().correct());
        assertTrue(big.spectral().loss() <= 1e-20, big.toString());
        assertEquals(2.0 * 11 * 11 * 11 * 22, small.dataSpaceFlops());
        assertTrue(t.get(1).blas().estimated(), "d = 23 > data-space-max-d 11 is extrapolated");
        assertTrue(t.get(1).java().estimated());
        // the extrapolation is d^4 from d = 11
        assertEquals(
                small.java().seconds() * Math.pow(23 / 11.0, 4), t.get(1).java().seconds(), 1e-12);
        assertEquals(46, t.get(1).order());
        assertTrue(Double.isNaN(t.get(1).blas().loss()));
        // the machine rate is the fastest dgemm of the run
        double machine = r.machineDgemmGflops();
        assertTrue(
                machine >= r.startDgemmGflops()
                        && machine >= t.get(0).dgemmGflops()
                        && machine >= t.get(1).dgemmGflops()
                        && machine > 0,
                r.toString());
        String table = ConstructionBench.table(r, () -> new double[] {Double.NaN});
        assertTrue(table.contains("(est)"), table);
    }

    @Test
    void onlyTheChosenEvaluatorRuns() {
        ConstructionBench.Result r =
                ConstructionBench.run(
                        new ConstructionBench.Options(
                                List.of(7), 1, 0, 7, List.of(ConstructionBench.Evaluator.BLAS), 0));
        ConstructionBench.Timing t = r.timings().get(0);
        assertTrue(t.blas().measured());
        assertFalse(t.java().measured());
        assertFalse(t.spectral().measured());
        assertTrue(Double.isNaN(r.machineDgemmGflops()), "no dgemm timed with size 0");
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new ConstructionBench.Options(
                                List.of(7),
                                1,
                                0,
                                7,
                                List.of(ConstructionBench.Evaluator.BLAS),
                                -1));
    }
}
