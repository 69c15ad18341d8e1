package dev.cogs.category.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.cogs.algebra.FiniteMonoid;
import dev.cogs.algebra.Rings;
import dev.cogs.algebra.Semirings;
import dev.cogs.category.Categories;
import dev.cogs.category.FiniteCategory;
import dev.cogs.category.Functors;
import dev.cogs.testkit.category.SmallCategories;
import dev.cogs.testkit.category.SmallCategories.Recipe;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class MonoidBridgeTest {

    /**
     * docs/category.md §3.1: the algebra law check and the category axiom check agree on random
     * (mostly bad) tables.
     */
    @Test
    void algebraLawCheckAgreesWithAxiomCheck() {
        qt().withExamples(2000)
                .forAll(SmallCategories.randomTables())
                .checkAssert(
                        t -> {
                            int[][] table = t.table();
                            boolean monoid = FiniteMonoid.failures(table, t.unit()).isEmpty();
                            boolean category =
                                    Categories.checkTable(
                                                    1,
                                                    new int[t.n()],
                                                    new int[t.n()],
                                                    new int[] {t.unit()},
                                                    table,
                                                    1)
                                            .isCategory();
                            assertEquals(monoid, category);
                        });
    }

    @Test
    void cyclicGroupsAgreeWithTheAlgebraModule() {
        for (int d = 1; d <= 9; d++) {
            assertEquals(
                    Categories.cyclicGroup(d),
                    AlgebraBridge.oneObject(FiniteMonoid.cyclicGroup(d)));
        }
    }

    /** One-object recipes with at most 6 elements: fixtures and small transformation monoids. */
    private static Gen<Recipe> smallMonoids() {
        Gen<Recipe> fx =
                org.quicktheories.generators.Generate.pick(
                                List.of("1", "BZ2", "BZ3", "BZ4", "BV4", "BIdem"))
                        .map(n -> (Recipe) new SmallCategories.Fixture(n));
        Gen<Recipe> tm =
                SmallCategories.transformationMonoids()
                        .assuming(r -> r.build().morphismCount() <= 6);
        return fx.mix(tm, 60);
    }

    /**
     * docs/category.md §3.1: functors BM → BN are exactly the monoid homomorphisms (brute force
     * over all maps).
     */
    @Test
    void functorsBetweenOneObjectCategoriesAreMonoidHomomorphisms() {
        qt().withExamples(60)
                .forAll(smallMonoids(), smallMonoids())
                .checkAssert(
                        (rm, rn) -> {
                            FiniteCategory bm = rm.build();
                            FiniteCategory bn = rn.build();
                            FiniteMonoid m = AlgebraBridge.monoid(bm);
                            FiniteMonoid n = AlgebraBridge.monoid(bn);
                            int size = m.size();
                            int[] map = new int[size];
                            long homs = 0;
                            long maps = (long) Math.pow(n.size(), size);
                            for (long code = 0; code < maps; code++) {
                                long c = code;
                                for (int i = 0; i < size; i++) {
                                    map[i] = (int) (c % n.size());
                                    c /= n.size();
                                }
                                boolean hom = m.homomorphismFailures(n, map).isEmpty();
                                boolean functor =
                                        Functors.candidate(bm, bn, new int[] {0}, map).isFunctor();
                                assertEquals(hom, functor, java.util.Arrays.toString(map));
                                homs += hom ? 1 : 0;
                            }
                            assertEquals(homs, Functors.count(bm, bn));
                        });
    }

    @Test
    void monoidRoundTrip() {
        qt().withExamples(100)
                .forAll(SmallCategories.transformationMonoids())
                .checkAssert(
                        r -> {
                            FiniteCategory c = r.build();
                            assertEquals(c, AlgebraBridge.oneObject(AlgebraBridge.monoid(c)));
                        });
        assertThrows(
                IllegalArgumentException.class,
                () -> AlgebraBridge.monoid(Categories.walkingArrow()));
    }

    @Test
    void multiplicativeMonoidsOfFiniteSemirings() {
        // (Z_6, ×): endomorphisms counted by brute force through the algebra module's checker
        FiniteCategory z6 = AlgebraBridge.multiplicative(Rings.integersMod(6));
        assertEquals(6, z6.morphismCount());
        FiniteMonoid m = FiniteMonoid.multiplicative(Rings.integersMod(6));
        long homs = 0;
        int[] map = new int[6];
        for (int code = 0; code < 46656; code++) {
            int c = code;
            for (int i = 0; i < 6; i++) {
                map[i] = c % 6;
                c /= 6;
            }
            homs += m.homomorphismFailures(m, map).isEmpty() ? 1 : 0;
        }
        assertEquals(homs, Functors.count(z6, z6));
        // ({false, true}, ∧, true) is the monoid {1, e} with e² = e
        FiniteCategory bool = AlgebraBridge.multiplicative(Semirings.booleans());
        FiniteCategory idem = SmallCategories.fixture("BIdem");
        assertEquals(Functors.count(idem, idem), Functors.count(bool, bool));
        assertEquals(
                2,
                Functors.count(
                        bool,
                        idem)); // Fun(BIdem, BIdem) = {id, const 1}; docs/category.md table A row 2
    }

    @Test
    void homomorphismsAsFunctors() {
        FiniteMonoid z4 = FiniteMonoid.cyclicGroup(4);
        FiniteMonoid z2 = FiniteMonoid.cyclicGroup(2);
        assertTrue(AlgebraBridge.fromHomomorphism(z4, z2, new int[] {0, 1, 0, 1}).isFull());
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> AlgebraBridge.fromHomomorphism(z4, z2, new int[] {0, 1, 1, 1}));
        assertTrue(e.getMessage().contains(") ≠ F("), e.getMessage());
    }

    @Test
    void tabulatedCarriers() {
        FiniteCategory c =
                AlgebraBridge.oneObject(
                        List.of("", "a", "aa"),
                        (x, y) -> {
                            String s = x + y;
                            return s.length() > 2 ? "aa" : s;
                        },
                        "");
        assertEquals(3, c.morphismCount());
        assertTrue(c.isCategory());
        assertThrows(
                IllegalArgumentException.class,
                () -> AlgebraBridge.oneObject(List.of("", "a"), (x, y) -> x + y, ""));
    }
}
