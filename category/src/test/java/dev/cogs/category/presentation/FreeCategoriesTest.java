package dev.cogs.category.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.category.Budget;
import dev.cogs.category.FiniteCategory;
import org.junit.jupiter.api.Test;

class FreeCategoriesTest {

    @Test
    void freeCategoryHomCountsMatchPathCounting() {
        // diamond 0→1, 0→2, 1→3, 2→3 plus a parallel edge 0→1: Hom(0,3) = 2·1 + 1 = 3
        FiniteCategory f =
                FreeCategories.onAcyclicGraph(
                        4,
                        new int[] {0, 0, 1, 2, 0},
                        new int[] {1, 2, 3, 3, 1},
                        Budget.ofMorphisms(100));
        assertTrue(f.isCategory());
        assertEquals(3, f.homSize(0, 3));
        assertEquals(2, f.homSize(0, 1));
        assertEquals(1, f.homSize(3, 3));
        assertEquals(4 + 5 + 3, f.morphismCount());
    }

    @Test
    void freeCategoryOnCyclicGraphNamesTheCycle() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                FreeCategories.onAcyclicGraph(
                                        3,
                                        new int[] {0, 1, 2},
                                        new int[] {1, 2, 1},
                                        Budget.defaults()));
        assertTrue(e.getMessage().contains("[1, 2, 1]"), e.getMessage());
    }

    @Test
    void freeCategoryOverBudgetIsRefused() {
        // a chain of 12 doubled edges has 2^11·… paths 0 → 12: exceeds 1000
        int k = 13;
        int[] s = new int[24];
        int[] t = new int[24];
        for (int i = 0; i < 12; i++) {
            s[2 * i] = i;
            s[2 * i + 1] = i;
            t[2 * i] = i + 1;
            t[2 * i + 1] = i + 1;
        }
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> FreeCategories.onAcyclicGraph(k, s, t, Budget.ofMorphisms(1000)));
        assertTrue(e.getMessage().contains("budget"), e.getMessage());
    }
}
