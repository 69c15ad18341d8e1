package dev.cogs.category.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Union–find against the naive partition refinement (relabel one whole class on every union). */
class UnionFindTest {

    @Test
    void agreesWithNaiveRelabelling() {
        qt().withExamples(500)
                .forAll(
                        integers().between(0, 12),
                        lists().of(integers().between(0, 143)).ofSizeBetween(0, 20))
                .checkAssert(
                        (n, pairs) -> {
                            UnionFind u = UnionFind.singletons(n);
                            assertEquals(n, u.size());
                            int[] label = new int[n];
                            for (int i = 0; i < n; i++) {
                                label[i] = i;
                            }
                            for (int p : pairs) {
                                if (n == 0) {
                                    break;
                                }
                                int a = p / 12 % n;
                                int b = p % 12 % n;
                                boolean distinct = label[a] != label[b];
                                assertEquals(distinct, u.union(a, b));
                                int from = label[b];
                                for (int i = 0; i < n; i++) {
                                    if (label[i] == from) {
                                        label[i] = label[a];
                                    }
                                }
                            }
                            // expected: the least element of each class, and classes numbered by
                            // least element
                            int[] least = new int[n];
                            int[] index = new int[n];
                            int[] numberOfLabel = new int[n];
                            Arrays.fill(numberOfLabel, -1);
                            int classes = 0;
                            for (int i = 0; i < n; i++) {
                                int j = 0;
                                while (label[j] != label[i]) {
                                    j++;
                                }
                                least[i] = j;
                                if (numberOfLabel[label[i]] < 0) {
                                    numberOfLabel[label[i]] = classes++;
                                }
                                index[i] = numberOfLabel[label[i]];
                            }
                            for (int i = 0; i < n; i++) {
                                assertEquals(least[i], u.find(i));
                            }
                            assertArrayEquals(index, u.classIndex());
                            assertEquals(classes, u.classCount());
                        });
    }

    @Test
    void sizesAreChecked() {
        assertEquals(0, UnionFind.singletons(0).classCount());
        assertThrows(IllegalArgumentException.class, () -> UnionFind.singletons(-1));
        assertThrows(
                ArrayIndexOutOfBoundsException.class, () -> UnionFind.singletons(2).union(0, 2));
    }

    @Test
    void bucketsGroupIndicesByKeyInAscendingOrder() {
        qt().withExamples(300)
                .forAll(
                        integers().between(1, 5),
                        lists().of(integers().between(0, 4)).ofSizeBetween(0, 15))
                .checkAssert(
                        (keys, raw) -> {
                            int[] key = raw.stream().mapToInt(v -> v % keys).toArray();
                            int[][] b = Buckets.byKey(keys, key.length, key);
                            assertEquals(keys, b.length);
                            for (int x = 0; x < keys; x++) {
                                int xx = x;
                                int[] expected =
                                        java.util.stream.IntStream.range(0, key.length)
                                                .filter(i -> key[i] == xx)
                                                .toArray();
                                assertArrayEquals(expected, b[x]);
                            }
                        });
        assertArrayEquals(new int[][] {{1}, {0, 2}}, Buckets.byKey(2, 3, new int[] {1, 0, 1, 0}));
        assertEquals(List.of(), Arrays.asList(Buckets.byKey(0, 0, new int[0])));
    }
}
