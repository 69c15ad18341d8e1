package dev.cogs.category.yoneda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.cogs.category.Categories;
import dev.cogs.category.FiniteCategory;
import dev.cogs.category.IntSeq;
import dev.cogs.category.sets.NatSearch;
import dev.cogs.category.sets.NaturalTransformation;
import dev.cogs.category.sets.SetFunctor;
import dev.cogs.category.sets.Variance;
import dev.cogs.testkit.category.Presheaves;
import dev.cogs.testkit.category.SmallCategories;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class YonedaTest {

    private static final NatSearch.Constraints NONE = NatSearch.Constraints.none();

    /** Checks |Nat(h_A, F)| = |F(A)| and both round trips; returns false on any failure. */
    static boolean bijectionHolds(SetFunctor f, int a) {
        FiniteCategory c = f.domain();
        SetFunctor h = Yoneda.hom(c, a, f.variance());
        List<NaturalTransformation> nat = NatSearch.all(h, f, NONE).collect(Collectors.toList());
        if (nat.size() != f.size(a)) {
            return false;
        }
        for (NaturalTransformation alpha : nat) {
            if (!Yoneda.toTransformation(f, a, Yoneda.toElement(alpha, a)).equals(alpha)) {
                return false;
            }
        }
        for (int x = 0; x < f.size(a); x++) {
            if (Yoneda.toElement(Yoneda.toTransformation(f, a, x), a) != x) {
                return false;
            }
        }
        return true;
    }

    /**
     * docs/category.md, "Numbers to reproduce" D: every labelled presheaf with |F(X)| in {0, 1, 2}
     * and every object A; pairs checked BZ4: 4, 2: 22, I: 8, ⇉: 50, 3: 141.
     */
    @Test
    void yonedaBijectionOnAllSmallPresheavesOfTheFixtures() {
        Map<String, Integer> expectedPairs = Map.of("BZ4", 4, "2", 22, "I", 8, "⇉", 50, "3", 141);
        for (Map.Entry<String, Integer> e : expectedPairs.entrySet()) {
            FiniteCategory c = SmallCategories.fixture(e.getKey());
            int pairs = 0;
            for (SetFunctor f : Presheaves.enumerate(c, Variance.CONTRAVARIANT, 2)) {
                for (int a = 0; a < c.objectCount(); a++) {
                    assertTrue(bijectionHolds(f, a), e.getKey() + " " + f + " A=" + a);
                    pairs++;
                }
            }
            assertEquals(e.getValue().intValue(), pairs, e.getKey());
        }
    }

    /**
     * docs/category.md, "Numbers to reproduce" D: the check passes on all 24 labelled Z4-sets with
     * at most 4 points.
     */
    @Test
    void yonedaBijectionOnAllZ4SetsUpToFourPoints() {
        List<SetFunctor> all =
                Presheaves.enumerate(Categories.cyclicGroup(4), Variance.CONTRAVARIANT, 4);
        assertEquals(24, all.size());
        for (SetFunctor f : all) {
            assertTrue(bijectionHolds(f, 0), f.toString());
        }
    }

    @Test
    void yonedaBijectionOnRandomPresheavesAndCopresheaves() {
        qt().withExamples(150)
                .forAll(Presheaves.recipes())
                .checkAssert(
                        r -> {
                            SetFunctor f = r.build();
                            for (int a = 0; a < f.domain().objectCount(); a++) {
                                assertEquals(
                                        f.size(a),
                                        NatSearch.count(
                                                Yoneda.hom(f.domain(), a, f.variance()), f, NONE));
                                assertTrue(bijectionHolds(f, a), "A = " + a);
                            }
                        });
    }

    @Test
    void bijectionIsNaturalInF() {
        // beta ∘ toTransformation(x) = toTransformation(beta_A(x)) for every beta: F -> G.
        qt().withExamples(60)
                .forAll(
                        Presheaves.recipes(SmallCategories.tiny()),
                        Presheaves.recipes(SmallCategories.tiny()))
                .checkAssert(
                        (r1, r2) -> {
                            FiniteCategory c = r1.category().build();
                            SetFunctor f = r1.build(c);
                            SetFunctor g =
                                    new Presheaves.Recipe(
                                                    r1.category(),
                                                    r1.covariant(),
                                                    r2.summands(),
                                                    r2.merges())
                                            .build(c);
                            NatSearch.all(f, g, NONE.withTake(5))
                                    .forEach(
                                            beta -> {
                                                for (int a = 0; a < c.objectCount(); a++) {
                                                    for (int x = 0; x < f.size(a); x++) {
                                                        assertEquals(
                                                                Yoneda.toTransformation(
                                                                        g, a, beta.component(a, x)),
                                                                Yoneda.toTransformation(f, a, x)
                                                                        .andThen(beta));
                                                    }
                                                }
                                            });
                        });
    }

    @Test
    void bijectionIsNaturalInA() {
        // toTransformation(F, A, F(g)(x)) = h_g ; toTransformation(F, A', x) for g: A -> A'
        // (presheaf).
        qt().withExamples(60)
                .forAll(Presheaves.recipes())
                .checkAssert(
                        r -> {
                            SetFunctor f = r.build();
                            if (f.variance() != Variance.CONTRAVARIANT) {
                                return;
                            }
                            FiniteCategory c = f.domain();
                            Embedding y = Yoneda.embedding(c);
                            for (int g = 0; g < c.morphismCount(); g++) {
                                int a = c.dom(g);
                                int a2 = c.cod(g);
                                for (int x = 0; x < f.size(a2); x++) {
                                    assertEquals(
                                            Yoneda.toTransformation(f, a, f.act(g, x)),
                                            y.morphism(g)
                                                    .andThen(Yoneda.toTransformation(f, a2, x)));
                                }
                            }
                        });
    }

    @Test
    void representableActsByComposition() {
        FiniteCategory c = Categories.chain(3);
        SetFunctor h2 = Yoneda.representable(c, 2);
        assertEquals(List.of(1, 1, 1), List.of(h2.size(0), h2.size(1), h2.size(2)));
        SetFunctor h0up = Yoneda.corepresentable(c, 0);
        assertEquals(List.of(1, 1, 1), List.of(h0up.size(0), h0up.size(1), h0up.size(2)));
        assertEquals(0, Yoneda.toElement(Yoneda.toTransformation(h2, 2, 0)));
        assertThrows(IllegalArgumentException.class, () -> Yoneda.toTransformation(h2, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Yoneda.representable(c, 3));
        NaturalTransformation notFromRepresentable =
                NaturalTransformation.identity(SetFunctor.terminal(c, Variance.CONTRAVARIANT));
        assertThrows(
                IllegalArgumentException.class, () -> Yoneda.toElement(notFromRepresentable, 1));
    }

    @Test
    void embeddingIsFullyFaithful() {
        for (FiniteCategory c : SmallCategories.fixtures().values()) {
            assertEquals(List.of(), Yoneda.embedding(c).failures());
        }
        qt().withExamples(60)
                .forAll(SmallCategories.recipes())
                .checkAssert(
                        r -> {
                            FiniteCategory c = r.build();
                            Embedding y = Yoneda.embedding(c);
                            assertEquals(c, y.category());
                            assertEquals(List.of(), y.failures());
                            for (int g = 0; g < c.morphismCount(); g++) {
                                // h_g(id_X) = g: the Yoneda element of h_g is g itself.
                                IntSeq hom = c.hom(c.dom(g), c.cod(g));
                                assertEquals(
                                        hom.indexOf(g), Yoneda.toElement(y.morphism(g), c.dom(g)));
                            }
                        });
    }

    /**
     * The embedding never fails on a finite category (Yoneda), so the failure record is checked as
     * data.
     */
    @Test
    void embeddingFailureNamesThePairAndTheCounts() {
        Embedding.Failure f = new Embedding.Failure(1, 2, 3, 4L, false);
        assertEquals(List.of(1, 2, 3), List.of(f.x(), f.y(), f.homSize()));
        assertEquals(4L, f.natCount());
        assertEquals(false, f.injective());
        assertEquals(
                "(1, 2): |Hom| = 3, |Nat(h_X, h_Y)| = 4, g -> h_g injective: false", f.describe());
    }
}
