package dev.cogs.category.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.cogs.category.Budget;
import dev.cogs.category.Categories;
import dev.cogs.category.FiniteCategory;
import dev.cogs.category.Functor;
import dev.cogs.category.Functors;
import dev.cogs.category.IntSeq;
import dev.cogs.testkit.category.SmallCategories;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PresentationTest {

    private static final Budget BUDGET = new Budget(5000, 500, 50);

    private static FiniteCategory finite(Presentation p) {
        CompletionResult r = p.complete(BUDGET);
        assertInstanceOf(CompletionResult.Finite.class, r, r.toString());
        FiniteCategory c = ((CompletionResult.Finite) r).category();
        assertTrue(c.isCategory(), c.axiomFailures().toString());
        return c;
    }

    private static int[] power(int a, int n) {
        int[] w = new int[n];
        Arrays.fill(w, a);
        return w;
    }

    @Test
    void cyclicGroupPresentation() {
        for (int n = 1; n <= 8; n++) {
            Presentation.Builder b = Presentation.builder(1);
            int a = b.generator(0, 0, "a");
            FiniteCategory c = finite(b.equation(power(a, n), new int[0]).build());
            assertEquals(n, c.morphismCount());
            // |Fun(BZ_n, BZ_m)| = gcd(n, m) identifies the group as Z_n
            assertEquals(n, Functors.count(c, Categories.cyclicGroup(n)));
            assertEquals(1, Functors.count(c, Categories.cyclicGroup(n + 1)), "gcd(n, n + 1) = 1");
        }
    }

    @Test
    void symmetricGroupS3() {
        Presentation.Builder b = Presentation.builder(1);
        int s = b.generator(0, 0, "s");
        int t = b.generator(0, 0, "t");
        b.equation(new int[] {s, s}, new int[0])
                .equation(new int[] {t, t}, new int[0])
                .equation(new int[] {s, t, s}, new int[] {t, s, t});
        FiniteCategory c = finite(b.build());
        assertEquals(6, c.morphismCount());
        assertEquals(2, Functors.count(c, Categories.cyclicGroup(2)), "|Hom(S3, Z2)| = 2");
        assertEquals(1, Functors.count(c, Categories.cyclicGroup(3)), "|Hom(S3, Z3)| = 1");
    }

    @Test
    void walkingIsomorphismAndCommutativeSquare() {
        Presentation.Builder b = Presentation.builder(2);
        int f = b.generator(0, 1, "f");
        int g = b.generator(1, 0, "g");
        FiniteCategory iso =
                finite(
                        b.equation(new int[] {f, g}, new int[0])
                                .equation(new int[] {g, f}, new int[0])
                                .build());
        assertEquals(4, iso.morphismCount());
        assertEquals(
                Functors.count(Categories.walkingIsomorphism(), Categories.chain(3)),
                Functors.count(iso, Categories.chain(3)));
        Presentation.Builder q = Presentation.builder(4);
        int a = q.generator(0, 1, "a");
        int bb = q.generator(1, 3, "b");
        int c = q.generator(0, 2, "c");
        int d = q.generator(2, 3, "d");
        FiniteCategory sq = finite(q.equation(new int[] {a, bb}, new int[] {c, d}).build());
        assertEquals(9, sq.morphismCount());
        assertEquals(1, sq.homSize(0, 3));
        assertEquals("a;b", sq.labels().morphism(sq.hom(0, 3).get(0)));
    }

    @Test
    void freePresentationAgreesWithFreeCategory() {
        Presentation.Builder b = Presentation.builder(3);
        b.generator(0, 1, "x");
        b.generator(0, 1, "y");
        b.generator(1, 2, "z");
        FiniteCategory c = finite(b.build());
        FiniteCategory free =
                FreeCategories.onAcyclicGraph(
                        3, new int[] {0, 0, 1}, new int[] {1, 1, 2}, Budget.defaults());
        assertEquals(free.morphismCount(), c.morphismCount());
        for (int x = 0; x < 3; x++) {
            for (int y = 0; y < 3; y++) {
                assertEquals(free.homSize(x, y), c.homSize(x, y));
            }
        }
    }

    @Test
    void infiniteCategoriesComeWithAPumpingWitness() {
        Presentation.Builder b = Presentation.builder(1);
        int a = b.generator(0, 0, "a");
        int bb = b.generator(0, 0, "b");
        // bicyclic monoid: a then b is the identity; normal forms b^i a^j
        CompletionResult r = b.equation(new int[] {a, bb}, new int[0]).build().complete(BUDGET);
        CompletionResult.Infinite inf = assertInstanceOf(CompletionResult.Infinite.class, r);
        assertTrue(inf.loop().size() > 0);
        RewritingSystem rs = inf.rules();
        for (int j = 0; j < 5; j++) {
            int[] w = new int[inf.prefix().size() + j * inf.loop().size()];
            System.arraycopy(inf.prefix().toArray(), 0, w, 0, inf.prefix().size());
            for (int i = 0; i < j; i++) {
                System.arraycopy(
                        inf.loop().toArray(),
                        0,
                        w,
                        inf.prefix().size() + i * inf.loop().size(),
                        inf.loop().size());
            }
            assertEquals(IntSeq.of(w), rs.normalForm(IntSeq.of(w)), "pumped word is irreducible");
        }
        // the free monoid on one loop
        Presentation.Builder one = Presentation.builder(1);
        one.generator(0, 0, "a");
        assertInstanceOf(CompletionResult.Infinite.class, one.build().complete(BUDGET));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> one.build().toCategory(BUDGET));
        assertTrue(e.getMessage().contains("infinite"), e.getMessage());
    }

    @Test
    void presentationsExceedingTheirBudgetAreReportedNotLooped() {
        Presentation.Builder b = Presentation.builder(1);
        int a = b.generator(0, 0, "a");
        Presentation z100 = b.equation(power(a, 100), new int[0]).build();
        CompletionResult.Exhausted e1 =
                assertInstanceOf(
                        CompletionResult.Exhausted.class, z100.complete(new Budget(50, 100, 200)));
        assertTrue(e1.reason().contains("morphisms"), e1.reason());
        CompletionResult.Exhausted e2 =
                assertInstanceOf(
                        CompletionResult.Exhausted.class, z100.complete(new Budget(5000, 100, 10)));
        assertTrue(e2.reason().contains("maxWordLength"), e2.reason());
        assertEquals(100, z100.toCategory(new Budget(5000, 100, 200)).morphismCount());
        // ⟨a, b | aba = bab⟩ (the braid monoid B3+) has no finite complete system for shortlex:
        // rules run out
        Presentation.Builder br = Presentation.builder(1);
        int x = br.generator(0, 0, "a");
        int y = br.generator(0, 0, "b");
        CompletionResult r =
                br.equation(new int[] {x, y, x}, new int[] {y, x, y})
                        .build()
                        .complete(new Budget(5000, 20, 30));
        assertInstanceOf(CompletionResult.Exhausted.class, r, r.toString());
        IllegalArgumentException ex =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> z100.toCategory(new Budget(50, 100, 200)));
        assertTrue(ex.getMessage().contains("budget"), ex.getMessage());
    }

    @Test
    void illTypedEquationsAreRefused() {
        Presentation.Builder b = Presentation.builder(2);
        int f = b.generator(0, 1, "f");
        int g = b.generator(0, 1, "g");
        assertThrows(
                IllegalArgumentException.class, () -> b.equation(new int[] {f, g}, new int[] {f}));
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> b.equation(new int[] {f}, new int[0]));
        assertTrue(e.getMessage().contains("endomorphism"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class, () -> b.equation(new int[] {f}, new int[] {7}));
        assertThrows(IllegalArgumentException.class, () -> b.equation(new int[0], new int[0]));
        assertThrows(IllegalArgumentException.class, () -> b.generator(0, 2, "h"));
        b.equation(new int[] {f}, new int[] {g});
        assertEquals(3, finite(b.build()).morphismCount());
    }

    /**
     * Soundness and completeness on random finite categories: present C by its generators and the
     * relations word(m)·g = word(g∘m); completion must return a category isomorphic to C via m ↦
     * [word(m)].
     */
    @Test
    void presentingAFiniteCategoryRecoversIt() {
        qt().withExamples(60)
                .forAll(SmallCategories.recipes())
                .checkAssert(
                        r -> {
                            FiniteCategory c = r.build();
                            int[] gens = c.generators().toArray();
                            Map<Integer, Integer> genIndex = new HashMap<>();
                            Presentation.Builder b = Presentation.builder(c.objectCount());
                            for (int g : gens) {
                                genIndex.put(g, b.generator(c.dom(g), c.cod(g), "g" + g));
                            }
                            for (int m = 0; m < c.morphismCount(); m++) {
                                for (int g : gens) {
                                    if (c.dom(g) == c.cod(m)) {
                                        b.equation(
                                                translate(c.word(m), g, genIndex),
                                                translate(c.word(c.compose(g, m)), -1, genIndex));
                                    }
                                }
                            }
                            CompletionResult res = b.build().complete(new Budget(5000, 2000, 60));
                            CompletionResult.Finite fin =
                                    assertInstanceOf(CompletionResult.Finite.class, res);
                            FiniteCategory d = fin.category();
                            assertEquals(c.morphismCount(), d.morphismCount());
                            int[] om = new int[c.objectCount()];
                            for (int x = 0; x < om.length; x++) {
                                om[x] = x;
                            }
                            int[] mm = new int[c.morphismCount()];
                            for (int m = 0; m < mm.length; m++) {
                                int[] w = translate(c.word(m), -1, genIndex);
                                IntSeq nf = fin.rules().normalForm(IntSeq.of(w));
                                mm[m] =
                                        nf.isEmpty()
                                                ? c.dom(m)
                                                : d.hom(c.dom(m), c.cod(m)).stream()
                                                        .filter(
                                                                i ->
                                                                        d.labels()
                                                                                .morphism(i)
                                                                                .equals(
                                                                                        label(
                                                                                                nf,
                                                                                                gens)))
                                                        .findFirst()
                                                        .getAsInt();
                            }
                            Functor iso = Functors.of(c, d, om, mm);
                            assertTrue(iso.isFullyFaithful());
                        });
    }

    private static String label(IntSeq w, int[] gens) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < w.size(); i++) {
            sb.append(i == 0 ? "" : ";").append("g").append(gens[w.get(i)]);
        }
        return sb.toString();
    }

    private static int[] translate(IntSeq word, int extra, Map<Integer, Integer> genIndex) {
        int[] w = new int[word.size() + (extra >= 0 ? 1 : 0)];
        for (int i = 0; i < word.size(); i++) {
            w[i] = genIndex.get(word.get(i));
        }
        if (extra >= 0) {
            w[word.size()] = genIndex.get(extra);
        }
        return w;
    }

    @Test
    void sizesOfAPresentation() {
        Presentation.Builder b = Presentation.builder(2);
        int f = b.generator(0, 1, "f");
        int g = b.generator(1, 0, "g");
        Presentation p = b.equation(new int[] {f, g}, new int[0]).build();
        assertEquals(2, p.objectCount());
        assertEquals(2, p.generatorCount());
        assertEquals(1, p.equationCount());
        assertEquals(0, Presentation.builder(3).build().generatorCount());
    }

    /**
     * The rules of a completed system: oriented by shortlex, sound (both sides equal) and
     * interreduced.
     */
    @Test
    void completedRulesAreOrientedSoundAndInterreduced() {
        Presentation.Builder b = Presentation.builder(1);
        int s = b.generator(0, 0, "s");
        int t = b.generator(0, 0, "t");
        b.equation(new int[] {s, s}, new int[0])
                .equation(new int[] {t, t}, new int[0])
                .equation(new int[] {s, t, s}, new int[] {t, s, t});
        CompletionResult.Finite fin =
                assertInstanceOf(CompletionResult.Finite.class, b.build().complete(BUDGET));
        RewritingSystem rs = fin.rules();
        assertEquals(rs.size(), rs.rules().size());
        assertTrue(rs.size() >= 3, rs.toString());
        for (RewritingSystem.Rule r : rs.rules()) {
            IntSeq l = r.lhs();
            IntSeq rhs = r.rhs();
            assertTrue(
                    l.size() > rhs.size()
                            || l.size() == rhs.size()
                                    && Arrays.compare(l.toArray(), rhs.toArray()) > 0,
                    r.toString());
            assertEquals(rs.normalForm(l), rs.normalForm(rhs), "sound: " + r);
            assertEquals(rhs, rs.normalForm(rhs), "right-hand sides are irreducible: " + r);
            for (RewritingSystem.Rule other : rs.rules()) {
                if (other != r) {
                    assertTrue(
                            indexOf(l.toArray(), other.lhs().toArray()) < 0,
                            other + " reduces " + r);
                }
            }
        }
        // the normal forms are the 6 elements of S_3
        assertEquals(6, fin.category().morphismCount());
    }

    private static int indexOf(int[] hay, int[] needle) {
        for (int i = 0; i + needle.length <= hay.length; i++) {
            if (Arrays.equals(hay, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void generatorMorphismsAreTheNormalFormsOfTheGenerators() {
        Presentation.Builder b = Presentation.builder(2);
        int f = b.generator(0, 1, "f");
        int g = b.generator(1, 0, "g");
        int h = b.generator(0, 1, "h");
        // f = h, and g;f = id: generator h names the same morphism as f; g has no equation of its
        // own
        CompletionResult.Finite fin =
                assertInstanceOf(
                        CompletionResult.Finite.class,
                        b.equation(new int[] {h}, new int[] {f})
                                .equation(new int[] {g, f}, new int[0])
                                .build()
                                .complete(BUDGET));
        FiniteCategory c = fin.category();
        IntSeq gm = fin.generatorMorphisms();
        assertEquals(3, gm.size());
        assertEquals(gm.get(f), gm.get(h));
        assertEquals("f", c.labels().morphism(gm.get(f)));
        assertEquals("g", c.labels().morphism(gm.get(g)));
        assertEquals(0, c.dom(gm.get(f)));
        assertEquals(1, c.cod(gm.get(f)));
        // g∘... "g, then f" is id_1
        assertEquals(c.identity(1), c.compose(gm.get(f), gm.get(g)));
    }

    @Test
    void exhaustedRunsReportTheirBudgetAndCounters() {
        Presentation.Builder b = Presentation.builder(1);
        int a = b.generator(0, 0, "a");
        Presentation z100 = b.equation(power(a, 100), new int[0]).build();
        Budget words = new Budget(5000, 100, 10);
        CompletionResult.Exhausted e =
                assertInstanceOf(CompletionResult.Exhausted.class, z100.complete(words));
        assertEquals(words, e.budget());
        assertEquals(100, e.stats().longestWord(), "the offending rule a^100 -> 1");
        assertEquals(0, e.stats().rules());
        assertEquals(1, e.stats().criticalPairs(), "only the equation was processed");
        assertEquals(0, e.stats().morphisms());
        Budget morphisms = new Budget(50, 100, 200);
        CompletionResult.Exhausted m =
                assertInstanceOf(CompletionResult.Exhausted.class, z100.complete(morphisms));
        assertEquals(morphisms, m.budget());
        assertEquals(1, m.stats().rules(), "a^100 -> 1 is confluent");
        assertEquals(50, m.stats().morphisms(), "enumeration stopped at the limit");
        // ⟨a, b | aba = bab⟩ runs out of rules: the counters say so
        Presentation.Builder br = Presentation.builder(1);
        int x = br.generator(0, 0, "a");
        int y = br.generator(0, 0, "b");
        Budget rules = new Budget(5000, 20, 30);
        CompletionResult.Exhausted r =
                assertInstanceOf(
                        CompletionResult.Exhausted.class,
                        br.equation(new int[] {x, y, x}, new int[] {y, x, y})
                                .build()
                                .complete(rules));
        assertTrue(r.stats().rules() <= 20, r.stats().toString());
        assertTrue(r.stats().criticalPairs() > r.stats().rules(), r.stats().toString());
    }
}
