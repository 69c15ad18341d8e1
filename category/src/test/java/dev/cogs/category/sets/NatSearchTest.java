package dev.cogs.category.sets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.cogs.category.Categories;
import dev.cogs.category.FiniteCategory;
import dev.cogs.category.testing.Presheaves;
import dev.cogs.category.testing.SmallCategories;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NatSearchTest {

    private static final FiniteCategory Z4 = Categories.cyclicGroup(4);
    private static final NatSearch.Constraints NONE = NatSearch.Constraints.none();

    /** Z4 acting on n points with generator 1 acting as {@code perm}. */
    static SetFunctor z4Set(int... perm) {
        return SetFunctor.builder(Z4, Variance.CONTRAVARIANT).sizes(perm.length).action(1, perm).build();
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

    /** Spec 'Numbers to reproduce' D: equivariant-map counts on BZ4 (rows: source, columns: target). */
    @Test
    void equivariantMapCountsOnZ4() {
        List<SetFunctor> fs = List.of(regular(), half(), point());
        long[][] expected = {{4, 2, 1}, {0, 2, 1}, {0, 0, 1}};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(expected[i][j], NatSearch.count(fs.get(i), fs.get(j), NONE), i + " -> " + j);
                assertEquals(expected[i][j], NatSearch.all(fs.get(i), fs.get(j), NONE).count(), i + " -> " + j);
            }
        }
    }

    @Test
    void everyResultIsNaturalAndCountsAgreeWithBruteForce() {
        qt().withExamples(120).forAll(pairs()).checkAssert(p -> {
            SetFunctor f = p.get(0);
            SetFunctor g = p.get(1);
            List<NaturalTransformation> all = NatSearch.all(f, g, NONE).collect(Collectors.toList());
            for (NaturalTransformation a : all) {
                assertEquals(List.of(), a.failures());
            }
            assertEquals(all.size(), all.stream().distinct().count(), "results are distinct");
            assertEquals(all.size(), NatSearch.count(f, g, NONE));
            if (bruteForceFeasible(f, g)) {
                assertEquals(bruteForce(f, g).size(), all.size());
            }
        });
    }

    @Test
    void monicEpicIsoAgreeWithFiltering() {
        qt().withExamples(100).forAll(pairs()).checkAssert(p -> {
            SetFunctor f = p.get(0);
            SetFunctor g = p.get(1);
            int k = f.domain().objectCount();
            int[] all = java.util.stream.IntStream.range(0, k).toArray();
            List<NaturalTransformation> plain = NatSearch.all(f, g, NONE).collect(Collectors.toList());
            assertEquals(plain.stream().filter(NaturalTransformation::isMonic).collect(Collectors.toList()),
                    NatSearch.all(f, g, NONE.withMonic(all)).collect(Collectors.toList()));
            assertEquals(plain.stream().filter(NaturalTransformation::isEpic).collect(Collectors.toList()),
                    NatSearch.all(f, g, NONE.withEpic(all)).collect(Collectors.toList()));
            assertEquals(plain.stream().filter(NaturalTransformation::isIso).count(),
                    NatSearch.count(f, g, NONE.withIso(all)));
            assertEquals(plain.stream().filter(a -> a.isMonicAt(0)).count(), NatSearch.count(f, g, NONE.withMonic(0)));
        });
    }

    @Test
    void uniqueReportsSeveralExactlyWhenCountIsAtLeastTwo() {
        qt().withExamples(100).forAll(pairs()).checkAssert(p -> {
            long n = NatSearch.count(p.get(0), p.get(1), NONE);
            UniqueResult u = NatSearch.unique(p.get(0), p.get(1), NONE);
            if (n == 0) {
                assertInstanceOf(UniqueResult.None.class, u);
            } else if (n == 1) {
                assertInstanceOf(UniqueResult.One.class, u);
            } else {
                UniqueResult.Several s = assertInstanceOf(UniqueResult.Several.class, u);
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
        assertThrows(IllegalStateException.class, () -> NatSearch.all(r, r, NONE.withMax(3)).count());
        assertThrows(IllegalArgumentException.class, () -> new NatSearch.Constraints(java.util.Set.of(),
                java.util.Set.of(), java.util.Set.of(), java.util.Map.of(), java.util.OptionalLong.of(1),
                java.util.OptionalLong.of(1)));
        assertThrows(IllegalArgumentException.class, () -> NONE.withTake(0));
    }

    @Test
    void initialAssignmentPinsTheResult() {
        SetFunctor r = regular();
        List<NaturalTransformation> pinned = NatSearch.all(r, r, NONE.withInitial(0, 2, -1, -1, -1))
                .collect(Collectors.toList());
        assertEquals(1, pinned.size());
        assertEquals(2, pinned.get(0).component(0, 0));
        assertEquals(3, pinned.get(0).component(0, 1));
        assertThrows(IllegalArgumentException.class, () -> NatSearch.count(r, r, NONE.withInitial(0, 9, -1, -1, -1)));
    }

    @Test
    void incompatibleFunctorsAreRefused() {
        SetFunctor p = SetFunctor.terminal(Z4, Variance.CONTRAVARIANT);
        SetFunctor q = SetFunctor.terminal(Z4, Variance.COVARIANT);
        assertThrows(IllegalArgumentException.class, () -> NatSearch.count(p, q, NONE));
        assertThrows(IllegalArgumentException.class, () -> NatSearch.count(p, p, NONE.withMonic(3)));
    }

    @Test
    void naturalityFailuresNameTheSquare() {
        // The map regular -> point is unique; regular -> regular with component [0,0,0,0] is not natural.
        List<NaturalityFailure> failures = NaturalTransformation.failures(regular(), regular(),
                new int[][] {{0, 0, 0, 0}});
        assertTrue(failures.contains(new NaturalityFailure.NotNatural(1, 0, 0, 1)), failures.toString());
        assertThrows(IllegalArgumentException.class, () -> NaturalTransformation.of(regular(), regular(),
                new int[][] {{0, 0, 0, 0}}));
        assertEquals(List.of(new NaturalityFailure.ComponentOutOfRange(0, 0, 7, 4)),
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

    private static org.quicktheories.core.Gen<List<SetFunctor>> pairs() {
        return SmallCategories.tiny().zip(Presheaves.recipes(SmallCategories.tiny()),
                Presheaves.recipes(SmallCategories.tiny()), (cat, a, b) -> {
                    FiniteCategory c = cat.build();
                    SetFunctor f = new Presheaves.Recipe(cat, a.covariant(), a.summands(), a.merges()).build(c);
                    SetFunctor g = new Presheaves.Recipe(cat, a.covariant(), b.summands(), b.merges()).build(c);
                    return List.of(f, g);
                }).describedAs(Object::toString);
    }

    private static boolean bruteForceFeasible(SetFunctor f, SetFunctor g) {
        double log = 0;
        for (int x = 0; x < f.domain().objectCount(); x++) {
            log += f.size(x) * Math.log(Math.max(1, g.size(x)));
        }
        return log < Math.log(20_000);
    }

    /** Every family of component maps, filtered by the naturality check (independent of the search). */
    static List<int[][]> bruteForce(SetFunctor f, SetFunctor g) {
        int k = f.domain().objectCount();
        List<int[][]> out = new ArrayList<>();
        int total = f.totalSize();
        int[] flat = new int[total];
        for (int e = 0; e < total; e++) {
            if (g.size(objectOf(f, e)) == 0) {
                return out;
            }
        }
        while (true) {
            int[][] comps = new int[k][];
            for (int x = 0; x < k; x++) {
                comps[x] = new int[f.size(x)];
                for (int e = 0; e < f.size(x); e++) {
                    comps[x][e] = flat[f.offset(x, e)];
                }
            }
            if (NaturalTransformation.failures(f, g, comps).isEmpty()) {
                out.add(comps);
            }
            int i = 0;
            while (i < total && flat[i] == g.size(objectOf(f, i)) - 1) {
                flat[i++] = 0;
            }
            if (i == total) {
                return out;
            }
            flat[i]++;
        }
    }

    private static int objectOf(SetFunctor f, int e) {
        int x = 0;
        while (f.offset(x, 0) + f.size(x) <= e) {
            x++;
        }
        return x;
    }
}
