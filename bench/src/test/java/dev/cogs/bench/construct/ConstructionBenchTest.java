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
                        () -> new ConstructionBench.Options(List.of(23, 24), 1, 0, 23));
        assertTrue(e.getMessage().contains("(24)"), e.getMessage());
    }

    @Test
    void benchReportsTinyLossesAndMedians() {
        List<ConstructionBench.Timing> t =
                ConstructionBench.run(new ConstructionBench.Options(List.of(11, 23), 3, 0, 11));
        assertEquals(2, t.size());
        assertTrue(
                t.get(0).spLoss() <= 1e-20 && t.get(0).dataSpaceLoss() <= 1e-20,
                t.get(0).toString());
        assertTrue(t.get(1).dataSpaceEstimated(), "d = 23 > data-space-max-d 11 is extrapolated");
        assertEquals(46, t.get(1).order());
        assertFalse(Double.isNaN(t.get(1).dataSpaceSeconds()));
    }
}
