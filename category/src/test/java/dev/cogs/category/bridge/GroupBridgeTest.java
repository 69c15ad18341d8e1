package dev.cogs.category.bridge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.algebra.group.AbelianDecomposition;
import dev.cogs.algebra.group.FiniteGroup;
import dev.cogs.algebra.group.FiniteGroups;
import dev.cogs.algebra.group.GroupHomomorphism;
import dev.cogs.category.Categories;
import dev.cogs.category.FiniteCategory;
import dev.cogs.category.Functor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finite groups as one-object groupoids and back (docs/category.md §3.1). */
class GroupBridgeTest {

    @Test
    void roundTripKeepsTheTable() {
        for (String name : List.of("Z1", "Z7", "Z3xZ5", "D4", "S3", "S4", "A4", "Q8", "S3xZ2")) {
            FiniteGroup g = FiniteGroups.parse(name);
            FiniteCategory bg = GroupBridge.oneObject(g);
            assertEquals(1, bg.objectCount());
            assertEquals(g.order(), bg.morphismCount());
            assertTrue(bg.axiomFailures().isEmpty(), name);
            // every morphism is invertible: composing with the group inverse gives the identity
            // morphism
            for (int a = 0; a < g.order(); a++) {
                assertEquals(bg.identity(0), bg.compose(a, g.inverse(a)), name);
            }
            FiniteGroup back = GroupBridge.group(bg, name);
            assertArrayEquals(g.table(), back.table(), name);
            assertEquals(g.summary(), back.summary(), name);
            assertEquals(bg, GroupBridge.oneObject(back));
        }
    }

    @Test
    void cyclicGroupCategoryIsTheCyclicGroup() {
        for (int d = 1; d <= 9; d++) {
            assertArrayEquals(
                    FiniteGroups.cyclic(d).table(),
                    GroupBridge.group(Categories.cyclicGroup(d), "Z" + d).table());
        }
    }

    @Test
    void homomorphismsAreFunctors() {
        FiniteGroup z15 = FiniteGroups.parse("Z15");
        FiniteGroup z35 = FiniteGroups.parse("Z3xZ5");
        GroupHomomorphism phi =
                AbelianDecomposition.of(z15)
                        .isomorphismTo(AbelianDecomposition.of(z35))
                        .orElseThrow();
        Functor f = GroupBridge.functor(phi);
        assertTrue(f.isFunctor());
        assertTrue(f.isFull() && f.isFaithful());
        assertEquals(phi, GroupBridge.homomorphism(f, z15, z35));
        // the sign map S3 -> Z2 (even permutations to 0)
        FiniteGroup s3 = FiniteGroups.symmetric(3);
        FiniteGroup z2 = FiniteGroups.cyclic(2);
        int[] sign = new int[6];
        for (int g = 0; g < 6; g++) {
            sign[g] = s3.elementOrder(g) == 2 ? 1 : 0;
        }
        Functor sgn = GroupBridge.functor(GroupHomomorphism.of(s3, z2, sign));
        assertTrue(sgn.isFunctor());
        assertTrue(!sgn.isFaithful());
    }

    @Test
    void nonGroupsAreRefusedNamingTheAxiom() {
        // the monoid ({0, 1}, max) is a one-object category whose morphism 1 has no inverse
        FiniteCategory monoid = Categories.fromMonoidTable(new int[][] {{0, 1}, {1, 1}}, 0);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> GroupBridge.group(monoid, "M"));
        assertTrue(
                e.getMessage().contains("not a group") && e.getMessage().contains("inverse"),
                e.getMessage());
        FiniteCategory two = Categories.discrete(2);
        e = assertThrows(IllegalArgumentException.class, () -> GroupBridge.group(two, "G"));
        assertTrue(e.getMessage().contains("2 objects"), e.getMessage());
        FiniteGroup s3 = FiniteGroups.symmetric(3);
        FiniteGroup z6 = FiniteGroups.cyclic(6);
        Functor id =
                GroupBridge.functor(GroupHomomorphism.of(s3, s3, new int[] {0, 1, 2, 3, 4, 5}));
        e =
                assertThrows(
                        IllegalArgumentException.class, () -> GroupBridge.homomorphism(id, z6, s3));
        assertTrue(e.getMessage().contains("source category composes"), e.getMessage());
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> GroupBridge.homomorphism(id, FiniteGroups.cyclic(5), s3));
        assertTrue(e.getMessage().contains("order 5"), e.getMessage());
    }
}
