package dev.cogs.category;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.cogs.testkit.category.SmallCategories;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** docs/category.md §6 "Axioms and constructions" as properties over generated small categories. */
class CategoryPropertiesTest {

    @Test
    void everyGeneratedCategoryPassesTheAxiomsAndIsWellTyped() {
        qt().withExamples(300)
                .forAll(SmallCategories.recipes())
                .checkAssert(
                        r -> {
                            FiniteCategory c = r.build();
                            assertTrue(c.isCategory(), c.axiomFailures().toString());
                            assertTrue(
                                    naiveIsCategory(
                                            c.objectCount(),
                                            dom(c),
                                            cod(c),
                                            ids(c),
                                            FunctorsTest.tableOf(c)));
                            for (int f = 0; f < c.morphismCount(); f++) {
                                for (int g : c.hom(c.cod(f), c.cod(f)).toArray()) {
                                    int h = c.compose(g, f);
                                    assertEquals(c.dom(f), c.dom(h));
                                    assertEquals(c.cod(g), c.cod(h));
                                }
                            }
                        });
    }

    /** An independent checker written from the definitions with plain triple loops. */
    static boolean naiveIsCategory(int k, int[] dom, int[] cod, int[] id, int[][] t) {
        int n = dom.length;
        for (int m = 0; m < n; m++) {
            if (dom[m] < 0 || dom[m] >= k || cod[m] < 0 || cod[m] >= k) {
                return false;
            }
        }
        for (int x = 0; x < k; x++) {
            if (id[x] < 0 || id[x] >= n || dom[id[x]] != x || cod[id[x]] != x) {
                return false;
            }
        }
        for (int g = 0; g < n; g++) {
            for (int f = 0; f < n; f++) {
                int h = t[g][f];
                if (cod[f] == dom[g]) {
                    if (h < 0 || h >= n || dom[h] != dom[f] || cod[h] != cod[g]) {
                        return false;
                    }
                } else if (h != -1) {
                    return false;
                }
            }
        }
        for (int f = 0; f < n; f++) {
            if (t[id[cod[f]]][f] != f || t[f][id[dom[f]]] != f) {
                return false;
            }
        }
        for (int h = 0; h < n; h++) {
            for (int g = 0; g < n; g++) {
                for (int f = 0; f < n; f++) {
                    if (cod[f] == dom[g] && cod[g] == dom[h] && t[t[h][g]][f] != t[h][t[g][f]]) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    static int[] dom(FiniteCategory c) {
        return FunctorsTest.domArray(c);
    }

    static int[] cod(FiniteCategory c) {
        return FunctorsTest.codArray(c);
    }

    static int[] ids(FiniteCategory c) {
        return FunctorsTest.idArray(c);
    }

    /**
     * Corrupting one entry: the library's verdict equals the naive checker's (docs/category.md §6).
     */
    @Test
    void corruptingOneEntryAgreesWithANaiveChecker() {
        qt().withExamples(400)
                .forAll(
                        SmallCategories.recipes(),
                        integers().between(0, 1_000_000),
                        integers().between(-1, 1_000_000))
                .checkAssert(
                        (r, pos, val) -> {
                            FiniteCategory c = r.build();
                            int n = c.morphismCount();
                            int[][] t = FunctorsTest.tableOf(c);
                            int g = pos % n;
                            int f = (pos / n) % n;
                            t[g][f] = val < 0 ? -1 : val % n;
                            AxiomReport rep =
                                    Categories.checkTable(
                                            c.objectCount(), dom(c), cod(c), ids(c), t, 10);
                            assertEquals(
                                    naiveIsCategory(c.objectCount(), dom(c), cod(c), ids(c), t),
                                    rep.isCategory(),
                                    "entry (" + g + ", " + f + ") := " + t[g][f] + ": " + rep);
                        });
    }

    /** Corrupting an identity's row always gives a unit failure (docs/category.md §6). */
    @Test
    void corruptingAnIdentityRowGivesAUnitFailure() {
        qt().withExamples(300)
                .forAll(
                        SmallCategories.recipes(),
                        integers().between(0, 1_000_000),
                        integers().between(1, 1_000_000))
                .checkAssert(
                        (r, pos, shift) -> {
                            FiniteCategory c = r.build();
                            int n = c.morphismCount();
                            if (n < 2) {
                                return;
                            }
                            int[][] t = FunctorsTest.tableOf(c);
                            int f = pos % n;
                            int idRow = c.identity(c.cod(f));
                            t[idRow][f] = (f + 1 + shift % (n - 1)) % n;
                            AxiomReport rep =
                                    Categories.checkTable(
                                            c.objectCount(), dom(c), cod(c), ids(c), t, 1000);
                            assertTrue(
                                    rep.failures().contains(new CategoryFailure.LeftUnit(f))
                                            || rep.failures()
                                                    .contains(new CategoryFailure.RightUnit(f))
                                            || f == idRow
                                                    && rep.failures().stream()
                                                            .anyMatch(
                                                                    x ->
                                                                            x
                                                                                    instanceof
                                                                                    CategoryFailure
                                                                                            .RightUnit),
                                    rep.toString());
                        });
    }

    @Test
    void productAndCoproductCountsMultiplyAndAdd() {
        qt().withExamples(150)
                .forAll(SmallCategories.tiny(), SmallCategories.recipes())
                .checkAssert(
                        (ra, rb) -> {
                            FiniteCategory a = ra.build();
                            FiniteCategory b = rb.build();
                            FiniteCategory p = Constructions.product(a, b);
                            FiniteCategory s = Constructions.coproduct(a, b);
                            assertEquals(a.morphismCount() * b.morphismCount(), p.morphismCount());
                            assertEquals(a.objectCount() * b.objectCount(), p.objectCount());
                            assertEquals(a.morphismCount() + b.morphismCount(), s.morphismCount());
                            assertTrue(p.isCategory() && s.isCategory());
                            for (int x = 0; x < p.objectCount(); x++) {
                                for (int y = 0; y < p.objectCount(); y++) {
                                    int bk = b.objectCount();
                                    assertEquals(
                                            a.homSize(x / bk, y / bk) * b.homSize(x % bk, y % bk),
                                            p.homSize(x, y));
                                }
                            }
                        });
    }

    /**
     * Action groupoid of Z_n on orbits: |Mor| = |G|·|S| and |Hom(x, y)| = |Stab(x)| = n / |orbit|
     * on an orbit.
     */
    @Test
    void actionGroupoidCounts() {
        qt().withExamples(100)
                .forAll(SmallCategories.actionGroupoids())
                .checkAssert(
                        r -> {
                            SmallCategories.CyclicActionGroupoid a =
                                    (SmallCategories.CyclicActionGroupoid) r;
                            FiniteCategory c = a.build();
                            int points = a.orbitSizes().stream().mapToInt(Integer::intValue).sum();
                            assertEquals(a.n() * points, c.morphismCount());
                            int off = 0;
                            for (int s : a.orbitSizes()) {
                                for (int x = off; x < off + s; x++) {
                                    for (int y = 0; y < points; y++) {
                                        boolean sameOrbit = y >= off && y < off + s;
                                        assertEquals(sameOrbit ? a.n() / s : 0, c.homSize(x, y));
                                    }
                                }
                                off += s;
                            }
                        });
    }

    @Test
    void fullSubcategoriesAndSlicesAreCategories() {
        qt().withExamples(150)
                .forAll(SmallCategories.recipes(), integers().between(0, 100))
                .checkAssert(
                        (r, pick) -> {
                            FiniteCategory c = r.build();
                            if (c.objectCount() == 0) {
                                return;
                            }
                            int x = pick % c.objectCount();
                            FiniteCategory s = Constructions.slice(c, x);
                            assertTrue(s.isCategory(), s.axiomFailures().toString());
                            int objects = 0;
                            for (int y = 0; y < c.objectCount(); y++) {
                                objects += c.homSize(y, x);
                            }
                            assertEquals(objects, s.objectCount());
                            Functor inc = Functors.inclusion(c, x);
                            assertTrue(inc.isFunctor() && inc.isFullyFaithful());
                            assertEquals(c.homSize(x, x), inc.source().morphismCount());
                        });
    }

    /** A raw table of 1–2 objects and 1–4 morphisms with entries just outside their ranges too. */
    private record RawTable(int objects, int[] dom, int[] cod, int[] identity, int[][] compose) {
        @Override
        public String toString() {
            return "RawTable[k="
                    + objects
                    + ", dom="
                    + java.util.Arrays.toString(dom)
                    + ", cod="
                    + java.util.Arrays.toString(cod)
                    + ", id="
                    + java.util.Arrays.toString(identity)
                    + ", compose="
                    + java.util.Arrays.deepToString(compose)
                    + "]";
        }
    }

    private static Gen<RawTable> rawTables() {
        return integers()
                .between(1, 2)
                .zip(integers().between(1, 4), (k, n) -> new int[] {k, n})
                .flatMap(
                        kn ->
                                lists().of(integers().between(0, 99))
                                        .ofSize(3 * kn[1] + kn[0] + kn[1] * kn[1])
                                        .map(
                                                r -> {
                                                    int k = kn[0];
                                                    int n = kn[1];
                                                    int[] dom = new int[n];
                                                    int[] cod = new int[n];
                                                    int[][] t = new int[n][n];
                                                    int[] id = new int[k];
                                                    int i = 0;
                                                    for (int m = 0; m < n; m++) {
                                                        // mostly in range; about 1 in 25 entries
                                                        // one past either end
                                                        dom[m] = skew(r.get(i++), k);
                                                        cod[m] = skew(r.get(i++), k);
                                                    }
                                                    for (int x = 0; x < k; x++) {
                                                        id[x] = skew(r.get(i++), n);
                                                    }
                                                    for (int g = 0; g < n; g++) {
                                                        for (int f = 0; f < n; f++) {
                                                            t[g][f] = skew(r.get(i++), n + 1) - 1;
                                                        }
                                                    }
                                                    return new RawTable(k, dom, cod, id, t);
                                                }));
    }

    /** A value in [0, bound) from r ∈ [0, 100), except r = 0 gives -1 and r = 99 gives bound. */
    private static int skew(int r, int bound) {
        return r == 0 ? -1 : r == 99 ? bound : r % bound;
    }

    /**
     * Every failure of {@link Categories#checkTable} names a genuine violation, read through its
     * accessors and re-checked on the raw arrays; a table without failures passes the independent
     * checker.
     */
    @Test
    void axiomFailuresCarryGenuineWitnesses() {
        qt().withExamples(500)
                .forAll(rawTables())
                .checkAssert(
                        t -> {
                            int k = t.objects();
                            int n = t.dom().length;
                            AxiomReport r =
                                    Categories.checkTable(
                                            k, t.dom(), t.cod(), t.identity(), t.compose(), 1000);
                            assertEquals(r.totalCount(), r.failures().size());
                            assertEquals(
                                    r.isCategory(),
                                    naiveIsCategory(
                                            k, t.dom(), t.cod(), t.identity(), t.compose()));
                            int[][] c = t.compose();
                            for (CategoryFailure f : r.failures()) {
                                if (f instanceof CategoryFailure.IndexOutOfRange) {
                                    CategoryFailure.IndexOutOfRange e =
                                            (CategoryFailure.IndexOutOfRange) f;
                                    int stored;
                                    int lo = 0;
                                    int hi;
                                    switch (e.what()) {
                                        case "dom":
                                            stored = t.dom()[e.index()];
                                            hi = k;
                                            break;
                                        case "cod":
                                            stored = t.cod()[e.index()];
                                            hi = k;
                                            break;
                                        case "identity":
                                            stored = t.identity()[e.index()];
                                            hi = n;
                                            break;
                                        default:
                                            assertEquals("compose", e.what());
                                            stored = c[e.index() / n][e.index() % n];
                                            lo = -1;
                                            hi = n;
                                    }
                                    assertEquals(stored, e.value(), f.toString());
                                    assertTrue(e.value() < lo || e.value() >= hi, f.toString());
                                    continue;
                                }
                                // index failures come first and stop the check, so every other
                                // witness reads in-range arrays
                                int[] dom = t.dom();
                                int[] cod = t.cod();
                                int[] id = t.identity();
                                if (f instanceof CategoryFailure.IdentityTyping) {
                                    int x = ((CategoryFailure.IdentityTyping) f).object();
                                    assertTrue(dom[id[x]] != x || cod[id[x]] != x, f.toString());
                                } else if (f instanceof CategoryFailure.MissingComposite) {
                                    CategoryFailure.MissingComposite e =
                                            (CategoryFailure.MissingComposite) f;
                                    assertTrue(
                                            cod[e.f()] == dom[e.g()] && c[e.g()][e.f()] == -1,
                                            f.toString());
                                } else if (f instanceof CategoryFailure.SpuriousComposite) {
                                    CategoryFailure.SpuriousComposite e =
                                            (CategoryFailure.SpuriousComposite) f;
                                    assertTrue(
                                            cod[e.f()] != dom[e.g()] && c[e.g()][e.f()] >= 0,
                                            f.toString());
                                } else if (f instanceof CategoryFailure.CompositeTyping) {
                                    CategoryFailure.CompositeTyping e =
                                            (CategoryFailure.CompositeTyping) f;
                                    assertEquals(c[e.g()][e.f()], e.h(), f.toString());
                                    assertTrue(
                                            dom[e.h()] != dom[e.f()] || cod[e.h()] != cod[e.g()],
                                            f.toString());
                                } else if (f instanceof CategoryFailure.LeftUnit) {
                                    int m = ((CategoryFailure.LeftUnit) f).f();
                                    assertTrue(c[id[cod[m]]][m] != m, f.toString());
                                } else if (f instanceof CategoryFailure.RightUnit) {
                                    int m = ((CategoryFailure.RightUnit) f).f();
                                    assertTrue(c[m][id[dom[m]]] != m, f.toString());
                                } else {
                                    CategoryFailure.Associativity e =
                                            (CategoryFailure.Associativity) f;
                                    assertTrue(
                                            c[c[e.h()][e.g()]][e.f()] != c[e.h()][c[e.g()][e.f()]],
                                            f.toString());
                                }
                            }
                        });
    }

    @Test
    void composableIffCodomainMeetsDomain() {
        qt().withExamples(200)
                .forAll(SmallCategories.recipes())
                .checkAssert(
                        r -> {
                            FiniteCategory c = r.build();
                            for (int g = 0; g < c.morphismCount(); g++) {
                                for (int f = 0; f < c.morphismCount(); f++) {
                                    boolean composable = c.cod(f) == c.dom(g);
                                    assertEquals(composable, c.composable(g, f));
                                    if (!composable) {
                                        int gg = g;
                                        int ff = f;
                                        org.junit.jupiter.api.Assertions.assertThrows(
                                                IllegalArgumentException.class,
                                                () -> c.compose(gg, ff));
                                    }
                                }
                            }
                        });
    }
}
