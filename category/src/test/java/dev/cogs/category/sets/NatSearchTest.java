package dev.cogs.category.sets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.cogs.category.Categories;
import dev.cogs.category.FiniteCategory;
import dev.cogs.testkit.category.NatOracle;
import dev.cogs.testkit.category.Presheaves;
import dev.cogs.testkit.category.SmallCategories;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NatSearchTest {

    private static final FiniteCategory Z4 = Categories.cyclicGroup(4);
    private static final NatSearch.Constraints NONE = NatSearch.Constraints.none();

    /** Z4 acting on n points with generator 1 acting as {@code perm}. */
    static SetFunctor z4Set(int... perm) {
        return SetFunctor.builder(Z4, Variance.CONTRAVARIANT)
                .sizes(perm.length)
                .action(1, perm)
                .build();
    }

    static SetFunctor regular() {
        return z4Set(1, 2, 3, 0);
    }

    static SetFunctor half() {
        return z4Set(1, 0);
    }

    static SetFunctor point() {
        return z4Set(0);
    }

    /**
     * docs/category.md, "Numbers to reproduce" D: equivariant-map counts on BZ4 (rows: source,
     * columns: target).
     */
    @Test
    void equivariantMapCountsOnZ4() {
        List<SetFunctor> fs = List.of(regular(), half(), point());
        long[][] expected = {{4, 2, 1}, {0, 2, 1}, {0, 0, 1}};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(
                        expected[i][j],
                        NatSearch.count(fs.get(i), fs.get(j), NONE),
                        i + " -> " + j);
                assertEquals(
                        expected[i][j],
                        NatSearch.all(fs.get(i), fs.get(j), NONE).count(),
                        i + " -> " + j);
            }
        }
    }

    @Test
    void everyResultIsNaturalAndAgreesWithTheOracle() {
        qt().withExamples(120)
                .forAll(pairs())
                .checkAssert(
                        p -> {
                            SetFunctor f = p.get(0);
                            SetFunctor g = p.get(1);
                            List<NaturalTransformation> all =
                                    NatSearch.all(f, g, NONE).collect(Collectors.toList());
                            for (NaturalTransformation a : all) {
                                assertEquals(List.of(), a.failures());
                            }
                            assertEquals(
                                    all.size(),
                                    all.stream().distinct().count(),
                                    "results are distinct");
                            assertEquals(all.size(), NatSearch.count(f, g, NONE));
                            if (NatOracle.log10Space(f, g) < Math.log10(20_000)) {
                                Set<NaturalTransformation> expected =
                                        NatOracle.all(f, g).stream()
                                                .map(comps -> NaturalTransformation.of(f, g, comps))
                                                .collect(Collectors.toSet());
                                assertEquals(expected, Set.copyOf(all));
                            }
                        });
    }

    @Test
    void monicEpicIsoAgreeWithFiltering() {
        qt().withExamples(100)
                .forAll(pairs())
                .checkAssert(
                        p -> {
                            SetFunctor f = p.get(0);
                            SetFunctor g = p.get(1);
                            int k = f.domain().objectCount();
                            int[] all = java.util.stream.IntStream.range(0, k).toArray();
                            List<NaturalTransformation> plain =
                                    NatSearch.all(f, g, NONE).collect(Collectors.toList());
                            assertEquals(
                                    plain.stream()
                                            .filter(NaturalTransformation::isMonic)
                                            .collect(Collectors.toList()),
                                    NatSearch.all(f, g, NONE.withMonic(all))
                                            .collect(Collectors.toList()));
                            assertEquals(
                                    plain.stream()
                                            .filter(NaturalTransformation::isEpic)
                                            .collect(Collectors.toList()),
                                    NatSearch.all(f, g, NONE.withEpic(all))
                                            .collect(Collectors.toList()));
                            assertEquals(
                                    plain.stream().filter(NaturalTransformation::isIso).count(),
                                    NatSearch.count(f, g, NONE.withIso(all)));
                            assertEquals(
                                    plain.stream().filter(a -> a.isMonicAt(0)).count(),
                                    NatSearch.count(f, g, NONE.withMonic(0)));
                        });
    }

    @Test
    void uniqueReportsSeveralExactlyWhenCountIsAtLeastTwo() {
        qt().withExamples(100)
                .forAll(pairs())
                .checkAssert(
                        p -> {
                            long n = NatSearch.count(p.get(0), p.get(1), NONE);
                            UniqueResult u = NatSearch.unique(p.get(0), p.get(1), NONE);
                            if (n == 0) {
                                assertInstanceOf(UniqueResult.None.class, u);
                            } else if (n == 1) {
                                UniqueResult.One one = assertInstanceOf(UniqueResult.One.class, u);
                                assertEquals(
                                        NatSearch.any(p.get(0), p.get(1), NONE).orElseThrow(),
                                        one.transformation());
                            } else {
                                UniqueResult.Several s =
                                        assertInstanceOf(UniqueResult.Several.class, u);
                                assertFalse(s.first().equals(s.second()));
                            }
                        });
    }

    @Test
    void takeAndMaxBehaveAsDocumented() {
        SetFunctor r = regular();
        assertEquals(4, NatSearch.count(r, r, NONE));
        assertEquals(2, NatSearch.count(r, r, NONE.withTake(2)));
        assertEquals(2, NatSearch.all(r, r, NONE.withTake(2)).count());
        assertEquals(4, NatSearch.count(r, r, NONE.withMax(4)));
        assertThrows(IllegalStateException.class, () -> NatSearch.count(r, r, NONE.withMax(3)));
        assertThrows(
                IllegalStateException.class, () -> NatSearch.all(r, r, NONE.withMax(3)).count());
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new NatSearch.Constraints(
                                java.util.Set.of(),
                                java.util.Set.of(),
                                java.util.Set.of(),
                                java.util.Map.of(),
                                java.util.OptionalLong.of(1),
                                java.util.OptionalLong.of(1)));
        assertThrows(IllegalArgumentException.class, () -> NONE.withTake(0));
    }

    @Test
    void initialAssignmentPinsTheResult() {
        SetFunctor r = regular();
        List<NaturalTransformation> pinned =
                NatSearch.all(r, r, NONE.withInitial(0, 2, -1, -1, -1))
                        .collect(Collectors.toList());
        assertEquals(1, pinned.size());
        assertEquals(2, pinned.get(0).component(0, 0));
        assertEquals(3, pinned.get(0).component(0, 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> NatSearch.count(r, r, NONE.withInitial(0, 9, -1, -1, -1)));
    }

    @Test
    void incompatibleFunctorsAreRefused() {
        SetFunctor p = SetFunctor.terminal(Z4, Variance.CONTRAVARIANT);
        SetFunctor q = SetFunctor.terminal(Z4, Variance.COVARIANT);
        assertThrows(IllegalArgumentException.class, () -> NatSearch.count(p, q, NONE));
        assertThrows(
                IllegalArgumentException.class, () -> NatSearch.count(p, p, NONE.withMonic(3)));
    }

    @Test
    void naturalityFailuresNameTheSquare() {
        // The map regular -> point is unique; regular -> regular with component [0,0,0,0] is not
        // natural.
        List<NaturalityFailure> failures =
                NaturalTransformation.failures(regular(), regular(), new int[][] {{0, 0, 0, 0}});
        assertTrue(
                failures.contains(new NaturalityFailure.NotNatural(1, 0, 0, 1)),
                failures.toString());
        assertThrows(
                IllegalArgumentException.class,
                () -> NaturalTransformation.of(regular(), regular(), new int[][] {{0, 0, 0, 0}}));
        assertEquals(
                List.of(new NaturalityFailure.ComponentOutOfRange(0, 0, 7, 4)),
                NaturalTransformation.failures(regular(), regular(), new int[][] {{7, 1, 2, 3}}));
    }

    @Test
    void compositionInverseAndIdentity() {
        SetFunctor r = regular();
        List<NaturalTransformation> autos = NatSearch.all(r, r, NONE).collect(Collectors.toList());
        for (NaturalTransformation a : autos) {
            assertTrue(a.isIso());
            assertEquals(NaturalTransformation.identity(r), a.andThen(a.inverse()));
        }
        NaturalTransformation toPoint = NatSearch.any(r, point(), NONE).orElseThrow();
        assertEquals(toPoint, autos.get(1).andThen(toPoint));
    }

    @Test
    void theMapToTheTerminalFunctorIsUnique() {
        qt().withExamples(100)
                .forAll(pairs())
                .checkAssert(
                        p -> {
                            SetFunctor f = p.get(0);
                            SetFunctor one = SetFunctor.terminal(f.domain(), f.variance());
                            UniqueResult.One u =
                                    assertInstanceOf(
                                            UniqueResult.One.class, NatSearch.unique(f, one, NONE));
                            NaturalTransformation t = u.transformation();
                            assertEquals(f, t.source());
                            assertEquals(one, t.target());
                            for (int x = 0; x < f.domain().objectCount(); x++) {
                                assertEquals(f.size(x), t.component(x).length);
                                for (int e = 0; e < f.size(x); e++) {
                                    assertEquals(0, t.component(x, e));
                                }
                            }
                        });
    }

    @Test
    void composeIsAndThenWithTheArgumentsInCompositionOrder() {
        qt().withExamples(100)
                .forAll(pairs())
                .checkAssert(
                        p -> {
                            SetFunctor f = p.get(0);
                            SetFunctor g = p.get(1);
                            for (NaturalTransformation alpha :
                                    NatSearch.all(f, g, NONE.withTake(3))
                                            .collect(Collectors.toList())) {
                                for (NaturalTransformation beta :
                                        NatSearch.all(g, g, NONE.withTake(3))
                                                .collect(Collectors.toList())) {
                                    NaturalTransformation ba =
                                            NaturalTransformation.compose(beta, alpha);
                                    assertEquals(alpha.andThen(beta), ba);
                                    assertEquals(f, ba.source());
                                    assertEquals(g, ba.target());
                                    for (int x = 0; x < f.domain().objectCount(); x++) {
                                        int[] c = ba.component(x);
                                        for (int e = 0; e < c.length; e++) {
                                            // (β·α)_X = β_X ∘ α_X: α first
                                            assertEquals(
                                                    beta.component(x, alpha.component(x, e)), c[e]);
                                        }
                                        if (c.length > 0) {
                                            c[0] = -1;
                                            assertEquals(
                                                    beta.component(x, alpha.component(x, 0)),
                                                    ba.component(x)[0],
                                                    "a copy");
                                        }
                                    }
                                }
                            }
                        });
        SetFunctor r = regular();
        NaturalTransformation toPoint = NatSearch.any(r, point(), NONE).orElseThrow();
        assertThrows(
                IllegalArgumentException.class,
                () -> NaturalTransformation.compose(toPoint, toPoint));
    }

    /**
     * Every naturality failure of candidate components names a genuine violation, read through its
     * accessors and re-checked from the arrays; candidates without failures are natural on every
     * morphism.
     */
    @Test
    void naturalityFailuresCarryGenuineWitnesses() {
        qt().withExamples(200)
                .forAll(
                        pairs(),
                        org.quicktheories.generators.SourceDSL.lists()
                                .of(
                                        org.quicktheories.generators.SourceDSL.integers()
                                                .between(0, 99))
                                .ofSize(60))
                .checkAssert(
                        (p, raw) -> {
                            SetFunctor f = p.get(0);
                            SetFunctor g = p.get(1);
                            int k = f.domain().objectCount();
                            int[][] comps = new int[k][];
                            int i = 0;
                            for (int x = 0; x < k; x++) {
                                // about 1 in 20 components one too long, about 1 in 20 values one
                                // past the fibre
                                comps[x] =
                                        new int
                                                [f.size(x)
                                                        + (raw.get(i++ % raw.size()) < 5 ? 1 : 0)];
                                for (int e = 0; e < comps[x].length; e++) {
                                    int r = raw.get(i++ % raw.size());
                                    comps[x][e] =
                                            r < 5 || g.size(x) == 0 ? g.size(x) : r % g.size(x);
                                }
                            }
                            List<NaturalityFailure> failures =
                                    NaturalTransformation.failures(f, g, comps);
                            for (NaturalityFailure nf : failures) {
                                if (nf instanceof NaturalityFailure.ComponentLength) {
                                    NaturalityFailure.ComponentLength c =
                                            (NaturalityFailure.ComponentLength) nf;
                                    assertEquals(f.size(c.object()), c.expected());
                                    assertEquals(comps[c.object()].length, c.actual());
                                    assertTrue(c.expected() != c.actual(), nf.describe());
                                } else if (nf instanceof NaturalityFailure.ComponentOutOfRange) {
                                    NaturalityFailure.ComponentOutOfRange c =
                                            (NaturalityFailure.ComponentOutOfRange) nf;
                                    assertEquals(comps[c.object()][c.element()], c.value());
                                    assertEquals(g.size(c.object()), c.bound());
                                    assertTrue(
                                            c.value() < 0 || c.value() >= c.bound(), nf.describe());
                                } else {
                                    NaturalityFailure.NotNatural c =
                                            assertInstanceOf(
                                                    NaturalityFailure.NotNatural.class, nf);
                                    int m = c.morphism();
                                    assertTrue(
                                            f.domain().generators().contains(m),
                                            "squares are checked on generators");
                                    assertEquals(
                                            comps[f.to(m)][f.act(m, c.element())],
                                            c.sourceThenComponent());
                                    assertEquals(
                                            g.act(m, comps[f.from(m)][c.element()]),
                                            c.componentThenTarget());
                                    assertTrue(
                                            c.sourceThenComponent() != c.componentThenTarget(),
                                            nf.describe());
                                }
                            }
                            if (failures.isEmpty()) {
                                NaturalTransformation a = NaturalTransformation.of(f, g, comps);
                                for (int m = 0; m < f.domain().morphismCount(); m++) {
                                    for (int e = 0; e < f.size(f.from(m)); e++) {
                                        assertEquals(
                                                a.component(f.to(m), f.act(m, e)),
                                                g.act(m, a.component(f.from(m), e)));
                                    }
                                }
                            }
                        });
        SetFunctor pre = SetFunctor.terminal(Z4, Variance.CONTRAVARIANT);
        SetFunctor co = SetFunctor.terminal(Z4, Variance.COVARIANT);
        List<NaturalityFailure> incompatible =
                NaturalTransformation.failures(pre, co, new int[][] {{0}});
        NaturalityFailure.Incompatible why =
                assertInstanceOf(NaturalityFailure.Incompatible.class, incompatible.get(0));
        assertEquals("variance CONTRAVARIANT vs COVARIANT", why.reason());
    }

    private static org.quicktheories.core.Gen<List<SetFunctor>> pairs() {
        return SmallCategories.tiny()
                .zip(
                        Presheaves.recipes(SmallCategories.tiny()),
                        Presheaves.recipes(SmallCategories.tiny()),
                        (cat, a, b) -> {
                            FiniteCategory c = cat.build();
                            SetFunctor f =
                                    new Presheaves.Recipe(
                                                    cat, a.covariant(), a.summands(), a.merges())
                                            .build(c);
                            SetFunctor g =
                                    new Presheaves.Recipe(
                                                    cat, a.covariant(), b.summands(), b.merges())
                                            .build(c);
                            return List.of(f, g);
                        })
                .describedAs(Object::toString);
    }
}
