package dev.cogs.algebra;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FiniteMonoidTest {

    @Test
    void cyclicGroupIsTheModularAdditionTable() {
        FiniteMonoid z5 = FiniteMonoid.cyclicGroup(5);
        assertEquals(5, z5.size());
        assertEquals(0, z5.unit());
        assertEquals(1, z5.multiply(3, 3)); // 3 + 3 = 6 = 1 mod 5
        assertTrue(z5.isGroup());
        assertTrue(z5.isCommutative());
        assertEquals(2, z5.inverse(3).getAsInt());
        assertThrows(IllegalArgumentException.class, () -> FiniteMonoid.cyclicGroup(0));
    }

    @Test
    void subtractionTableFailsLeftUnitAndAssociativityWithWitnesses() {
        // a ∘ b = (a - b) mod 3 with unit 0: a - 0 = a holds, 0 - a = -a fails for a = 1, 2.
        int[][] t = new int[3][3];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                t[a][b] = Math.floorMod(a - b, 3);
            }
        }
        List<MonoidFailure> failures = FiniteMonoid.failures(t, 0);
        assertEquals(new MonoidFailure.LeftUnitFails(1, 2), failures.get(0));
        assertEquals(new MonoidFailure.LeftUnitFails(2, 1), failures.get(1));
        // (a - b) - c = a - (b - c) iff 2c = 0 mod 3 iff c = 0: fails for the 18 triples with c !=
        // 0
        List<MonoidFailure> assoc =
                failures.stream()
                        .filter(f -> f instanceof MonoidFailure.NotAssociative)
                        .collect(Collectors.toList());
        assertEquals(18, assoc.size());
        assertEquals(new MonoidFailure.NotAssociative(0, 0, 1, 2, 1), assoc.get(0));
        assertEquals(20, failures.size());
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> FiniteMonoid.of(t, 0));
        assertTrue(e.getMessage().contains("LeftUnitFails[a=1, value=2]"), e.getMessage());
    }

    @Test
    void notClosedAndShapeErrors() {
        assertEquals(
                List.of(new MonoidFailure.NotClosed(1, 1, 5)),
                FiniteMonoid.failures(new int[][] {{0, 1}, {1, 5}}, 0));
        assertThrows(
                IllegalArgumentException.class,
                () -> FiniteMonoid.failures(new int[][] {{0, 1}, {1}}, 0));
        assertThrows(IllegalArgumentException.class, () -> FiniteMonoid.failures(new int[0][], 0));
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> FiniteMonoid.failures(new int[][] {{0}}, 3));
        assertTrue(e.getMessage().contains("3"), e.getMessage());
    }

    @Test
    void bothMonoidsOfOrderTwoWithUnitZero() {
        // Only table[1][1] is free once 0 is the unit; both choices are monoids: Z_2 and {1, e}
        // with e·e = e.
        assertEquals(List.of(), FiniteMonoid.failures(new int[][] {{0, 1}, {1, 0}}, 0));
        assertEquals(List.of(), FiniteMonoid.failures(new int[][] {{0, 1}, {1, 1}}, 0));
        assertFalse(FiniteMonoid.of(new int[][] {{0, 1}, {1, 1}}, 0).isGroup());
    }

    /**
     * Transformation monoids are associative by construction: close a few random maps on {0, 1, 2}
     * under composition (with the identity) and the table must pass, in agreement with the
     * semiring-free check.
     */
    @Test
    void transformationMonoidsAlwaysPass() {
        qt().withExamples(300)
                .forAll(
                        lists().of(lists().of(integers().between(0, 2)).ofSize(3))
                                .ofSizeBetween(1, 3))
                .checkAssert(
                        generators -> {
                            List<List<Integer>> elements = closure(generators);
                            FiniteMonoid m =
                                    FiniteMonoid.tabulate(
                                            elements,
                                            FiniteMonoidTest::thenApply,
                                            List.of(0, 1, 2));
                            assertEquals(
                                    List.of(),
                                    FiniteMonoid.failures(m.table(), m.unit()),
                                    elements::toString);
                        });
    }

    /** f then g, as maps on {0, 1, 2} given by their value lists. */
    private static List<Integer> thenApply(List<Integer> f, List<Integer> g) {
        return f.stream().map(g::get).collect(Collectors.toList());
    }

    private static List<List<Integer>> closure(List<List<Integer>> generators) {
        Set<List<Integer>> seen = new LinkedHashSet<>();
        Deque<List<Integer>> queue = new ArrayDeque<>();
        List<Integer> id = List.of(0, 1, 2);
        seen.add(id);
        queue.add(id);
        while (!queue.isEmpty()) {
            List<Integer> f = queue.poll();
            for (List<Integer> g : generators) {
                List<Integer> h = thenApply(f, g);
                if (seen.add(h)) {
                    queue.add(h);
                }
            }
        }
        return new ArrayList<>(seen);
    }

    @Test
    void homomorphismFailuresOfMonoidMaps() {
        FiniteMonoid z6 = FiniteMonoid.cyclicGroup(6);
        FiniteMonoid z3 = FiniteMonoid.cyclicGroup(3);
        int[] reduce = IntStream.range(0, 6).map(a -> a % 3).toArray();
        assertEquals(List.of(), z6.homomorphismFailures(z3, reduce));
        // a ↦ a + 1 mod 3 moves the unit and breaks products: (0 + 0) ↦ 1 but 1 + 1 = 2
        int[] shift = IntStream.range(0, 6).map(a -> (a + 1) % 3).toArray();
        List<MonoidHomomorphismFailure> failures = z6.homomorphismFailures(z3, shift);
        assertEquals(new MonoidHomomorphismFailure.UnitNotPreserved(1, 0), failures.get(0));
        assertEquals(
                new MonoidHomomorphismFailure.ProductNotPreserved(0, 0, 1, 2), failures.get(1));
        assertEquals(1 + 36, failures.size()); // h(a+b) = a+b+1 vs a+b+2: every pair fails
        // Z_d → Z_d has exactly d homomorphisms a ↦ k·a (category docs/cogs-math.md §3.1): count
        // them for d = 5 by brute force
        FiniteMonoid z5 = FiniteMonoid.cyclicGroup(5);
        int count = 0;
        for (int code = 0; code < 3125; code++) {
            int[] map = new int[5];
            for (int i = 0, c = code; i < 5; i++, c /= 5) {
                map[i] = c % 5;
            }
            if (z5.homomorphismFailures(z5, map).isEmpty()) {
                count++;
            }
        }
        assertEquals(5, count);
        assertThrows(
                IllegalArgumentException.class,
                () -> z6.homomorphismFailures(z3, new int[] {0, 1}));
        assertThrows(
                IllegalArgumentException.class,
                () -> z6.homomorphismFailures(z3, new int[] {0, 1, 2, 3, 0, 0}));
    }

    @Test
    void tableIsCopiedInAndOut() {
        int[][] t = {{0, 1}, {1, 0}};
        FiniteMonoid m = FiniteMonoid.of(t, 0);
        t[1][1] = 1;
        assertEquals(0, m.multiply(1, 1));
        int[][] out = m.table();
        out[0][0] = 1;
        assertEquals(0, m.multiply(0, 0));
        assertNotSame(m.table(), m.table());
        assertArrayEquals(new int[][] {{0, 1}, {1, 0}}, m.table());
        assertEquals(FiniteMonoid.cyclicGroup(2), m);
    }

    @Test
    void tabulateRefusesProductsOutsideTheCarrier() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> FiniteMonoid.tabulate(List.of(0, 1, 2), Integer::sum, 0));
        assertTrue(e.getMessage().contains("is not among the elements"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> FiniteMonoid.tabulate(List.of(1, 1), (a, b) -> a, 1));
    }

    @Test
    void monoidsAreValuesOfTheirTableAndUnit() {
        FiniteMonoid z3 = FiniteMonoid.cyclicGroup(3);
        FiniteMonoid same = FiniteMonoid.of(new int[][] {{0, 1, 2}, {1, 2, 0}, {2, 0, 1}}, 0);
        assertEquals(z3, same);
        assertEquals(z3.hashCode(), same.hashCode());
        // Same table read with another unit candidate is refused; a different table is a different
        // value.
        assertFalse(z3.equals(FiniteMonoid.of(new int[][] {{0, 0, 0}, {0, 1, 2}, {0, 2, 1}}, 1)));
        assertFalse(z3.equals("Z_3"));
        assertEquals(
                "FiniteMonoid(n=3, unit=0, table=[[0, 1, 2], [1, 2, 0], [2, 0, 1]])",
                z3.toString());
    }
}
