package dev.cogs.algebra.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class GroupSummaryTest {

    private static SortedMap<Integer, Integer> histogram(int... orderCountPairs) {
        SortedMap<Integer, Integer> m = new TreeMap<>();
        for (int i = 0; i < orderCountPairs.length; i += 2) {
            m.put(orderCountPairs[i], orderCountPairs[i + 1]);
        }
        return m;
    }

    /**
     * Class sizes and element orders of small groups, from their cycle types / presentations
     * (standard).
     */
    @Test
    void knownSummaries() {
        assertEquals(
                new GroupSummary(6, false, histogram(1, 1, 2, 3, 3, 2), List.of(1, 2, 3), 3),
                FiniteGroups.symmetric(3).summary());
        assertEquals(
                new GroupSummary(
                        24, false, histogram(1, 1, 2, 9, 3, 8, 4, 6), List.of(1, 3, 6, 6, 8), 5),
                FiniteGroups.symmetric(4).summary());
        assertEquals(
                new GroupSummary(12, false, histogram(1, 1, 2, 3, 3, 8), List.of(1, 3, 4, 4), 4),
                FiniteGroups.alternating(4).summary());
        assertEquals(
                new GroupSummary(
                        60,
                        false,
                        histogram(1, 1, 2, 15, 3, 20, 5, 24),
                        List.of(1, 12, 12, 15, 20),
                        5),
                FiniteGroups.alternating(5).summary());
        GroupSummary q8 = FiniteGroups.quaternion().summary();
        GroupSummary d4 = FiniteGroups.dihedral(4).summary();
        assertEquals(
                new GroupSummary(8, false, histogram(1, 1, 2, 1, 4, 6), List.of(1, 1, 2, 2, 2), 5),
                q8);
        assertEquals(
                new GroupSummary(8, false, histogram(1, 1, 2, 5, 4, 2), List.of(1, 1, 2, 2, 2), 5),
                d4);
        assertNotEquals(q8, d4); // same class sizes, told apart by the element orders
        assertEquals(FiniteGroups.cyclic(15).summary(), FiniteGroups.parse("Z3xZ5").summary());
        assertNotEquals(FiniteGroups.cyclic(4).summary(), FiniteGroups.parse("Z2xZ2").summary());
        assertTrue(FiniteGroups.parse("Z3xZ3xZ3").summary().abelian());
    }

    /** Closed forms: Z_n has phi(d) elements of order d for each d | n; D_n as in Serre, §5.3. */
    @Test
    void cyclicAndDihedralClosedForms() {
        for (int n = 1; n <= 40; n++) {
            SortedMap<Integer, Integer> h = new TreeMap<>();
            for (int d = 1; d <= n; d++) {
                if (n % d == 0) {
                    h.put(d, phi(d));
                }
            }
            assertEquals(
                    new GroupSummary(n, true, h, Collections.nCopies(n, 1), n),
                    FiniteGroups.cyclic(n).summary(),
                    "Z" + n);

            // D_n: rotation r^k has order n / gcd(n, k); all n reflections have order 2.
            SortedMap<Integer, Integer> dh = new TreeMap<>();
            for (int k = 0; k < n; k++) {
                dh.merge(n / gcd(n, k), 1, Integer::sum);
            }
            dh.merge(2, n, Integer::sum);
            List<Integer> sizes = new ArrayList<>();
            sizes.add(1);
            if (n % 2 == 1) {
                sizes.addAll(Collections.nCopies((n - 1) / 2, 2));
                sizes.add(n);
            } else {
                sizes.add(1); // r^{n/2} is central
                sizes.addAll(Collections.nCopies(n / 2 - 1, 2));
                sizes.add(n / 2);
                sizes.add(n / 2);
            }
            Collections.sort(sizes);
            GroupSummary expected = new GroupSummary(2 * n, n <= 2, dh, sizes, sizes.size());
            assertEquals(expected, FiniteGroups.dihedral(n).summary(), "D" + n);
        }
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static int phi(int d) {
        int c = 0;
        for (int k = 1; k <= d; k++) {
            if (gcd(k, d) == 1) {
                c++;
            }
        }
        return c;
    }

    /**
     * Relabelling the elements (a random bijection carried through the table) does not change the
     * summary.
     */
    @Test
    void summaryIsInvariantUnderRelabelling() {
        qt().withExamples(200)
                .forAll(GroupGens.smallGroups(), longs().all())
                .check(
                        (g, seed) -> {
                            FiniteGroup h =
                                    GroupGens.relabelled(g, GroupGens.permutation(g.order(), seed));
                            return h.summary().equals(g.summary());
                        });
    }

    @Test
    void largerGroupsRelabelledKeepTheirSummary() {
        qt().withExamples(10)
                .forAll(longs().all())
                .check(
                        seed -> {
                            FiniteGroup s5 = FiniteGroups.symmetric(5);
                            return GroupGens.relabelled(s5, GroupGens.permutation(120, seed))
                                    .summary()
                                    .equals(s5.summary());
                        });
    }

    @Test
    void validation() {
        SortedMap<Integer, Integer> h = histogram(1, 1, 2, 1);
        assertThrows(
                IllegalArgumentException.class,
                () -> new GroupSummary(0, true, h, List.of(1, 1), 2));
        assertThrows(
                IllegalArgumentException.class,
                () -> new GroupSummary(2, true, h, List.of(1, 1), 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> new GroupSummary(2, false, h, List.of(1, 1), 2));
        assertThrows(
                IllegalArgumentException.class, () -> new GroupSummary(2, true, h, List.of(2), 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> new GroupSummary(2, true, histogram(1, 2), List.of(1, 1), 2));
        assertThrows(
                IllegalArgumentException.class,
                () -> new GroupSummary(6, false, histogram(1, 1, 2, 3, 3, 2), List.of(3, 2, 1), 3));
        assertThrows(
                IllegalArgumentException.class,
                () -> new GroupSummary(6, false, histogram(1, 1, 4, 5), List.of(1, 2, 3), 3));
        GroupSummary s = new GroupSummary(2, true, h, List.of(1, 1), 2);
        h.put(3, 3); // the record keeps its own copy
        assertEquals(Map.of(1, 1, 2, 1), s.elementOrders());
        assertThrows(UnsupportedOperationException.class, () -> s.elementOrders().put(5, 5));
        assertFalse(s.classSizes().isEmpty());
    }
}
