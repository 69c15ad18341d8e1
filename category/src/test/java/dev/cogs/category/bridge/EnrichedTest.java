package dev.cogs.category.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.cogs.algebra.Matrix;
import dev.cogs.algebra.Semiring;
import dev.cogs.algebra.Semirings;
import java.util.ArrayList;
import java.util.List;
import org.jgrapht.alg.shortestpath.FloydWarshallShortestPaths;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.junit.jupiter.api.Test;

class EnrichedTest {

    /**
     * docs/category.md §3.2: the (min, +) free enriched category is all-pairs shortest paths,
     * cross-checked with JGraphT's FloydWarshallShortestPaths. Tolerance: both sum at most 5
     * weights in [0, 10]; the algorithms may add in different orders, so allow 1e-12 relative.
     */
    @Test
    void minPlusClosureIsFloydWarshall() {
        qt().withExamples(100)
                .forAll(
                        integers().between(1, 6),
                        lists().of(doubles().between(0, 10)).ofSize(36),
                        lists().of(integers().between(0, 2)).ofSize(36))
                .checkAssert(
                        (k, w, mask) -> {
                            Semiring<Double> s = Semirings.minPlus();
                            List<Double> entries = new ArrayList<>();
                            SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge> g =
                                    new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
                            for (int x = 0; x < k; x++) {
                                g.addVertex(x);
                            }
                            for (int a = 0; a < k; a++) {
                                for (int b = 0; b < k; b++) {
                                    boolean edge = a != b && mask.get(a * 6 + b) == 0;
                                    double weight = w.get(a * 6 + b);
                                    entries.add(edge ? weight : Double.POSITIVE_INFINITY);
                                    if (edge) {
                                        g.setEdgeWeight(g.addEdge(a, b), weight);
                                    }
                                }
                            }
                            EnrichedCategory<Double> e =
                                    Enriched.freeOn(s, Matrix.of(k, k, entries));
                            assertTrue(e.isEnriched(), e.failures().toString());
                            FloydWarshallShortestPaths<Integer, DefaultWeightedEdge> fw =
                                    new FloydWarshallShortestPaths<>(g);
                            for (int a = 0; a < k; a++) {
                                for (int b = 0; b < k; b++) {
                                    double expected = a == b ? 0.0 : fw.getPathWeight(a, b);
                                    double actual = e.hom(a, b);
                                    assertTrue(
                                            expected == actual
                                                    || Math.abs(expected - actual)
                                                            <= 1e-12 * Math.abs(expected),
                                            a + "," + b + ": " + expected + " vs " + actual);
                                }
                            }
                        });
    }

    @Test
    void lawFailuresNameTheWitnesses() {
        Semiring<Double> s = Semirings.minPlus();
        double inf = Double.POSITIVE_INFINITY;
        // d(0,2) = 5 > d(0,1) + d(1,2) = 2: the triangle inequality fails at (0, 1, 2); d(2,2) = 1
        // > 0
        EnrichedCategory<Double> e =
                Enriched.of(
                        s, Matrix.of(3, 3, List.of(0.0, 1.0, 5.0, inf, 0.0, 1.0, inf, inf, 1.0)));
        assertTrue(
                e.failures().contains(new EnrichmentFailure.Identity(2)), e.failures().toString());
        assertTrue(
                e.failures().contains(new EnrichmentFailure.Composition(0, 1, 2)),
                e.failures().toString());
    }

    /**
     * On random (min, +) hom matrices the failures are exactly the violations of d(a, a) ≤ 0 and of
     * the triangle inequality d(a, c) ≤ d(a, b) + d(b, c), found here with plain double arithmetic
     * and read back through the failures' accessors.
     */
    @Test
    void lawFailuresAreExactlyTheViolatedInequalities() {
        qt().withExamples(200)
                .forAll(integers().between(1, 4), lists().of(integers().between(0, 6)).ofSize(16))
                .checkAssert(
                        (k, raw) -> {
                            Semiring<Double> s = Semirings.minPlus();
                            List<Double> entries = new ArrayList<>();
                            for (int i = 0; i < k * k; i++) {
                                int r = raw.get(i);
                                entries.add(r == 6 ? Double.POSITIVE_INFINITY : (double) r);
                            }
                            EnrichedCategory<Double> e = Enriched.of(s, Matrix.of(k, k, entries));
                            assertEquals(s, e.base());
                            assertEquals(k, e.objectCount());
                            List<EnrichmentFailure> expected = new ArrayList<>();
                            for (int a = 0; a < k; a++) {
                                if (!(entries.get(a * k + a) <= 0.0)) {
                                    expected.add(new EnrichmentFailure.Identity(a));
                                }
                            }
                            for (int a = 0; a < k; a++) {
                                for (int b = 0; b < k; b++) {
                                    for (int c = 0; c < k; c++) {
                                        if (entries.get(a * k + b) + entries.get(b * k + c)
                                                < entries.get(a * k + c)) {
                                            expected.add(
                                                    new EnrichmentFailure.Composition(a, b, c));
                                        }
                                    }
                                }
                            }
                            assertEquals(expected, e.failures());
                            assertEquals(expected.isEmpty(), e.isEnriched());
                            for (EnrichmentFailure f : e.failures()) {
                                if (f instanceof EnrichmentFailure.Identity) {
                                    int a = ((EnrichmentFailure.Identity) f).object();
                                    assertTrue(e.hom(a, a) > 0.0, f.toString());
                                } else {
                                    EnrichmentFailure.Composition c =
                                            (EnrichmentFailure.Composition) f;
                                    assertTrue(
                                            e.hom(c.a(), c.b()) + e.hom(c.b(), c.c())
                                                    < e.hom(c.a(), c.c()),
                                            f.toString());
                                }
                            }
                        });
    }

    @Test
    void booleanEnrichmentIsAPreorder() {
        Semiring<Boolean> b = Semirings.booleans();
        EnrichedCategory<Boolean> e =
                Enriched.freeOn(
                        b,
                        Matrix.of(
                                3,
                                3,
                                List.of(
                                        false, true, false, false, false, true, false, false,
                                        false)));
        assertEquals(
                Matrix.of(3, 3, List.of(true, true, true, false, true, true, false, false, true)),
                e.homs());
        assertTrue(e.isEnriched());
    }

    @Test
    void probabilityWeightedCategory() {
        // ([0,1], max, ×): the best path probability 0 → 2 is max(0.5, 0.9·0.8) = 0.72
        Semiring<Double> s = Semirings.maxTimesUnit();
        EnrichedCategory<Double> e =
                Enriched.freeOn(
                        s, Matrix.of(3, 3, List.of(0.0, 0.9, 0.5, 0.0, 0.0, 0.8, 0.0, 0.0, 0.0)));
        assertEquals(0.9 * 0.8, e.hom(0, 2), 1e-15);
        assertTrue(e.isEnriched());
    }

    @Test
    void negativeCyclesAndNonIdempotentSemiringsAreRefused() {
        Semiring<Double> s = Semirings.minPlus();
        double inf = Double.POSITIVE_INFINITY;
        IllegalArgumentException neg =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Enriched.freeOn(s, Matrix.of(2, 2, List.of(inf, 1.0, -2.0, inf))));
        assertTrue(neg.getMessage().contains("does not stabilise"), neg.getMessage());
        IllegalArgumentException nat =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Enriched.of(Semirings.naturals(), Matrix.of(1, 1, List.of(0L))));
        assertTrue(nat.getMessage().contains("1 + 1 = 2"), nat.getMessage());
    }
}
