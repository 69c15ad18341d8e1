package dev.cogs.category.yoneda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.cogs.category.Categories;
import dev.cogs.category.FiniteCategory;
import dev.cogs.category.IntSeq;
import dev.cogs.category.sets.Isomorphisms;
import dev.cogs.category.sets.SetFunctor;
import dev.cogs.category.sets.Variance;
import dev.cogs.testkit.category.Presheaves;
import dev.cogs.testkit.category.SmallCategories;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RepresentabilityTest {

    private static Set<Integer> objects(List<Representability.Representation> reps) {
        return reps.stream()
                .map(Representability.Representation::object)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * docs/category.md, "Numbers to reproduce" C: over all sizes, exactly two presheaves on 2 are
     * representable: (1,0) and (1,1).
     */
    @Test
    void exactlyTwoRepresentablePresheavesOnTheArrow() {
        // Representables have fibres of size <= 1 on 2, so sizes <= 3 cover every representable
        // one.
        List<SetFunctor> all =
                Presheaves.enumerate(Categories.walkingArrow(), Variance.CONTRAVARIANT, 3);
        List<SetFunctor> rep =
                all.stream().filter(Representability::isRepresentable).collect(Collectors.toList());
        assertEquals(2, rep.size());
        assertEquals(List.of(1, 0), List.of(rep.get(0).size(0), rep.get(0).size(1)));
        assertEquals(List.of(1, 1), List.of(rep.get(1).size(0), rep.get(1).size(1)));
        assertEquals(Set.of(0), objects(Representability.all(rep.get(0))));
        assertEquals(Set.of(1), objects(Representability.all(rep.get(1))));
    }

    /**
     * docs/category.md, "Numbers to reproduce" C: representable Z4-sets with n = 0..4 points: 0, 0,
     * 0, 0, 6.
     */
    @Test
    void representableZ4Sets() {
        List<SetFunctor> all =
                Presheaves.enumerate(Categories.cyclicGroup(4), Variance.CONTRAVARIANT, 4);
        long[] expected = {0, 0, 0, 0, 6};
        List<SetFunctor> representable = new ArrayList<>();
        for (int n = 0; n <= 4; n++) {
            final int fn = n;
            List<SetFunctor> rep =
                    all.stream()
                            .filter(f -> f.size(0) == fn)
                            .filter(Representability::isRepresentable)
                            .collect(Collectors.toList());
            assertEquals(expected[n], rep.size(), "n = " + n);
            representable.addAll(rep);
        }
        // Exactly one isomorphism class (the regular action), and the generator acts as a 4-cycle.
        for (SetFunctor f : representable) {
            assertTrue(Isomorphisms.areIsomorphic(f, representable.get(0)));
            assertEquals(4, cycleLength(f));
            assertEquals(
                    4,
                    Representability.all(f).size(),
                    "universal elements form one Aut-orbit of size 4");
        }
    }

    private static int cycleLength(SetFunctor f) {
        int e = f.act(1, 0);
        int len = 1;
        while (e != 0) {
            e = f.act(1, e);
            len++;
        }
        return len;
    }

    /**
     * docs/category.md, "Numbers to reproduce" C: the representables table (sizes and representing
     * objects).
     */
    @Test
    void representablesOfTheFixtures() {
        FiniteCategory three = SmallCategories.fixture("3");
        int[][] sizes = {{1, 0, 0}, {1, 1, 0}, {1, 1, 1}};
        for (int a = 0; a < 3; a++) {
            SetFunctor h = Yoneda.representable(three, a);
            assertEquals(
                    List.of(sizes[a][0], sizes[a][1], sizes[a][2]),
                    List.of(h.size(0), h.size(1), h.size(2)));
            assertEquals(Set.of(a), objects(Representability.all(h)));
        }
        FiniteCategory pair = SmallCategories.fixture("⇉");
        SetFunctor h1 = Yoneda.representable(pair, 1);
        assertEquals(List.of(2, 1), List.of(h1.size(0), h1.size(1)));
        assertEquals(Set.of(1), objects(Representability.all(h1)));
        FiniteCategory iso = SmallCategories.fixture("I");
        for (int a = 0; a < 2; a++) {
            SetFunctor h = Yoneda.representable(iso, a);
            assertEquals(List.of(1, 1), List.of(h.size(0), h.size(1)));
            assertEquals(Set.of(0, 1), objects(Representability.all(h)));
        }
    }

    /**
     * docs/category.md, "Numbers to reproduce" C: the terminal presheaf is representable on 2 (by
     * 1), on I (both), not on ⇉, BZ2, BZ4.
     */
    @Test
    void terminalPresheafOnTheFixtures() {
        assertEquals(Set.of(1), objects(Representability.all(terminal("2"))));
        assertEquals(Set.of(0, 1), objects(Representability.all(terminal("I"))));
        for (String name : List.of("⇉", "BZ2", "BZ4")) {
            assertFalse(Representability.isRepresentable(terminal(name)), name);
        }
        NonRepresentability why = Representability.explain(terminal("⇉"));
        assertWitnessGenuine(terminal("⇉"), why);
        // On BZ4: |F(0)| = 1 but |Hom(0, 0)| = 4.
        assertEquals(
                new NonRepresentability.ProfileMismatch(0, 0, 4, 1),
                Representability.explain(terminal("BZ4")));
    }

    private static SetFunctor terminal(String name) {
        return SetFunctor.terminal(SmallCategories.fixture(name), Variance.CONTRAVARIANT);
    }

    @Test
    void emptyAndSplitSupportsAreExplained() {
        FiniteCategory two = Categories.discrete(2);
        assertInstanceOf(
                NonRepresentability.EmptyPresheaf.class,
                Representability.explain(SetFunctor.initial(two, Variance.CONTRAVARIANT)));
        NonRepresentability.SupportSplit split =
                assertInstanceOf(
                        NonRepresentability.SupportSplit.class,
                        Representability.explain(SetFunctor.terminal(two, Variance.CONTRAVARIANT)));
        assertEquals(List.of(Set.of(0), Set.of(1)), split.components());
        assertInstanceOf(
                NonRepresentability.Representable.class,
                Representability.explain(Yoneda.representable(two, 1)));
    }

    @Test
    void representablesAreRepresentedByTheirIdentity() {
        qt().withExamples(100)
                .forAll(SmallCategories.recipes())
                .checkAssert(
                        r -> {
                            FiniteCategory c = r.build();
                            for (int x = 0; x < c.objectCount(); x++) {
                                for (Variance v : Variance.values()) {
                                    SetFunctor h = Yoneda.hom(c, x, v);
                                    final int fx = x;
                                    int idIndex = c.hom(x, x).indexOf(c.identity(x));
                                    boolean found =
                                            Representability.all(h).stream()
                                                    .anyMatch(
                                                            p ->
                                                                    p.object() == fx
                                                                            && p.universalElement()
                                                                                    == idIndex);
                                    assertTrue(found, "h_" + x + " " + v);
                                }
                            }
                        });
    }

    @Test
    void representationsAreIsomorphismsAndFormOneIsomorphismClass() {
        qt().withExamples(200)
                .forAll(Presheaves.recipes())
                .checkAssert(
                        r -> {
                            SetFunctor f = r.build();
                            FiniteCategory c = f.domain();
                            List<Representability.Representation> reps = Representability.all(f);
                            for (Representability.Representation p : reps) {
                                assertTrue(p.iso().isIso());
                                assertEquals(f, p.iso().target());
                                for (int y = 0; y < c.objectCount(); y++) {
                                    int expected =
                                            f.variance() == Variance.CONTRAVARIANT
                                                    ? c.homSize(y, p.object())
                                                    : c.homSize(p.object(), y);
                                    assertEquals(expected, f.size(y), "profile = hom column");
                                }
                                // The universal elements at X form one free Aut(X)-orbit: there are
                                // |Aut(X)| of them.
                                assertEquals(
                                        automorphisms(c, p.object()),
                                        reps.stream().filter(q -> q.object() == p.object()).count(),
                                        "one Aut(X)-orbit");
                                for (Representability.Representation q : reps) {
                                    assertTrue(
                                            c.homSize(p.object(), q.object()) > 0
                                                    && c.homSize(q.object(), p.object()) > 0);
                                    assertTrue(
                                            Isomorphisms.areIsomorphic(
                                                    Yoneda.hom(c, p.object(), f.variance()),
                                                    Yoneda.hom(c, q.object(), f.variance())));
                                }
                            }
                            if (reps.isEmpty()) {
                                assertWitnessGenuine(f, Representability.explain(f));
                            } else {
                                assertInstanceOf(
                                        NonRepresentability.Representable.class,
                                        Representability.explain(f));
                            }
                        });
    }

    @Test
    void representabilityIsInvariantUnderRelabelling() {
        qt().withExamples(100)
                .forAll(Presheaves.recipes(), longs().all())
                .checkAssert(
                        (r, seed) -> {
                            SetFunctor f = r.build();
                            SetFunctor g = Presheaves.relabel(f, new SplittableRandom(seed));
                            assertEquals(
                                    objects(Representability.all(f)),
                                    objects(Representability.all(g)));
                            assertEquals(
                                    Representability.all(f).size(), Representability.all(g).size());
                        });
    }

    @Test
    void universalElementsAreTheTerminalObjectsOfTheCategoryOfElements() {
        qt().withExamples(100)
                .forAll(Presheaves.recipes(SmallCategories.base()))
                .checkAssert(
                        r -> {
                            SetFunctor f = r.build();
                            if (f.totalSize() > 60) {
                                return;
                            }
                            FiniteCategory el = Elements.of(f);
                            List<Integer> ends =
                                    f.variance() == Variance.CONTRAVARIANT
                                            ? Elements.terminalObjects(el)
                                            : Elements.initialObjects(el);
                            List<Integer> universal =
                                    Representability.all(f).stream()
                                            .map(p -> f.offset(p.object(), p.universalElement()))
                                            .collect(Collectors.toList());
                            assertEquals(ends, universal);
                        });
    }

    @Test
    void terminalPresheafIsRepresentableIffTerminalObject() {
        qt().withExamples(150)
                .forAll(SmallCategories.recipes())
                .checkAssert(
                        r -> {
                            FiniteCategory c = r.build();
                            List<Integer> terminal = Elements.terminalObjects(c);
                            assertEquals(
                                    terminal,
                                    Representability.all(
                                                    SetFunctor.terminal(c, Variance.CONTRAVARIANT))
                                            .stream()
                                            .map(Representability.Representation::object)
                                            .collect(Collectors.toList()));
                        });
    }

    /**
     * docs/category.md §1.3 lemma: on a preorder, F is representable iff fibres have ≤ 1 element
     * and the support is ↓P.
     */
    @Test
    void thinCriterionAgreesOnPosets() {
        qt().withExamples(150)
                .forAll(Presheaves.recipes(SmallCategories.posets()))
                .checkAssert(
                        r -> {
                            SetFunctor f = r.build();
                            if (f.variance() != Variance.CONTRAVARIANT) {
                                return;
                            }
                            FiniteCategory c = f.domain();
                            Set<Integer> thin = new TreeSet<>();
                            boolean small = true;
                            for (int x = 0; x < c.objectCount(); x++) {
                                small &= f.size(x) <= 1;
                            }
                            for (int p = 0; p < c.objectCount() && small; p++) {
                                boolean principal = true;
                                for (int x = 0; x < c.objectCount(); x++) {
                                    principal &= (f.size(x) == 1) == (c.homSize(x, p) == 1);
                                }
                                if (principal) {
                                    thin.add(p);
                                }
                            }
                            assertEquals(thin, objects(Representability.all(f)));
                        });
    }

    private static long automorphisms(FiniteCategory c, int x) {
        IntSeq end = c.hom(x, x);
        long n = 0;
        for (int i = 0; i < end.size(); i++) {
            for (int j = 0; j < end.size(); j++) {
                if (c.compose(end.get(i), end.get(j)) == c.identity(x)
                        && c.compose(end.get(j), end.get(i)) == c.identity(x)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    static void assertWitnessGenuine(SetFunctor f, NonRepresentability why) {
        FiniteCategory c = f.domain();
        boolean pre = f.variance() == Variance.CONTRAVARIANT;
        if (why instanceof NonRepresentability.ProfileMismatch) {
            NonRepresentability.ProfileMismatch p = (NonRepresentability.ProfileMismatch) why;
            assertEquals(
                    pre
                            ? c.homSize(p.object(), p.candidate())
                            : c.homSize(p.candidate(), p.object()),
                    p.expected());
            assertEquals(f.size(p.object()), p.actual());
            assertNotEquals(p.expected(), p.actual());
        } else if (why instanceof NonRepresentability.NotInjective) {
            NonRepresentability.NotInjective n = (NonRepresentability.NotInjective) why;
            IntSeq h = pre ? c.hom(n.object(), n.candidate()) : c.hom(n.candidate(), n.object());
            assertTrue(h.contains(n.u1()) && h.contains(n.u2()));
            assertNotEquals(n.u1(), n.u2());
            assertEquals(f.act(n.u1(), n.element()), f.act(n.u2(), n.element()));
        } else if (why instanceof NonRepresentability.SupportSplit) {
            assertTrue(((NonRepresentability.SupportSplit) why).components().size() >= 2);
        } else if (why instanceof NonRepresentability.EmptyPresheaf) {
            assertEquals(0, f.totalSize());
        } else {
            throw new AssertionError("not a failure witness: " + why);
        }
    }
}
