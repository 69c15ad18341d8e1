package dev.cogs.category.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.cogs.algebra.Matrix;
import dev.cogs.category.Budget;
import dev.cogs.category.Categories;
import dev.cogs.category.FiniteCategory;
import dev.cogs.category.presentation.FreeCategories;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HomCountsTest {

    /**
     * docs/category.md §2.3 item 6, §3.2 item 1: |Hom(a, b)| = ((I − A)^{-1})_{ab} over the
     * naturals.
     */
    @Test
    void freeCategoryHomCountsAreTheInverseOfIMinusA() {
        qt().withExamples(150)
                .forAll(
                        integers().between(1, 6),
                        lists().of(lists().of(integers().between(0, 5)).ofSize(2))
                                .ofSizeBetween(0, 9))
                .checkAssert(
                        (k, es) -> {
                            List<int[]> e = new ArrayList<>();
                            for (List<Integer> p : es) {
                                int a = p.get(0) % k;
                                int b = p.get(1) % k;
                                if (a != b) {
                                    e.add(new int[] {Math.min(a, b), Math.max(a, b)});
                                }
                            }
                            int[] s = e.stream().mapToInt(x -> x[0]).toArray();
                            int[] t = e.stream().mapToInt(x -> x[1]).toArray();
                            FiniteCategory f =
                                    FreeCategories.onAcyclicGraph(
                                            k, s, t, Budget.ofMorphisms(20_000));
                            assertEquals(
                                    AlgebraBridge.pathCounts(k, s, t), AlgebraBridge.homCounts(f));
                        });
    }

    @Test
    void pathCountsRefuseCycles() {
        assertThrows(
                IllegalArgumentException.class,
                () -> AlgebraBridge.pathCounts(2, new int[] {0, 1}, new int[] {1, 0}));
    }

    /**
     * docs/category.md §3.2 item 1: for a preorder the Boolean closure A* is the thin category's
     * hom matrix.
     */
    @Test
    void booleanClosureIsTheHomMatrixOfThePreorder() {
        qt().withExamples(150)
                .forAll(integers().between(1, 6), lists().of(booleans().all()).ofSize(36))
                .checkAssert(
                        (k, bits) -> {
                            boolean[][] r = new boolean[k][k];
                            for (int a = 0; a < k; a++) {
                                for (int b = 0; b < k; b++) {
                                    r[a][b] = bits.get(a * 6 + b);
                                }
                            }
                            FiniteCategory p = Categories.poset(r);
                            Matrix<Boolean> closure = AlgebraBridge.reachability(r);
                            Matrix<Long> counts = AlgebraBridge.homCounts(p);
                            assertEquals(counts.map(x -> x > 0), closure);
                            assertEquals(counts.map(x -> x > 0 ? 1L : 0L), counts, "thin");
                        });
    }

    @Test
    void rotationCategoryHomCounts() {
        // docs/category.md, "Numbers to reproduce" E: the rows of |Hom(X, Y)|
        Matrix<Long> h =
                AlgebraBridge.homCounts(
                        dev.cogs.testkit.category.SmallCategories.actionGroupoidOfCyclic(
                                4, 4, 2, 1));
        assertEquals(List.of(0L, 0L, 0L, 0L, 2L, 2L, 0L), h.row(4));
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L, 4L), h.row(6));
        assertEquals(List.of(1L, 1L, 1L, 1L, 0L, 0L, 0L), h.row(2));
    }
}
