package dev.cogs.category.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.cogs.category.Budget;
import dev.cogs.category.Categories;
import dev.cogs.category.Constructions;
import dev.cogs.category.FiniteCategory;
import dev.cogs.category.IntSeq;
import dev.cogs.category.sets.SetFunctor;
import dev.cogs.category.sets.Variance;
import dev.cogs.testkit.category.SmallCategories;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.AllDirectedPaths;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;
import org.jgrapht.graph.DirectedPseudograph;
import org.junit.jupiter.api.Test;

class CategoryGraphsTest {

    @Test
    void underlyingGraphHasOneEdgePerMorphism() {
        FiniteCategory r = SmallCategories.actionGroupoidOfCyclic(4, 4, 2, 1);
        Graph<Integer, Arrow> g = CategoryGraphs.underlying(r, true);
        assertEquals(7, g.vertexSet().size());
        assertEquals(28, g.edgeSet().size());
        assertEquals(21, CategoryGraphs.underlying(r, false).edgeSet().size());
        assertEquals(4, g.getAllEdges(6, 6).size()); // End(C0) = Z4: four loops
    }

    /**
     * Every edge carries its morphism: its index, and ends that agree with the category and the
     * graph.
     */
    @Test
    void arrowsAndHomEdgesCarryTheirMorphismsAndCounts() {
        qt().withExamples(100)
                .forAll(SmallCategories.recipes())
                .checkAssert(
                        rc -> {
                            FiniteCategory c = rc.build();
                            for (boolean ids : List.of(true, false)) {
                                Graph<Integer, Arrow> g = CategoryGraphs.underlying(c, ids);
                                boolean[] seen = new boolean[c.morphismCount()];
                                for (Arrow a : g.edgeSet()) {
                                    assertEquals(c.dom(a.index()), a.dom());
                                    assertEquals(c.cod(a.index()), a.cod());
                                    assertEquals(a.dom(), (int) g.getEdgeSource(a));
                                    assertEquals(a.cod(), (int) g.getEdgeTarget(a));
                                    seen[a.index()] = true;
                                }
                                for (int m = 0; m < c.morphismCount(); m++) {
                                    assertEquals(ids || !c.isIdentity(m), seen[m], "morphism " + m);
                                }
                            }
                            Graph<Integer, HomEdge> h = CategoryGraphs.homCountGraph(c);
                            int edges = 0;
                            for (int a = 0; a < c.objectCount(); a++) {
                                for (int b = 0; b < c.objectCount(); b++) {
                                    edges += a != b && c.homSize(a, b) > 0 ? 1 : 0;
                                }
                            }
                            assertEquals(edges, h.edgeSet().size());
                            for (HomEdge e : h.edgeSet()) {
                                assertEquals(e.dom(), (int) h.getEdgeSource(e));
                                assertEquals(e.cod(), (int) h.getEdgeTarget(e));
                                assertEquals(c.homSize(e.dom(), e.cod()), e.size());
                            }
                        });
    }

    /**
     * Free category on random DAGs: hom counts agree with JGraphT's AllDirectedPaths
     * (docs/category.md §4, §6).
     */
    @Test
    void freeCategoryHomSetsAgreeWithAllDirectedPaths() {
        qt().withExamples(100)
                .forAll(
                        integers().between(1, 5),
                        lists().of(lists().of(integers().between(0, 4)).ofSize(2))
                                .ofSizeBetween(0, 7))
                .checkAssert(
                        (k, es) -> {
                            DirectedAcyclicGraph<Integer, DefaultEdge> dag =
                                    new DirectedAcyclicGraph<>(null, DefaultEdge::new, false, true);
                            for (int x = 0; x < k; x++) {
                                dag.addVertex(x);
                            }
                            for (List<Integer> e : es) {
                                int a = e.get(0) % k;
                                int b = e.get(1) % k;
                                if (a != b) {
                                    dag.addEdge(Math.min(a, b), Math.max(a, b));
                                }
                            }
                            FiniteCategory f =
                                    CategoryGraphs.freeCategory(dag, Budget.ofMorphisms(10_000));
                            assertTrue(f.isCategory());
                            AllDirectedPaths<Integer, DefaultEdge> paths =
                                    new AllDirectedPaths<>(dag);
                            for (int a = 0; a < k; a++) {
                                for (int b = 0; b < k; b++) {
                                    int expected = paths.getAllPaths(a, b, true, null).size();
                                    assertEquals(
                                            expected, f.homSize(a, b), "Hom(" + a + "," + b + ")");
                                }
                            }
                        });
    }

    @Test
    void freeCategoryIsLabelledByVerticesAndEdges() {
        DirectedAcyclicGraph<String, String> dag = new DirectedAcyclicGraph<>(null, null, false);
        dag.addVertex("x");
        dag.addVertex("y");
        dag.addVertex("z");
        dag.addEdge("x", "y", "f");
        dag.addEdge("y", "z", "g");
        FiniteCategory c = CategoryGraphs.freeCategory(dag, Budget.defaults());
        assertEquals("y", c.labels().object(1));
        assertEquals("id_x", c.labels().morphism(0));
        assertEquals("f;g", c.labels().morphism(c.hom(0, 2).get(0)));
    }

