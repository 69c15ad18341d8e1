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
                                        ConstructionBench.Evaluators.BOTH,
                                        0));
        assertTrue(e.getMessage().contains("(24)"), e.getMessage());
    }

    @Test
    void benchReportsTinyLossesAndMedians() {
        ConstructionBench.Result r =
                ConstructionBench.run(
                        new ConstructionBench.Options(
                                List.of(11, 23), 3, 0, 11, ConstructionBench.Evaluators.BOTH, 64));
        List<ConstructionBench.Timing> t = r.timings();
        assertEquals(2, t.size());
        ConstructionBench.Timing small = t.get(0);
        assertTrue(
                small.spLoss() <= 1e-20
                        && small.blas().loss() <= 1e-20
                        && small.java().loss() <= 1e-20,
                small.toString());
        // z_F4/6 classifies every pair: both evaluators count all 121
        assertEquals(121, small.blas().correct());
        assertEquals(121, small.java().correct());
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
                                List.of(7), 1, 0, 7, ConstructionBench.Evaluators.BLAS, 0));
        ConstructionBench.Timing t = r.timings().get(0);
        assertTrue(t.blas().measured());
        assertFalse(t.java().measured());
        assertTrue(Double.isNaN(r.machineDgemmGflops()), "no dgemm timed with size 0");
        assertFalse(ConstructionBench.Evaluators.JAVA.blas());
        assertTrue(ConstructionBench.Evaluators.JAVA.java());
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new ConstructionBench.Options(
                                List.of(7), 1, 0, 7, ConstructionBench.Evaluators.BLAS, -1));
    }
}
