package dev.cogs.category;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.cogs.testkit.category.SmallCategories;
import org.junit.jupiter.api.Test;

class ConstructionsTest {

    @Test
    void sliceOfChainOverTopIsTheChain() {
        FiniteCategory s = Constructions.slice(Categories.chain(3), 2);
        assertEquals(3, s.objectCount());
        assertEquals(6, s.morphismCount());
        assertTrue(s.isCategory());
        // slice of BZ3 over its object: the translation groupoid with 3 objects and 9 morphisms,
        // thin
        FiniteCategory z = Constructions.slice(Categories.cyclicGroup(3), 0);
        assertEquals(9, z.morphismCount());
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                assertEquals(1, z.homSize(a, b));
            }
        }
    }

    @Test
    void fullSubcategoryKeepsHomSets() {
        FiniteCategory c = Categories.chain(4);
        FiniteCategory s = Constructions.fullSubcategory(c, 3, 1);
        assertEquals(2, s.objectCount());
        assertEquals(1, s.homSize(1, 0));
        assertEquals(0, s.homSize(0, 1));
        assertThrows(IllegalArgumentException.class, () -> Constructions.fullSubcategory(c, 1, 1));
    }

    @Test
    void derivedCategoriesKeepOrPairTheLabels() {
        CategoryBuilder b = Categories.builder(2).objectLabel(0, "A");
        b.morphism(0, 1, "f");
        FiniteCategory c = b.build();
        FiniteCategory p = Constructions.product(c, Categories.walkingIsomorphism());
        assertEquals("(A,0)", p.labels().object(0));
        assertEquals("(f,g)", p.labels().morphism(2 * 4 + 3));
        assertEquals("f", Constructions.coproduct(Categories.terminal(), c).labels().morphism(3));
        assertEquals("A", Constructions.fullSubcategory(c, 0).labels().object(0));
        assertEquals(
                Labels.none(),
                Constructions.product(Categories.chain(2), Categories.chain(2)).labels());
    }

    @Test
    void oppositeSwapsEndsAndReversesEveryComposite() {
        qt().withExamples(200)
                .forAll(SmallCategories.recipes())
                .checkAssert(
                        r -> {
                            FiniteCategory c = r.build();
                            FiniteCategory o = Constructions.opposite(c);
                            assertEquals(c.op(), o);
                            assertEquals(c.objectCount(), o.objectCount());
                            assertEquals(c.morphismCount(), o.morphismCount());
                            for (int x = 0; x < c.objectCount(); x++) {
                                assertEquals(c.identity(x), o.identity(x));
                            }
                            for (int f = 0; f < c.morphismCount(); f++) {
                                assertEquals(c.cod(f), o.dom(f));
                                assertEquals(c.dom(f), o.cod(f));
                                for (int g = 0; g < c.morphismCount(); g++) {
                                    if (c.cod(f) == c.dom(g)) {
                                        // g∘f in C is f∘g in C^op
                                        assertEquals(c.compose(g, f), o.compose(f, g));
                                    }
                                }
                            }
                        });
        assertThrows(NullPointerException.class, () -> Constructions.opposite(null));
    }
}
