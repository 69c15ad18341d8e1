package dev.cogs.nets.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.NavigableMap;
import org.junit.jupiter.api.Test;

class StructurePointTest {

    @Test
    void poolsOnlyEpochsEveryRunRecorded() {
        List<StructurePoint> a =
                List.of(
                        new StructurePoint(0, 0, 0, 0, 0),
                        new StructurePoint(500, 2, 3, 5, 4),
                        new StructurePoint(900, 4, 7, 11, 9));
        List<StructurePoint> b =
                List.of(new StructurePoint(0, 1, 0, 1, 0), new StructurePoint(500, 5, 6, 10, 8));
        NavigableMap<Integer, StructurePoint> pooled = StructurePoint.pool(List.of(a, b));
        assertEquals(List.of(0, 500), List.copyOf(pooled.keySet()));
        // hand sums: 2+5, 3+6, 5+10, 4+8; matched fraction 12/15
        assertEquals(new StructurePoint(500, 7, 9, 15, 12), pooled.get(500));
        assertEquals(0.8, pooled.get(500).matchedFraction().orElseThrow(), 0.0);
        assertTrue(StructurePoint.pool(List.of(a, List.of())).isEmpty());
        assertTrue(StructurePoint.pool(List.of()).isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> pooled.remove(0));
    }

    @Test
    void poolingIsIndependentOfTheOrderOfRunsAndPoints() {
        List<StructurePoint> a =
                List.of(new StructurePoint(900, 4, 7, 11, 9), new StructurePoint(500, 2, 3, 5, 4));
        List<StructurePoint> b =
                List.of(new StructurePoint(500, 5, 6, 10, 8), new StructurePoint(900, 1, 1, 2, 0));
        NavigableMap<Integer, StructurePoint> pooled = StructurePoint.pool(List.of(a, b));
        assertEquals(pooled, StructurePoint.pool(List.of(b, a)));
        assertEquals(new StructurePoint(900, 5, 8, 13, 9), pooled.get(900));
        assertEquals(List.of(500, 900), List.copyOf(pooled.keySet()));
    }

    @Test
    void aRunRecordingAnEpochTwiceIsRefused() {
        List<StructurePoint> twice =
                List.of(new StructurePoint(500, 2, 3, 5, 4), new StructurePoint(500, 2, 3, 5, 4));
        List<StructurePoint> once = List.of(new StructurePoint(500, 2, 3, 5, 4));
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> StructurePoint.pool(List.of(twice, once)));
        assertEquals("a run records epoch 500 twice", e.getMessage());
    }

    @Test
    void pointsOfDifferentEpochsDoNotAdd() {
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new StructurePoint(500, 1, 1, 1, 1)
                                .plus(new StructurePoint(600, 1, 1, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> new StructurePoint(0, 1, 1, 3, 0));
    }
}
