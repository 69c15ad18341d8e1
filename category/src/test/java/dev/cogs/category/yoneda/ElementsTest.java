package dev.cogs.category.yoneda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.cogs.category.Constructions;
import dev.cogs.category.FiniteCategory;
import dev.cogs.category.Functor;
import dev.cogs.category.sets.NaturalTransformation;
import dev.cogs.category.sets.SetFunctor;
import dev.cogs.category.sets.Variance;
import dev.cogs.testkit.category.Presheaves;
import dev.cogs.testkit.category.SmallCategories;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ElementsTest {

    @Test
    void objectsAreElementsAndTheProjectionIsAFunctor() {
        qt().withExamples(100)
                .forAll(Presheaves.recipes(SmallCategories.base()))
                .checkAssert(
                        r -> {
                            SetFunctor f = r.build();
                            if (f.totalSize() > 60) {
                                return;
                            }
                            FiniteCategory el = Elements.of(f);
                            assertEquals(f.totalSize(), el.objectCount());
                            assertTrue(el.isCategory());
                            Functor pi = Elements.projection(f);
                            assertTrue(pi.isFunctor());
                            assertTrue(
                                    pi.isFaithful(),
                                    "the projection of a category of elements is faithful (discrete fibration)");
                            int expectedMorphisms = 0;
                            for (int m = 0; m < f.domain().morphismCount(); m++) {
                                expectedMorphisms += f.size(f.from(m));
                            }
                            assertEquals(expectedMorphisms, el.morphismCount());
                        });
    }

    @Test
    void elementsOfRepresentableIsTheSlice() {
        qt().withExamples(60)
                .forAll(SmallCategories.recipes())
                .checkAssert(
                        r -> {
                            FiniteCategory c = r.build();
                            for (int a = 0; a < c.objectCount(); a++) {
                                FiniteCategory el = Elements.of(Yoneda.representable(c, a));
                                FiniteCategory slice = Constructions.slice(c, a);
                                assertEquals(slice.objectCount(), el.objectCount());
                                assertEquals(slice.morphismCount(), el.morphismCount());
                                assertEquals(homProfile(slice), homProfile(el));
                            }
                        });
    }

    @Test
    void elementsOfTerminalIsTheCategory() {
        for (FiniteCategory c : SmallCategories.fixtures().values()) {
            FiniteCategory el = Elements.of(SetFunctor.terminal(c, Variance.CONTRAVARIANT));
            assertEquals(c.objectCount(), el.objectCount());
            for (int x = 0; x < c.objectCount(); x++) {
                for (int y = 0; y < c.objectCount(); y++) {
                    assertEquals(c.homSize(x, y), el.homSize(x, y));
                }
            }
        }
    }

    @Test
    void canonicalCoverIsSurjectiveEverywhere() {
        qt().withExamples(100)
                .forAll(Presheaves.recipes())
                .checkAssert(
                        r -> {
                            SetFunctor f = r.build();
                            if (f.totalSize() == 0) {
                                assertThrows(
                                        IllegalArgumentException.class,
                                        () -> Elements.canonicalCover(f));
                                return;
                            }
                            NaturalTransformation eps = Elements.canonicalCover(f);
                            assertTrue(eps.isEpic());
                            assertEquals(f, eps.target());
                        });
    }

    private static List<Integer> homProfile(FiniteCategory c) {
        List<Integer> out = new ArrayList<>();
        for (int x = 0; x < c.objectCount(); x++) {
            for (int y = 0; y < c.objectCount(); y++) {
                out.add(c.homSize(x, y));
            }
        }
        Collections.sort(out);
        return out;
    }
}
