package dev.cogs.category;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.cogs.testkit.category.SmallCategories;
import dev.cogs.testkit.category.SmallCategories.Recipe;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class FunctorsTest {

    private static final List<String> TARGETS = SmallCategories.fixtureNames();

    /** docs/category.md, "Numbers to reproduce" table A, rows 1 and 2, columns in fixture order. */
    @Test
    void functorCountTableA() {
        long[] row1 = {1, 2, 3, 2, 2, 1, 1, 1, 1, 1};
        long[] row2 = {1, 3, 6, 4, 4, 2, 3, 4, 4, 2};
        for (int j = 0; j < TARGETS.size(); j++) {
            FiniteCategory d = SmallCategories.fixture(TARGETS.get(j));
            assertEquals(
                    row1[j], Functors.count(Categories.terminal(), d), "1 -> " + TARGETS.get(j));
            assertEquals(
                    row2[j],
                    Functors.count(Categories.walkingArrow(), d),
                    "2 -> " + TARGETS.get(j));
        }
    }

    /**
     * Brute force over all object and morphism maps, checked by MapFunctor; an independent count.
     */
    static long bruteForceCount(FiniteCategory c, FiniteCategory d) {
        int kc = c.objectCount();
        int nc = c.morphismCount();
        int kd = d.objectCount();
        int nd = d.morphismCount();
        long total = 0;
        int[] om = new int[kc];
        int[] mm = new int[nc];
        long objMaps = (long) Math.pow(kd, kc);
        long morMaps = (long) Math.pow(nd, nc);
        for (long a = 0; a < objMaps; a++) {
            long r = a;
            for (int x = 0; x < kc; x++) {
                om[x] = (int) (r % kd);
                r /= kd;
            }
            for (long b = 0; b < morMaps; b++) {
                long s = b;
                for (int m = 0; m < nc; m++) {
                    mm[m] = (int) (s % nd);
                    s /= nd;
                }
                if (Functors.candidate(c, d, om, mm).isFunctor()) {
                    total++;
                }
            }
        }
        return total;
    }

    @Test
    void backtrackingCountEqualsBruteForceOnFixtures() {
        List<String> small = List.of("1", "2", "I", "⇉", "BZ2", "BZ3", "BIdem");
        for (String cn : small) {
            for (String dn : TARGETS) {
                FiniteCategory c = SmallCategories.fixture(cn);
                FiniteCategory d = SmallCategories.fixture(dn);
                if (Math.pow(d.morphismCount(), c.morphismCount())
                                * Math.pow(d.objectCount(), c.objectCount())
                        > 5e4) {
                    continue;
                }
                assertEquals(bruteForceCount(c, d), Functors.count(c, d), cn + " -> " + dn);
            }
        }
    }

    static long composablePairs(FiniteCategory d) {
        long k = 0;
        for (int f = 0; f < d.morphismCount(); f++) {
            for (int g = 0; g < d.morphismCount(); g++) {
                if (d.cod(f) == d.dom(g)) {
                    k++;
                }
            }
        }
        return k;
    }

    static long isomorphisms(FiniteCategory d) {
        long k = 0;
        for (int f = 0; f < d.morphismCount(); f++) {
            for (int g : d.hom(d.cod(f), d.dom(f)).toArray()) {
                if (d.compose(g, f) == d.identity(d.dom(f))
                        && d.compose(f, g) == d.identity(d.cod(f))) {
                    k++;
                    break;
                }
            }
        }
        return k;
    }

    static long parallelPairs(FiniteCategory d) {
        long k = 0;
        for (int a = 0; a < d.objectCount(); a++) {
            for (int b = 0; b < d.objectCount(); b++) {
                k += (long) d.homSize(a, b) * d.homSize(a, b);
            }
        }
        return k;
    }

    /** docs/category.md §2.4 closed-form oracles, on random targets D. */
    @Test
    void closedFormOraclesOnRandomTargets() {
        qt().withExamples(150)
                .forAll(SmallCategories.recipes())
                .checkAssert(
                        r -> {
                            FiniteCategory d = r.build();
                            assertEquals(
                                    d.objectCount(), Functors.count(Categories.terminal(), d), "1");
                            assertEquals(
                                    d.morphismCount(),
                                    Functors.count(Categories.walkingArrow(), d),
                                    "2");
                            assertEquals(
                                    composablePairs(d),
                                    Functors.count(Categories.chain(3), d),
                                    "3");
                            assertEquals(
                                    isomorphisms(d),
                                    Functors.count(Categories.walkingIsomorphism(), d),
                                    "I");
                            assertEquals(
                                    parallelPairs(d),
                                    Functors.count(Categories.parallelPair(), d),
                                    "⇉");
                            assertEquals(1, Functors.count(d, Categories.terminal()), "C -> 1");
                        });
    }

    @Test
    void cyclicGroupFunctorCountIsGcd() {
        for (int m = 1; m <= 12; m++) {
            for (int n = 1; n <= 12; n++) {
                assertEquals(
                        gcd(m, n),
                        Functors.count(Categories.cyclicGroup(m), Categories.cyclicGroup(n)),
                        "Z" + m + " -> Z" + n);
            }
        }
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    @Test
    void endomorphismsOfKleinFourAreTheTwoByTwoMatricesOverF2() {
        // docs/category.md §2.4: End(V4) = M_2(F_2), 16 elements
        FiniteCategory v4 = SmallCategories.fixture("BV4");
        assertEquals(16, Functors.count(v4, v4));
    }

    @Test
    void cyclicEndofunctorsAreMultiplications() {
        // docs/category.md §3.1: the functors BZ_d → BZ_d are a ↦ k·a mod d
        int d = 9;
        FiniteCategory z = Categories.cyclicGroup(d);
        Set<Integer> ks = new HashSet<>();
        Functors.all(z, z)
                .forEach(
                        f -> {
                            int k = f.onMorphism(1);
                            for (int a = 0; a < d; a++) {
                                assertEquals(k * a % d, f.onMorphism(a));
                            }
                            ks.add(k);
                        });
        assertEquals(d, ks.size());
    }

    /**
     * |Fun(BG, D)| = Σ_d |Hom_Grp(G, Aut d)|, with Hom_Grp counted by brute force over maps G →
     * Aut(d).
     */
    @Test
    void groupSourceCountsHomomorphismsIntoAutomorphismGroups() {
        qt().withExamples(60)
                .forAll(SmallCategories.recipes())
                .checkAssert(
                        r -> {
                            FiniteCategory d = r.build();
                            for (String gName : List.of("BZ2", "BZ3")) {
                                FiniteCategory g = SmallCategories.fixture(gName);
                                long expected = 0;
                                for (int x = 0; x < d.objectCount(); x++) {
                                    int[] aut =
                                            d.hom(x, x).stream().filter(f -> isIso(d, f)).toArray();
                                    int order = g.morphismCount();
                                    int[] map = new int[order];
                                    long maps = (long) Math.pow(aut.length, order);
                                    for (long code = 0; code < maps; code++) {
                                        long c = code;
                                        for (int i = 0; i < order; i++) {
                                            map[i] = aut[(int) (c % aut.length)];
                                            c /= aut.length;
                                        }
                                        boolean hom = map[0] == d.identity(x);
                                        for (int a = 0; a < order && hom; a++) {
                                            for (int b = 0; b < order && hom; b++) {
                                                hom =
                                                        map[g.compose(a, b)]
                                                                == d.compose(map[a], map[b]);
                                            }
                                        }
                                        expected += hom ? 1 : 0;
                                    }
                                }
                                assertEquals(expected, Functors.count(g, d), gName);
                            }
                        });
    }

    private static boolean isIso(FiniteCategory d, int f) {
        for (int g : d.hom(d.cod(f), d.dom(f)).toArray()) {
            if (d.compose(g, f) == d.identity(d.dom(f))
                    && d.compose(f, g) == d.identity(d.cod(f))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void countsAreMultiplicativeOverProductsAndCoproducts() {
        Gen<Recipe> tiny = SmallCategories.tiny();
        qt().withExamples(60)
                .forAll(tiny, tiny, tiny)
                .checkAssert(
                        (rc, rd, re) -> {
                            FiniteCategory c = rc.build();
                            FiniteCategory d = rd.build();
                            FiniteCategory e = re.build();
                            assertEquals(
                                    Functors.count(c, d) * Functors.count(c, e),
                                    Functors.count(c, Constructions.product(d, e)));
                            assertEquals(
                                    Functors.count(c, e) * Functors.count(d, e),
                                    Functors.count(Constructions.coproduct(c, d), e));
                        });
    }

    @Test
    void enumeratedFunctorsValidateAndAreDistinct() {
        qt().withExamples(80)
                .forAll(SmallCategories.tiny(), SmallCategories.recipes())
                .checkAssert(
                        (rc, rd) -> {
                            FiniteCategory c = rc.build();
                            FiniteCategory d = rd.build();
                            List<Functor> all =
                                    Functors.all(c, d).limit(5000).collect(Collectors.toList());
                            for (Functor f : all) {
                                assertTrue(f.isFunctor(), f.failures().toString());
                            }
                            assertEquals(all.size(), new HashSet<>(all).size());
                            if (all.size() < 5000) {
                                assertEquals(all.size(), Functors.count(c, d));
                            }
                        });
    }

    /** A relabelled copy of c: objects and morphisms permuted by seeded random permutations. */
    static FiniteCategory relabel(FiniteCategory c, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int k = c.objectCount();
        int n = c.morphismCount();
        int[] po = permutation(k, rnd);
        int[] pm = permutation(n, rnd);
        int[] dom = new int[n];
        int[] cod = new int[n];
        int[] id = new int[k];
        int[][] comp = new int[n][n];
        for (int m = 0; m < n; m++) {
            dom[pm[m]] = po[c.dom(m)];
            cod[pm[m]] = po[c.cod(m)];
        }
        for (int x = 0; x < k; x++) {
            id[po[x]] = pm[c.identity(x)];
        }
        for (int g = 0; g < n; g++) {
            for (int f = 0; f < n; f++) {
                comp[pm[g]][pm[f]] = c.cod(f) == c.dom(g) ? pm[c.compose(g, f)] : -1;
            }
        }
        return Categories.fromTable(k, dom, cod, id, comp);
    }

    private static int[] permutation(int n, SplittableRandom rnd) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    @Test
    void countIsInvariantUnderRelabelling() {
        qt().withExamples(60)
                .forAll(
                        SmallCategories.tiny(),
                        SmallCategories.recipes(),
                        org.quicktheories.generators.SourceDSL.longs().all())
                .checkAssert(
                        (rc, rd, seed) -> {
                            FiniteCategory c = rc.build();
                            FiniteCategory d = rd.build();
                            long k = Functors.count(c, d);
                            assertEquals(k, Functors.count(relabel(c, seed), d));
                            assertEquals(k, Functors.count(c, relabel(d, seed + 1)));
                        });
    }

    @Test
    void compositionIsAssociativeAndUnital() {
        qt().withExamples(60)
                .forAll(
                        SmallCategories.tiny(),
                        SmallCategories.tiny(),
                        SmallCategories.tiny(),
                        org.quicktheories.generators.SourceDSL.integers().between(0, 1000))
                .checkAssert(
                        (ra, rb, rc, pick) -> {
                            FiniteCategory a = ra.build();
                            FiniteCategory b = rb.build();
                            FiniteCategory c = rc.build();
                            List<Functor> fs =
                                    Functors.all(a, b).limit(50).collect(Collectors.toList());
                            List<Functor> gs =
                                    Functors.all(b, c).limit(50).collect(Collectors.toList());
                            List<Functor> hs =
                                    Functors.all(c, c).limit(50).collect(Collectors.toList());
                            Functor f = fs.get(pick % fs.size());
                            Functor g = gs.get(pick % gs.size());
                            Functor h = hs.get(pick % hs.size());
                            Functor gf = Functors.compose(g, f);
                            assertTrue(gf.isFunctor());
                            assertEquals(
                                    Functors.compose(Functors.compose(h, g), f),
                                    Functors.compose(h, gf));
                            assertEquals(f, Functors.compose(Functors.identity(b), f));
                            assertEquals(f, Functors.compose(f, Functors.identity(a)));
                        });
    }

    @Test
    void opOfOpIsTheCategory() {
        qt().withExamples(200)
                .forAll(SmallCategories.recipes())
                .checkAssert(
                        r -> {
                            FiniteCategory c = r.build();
                            assertTrue(c.isCategory(), c.axiomFailures().toString());
                            assertTrue(c.op().isCategory());
                            assertEquals(c, c.op().op());
                            assertEquals(
                                    Functors.count(Categories.walkingArrow(), c),
                                    Functors.count(Categories.walkingArrow(), c.op()));
                            // built from scratch, not cached: op of a relabelled copy
                            FiniteCategory fresh = relabel(c, 7);
                            assertEquals(
                                    fresh,
                                    Categories.fromTable(
                                            fresh.objectCount(),
                                            domArray(fresh.op().op()),
                                            codArray(fresh.op().op()),
                                            idArray(fresh),
                                            tableOf(fresh.op().op())));
                        });
    }

    static int[] domArray(FiniteCategory c) {
        int[] a = new int[c.morphismCount()];
        for (int m = 0; m < a.length; m++) {
            a[m] = c.dom(m);
        }
        return a;
    }

    static int[] codArray(FiniteCategory c) {
        int[] a = new int[c.morphismCount()];
        for (int m = 0; m < a.length; m++) {
            a[m] = c.cod(m);
        }
        return a;
    }

    static int[] idArray(FiniteCategory c) {
        int[] a = new int[c.objectCount()];
        for (int x = 0; x < a.length; x++) {
            a[x] = c.identity(x);
        }
        return a;
    }

    static int[][] tableOf(FiniteCategory c) {
        int n = c.morphismCount();
        int[][] t = new int[n][n];
        for (int g = 0; g < n; g++) {
            for (int f = 0; f < n; f++) {
                t[g][f] = c.cod(f) == c.dom(g) ? c.compose(g, f) : -1;
            }
        }
        return t;
    }

    @Test
    void productsAreProducts() {
        // universal property as counts: Fun(C, D × E) ≅ Fun(C, D) × Fun(C, E) via the projections,
        // checked
        // by composing every functor into the product with the two projections
        qt().withExamples(40)
                .forAll(SmallCategories.tiny(), SmallCategories.tiny(), SmallCategories.tiny())
                .checkAssert(
                        (rc, rd, re) -> {
                            FiniteCategory c = rc.build();
                            FiniteCategory d = rd.build();
                            FiniteCategory e = re.build();
                            FiniteCategory p = Constructions.product(d, e);
                            Functor p1 = projection(d, e, true);
                            Functor p2 = projection(d, e, false);
                            assertTrue(p1.isFunctor() && p2.isFunctor());
                            Set<List<Functor>> pairs = new HashSet<>();
                            Functors.all(c, p)
                                    .limit(2000)
                                    .forEach(
                                            f ->
                                                    pairs.add(
                                                            List.of(
                                                                    Functors.compose(p1, f),
                                                                    Functors.compose(p2, f))));
                            long expected = Math.min(2000, Functors.count(c, p));
                            assertEquals(expected, pairs.size());
                        });
    }

    private static Functor projection(FiniteCategory d, FiniteCategory e, boolean first) {
        FiniteCategory p = Constructions.product(d, e);
        int k2 = e.objectCount();
        int n2 = e.morphismCount();
        int[] o = new int[p.objectCount()];
        for (int x = 0; x < o.length; x++) {
            o[x] = first ? x / k2 : x % k2;
        }
        int[] m = new int[p.morphismCount()];
        for (int i = 0; i < m.length; i++) {
            m[i] = first ? i / n2 : i % n2;
        }
        return Functors.of(p, first ? d : e, o, m);
    }

    @Test
    void failuresNameTheWitnesses() {
        FiniteCategory z4 = Categories.cyclicGroup(4);
        FiniteCategory z2 = Categories.cyclicGroup(2);
        // a ↦ a mod 2 is a functor; a ↦ [a == 1] is not: F(1∘1) = F(2) = 0 but F(1)∘F(1) = 0 ...
        // use a ↦ [a == 2]
        assertTrue(Functors.candidate(z4, z2, new int[] {0}, new int[] {0, 1, 0, 1}).isFunctor());
        Functor bad = Functors.candidate(z4, z2, new int[] {0}, new int[] {0, 0, 1, 0});
        assertTrue(
                bad.failures().contains(new FunctorFailure.CompositionNotPreserved(1, 1)),
                bad.failures().toString());
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Functors.of(z4, z2, new int[] {0}, new int[] {0, 0, 1, 0}));
        assertTrue(e.getMessage().contains(") ≠ F("), e.getMessage());
        // identity not preserved
        Functor noId = Functors.candidate(z4, z2, new int[] {0}, new int[] {1, 0, 0, 0});
        assertTrue(noId.failures().contains(new FunctorFailure.IdentityNotPreserved(0)));
        // typing: 2 → 2 swapping the objects but keeping f
        FiniteCategory two = Categories.walkingArrow();
        Functor mistyped = Functors.candidate(two, two, new int[] {1, 0}, new int[] {1, 0, 2});
        assertEquals(
                List.of(
                        new FunctorFailure.DomainMismatch(2, 1, 0),
                        new FunctorFailure.CodomainMismatch(2, 0, 1)),
                mistyped.failures());
        assertEquals(
                List.of(new FunctorFailure.MorphismOutOfRange(2, 7)),
                Functors.candidate(two, two, new int[] {0, 1}, new int[] {0, 1, 7}).failures());
        assertThrows(IllegalStateException.class, mistyped::isFull);
    }

    @Test
    void onGeneratorsExtendsAlongWordsAndReportsViolatedRelations() {
        FiniteCategory z6 = Categories.cyclicGroup(6);
        FiniteCategory z3 = Categories.cyclicGroup(3);
        Functor f = Functors.onGenerators(z6, z3, new int[] {0}, Map.of(1, 1));
        for (int a = 0; a < 6; a++) {
            assertEquals(a % 3, f.onMorphism(a));
        }
        // Z3 → Z6 with 1 ↦ 1 violates 1+1+1 = 0
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Functors.onGenerators(z3, z6, new int[] {0}, Map.of(1, 1)));
        assertTrue(e.getMessage().contains(") ≠ F("), e.getMessage());
        // the keys must generate
        FiniteCategory c3 = Categories.chain(3);
        IllegalArgumentException g =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Functors.onGenerators(c3, c3, new int[] {0, 1, 2}, Map.of(3, 3)));
        assertTrue(g.getMessage().contains("unreached"), g.getMessage());
        // ill-typed generator image
        assertThrows(
                IllegalArgumentException.class,
                () -> Functors.onGenerators(c3, c3, new int[] {0, 1, 2}, Map.of(3, 5, 5, 5)));
        Functor id = Functors.onGenerators(c3, c3, new int[] {0, 1, 2}, Map.of(3, 3, 5, 5));
        assertEquals(Functors.identity(c3), id);
    }

    @Test
    void fullAndFaithful() {
        FiniteCategory c = Categories.chain(4);
        Functor inc = Functors.inclusion(c, 0, 2);
        assertTrue(inc.isFunctor());
        assertTrue(inc.isFullyFaithful());
        Functor mod =
                Functors.of(
                        Categories.cyclicGroup(4),
                        Categories.cyclicGroup(2),
                        new int[] {0},
                        new int[] {0, 1, 0, 1});
        assertTrue(mod.isFull());
        assertFalse(mod.isFaithful());
        FiniteCategory two = Categories.walkingArrow();
        FiniteCategory iso = Categories.walkingIsomorphism();
        Functor f = Functors.of(two, iso, new int[] {0, 1}, new int[] {0, 1, 2});
        assertTrue(f.isFaithful());
        assertFalse(f.isFull());
        assertTrue(f.isInjectiveOnObjects());
    }

    @Test
    void isomorphismsOfCategories() {
        qt().withExamples(100)
                .forAll(
                        SmallCategories.recipes(),
                        org.quicktheories.generators.SourceDSL.longs().all())
                .checkAssert(
                        (r, seed) -> {
                            FiniteCategory c = r.build();
                            FiniteCategory d = relabel(c, seed);
                            Functor iso = Functors.isomorphism(c, d).orElseThrow();
                            assertTrue(
                                    iso.isFunctor()
                                            && iso.isFullyFaithful()
                                            && iso.isInjectiveOnObjects());
                            // automorphisms are counted by brute-force filtering of all
                            // endofunctors on small cases
                            if (c.morphismCount() <= 12) {
                                long bij =
                                        Functors.all(c, c)
                                                .filter(
                                                        f ->
                                                                java.util.Arrays.stream(
                                                                                                f
                                                                                                        .morphismMap())
                                                                                        .distinct()
                                                                                        .count()
                                                                                == c.morphismCount()
                                                                        && f.isInjectiveOnObjects())
                                                .count();
                                assertEquals(bij, Functors.automorphismCount(c));
                            }
                        });
        // |Aut(Z_n)| = φ(n); |Aut(V4)| = |GL_2(F_2)| = 6
        assertEquals(4, Functors.automorphismCount(Categories.cyclicGroup(12)));
        assertEquals(6, Functors.automorphismCount(SmallCategories.fixture("BV4")));
        assertTrue(Functors.isomorphism(Categories.chain(3), Categories.chain(3).op()).isPresent());
        assertTrue(
                Functors.isomorphism(Categories.walkingArrow(), Categories.parallelPair())
                        .isEmpty());
        assertTrue(
                Functors.isomorphism(Categories.cyclicGroup(4), SmallCategories.fixture("BV4"))
                        .isEmpty());
        assertTrue(
                Functors.isomorphism(Categories.discrete(2), Categories.cyclicGroup(2)).isEmpty());
    }

    @Test
    void cappedCountStopsAtTheLimit() {
        qt().withExamples(60)
                .forAll(
                        SmallCategories.recipes(),
                        SmallCategories.recipes(),
                        org.quicktheories.generators.SourceDSL.longs().between(0, 300))
                .checkAssert(
                        (rc, rd, limit) -> {
                            FiniteCategory c = rc.build();
                            FiniteCategory d = rd.build();
                            long full = Functors.all(c, d).limit(301).count();
                            assertEquals(Math.min(full, limit), Functors.count(c, d, limit));
                        });
        assertThrows(
                IllegalArgumentException.class,
                () -> Functors.count(Categories.terminal(), Categories.terminal(), -1));
    }

    @Test
    void emptyCategoriesHaveTheExpectedFunctorCounts() {
        FiniteCategory empty = Categories.discrete(0);
        assertEquals(1, Functors.count(empty, empty));
        assertEquals(1, Functors.count(empty, Categories.cyclicGroup(3)));
        assertEquals(0, Functors.count(Categories.terminal(), empty));
        assertEquals(27, Functors.count(Categories.discrete(3), Categories.discrete(3)));
        List<Functor> l = new ArrayList<>();
        Functors.all(empty, empty).forEach(l::add);
        assertEquals(1, l.size());
    }

    @Test
    void andThenIsComposeInDiagrammaticOrder() {
        qt().withExamples(60)
                .forAll(
                        SmallCategories.tiny(),
                        SmallCategories.tiny(),
                        SmallCategories.tiny(),
                        org.quicktheories.generators.SourceDSL.integers().between(0, 1000))
                .checkAssert(
                        (ra, rb, rc, pick) -> {
                            FiniteCategory a = ra.build();
                            FiniteCategory b = rb.build();
                            FiniteCategory c = rc.build();
                            List<Functor> fs =
                                    Functors.all(a, b).limit(50).collect(Collectors.toList());
                            List<Functor> gs =
                                    Functors.all(b, c).limit(50).collect(Collectors.toList());
                            Functor f = fs.get(pick % fs.size());
                            Functor g = gs.get(pick % gs.size());
                            Functor fThenG = Functors.andThen(f, g);
                            assertEquals(Functors.compose(g, f), fThenG);
                            assertEquals(a, fThenG.source());
                            assertEquals(c, fThenG.target());
                            // "f, then g" applies f first: (G∘F)(m) = G(F(m)), computed here from
                            // the two maps
                            for (int x = 0; x < a.objectCount(); x++) {
                                assertEquals(g.onObject(f.onObject(x)), fThenG.onObject(x));
                            }
                            for (int m = 0; m < a.morphismCount(); m++) {
                                assertEquals(g.onMorphism(f.onMorphism(m)), fThenG.onMorphism(m));
                            }
                        });
    }

    /**
     * The default {@code objectMap}/{@code morphismMap} of an implementation that only answers
     * pointwise.
     */
    private static Functor pointwise(Functor f) {
        return new Functor() {
            @Override
            public FiniteCategory source() {
                return f.source();
            }

            @Override
            public FiniteCategory target() {
                return f.target();
            }

            @Override
            public int onObject(int x) {
                return f.onObject(x);
            }

            @Override
            public int onMorphism(int m) {
                return f.onMorphism(m);
            }

            @Override
            public List<FunctorFailure> failures() {
                return f.failures();
            }

            @Override
            public boolean isFull() {
                return f.isFull();
            }

            @Override
            public boolean isFaithful() {
                return f.isFaithful();
            }
        };
    }

    @Test
    void objectAndMorphismMapsAreFreshCopiesOfThePointwiseMaps() {
        qt().withExamples(100)
                .forAll(SmallCategories.tiny(), SmallCategories.recipes())
                .checkAssert(
                        (rc, rd) -> {
                            FiniteCategory c = rc.build();
                            FiniteCategory d = rd.build();
                            Functors.all(c, d)
                                    .limit(5)
                                    .forEach(
                                            f -> {
                                                for (Functor view : List.of(f, pointwise(f))) {
                                                    int[] om = view.objectMap();
                                                    int[] mm = view.morphismMap();
                                                    assertEquals(c.objectCount(), om.length);
                                                    assertEquals(c.morphismCount(), mm.length);
                                                    for (int x = 0; x < om.length; x++) {
                                                        assertEquals(f.onObject(x), om[x]);
                                                    }
                                                    for (int m = 0; m < mm.length; m++) {
                                                        assertEquals(f.onMorphism(m), mm[m]);
                                                    }
                                                    if (om.length > 0) {
                                                        om[0] = -7;
                                                        assertEquals(
                                                                f.onObject(0),
                                                                view.objectMap()[0],
                                                                "a copy, not a view");
                                                    }
                                                }
                                            });
                        });
    }

    /** A candidate functor from raw maps, entries possibly one past the target's ranges. */
    private record RawMaps(
            Recipe source, Recipe target, List<Integer> objects, List<Integer> morphisms) {}

    /**
     * Every failure of a candidate names a genuine violation, read through its accessors and
     * re-checked from the maps; a candidate without failures maps every composable pair correctly.
     */
    @Test
    void functorFailuresCarryGenuineWitnesses() {
        Gen<List<Integer>> raw =
                org.quicktheories.generators.SourceDSL.lists()
                        .of(org.quicktheories.generators.SourceDSL.integers().between(0, 60))
                        .ofSize(40);
        qt().withExamples(300)
                .forAll(SmallCategories.tiny(), SmallCategories.tiny(), raw, raw)
                .checkAssert(
                        (rc, rd, ro, rm) -> {
                            FiniteCategory c = rc.build();
                            FiniteCategory d = rd.build();
                            int[] om = new int[c.objectCount()];
                            for (int x = 0; x < om.length; x++) {
                                om[x] =
                                        ro.get(x) == 60
                                                ? d.objectCount()
                                                : ro.get(x) % d.objectCount();
                            }
                            int[] mm = new int[c.morphismCount()];
                            for (int m = 0; m < mm.length; m++) {
                                // identities mostly mapped to identities so that the later checks
                                // are reached
                                int v =
                                        rm.get(m) == 60
                                                ? d.morphismCount()
                                                : rm.get(m) % d.morphismCount();
                                mm[m] =
                                        c.isIdentity(m)
                                                        && rm.get(m) % 3 != 0
                                                        && om[c.dom(m)] < d.objectCount()
                                                ? d.identity(om[c.dom(m)])
                                                : v;
                            }
                            Functor f = Functors.candidate(c, d, om, mm);
                            for (FunctorFailure e : f.failures()) {
                                if (e instanceof FunctorFailure.ObjectOutOfRange) {
                                    FunctorFailure.ObjectOutOfRange o =
                                            (FunctorFailure.ObjectOutOfRange) e;
                                    assertEquals(om[o.object()], o.image());
                                    assertTrue(
                                            o.image() < 0 || o.image() >= d.objectCount(),
                                            e.toString());
                                } else if (e instanceof FunctorFailure.MorphismOutOfRange) {
                                    FunctorFailure.MorphismOutOfRange o =
                                            (FunctorFailure.MorphismOutOfRange) e;
                                    assertEquals(mm[o.morphism()], o.image());
                                    assertTrue(
                                            o.image() < 0 || o.image() >= d.morphismCount(),
                                            e.toString());
                                } else if (e instanceof FunctorFailure.DomainMismatch) {
                                    FunctorFailure.DomainMismatch o =
                                            (FunctorFailure.DomainMismatch) e;
                                    assertEquals(om[c.dom(o.morphism())], o.expected());
                                    assertEquals(d.dom(mm[o.morphism()]), o.actual());
                                    assertTrue(o.expected() != o.actual(), e.toString());
                                } else if (e instanceof FunctorFailure.CodomainMismatch) {
                                    FunctorFailure.CodomainMismatch o =
                                            (FunctorFailure.CodomainMismatch) e;
                                    assertEquals(om[c.cod(o.morphism())], o.expected());
                                    assertEquals(d.cod(mm[o.morphism()]), o.actual());
                                    assertTrue(o.expected() != o.actual(), e.toString());
                                } else if (e instanceof FunctorFailure.IdentityNotPreserved) {
                                    int x = ((FunctorFailure.IdentityNotPreserved) e).object();
                                    assertTrue(
                                            mm[c.identity(x)] != d.identity(om[x]), e.toString());
                                } else {
                                    FunctorFailure.CompositionNotPreserved o =
                                            (FunctorFailure.CompositionNotPreserved) e;
                                    assertTrue(
                                            mm[c.compose(o.g(), o.f())]
                                                    != d.compose(mm[o.g()], mm[o.f()]),
                                            e.toString());
                                }
                            }
                            if (f.isFunctor()) {
                                for (int g = 0; g < c.morphismCount(); g++) {
                                    for (int h = 0; h < c.morphismCount(); h++) {
                                        if (c.composable(g, h)) {
                                            assertEquals(
                                                    mm[c.compose(g, h)], d.compose(mm[g], mm[h]));
                                        }
                                    }
                                }
                            }
                        });
    }
}