    @Test
    void freeCategoryOnCyclicGraphIsRefusedNamingTheCycle() {
        DirectedPseudograph<String, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
        g.addVertex("a");
        g.addVertex("b");
        g.addVertex("c");
        g.addEdge("a", "b");
        g.addEdge("b", "c");
        g.addEdge("c", "b");
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> CategoryGraphs.freeCategory(g, Budget.defaults()));
        assertTrue(
                e.getMessage().contains("b")
                        && e.getMessage().contains("c")
                        && !e.getMessage().contains("[a"),
                e.getMessage());
    }

    @Test
    void posetFromDagIsItsReachabilityOrder() {
        DirectedAcyclicGraph<Integer, DefaultEdge> dag =
                new DirectedAcyclicGraph<>(DefaultEdge.class);
        for (int x = 0; x < 4; x++) {
            dag.addVertex(x);
        }
        dag.addEdge(0, 1);
        dag.addEdge(1, 2);
        dag.addEdge(2, 3);
        assertEquals(Categories.chain(4), CategoryGraphs.poset(dag));
        assertEquals(3, dag.edgeSet().size(), "input not modified");
    }

    @Test
    void hasseDiagramOfChainIsTheCoveringRelation() {
        // chain(4): identities 0..3, then (0,1)=4, (0,2)=5, (0,3)=6, (1,2)=7, (1,3)=8, (2,3)=9
        assertEquals(IntSeq.of(4, 7, 9), CategoryGraphs.hasseDiagram(Categories.chain(4)));
        assertThrows(
                IllegalArgumentException.class,
                () -> CategoryGraphs.hasseDiagram(Categories.parallelPair()));
        assertThrows(
                IllegalArgumentException.class,
                () -> CategoryGraphs.hasseDiagram(Categories.walkingIsomorphism()));
    }

    @Test
    void hasseDiagramGeneratesEveryPoset() {
        qt().withExamples(100)
                .forAll(SmallCategories.posets())
                .checkAssert(
                        r -> {
                            FiniteCategory p = r.build();
                            IntSeq h = CategoryGraphs.hasseDiagram(p);
                            // the Hasse edges are exactly the indecomposables, which the canonical
                            // generators also are
                            assertEquals(p.generators(), h);
                        });
    }

    @Test
    void componentsOfTheRotationCategoryAreItsOrbits() {
        FiniteCategory r = SmallCategories.actionGroupoidOfCyclic(4, 4, 2, 1);
        List<Set<Integer>> expected = List.of(Set.of(0, 1, 2, 3), Set.of(4, 5), Set.of(6));
        assertEquals(expected, CategoryGraphs.components(r));
        assertEquals(expected, CategoryGraphs.strongComponents(r));
        assertEquals(3, CategoryGraphs.strongComponents(Categories.chain(3)).size());
        assertEquals(1, CategoryGraphs.components(Categories.chain(3)).size());
    }

    @Test
    void isomorphismFilter() {
        FiniteCategory a =
                Constructions.coproduct(Categories.cyclicGroup(2), Categories.terminal());
        FiniteCategory b =
                Constructions.coproduct(Categories.terminal(), Categories.cyclicGroup(2));
        assertTrue(CategoryGraphs.mayBeIsomorphic(a, b));
        assertTrue(CategoryGraphs.mayBeIsomorphic(Categories.chain(3), Categories.chain(3).op()));
        assertFalse(
                CategoryGraphs.mayBeIsomorphic(
                        Categories.walkingArrow(), Categories.parallelPair()));
        FiniteCategory v = Constructions.product(Categories.walkingArrow(), Categories.terminal());
        assertTrue(CategoryGraphs.mayBeIsomorphic(v, Categories.walkingArrow()));
        // same counts (3 objects, 5 morphisms) but different shapes: 0→1←2 vs 0→1→... (a cospan vs
        // a span)
        FiniteCategory cospan =
                Categories.poset(
                        new boolean[][] {
                            {false, true, false}, {false, false, false}, {false, true, false}
                        });
        FiniteCategory span =
                Categories.poset(
                        new boolean[][] {
                            {false, true, true}, {false, false, false}, {false, false, false}
                        });
        assertFalse(CategoryGraphs.mayBeIsomorphic(cospan, span));
        assertTrue(CategoryGraphs.mayBeIsomorphic(cospan, span.op()));
    }

    @Test
    void dotExportListsObjectsAndNonIdentityMorphisms() {
        String dot = CategoryGraphs.toDot(Categories.walkingIsomorphism());
        assertTrue(dot.startsWith("digraph"));
        assertTrue(dot.contains("n0 -> n1 [label=\"f\"]"), dot);
        assertTrue(dot.contains("n1 -> n0 [label=\"g\"]"), dot);
        assertEquals(2, dot.split("->").length - 1);
    }

    @Test
    void dotExportOfAPresheafDrawsItsElements() {
        SetFunctor t = SetFunctor.terminal(Categories.walkingArrow(), Variance.CONTRAVARIANT);
        String dot = CategoryGraphs.toDot(t);
        // ∫(terminal) ≅ C: two elements and one non-identity arrow
        assertEquals(1, dot.split("->").length - 1, dot);
        assertTrue(dot.contains("0:0") && dot.contains("1:0"), dot);
    }
}
