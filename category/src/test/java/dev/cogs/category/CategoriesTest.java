package dev.cogs.category;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.testkit.category.SmallCategories;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CategoriesTest {

    @Test
    void fixturesHaveTheSpecifiedSizesAndPassTheAxioms() {
        // docs/category.md, "Numbers to reproduce", fixture table: morphism counts 1, 3, 6, 4, 4,
        // 2, 3, 4, 4, 2
        Map<String, Integer> morphisms =
                Map.of(
                        "1", 1, "2", 3, "3", 6, "I", 4, "⇉", 4, "BZ2", 2, "BZ3", 3, "BZ4", 4, "BV4",
                        4, "BIdem", 2);
        for (Map.Entry<String, FiniteCategory> e : SmallCategories.fixtures().entrySet()) {
            FiniteCategory c = e.getValue();
            assertEquals(morphisms.get(e.getKey()), c.morphismCount(), e.getKey());
            assertTrue(c.isCategory(), e.getKey() + " " + c.axiomFailures());
            assertTrue(Categories.check(c, 10).isCategory(), e.getKey());
        }
    }

    @Test
    void walkingArrowNumberingIsDocumented() {
        FiniteCategory two = Categories.walkingArrow();
        assertEquals(0, two.identity(0));
        assertEquals(1, two.identity(1));
        assertEquals(0, two.dom(2));
        assertEquals(1, two.cod(2));
        assertEquals(IntSeq.of(2), two.hom(0, 1));
        assertEquals(IntSeq.empty(), two.hom(1, 0));
        assertEquals(2, two.compose(1, 2));
        assertEquals(2, two.andThen(0, 2));
    }

    @Test
    void composingAcrossMismatchedObjectsNamesBothMorphisms() {
        FiniteCategory two = Categories.walkingArrow();
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> two.compose(2, 2));
        assertTrue(
                e.getMessage().contains("g (2") && e.getMessage().contains("f (2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> two.compose(7, 0));
        assertThrows(IllegalArgumentException.class, () -> two.hom(0, 5));
    }

    @Test
    void cyclicGroupIsModularAddition() {
        FiniteCategory z = Categories.cyclicGroup(7);
        for (int a = 0; a < 7; a++) {
            for (int b = 0; b < 7; b++) {
                assertEquals((a + b) % 7, z.compose(a, b));
            }
        }
        assertEquals(0, z.identity(0));
        assertThrows(IllegalArgumentException.class, () -> Categories.cyclicGroup(0));
    }

    @Test
    void walkingIsomorphismComposesToIdentities() {
        FiniteCategory i = Categories.walkingIsomorphism();
        assertEquals(0, i.compose(3, 2));
        assertEquals(1, i.compose(2, 3));
        assertEquals("f", i.labels().morphism(2));
    }

    @Test
    void nonAssociativeMonoidTableIsRefusedWithWitness() {
        // a ∘ b = b - a mod 3 with unit 0 on the left only
        int[][] t = {{0, 1, 2}, {2, 0, 1}, {1, 2, 0}};
        AxiomReport r = Categories.checkTable(1, new int[3], new int[3], new int[] {0}, t, 100);
        assertFalse(r.isCategory());
        assertTrue(
                r.failures().stream().anyMatch(f -> f instanceof CategoryFailure.RightUnit),
                r.toString());
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class, () -> Categories.fromMonoidTable(t, 0));
        assertTrue(e.getMessage().contains("(right unit law)"), e.getMessage());
    }

    @Test
    void associativityFailureNamesTheTriple() {
        // unit 0; 1∘1 = 2, 1∘2 = 1, 2∘1 = 2, 2∘2 = 2: (1∘1)∘2 = 2∘2 = 2 but 1∘(1∘2) = 1∘1 = 2 ...
        // search any triple
        int[][] t = {{0, 1, 2}, {1, 2, 1}, {2, 2, 2}};
        AxiomReport r = Categories.checkTable(1, new int[3], new int[3], new int[] {0}, t, 100);
        List<CategoryFailure> expected = new java.util.ArrayList<>();
        for (int h = 0; h < 3; h++) {
            for (int g = 0; g < 3; g++) {
                for (int f = 0; f < 3; f++) {
                    if (t[t[h][g]][f] != t[h][t[g][f]]) {
                        expected.add(new CategoryFailure.Associativity(h, g, f));
                    }
                }
            }
        }
        assertFalse(expected.isEmpty());
        assertEquals(expected, r.failures());
    }

    @Test
    void corruptedBuilderTablesGiveTheSpecificFailure() {
        CategoryBuilder b = Categories.builder(2);
        int f = b.morphism(0, 1);
        AxiomReport ok = b.report();
        assertTrue(ok.isCategory());
        // a composite across mismatched objects: f ∘ f recorded although cod f = 1 != 0 = dom f
        b.compose(f, f, f);
        assertEquals(List.of(new CategoryFailure.SpuriousComposite(f, f)), b.report().failures());
        // a mistyped composite: id1 ∘ f = id0
        CategoryBuilder c = Categories.builder(2);
        int g = c.morphism(0, 1);
        c.compose(1, g, 0);
        assertEquals(
                List.of(
                        new CategoryFailure.CompositeTyping(1, g, 0),
                        new CategoryFailure.LeftUnit(g)),
                c.report().failures());
        // a missing composite
        CategoryBuilder m = Categories.builder(3);
        int a = m.morphism(0, 1);
        int bb = m.morphism(1, 2);
        assertEquals(List.of(new CategoryFailure.MissingComposite(bb, a)), m.report().failures());
        assertThrows(IllegalArgumentException.class, m::build);
    }

    @Test
    void indexFailuresAreReportedFirst() {
        AxiomReport r =
                Categories.checkTable(
                        1,
                        new int[] {0, 3},
                        new int[] {0, 0},
                        new int[] {0},
                        new int[][] {{0, 1}, {1, 9}},
                        100);
        assertEquals(
                List.of(
                        new CategoryFailure.IndexOutOfRange("dom", 1, 3),
                        new CategoryFailure.IndexOutOfRange("compose", 3, 9)),
                r.failures());
        assertEquals(2, r.totalCount());
    }

    @Test
    void failureStorageIsCappedButCounted() {
        int n = 12;
        int[][] t = new int[n][n]; // everything composes to 0: units fail for all f != 0
        AxiomReport r = Categories.checkTable(1, new int[n], new int[n], new int[] {0}, t, 3);
        assertEquals(3, r.failures().size());
        assertTrue(r.totalCount() > 3);
    }

    @Test
    void identityRowCorruptionGivesUnitFailure() {
        int[][] t = {{0, 1}, {1, 1}}; // BIdem
        t[0][1] = 0;
        AxiomReport r = Categories.checkTable(1, new int[2], new int[2], new int[] {0}, t, 100);
        assertTrue(r.failures().contains(new CategoryFailure.LeftUnit(1)), r.toString());
    }

    @Test
    void groupTableWithoutInversesIsRefused() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Categories.fromGroupTable(new int[][] {{0, 1}, {1, 1}}, 0));
        assertTrue(e.getMessage().contains("element 1"), e.getMessage());
    }

    @Test
    void rotationCategoryOfSpecSectionE() {
        // docs/category.md, "Numbers to reproduce" E: free orbit of 4, orbit of 2, fixed point: 7
        // objects, 28 morphisms
        FiniteCategory r = SmallCategories.actionGroupoidOfCyclic(4, 4, 2, 1);
        assertEquals(7, r.objectCount());
        assertEquals(28, r.morphismCount());
        assertTrue(r.isCategory());
        int[][] rows = {
            {1, 1, 1, 1, 0, 0, 0},
            {1, 1, 1, 1, 0, 0, 0},
            {1, 1, 1, 1, 0, 0, 0},
            {1, 1, 1, 1, 0, 0, 0},
            {0, 0, 0, 0, 2, 2, 0},
            {0, 0, 0, 0, 2, 2, 0},
            {0, 0, 0, 0, 0, 0, 4}
        };
        for (int x = 0; x < 7; x++) {
            for (int y = 0; y < 7; y++) {
                assertEquals(rows[x][y], r.homSize(x, y), "Hom(" + x + "," + y + ")");
            }
        }
    }

    @Test
    void actionThatIsNotAnActionIsRefused() {
        int[][] z2 = {{0, 1}, {1, 0}};
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Categories.actionGroupoid(z2, 0, new int[][] {{0, 1, 2}, {1, 2, 0}}));
        assertTrue(e.getMessage().contains("h.(g.x)"), e.getMessage());
    }

    @Test
    void posetClosesTransitively() {
        boolean[][] r = new boolean[4][4];
        r[0][1] = true;
        r[1][2] = true;
        r[2][3] = true;
        FiniteCategory p = Categories.poset(r);
        assertEquals(Categories.chain(4), p);
        assertEquals(10, p.morphismCount());
    }

    @Test
    void generatorsAndWordsRecoverEveryMorphism() {
        FiniteCategory c = Categories.chain(4);
        // morphisms 4..9 are (0,1), (0,2), (0,3), (1,2), (1,3), (2,3): the generators are the Hasse
        // edges
        assertArrayEquals(new int[] {4, 7, 9}, c.generators().toArray());
        for (int m = 0; m < c.morphismCount(); m++) {
            IntSeq w = c.word(m);
            int v = c.identity(c.dom(m));
            for (int i = 0; i < w.size(); i++) {
                v = c.compose(w.get(i), v);
            }
            assertEquals(m, v);
        }
        assertEquals(IntSeq.of(1), Categories.cyclicGroup(5).generators());
    }

    @Test
    void labelsAreOptional() {
        CategoryBuilder b = Categories.builder(2).objectLabel(0, "A");
        b.morphism(0, 1, "f");
        FiniteCategory c = b.build();
        assertEquals("A", c.labels().object(0));
        assertEquals("1", c.labels().object(1));
        assertEquals("f", c.labels().morphism(2));
        assertEquals("m1", Categories.cyclicGroup(3).labels().morphism(1));
        // identities are named id_<label> (labelled objects) or id<X> once any morphism is named;
        // unlabelled kinds
        // are empty lists
        assertEquals(List.of("id_A", "id1", "f"), c.labels().morphisms());
        assertEquals(List.of("A", "1"), c.labels().objects());
        assertEquals(List.of(), Categories.cyclicGroup(3).labels().morphisms());
    }

    @Test
    void candidateLeavesTheAxiomsToAxiomFailures() {
        // the non-associative table of associativityFailureNamesTheTriple: stored, and reported on
        // demand
        int[][] t = {{0, 1, 2}, {1, 2, 1}, {2, 2, 2}};
        FiniteCategory bad =
                Categories.candidate(1, new int[3], new int[3], new int[] {0}, t, Labels.none());
        assertFalse(bad.isCategory());
        assertEquals(
                Categories.checkTable(1, new int[3], new int[3], new int[] {0}, t, 100).failures(),
                bad.axiomFailures());
        assertEquals(2, bad.compose(1, 1));
        // a valid table gives the same value as the checked factory, labels kept
        int[][] z3 = {{0, 1, 2}, {1, 2, 0}, {2, 0, 1}};
        assertEquals(
                Categories.cyclicGroup(3),
                Categories.candidate(1, new int[3], new int[3], new int[] {0}, z3, Labels.none()));
        FiniteCategory named =
                Categories.candidate(
                        1,
                        new int[3],
                        new int[3],
                        new int[] {0},
                        z3,
                        Labels.of(List.of("X"), List.of("e", "r", "r2")));
        assertEquals("r2", named.labels().morphism(2));
        // index ranges are still checked, since the table could not be stored otherwise
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                Categories.candidate(
                                        1,
                                        new int[] {0, 3},
                                        new int[2],
                                        new int[] {0},
                                        new int[][] {{0, 1}, {1, 0}},
                                        Labels.none()));
        assertTrue(e.getMessage().contains("dom[1] = 3 is out of range"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        Categories.candidate(
                                1,
                                new int[3],
                                new int[3],
                                new int[] {0},
                                z3,
                                Labels.of(List.of(), List.of("e"))));
        // n² table entries fit one int array exactly up to MAX_MORPHISMS
        assertTrue((long) Categories.MAX_MORPHISMS * Categories.MAX_MORPHISMS <= Integer.MAX_VALUE);
        assertTrue(
                (long) (Categories.MAX_MORPHISMS + 1) * (Categories.MAX_MORPHISMS + 1)
                        > Integer.MAX_VALUE);
    }
}
