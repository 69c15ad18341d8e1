package dev.cogs.algebra.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AbelianDecompositionTest {

    @Test
    void z15IsIsomorphicToZ3xZ5() {
        AbelianDecomposition z15 = AbelianDecomposition.of(FiniteGroups.cyclic(15));
        AbelianDecomposition z3z5 = AbelianDecomposition.of(FiniteGroups.parse("Z3xZ5"));
        assertEquals(List.of(15), z15.invariantFactors());
        assertEquals(List.of(15), z3z5.invariantFactors());
        assertEquals(List.of(3, 5), z15.primaryFactors());
        assertEquals(List.of(3, 5), z3z5.primaryFactors());
        assertTrue(z15.isIsomorphicTo(z3z5));
        GroupHomomorphism iso = z15.isomorphismTo(z3z5).orElseThrow();
        assertEquals(List.of(), GroupHomomorphism.failures(iso.source(), iso.target(), iso.map()));
        assertTrue(iso.isIsomorphism());
        // the generator 1 of Z15 goes to an element of order 15 of Z3xZ5
        assertEquals(15, z3z5.group().elementOrder(iso.apply(1)));
        // Z15 -> Z3xZ5 -> Z15 is the identity
        GroupHomomorphism back = z3z5.isomorphismTo(z15).orElseThrow();
        GroupHomomorphism round = GroupHomomorphism.compose(back, iso);
        for (int g = 0; g < 15; g++) {
            assertEquals(g, round.apply(g));
        }
        assertEquals(iso.inverse().apply(iso.apply(7)), 7);
    }

    @Test
    void nonIsomorphicAbelianGroupsAreToldApart() {
        AbelianDecomposition z4 = AbelianDecomposition.of(FiniteGroups.cyclic(4));
        AbelianDecomposition v4 = AbelianDecomposition.of(FiniteGroups.parse("Z2xZ2"));
        assertEquals(List.of(4), z4.invariantFactors());
        assertEquals(List.of(2, 2), v4.invariantFactors());
        assertFalse(z4.isIsomorphicTo(v4));
        assertTrue(z4.isomorphismTo(v4).isEmpty());
        // Z12 x Z18 = Z4 x Z3 x Z2 x Z9 = Z6 x Z36
        AbelianDecomposition d = AbelianDecomposition.of(FiniteGroups.parse("Z12xZ18"));
        assertEquals(List.of(6, 36), d.invariantFactors());
        assertEquals(List.of(2, 4, 3, 9), d.primaryFactors());
        assertEquals(2, d.rank());
    }

    @Test
    void cyclicGroupsDecomposeWithGeneratorOne() {
        for (int n = 2; n <= 60; n++) {
            AbelianDecomposition d = AbelianDecomposition.of(FiniteGroups.cyclic(n));
            assertEquals(List.of(n), d.invariantFactors());
            assertEquals(List.of(1), d.generators());
            for (int g = 0; g < n; g++) {
                assertArrayEquals(new int[] {g}, d.coordinates(g));
            }
        }
    }

    @Test
    void trivialGroupHasNoFactors() {
        AbelianDecomposition d = AbelianDecomposition.of(FiniteGroups.cyclic(1));
        assertEquals(List.of(), d.invariantFactors());
        assertEquals(List.of(), d.primaryFactors());
        assertEquals(0, d.rank());
        assertEquals(0, d.element());
        assertEquals("Z1", d.cyclicProduct().name());
        assertTrue(d.isomorphism().isIsomorphism());
    }

    @Test
    void nonAbelianGroupIsRefusedNamingTwoElements() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> AbelianDecomposition.of(FiniteGroups.symmetric(3)));
        // first non-commuting pair (a, b) with b < a in index order: (1 2)·(2 3) vs (2 3)·(1 2)
        assertEquals(
                "group S3 is not abelian: (1 2)·(2 3) = (1 2 3) but (2 3)·(1 2) = (1 3 2)",
                e.getMessage());
    }

    /**
     * Invariant factors computed independently: the primary decomposition of a product of cyclic
     * groups is the multiset of prime-power parts of the orders; the i-th largest invariant factor
     * multiplies the i-th largest power of each prime.
     */
    private static List<Integer> expectedInvariantFactors(List<Integer> orders) {
        Map<Integer, List<Integer>> powers = new TreeMap<>();
        for (int m : orders) {
            int rest = m;
            for (int p = 2; rest > 1; p++) {
                int q = 1;
                while (rest % p == 0) {
                    rest /= p;
                    q *= p;
                }
                if (q > 1) {
                    powers.computeIfAbsent(p, x -> new ArrayList<>()).add(q);
                }
            }
        }
        int r = powers.values().stream().mapToInt(List::size).max().orElse(0);
        List<Integer> factors = new ArrayList<>(Collections.nCopies(r, 1));
        for (List<Integer> qs : powers.values()) {
            qs.sort(Collections.reverseOrder());
            for (int i = 0; i < qs.size(); i++) {
                factors.set(i, factors.get(i) * qs.get(i));
            }
        }
        Collections.reverse(factors);
        return factors;
    }

    @Test
    void invariantFactorsOfRandomProductsMatchThePrimaryDecomposition() {
        // orders up to 6^3 = 216 keep the O(n^3) axiom check of the relabelled table cheap
        qt().withExamples(60)
                .forAll(lists().of(integers().between(1, 6)).ofSizeBetween(1, 3), longs().all())
                .check(
                        (orders, seed) -> {
                            FiniteGroup g =
                                    FiniteGroups.abelian(
                                            orders.stream().mapToInt(Integer::intValue).toArray());
                            FiniteGroup h =
                                    GroupGens.relabelled(g, GroupGens.permutation(g.order(), seed));
                            AbelianDecomposition d = AbelianDecomposition.of(h);
                            return d.invariantFactors().equals(expectedInvariantFactors(orders))
                                    && isValid(d);
                        });
    }

    @Test
    void decompositionsOfSmallGroupsAreValid() {
        qt().withExamples(40)
                .forAll(GroupGens.smallAbelianGroups(), longs().all())
                .check(
                        (g, seed) ->
                                isValid(
                                        AbelianDecomposition.of(
                                                GroupGens.relabelled(
                                                        g,
                                                        GroupGens.permutation(g.order(), seed)))));
    }

    /**
     * The basis has the claimed orders, coordinates round-trip, and the isomorphism is a bijective
     * homomorphism.
     */
    private static boolean isValid(AbelianDecomposition d) {
        FiniteGroup g = d.group();
        List<Integer> f = d.invariantFactors();
        for (int i = 0; i < f.size(); i++) {
            if (g.elementOrder(d.generators().get(i)) != f.get(i)
                    || f.get(i) < 2
                    || (i > 0 && f.get(i) % f.get(i - 1) != 0)) {
                return false;
            }
        }
        for (int x = 0; x < g.order(); x++) {
            int[] k = d.coordinates(x);
            // x = sum_i k_i b_i, recomputed from the table
            int y = g.identity();
            for (int i = 0; i < k.length; i++) {
                y = g.multiply(y, g.power(d.generators().get(i), k[i]));
            }
            if (y != x || d.element(k) != x) {
                return false;
            }
        }
        GroupHomomorphism iso = d.isomorphism();
        return GroupHomomorphism.failures(g, d.cyclicProduct(), iso.map()).isEmpty()
                && iso.isIsomorphism()
                && d.cyclicProduct().order() == g.order();
    }
}
