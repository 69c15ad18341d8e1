package dev.cogs.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertThrows(IllegalArgumentException.class, () -> SeedList.parse("1,,2"));
        assertThrows(IllegalArgumentException.class, () -> SeedList.parse("1-1000000000"));
    }

    /** Issue 16: a repeated seed counted one run twice in mean ± s.e.m. */
    @Test
    void refusesASeedListedTwice() {
        for (String text : new String[] {"1,1", "1-3,2", "5,1-9"}) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> SeedList.parse(text));
            assertTrue(
                    e.getMessage().contains("is listed twice in '" + text + "'"), e.getMessage());
        }
        assertEquals(List.of(-2L, -1L, 0L), SeedList.parse("-2-0"));
    }
}
