package dev.cogs.yoneda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** Task construction and the affine classification behind P3, P4 and P7. */
class TaskTest {

    @Test
    void defaultsAreTheNineTasksOfTheDesignNote() {
        List<Task> t = Task.defaults(23, 1);
        assertEquals(
                List.of("b+3", "-b", "5-b", "2b", "3b+1", "b^2", "[b even]", "0", "perm"),
                t.stream().map(Task::name).toList());
        assertEquals(
                List.of(
                        TaskKind.TRANSLATION,
                        TaskKind.REFLECTION,
                        TaskKind.REFLECTION,
                        TaskKind.MULTIPLICATION,
                        TaskKind.MULTIPLICATION,
                        TaskKind.OTHER,
                        TaskKind.OTHER,
                        TaskKind.CONSTANT),
                t.subList(0, 8).stream().map(Task::kind).toList());
        assertArrayEquals(new int[] {5, 4, 3}, java.util.Arrays.copyOf(t.get(2).y(), 3));
        assertArrayEquals(new int[] {1, 4, 7, 10}, java.util.Arrays.copyOf(t.get(4).y(), 4));
        assertArrayEquals(new int[] {0, 1, 4, 9, 16, 2}, java.util.Arrays.copyOf(t.get(5).y(), 6));
        assertThrows(IllegalArgumentException.class, () -> Task.defaults(22, 1));
    }

    @Test
    void affineTasksAreRecognisedWithTheirCoefficients() {
        qt().withExamples(300)
                .forAll(
                        SourceDSL.integers().between(2, 12),
                        SourceDSL.integers().between(-30, 30),
                        SourceDSL.integers().between(-30, 30))
                .checkAssert(
                        (h, m, c) -> {
                            int d = 2 * h + 1;
                            Task t = Task.affine(d, m, c);
                            int[] mc = t.affineCoefficients().orElseThrow();
                            assertEquals(Math.floorMod(m, d), mc[0]);
                            assertEquals(Math.floorMod(c, d), mc[1]);
                            int mm = Math.floorMod(m, d);
                            TaskKind expected =
                                    mm == 1
                                            ? TaskKind.TRANSLATION
                                            : mm == d - 1
                                                    ? TaskKind.REFLECTION
                                                    : mm == 0
                                                            ? TaskKind.CONSTANT
                                                            : TaskKind.MULTIPLICATION;
                            assertEquals(expected, t.kind());
                        });
        assertEquals(TaskKind.OTHER, Task.square(11).kind());
        assertTrue(Task.randomPermutation(23, 1).affineCoefficients().isEmpty());
    }

    @Test
    void permutationsAreBijectionsAndTasksCompareByContent() {
        Task p = Task.randomPermutation(23, 5);
        boolean[] hit = new boolean[23];
        for (int v : p.y()) {
            hit[v] = true;
        }
        for (boolean b : hit) {
            assertTrue(b);
        }
        assertEquals(Task.affine(7, 2, 1), Task.affine(7, 2, 1));
        assertEquals(Task.affine(7, 2, 1).hashCode(), Task.affine(7, 2, 1).hashCode());
        assertNotEquals(Task.affine(7, 2, 1), Task.affine(7, 2, 2));
        int[] y = {0, 1, 2};
        Task t = new Task("id", y);
        y[0] = 2;
        assertEquals(0, t.y()[0]);
        assertEquals(
                "task x: y[1] (3) must be in [0, 3)",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> new Task("x", new int[] {0, 3, 1}))
                        .getMessage());
    }
}
