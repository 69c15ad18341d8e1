package dev.cogs.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeedListTest {

    @Test
    void parsesRangesAndLists() {
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), SeedList.parse("1-5"));
        assertEquals(List.of(2L, 4L, 10L, 11L), SeedList.parse(" 2, 4,10-11 "));
        assertEquals(List.of(7L), SeedList.parse("7"));
    }

    @Test
    void refusesBadLists() {
        assertThrows(IllegalArgumentException.class, () -> SeedList.parse("5-1"));
        assertThrows(IllegalArgumentException.class, () -> SeedList.parse(""));
        assertThrows(IllegalArgumentException.class, () -> SeedList.parse("a"));
    }
}
