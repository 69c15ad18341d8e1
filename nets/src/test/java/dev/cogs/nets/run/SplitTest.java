package dev.cogs.nets.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The seeded train/test split of docs/cogs-math.md §8. */
class SplitTest {

    @Test
    void splitSizesMatchSpec() {
        // docs/cogs-math.md §8: n_test / n_train = 53 / 476, 505 / 4536, 1613 / 14516 for d = 23 /
        // 71 / 127.
        int[][] expected = {{23, 53, 476}, {71, 505, 4536}, {127, 1613, 14516}};
        for (int[] row : expected) {
            Split s = Split.seeded(row[0], 1, 0.1);
            assertEquals(row[1], s.testSize());
            assertEquals(row[2], s.trainSize());
            assertEquals(row[1], TrainingConfig.defaults(row[0]).testSize());
        }
    }

    @Test
    void splitIsASeededPartitionOfAllPairs() {
        qt().withExamples(200)
                .forAll(integers().between(3, 60), longs().all())
                .check(
                        (d, seed) -> {
                            Split s = Split.seeded(d, seed, 0.1);
                            int[] all = new int[d * d];
                            int k = 0;
                            for (int i : s.test()) {
                                all[k++] = i;
                            }
                            for (int i : s.train()) {
                                all[k++] = i;
                            }
                            Arrays.sort(all);
                            for (int i = 0; i < all.length; i++) {
                                if (all[i] != i) {
                                    return false;
                                }
                            }
                            return s.testSize() == (int) Math.ceil(0.1 * d * d)
                                    && s.equals(Split.seeded(d, seed, 0.1));
                        });
        assertNotEquals(Split.seeded(23, 1, 0.1), Split.seeded(23, 2, 0.1));
        assertArrayEquals(Split.seeded(23, 1, 0.1).train(), Split.seeded(23, 1, 0.1).train());
    }

    @Test
    void badArgumentsNameTheValue() {
        assertMessage("testFraction (0.0)", () -> Split.seeded(5, 1, 0.0));
        assertMessage("testFraction (NaN)", () -> Split.seeded(5, 1, Double.NaN));
        assertMessage("d (2)", () -> Split.seeded(2, 1, 0.1));
        // ⌈0.99·9⌉ = 9 test pairs leave none for training at d = 3
        assertMessage("leaves no training pair for d = 3", () -> Split.seeded(3, 1, 0.99));
    }

    @Test
    void maskMarksExactlyTheTrainingPairs() {
        Split s = Split.seeded(7, 3, 0.1);
        boolean[] mask = s.trainMask();
        assertEquals(49, mask.length);
        for (int i : s.train()) {
            assertTrue(mask[i]);
        }
        for (int i : s.test()) {
            assertTrue(!mask[i]);
        }
        assertEquals(7, s.d());
        assertEquals("Split[d=7, train=44, test=5]", s.toString());
        assertEquals(s.hashCode(), Split.seeded(7, 3, 0.1).hashCode());
    }

    private static void assertMessage(String fragment, Runnable r) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }
}
