package dev.cogs.category.yoneda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import dev.cogs.category.FiniteCategory;
import dev.cogs.category.Functor;
import dev.cogs.category.Functors;
import dev.cogs.category.limits.Limits;
import dev.cogs.category.sets.NatSearch;
import dev.cogs.category.sets.NaturalTransformation;
import dev.cogs.category.sets.SetFunctor;
import dev.cogs.category.sets.Variance;
import dev.cogs.testkit.category.Presheaves;
import dev.cogs.testkit.category.SmallCategories;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KanTest {

    private static final NatSearch.Constraints NONE = NatSearch.Constraints.none();

    /**
     * docs/category.md, "Numbers to reproduce" F: |h_A ⊗_C T| = |T(A)| for all 225 triples (C, T,
     * A).
     */
    @Test
    void coYonedaOnAllSmallCopresheavesOfTheFixtures() {
        int triples = 0;
        for (String name : List.of("BZ4", "2", "3", "⇉", "I")) {
            FiniteCategory c = SmallCategories.fixture(name);
            for (SetFunctor t : Presheaves.enumerate(c, Variance.COVARIANT, 2)) {
                for (int a = 0; a < c.objectCount(); a++) {
                    assertEquals(
                            t.size(a),
                            Kan.tensor(Yoneda.representable(c, a), t).size(),
                            name + " A=" + a);
                    triples++;
                }
            }
        }
        assertEquals(225, triples);
    }

    @Test
    void coYonedaBothSidesOnRandomFunctors() {
        qt().withExamples(150)
                .forAll(Presheaves.recipes())
                .checkAssert(
                        r -> {
                            SetFunctor f = r.build();
                            FiniteCategory c = f.domain();
                            for (int a = 0; a < c.objectCount(); a++) {
                                if (f.variance() == Variance.COVARIANT) {
                                    assertEquals(
                                            f.size(a),
                                            Kan.tensor(Yoneda.representable(c, a), f).size());
                                } else {
                                    assertEquals(
                                            f.size(a),
                                            Kan.tensor(f, Yoneda.corepresentable(c, a)).size());
                                }
                            }
                        });
    }

    @Test
    void tensorPreservesCoproducts() {
        qt().withExamples(80)
                .forAll(
                        Presheaves.recipes(SmallCategories.tiny()),
                        Presheaves.recipes(SmallCategories.tiny()),
                        Presheaves.recipes(SmallCategories.tiny()))
                .checkAssert(
                        (r1, r2, r3) -> {
                            FiniteCategory c = r1.category().build();
                            SetFunctor f =
                                    new Presheaves.Recipe(
                                                    r1.category(),
                                                    false,
                                                    r1.summands(),
                                                    r1.merges())
                                            .build(c);
                            SetFunctor f2 =
                                    new Presheaves.Recipe(
                                                    r1.category(),
                                                    false,
                                                    r2.summands(),
                                                    r2.merges())
                                            .build(c);
                            SetFunctor t =
                                    new Presheaves.Recipe(
                                                    r1.category(), true, r3.summands(), r3.merges())
                                            .build(c);
                            SetFunctor sum = Limits.coproduct(f, f2).object();
                            assertEquals(
                                    Kan.tensor(f, t).size() + Kan.tensor(f2, t).size(),
                                    Kan.tensor(sum, t).size());
                            // ... and in the second variable.
                            SetFunctor t2 =
                                    new Presheaves.Recipe(
                                                    r1.category(), true, r2.summands(), r1.merges())
                                            .build(c);
                            SetFunctor tsum = Limits.coproduct(t, t2).object();
                            assertEquals(
                                    Kan.tensor(f, t).size() + Kan.tensor(f, t2).size(),
                                    Kan.tensor(f, tsum).size());
                        });
    }

    @Test
    void yonedaExtensionIsFunctorialOnMaps() {
        qt().withExamples(60)
                .forAll(
                        Presheaves.recipes(SmallCategories.tiny()),
                        Presheaves.recipes(SmallCategories.tiny()),
                        Presheaves.recipes(SmallCategories.tiny()))
                .checkAssert(
                        (r1, r2, r3) -> {
                            FiniteCategory c = r1.category().build();
                            SetFunctor f =
                                    new Presheaves.Recipe(
                                                    r1.category(),
                                                    false,
                                                    r1.summands(),
                                                    r1.merges())
                                            .build(c);
                            SetFunctor g =
                                    new Presheaves.Recipe(
                                                    r1.category(),
                                                    false,
                                                    r2.summands(),
                                                    r2.merges())
                                            .build(c);
                            SetFunctor t =
                                    new Presheaves.Recipe(
                                                    r1.category(), true, r3.summands(), r3.merges())
                                            .build(c);
                            YonedaExtension ext = Kan.alongYoneda(t);
                            assertEquals(t, ext.task());
                            int[] id = ext.apply(NaturalTransformation.identity(f));
                            for (int i = 0; i < id.length; i++) {
                                assertEquals(i, id[i]);
                            }
                            for (NaturalTransformation beta :
                                    NatSearch.all(f, g, NONE.withTake(3))
                                            .collect(Collectors.toList())) {
                                for (NaturalTransformation gamma :
                                        NatSearch.all(g, g, NONE.withTake(3))
                                                .collect(Collectors.toList())) {
                                    int[] b = ext.apply(beta);
                                    int[] gm = ext.apply(gamma);
                                    int[] composite = new int[b.length];
                                    for (int i = 0; i < b.length; i++) {
                                        composite[i] = gm[b[i]];
                                    }
                                    assertArrayEquals(composite, ext.apply(beta.andThen(gamma)));
                                }
                            }
                        });
    }

    /** docs/category.md §2.10: |Nat(Σ_G T, S)| = |Nat(T, Δ_G S)| (Σ ⊣ Δ). */
    @Test
    void sigmaIsLeftAdjointToDelta() {
        List<String> names = List.of("1", "2", "I", "⇉", "BZ2", "BIdem");
        for (String cn : names) {
            for (String dn : names) {
                FiniteCategory c = SmallCategories.fixture(cn);
                FiniteCategory d = SmallCategories.fixture(dn);
                List<Functor> functors = Functors.all(c, d).limit(4).collect(Collectors.toList());
                List<SetFunctor> ts = Presheaves.enumerate(c, Variance.COVARIANT, 2);
                List<SetFunctor> ss = Presheaves.enumerate(d, Variance.COVARIANT, 2);
                for (Functor g : functors) {
                    for (int i = 0; i < ts.size(); i += 3) {
                        SetFunctor t = ts.get(i);
                        SetFunctor sigma = Kan.sigma(g, t);
                        for (int j = 0; j < ss.size(); j += 3) {
                            SetFunctor s = ss.get(j);
                            assertEquals(
                                    NatSearch.count(t, Kan.delta(g, s), NONE),
                                    NatSearch.count(sigma, s, NONE),
                                    cn + " -> " + dn);
                        }
                    }
                }
            }
        }
    }

    @Test
    void tensorRefusesWrongVariances() {
        FiniteCategory c = SmallCategories.fixture("2");
        SetFunctor p = SetFunctor.terminal(c, Variance.CONTRAVARIANT);
        assertThrows(IllegalArgumentException.class, () -> Kan.tensor(p, p));
    }
}
