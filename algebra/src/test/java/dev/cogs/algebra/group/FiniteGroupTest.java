package dev.cogs.algebra.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FiniteGroupTest {

    /**
     * The smallest loop that is not a group (order 5: a Latin square with identity 0 and x·x = 0; a
     * group of order 5 is cyclic and has no element of order 2). First failing triple in row-major
     * order: (1·1)·2 = 0·2 = 2 but 1·(1·2) = 1·3 = 4.
     */
    private static final int[][] LOOP5 = {
        {0, 1, 2, 3, 4},
        {1, 0, 3, 4, 2},
        {2, 4, 0, 1, 3},
        {3, 2, 4, 0, 1},
        {4, 3, 1, 2, 0},
    };

    @Test
    void nonAssociativeLoopIsRefusedNamingTheAxiomAndTheElements() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> FiniteGroup.of(LOOP5));
        assertTrue(
                e.getMessage()
                        .startsWith("not a group: not associative: (1·1)·2 = 2 but 1·(1·2) = 4"),
                e.getMessage());
        List<GroupFailure> failures = FiniteGroup.failures(LOOP5);
        assertEquals(new GroupFailure.NotAssociative(1, 1, 2, 2, 4), failures.get(0));
        assertTrue(failures.stream().allMatch(f -> f instanceof GroupFailure.NotAssociative));
        for (GroupFailure f : failures) {
            GroupFailure.NotAssociative na = (GroupFailure.NotAssociative) f;
            assertEquals(LOOP5[LOOP5[na.a()][na.b()]][na.c()], na.lhs());
            assertEquals(LOOP5[na.a()][LOOP5[na.b()][na.c()]], na.rhs());
            assertNotEquals(na.lhs(), na.rhs());
        }
        assertFalse(FiniteGroup.isGroup(LOOP5));
    }

    @Test
    void exactFailureListsForEachAxiom() {
        assertEquals(
                List.of(new GroupFailure.NotClosed(1, 1, 5, 2)),
                FiniteGroup.failures(new int[][] {{0, 1}, {1, 5}}));
        assertEquals(
                "not closed: 1·1 = 5 is outside [0, 2)",
                new GroupFailure.NotClosed(1, 1, 5, 2).message());
        // {0, 1} under max: identity 0, but 1 has no inverse (1·b = 1 for all b); associative.
        assertEquals(
                List.of(new GroupFailure.NoInverse(1, 0)),
                FiniteGroup.failures(new int[][] {{0, 1}, {1, 1}}));
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> FiniteGroup.of(new int[][] {{0, 1}, {1, 1}}));
        assertEquals("not a group: no inverse: no b with 1·b = b·1 = 0", e.getMessage());
        // left-zero semigroup a·b = a: associative, no identity.
        assertEquals(
                List.of(new GroupFailure.NoIdentity()),
                FiniteGroup.failures(new int[][] {{0, 0}, {1, 1}}));
        // a·b = a - b mod 3: no identity (0 is only a right identity); (a - b) - c = a - (b - c)
        // iff c = 0.
        int[][] minus = new int[3][3];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                minus[a][b] = Math.floorMod(a - b, 3);
            }
        }
        List<GroupFailure> f = FiniteGroup.failures(minus);
        assertEquals(new GroupFailure.NoIdentity(), f.get(0));
        assertEquals(new GroupFailure.NotAssociative(0, 0, 1, 2, 1), f.get(1));
        assertEquals(1 + 18, f.size());
    }

    @Test
    void shapeAndLabelErrors() {
        assertThrows(IllegalArgumentException.class, () -> FiniteGroup.of(new int[0][]));
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> FiniteGroup.of(new int[][] {{0, 1}, {1}}));
        assertTrue(e.getMessage().contains("square"), e.getMessage());
        assertThrows(NullPointerException.class, () -> FiniteGroup.of(null));
        int[][] z2 = {{0, 1}, {1, 0}};
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> FiniteGroup.of("Z2", z2, List.of("a", "a")));
        assertTrue(e.getMessage().contains("distinct"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FiniteGroup.of("Z2", z2, List.of("a")));
        assertThrows(
                IllegalArgumentException.class, () -> FiniteGroup.of(" ", z2, List.of("a", "b")));
        int big = FiniteGroups.MAX_ORDER + 1;
        e = assertThrows(IllegalArgumentException.class, () -> FiniteGroup.of(new int[big][big]));
        assertTrue(e.getMessage().contains("MAX_ORDER"), e.getMessage());
    }

    /**
     * Random tables (entries slightly out of range included) are refused or are groups, never
     * anything else.
     */
    @Test
    void randomTablesAreRefusedOrAreGroups() {
        qt().withExamples(400)
                .forAll(integers().between(1, 5), longs().all())
                .check(
                        (n, seed) -> {
                            SplittableRandom random = new SplittableRandom(seed);
                            int[][] t = new int[n][n];
                            for (int a = 0; a < n; a++) {
                                for (int b = 0; b < n; b++) {
                                    t[a][b] = random.nextInt(100) == 0 ? n : random.nextInt(n);
                                }
                            }
                            boolean group = GroupGens.isGroupBruteForce(t);
                            List<GroupFailure> failures = FiniteGroup.failures(t);
                            if (group != failures.isEmpty() || group != FiniteGroup.isGroup(t)) {
                                return false;
                            }
                            try {
                                FiniteGroup g = FiniteGroup.of(t);
                                return group && g.order() == n;
                            } catch (IllegalArgumentException e) {
                                return !group
                                        && e.getMessage()
                                                .startsWith(
                                                        "not a group: "
                                                                + failures.get(0).message());
                            }
                        });
    }

    /** A group table is a Latin square, so changing one entry always breaks it. */
    @Test
    void perturbedGroupTablesAreRefused() {
        qt().withExamples(200)
                .forAll(GroupGens.smallGroups(), longs().all())
                .check(
                        (g, seed) -> {
                            SplittableRandom random = new SplittableRandom(seed);
                            int n = g.order();
                            if (n == 1) {
                                return true;
                            }
                            int[][] t = g.table();
                            int a = random.nextInt(n);
                            int b = random.nextInt(n);
                            t[a][b] = (t[a][b] + 1 + random.nextInt(n - 1)) % n;
                            return !FiniteGroup.failures(t).isEmpty()
                                    && !GroupGens.isGroupBruteForce(t);
                        });
    }

    @Test
    void relabelledGroupsAreAccepted() {
        qt().withExamples(100)
                .forAll(GroupGens.smallGroups(), longs().all())
                .check(
                        (g, seed) -> {
                            int[] sigma = GroupGens.permutation(g.order(), seed);
                            FiniteGroup h = GroupGens.relabelled(g, sigma);
                            return h.identity() == sigma[g.identity()] && h.order() == g.order();
                        });
    }

    @Test
    void builtInTablesPassTheCheckedAxioms() {
        for (String name :
                List.of(
                        "Z1",
                        "Z7",
                        "Z3xZ5",
                        "Z2xZ2xZ2",
                        "D1",
                        "D2",
                        "D7",
                        "D12",
                        "S1",
                        "S2",
                        "S3",
                        "S4",
                        "A3",
                        "A4",
                        "A5",
                        "Q8",
                        "S3xZ2",
                        "Q8xD3")) {
            FiniteGroup g = FiniteGroups.parse(name);
            assertEquals(List.of(), FiniteGroup.failures(g.table()), name);
            assertTrue(GroupGens.isGroupBruteForce(g.table()), name);
            assertEquals(0, g.identity(), name);
        }
    }

    @Test
    void ordersOfTheFamilies() {
        assertEquals(23, FiniteGroups.parse("Z23").order());
        assertEquals(15, FiniteGroups.parse("Z3xZ5").order());
        assertEquals(27, FiniteGroups.parse("Z3xZ3xZ3").order());
        assertEquals(46, FiniteGroups.parse("D23").order()); // D_n has order 2n
        assertEquals(24, FiniteGroups.parse("S4").order());
        assertEquals(60, FiniteGroups.parse("A5").order());
        assertEquals(8, FiniteGroups.parse("Q8").order());
        assertEquals(720, FiniteGroups.symmetric(6).order());
        assertEquals(1, FiniteGroups.alternating(2).order());
        assertEquals(1, FiniteGroups.abelian().order());
    }

    @Test
    void labelsFollowTheDocumentedConventions() {
        FiniteGroup z3z5 = FiniteGroups.parse("Z3xZ5");
        assertEquals("Z3xZ5", z3z5.name());
        assertEquals("(2,4)", z3z5.label(2 * 5 + 4));
        FiniteGroup d5 = FiniteGroups.dihedral(5);
        assertEquals(
                List.of("e", "r", "r^2", "r^3", "r^4", "s", "r s", "r^2 s", "r^3 s", "r^4 s"),
                d5.labels());
        int r = d5.element("r").getAsInt();
        int s = d5.element("s").getAsInt();
        // s r s^{-1} = r^{-1} and r^3 · s = "r^3 s"
        assertEquals(d5.inverse(r), d5.multiply(d5.multiply(s, r), d5.inverse(s)));
        assertEquals("r^3 s", d5.label(d5.multiply(d5.power(r, 3), s)));
        FiniteGroup s3 = FiniteGroups.symmetric(3);
        assertEquals(List.of("()", "(2 3)", "(1 2)", "(1 2 3)", "(1 3 2)", "(1 3)"), s3.labels());
        // (1 2)(2 3): apply (2 3) first: 1 -> 1 -> 2, 2 -> 3 -> 3, 3 -> 2 -> 1, that is (1 2 3).
        assertEquals(
                "(1 2 3)",
                s3.label(
                        s3.multiply(
                                s3.element("(1 2)").getAsInt(), s3.element("(2 3)").getAsInt())));
        FiniteGroup q8 = FiniteGroups.quaternion();
        assertEquals(
                "k", q8.label(q8.multiply(q8.element("i").getAsInt(), q8.element("j").getAsInt())));
        assertEquals(
                "-k",
                q8.label(q8.multiply(q8.element("j").getAsInt(), q8.element("i").getAsInt())));
        assertEquals(
                "-1",
                q8.label(q8.multiply(q8.element("i").getAsInt(), q8.element("i").getAsInt())));
        assertTrue(FiniteGroups.alternating(4).labels().contains("(1 2)(3 4)"));
        assertFalse(FiniteGroups.alternating(4).labels().contains("(1 2)"));
        assertTrue(s3.element("(1 2 3 4)").isEmpty());
    }

    @Test
    void elementArithmetic() {
        FiniteGroup z12 = FiniteGroups.cyclic(12);
        assertEquals(3, z12.power(5, 3)); // 15 mod 12
        assertEquals(7, z12.power(5, -1));
        assertEquals(12, z12.elementOrder(5));
        assertEquals(4, z12.elementOrder(3));
        assertEquals(12, z12.exponent());
        assertEquals(7, z12.inverse(5));
        FiniteGroup s4 = FiniteGroups.symmetric(4);
        assertEquals(12, s4.exponent()); // lcm of the cycle-type orders 1, 2, 3, 4
        assertFalse(s4.isAbelian());
        assertEquals(5, s4.classCount());
        assertTrue(FiniteGroups.parse("Z3xZ5").isAbelian());
        assertThrows(IndexOutOfBoundsException.class, () -> z12.multiply(12, 0));
    }

    @Test
    void parserRefusesUnknownNamesListingTheKnownForms() {
        for (String bad : List.of("Foo", "Z", "Z3x", "xZ3", "Q6", "S3xFoo", "z3", "GL2")) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> FiniteGroups.parse(bad));
            assertTrue(e.getMessage().contains("known forms are Zn"), e.getMessage());
            assertTrue(e.getMessage().contains("Q8"), e.getMessage());
        }
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> FiniteGroups.parse("Z0"));
        assertTrue(e.getMessage().contains(">= 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FiniteGroups.parse("S7"));
        assertTrue(e.getMessage().contains("MAX_ORDER"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FiniteGroups.parse("Z100xZ100"));
        assertThrows(IllegalArgumentException.class, () -> FiniteGroups.dihedral(0));
        assertEquals("Z3xZ5", FiniteGroups.parse(" Z3 x Z5 ").name());
        assertEquals(FiniteGroups.abelian(3, 5), FiniteGroups.parse("Z3xZ5"));
        assertEquals("S3xZ2", FiniteGroups.parse("S3xZ2").name());
        assertEquals(
                "(Z2xZ3)xZ5",
                FiniteGroups.product(FiniteGroups.parse("Z2xZ3"), FiniteGroups.cyclic(5)).name());
    }

    @Test
    void equalityIsByNameTableAndLabels() {
        assertEquals(FiniteGroups.symmetric(3), FiniteGroups.parse("S3"));
        assertEquals(FiniteGroups.symmetric(3).hashCode(), FiniteGroups.parse("S3").hashCode());
        assertNotEquals(FiniteGroups.symmetric(3), FiniteGroups.dihedral(3));
        FiniteGroup s3 = FiniteGroups.symmetric(3);
        FiniteGroup copy = FiniteGroup.of(s3.name(), s3.table(), s3.labels());
        assertEquals(s3, copy);
        int[][] t = s3.table();
        t[0][0] = 5; // the group keeps its own copy
        assertEquals(0, s3.multiply(0, 0));
        assertEquals(s3.order(), s3.toMonoid().size());
    }
}
