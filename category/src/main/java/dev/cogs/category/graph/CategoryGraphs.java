package dev.cogs.category.graph;

import dev.cogs.category.Budget;
import dev.cogs.category.Categories;
import dev.cogs.category.FiniteCategory;
import dev.cogs.category.IntSeq;
import dev.cogs.category.Labels;
import dev.cogs.category.presentation.FreeCategories;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.alg.TransitiveClosure;
import org.jgrapht.alg.TransitiveReduction;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.alg.isomorphism.VF2GraphIsomorphismInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.graph.SimpleDirectedGraph;

/**
 * Static adapters between finite categories and JGraphT 1.5.3 graphs.
 *
 * <p>Vertices of JGraphT inputs are numbered in the iteration order of {@code vertexSet()}, edges
 * in the order of {@code edgeSet()}; both orders are deterministic for JGraphT's default (linked)
 * graph implementations. Outputs are fresh graphs owned by the caller.
 */
public final class CategoryGraphs {

    private CategoryGraphs() {}

    /**
     * The underlying directed multigraph: vertices are objects, edges are morphisms ({@link Arrow},
     * with loops for endomorphisms and parallel edges for hom-sets of size &gt; 1).
     *
     * @param c the category
     * @param includeIdentities whether identity morphisms become loops
     * @return a fresh {@link DirectedPseudograph}
     */
    public static Graph<Integer, Arrow> underlying(FiniteCategory c, boolean includeIdentities) {
        Objects.requireNonNull(c, "c");
        DirectedPseudograph<Integer, Arrow> g = new DirectedPseudograph<>(null, null, false);
        addObjects(g, c);
        for (int m = 0; m < c.morphismCount(); m++) {
            if (includeIdentities || !c.isIdentity(m)) {
                g.addEdge(c.dom(m), c.cod(m), new Arrow(m, c.dom(m), c.cod(m)));
            }
        }
        return g;
    }

    /**
     * The free category on a finite directed graph, which must be acyclic (the free category on a
     * graph with a cycle is infinite). Objects follow {@code vertexSet()} order, edges {@code
     * edgeSet()} order; numbering of paths as {@link FreeCategories#onAcyclicGraph}. Labels are the
     * vertices' and edges' {@code toString} (paths are labelled by their edges joined with {@code
     * ";"} in diagrammatic order).
     *
     * @param g the graph (any JGraphT graph; directed edges)
     * @param budget the largest number of morphisms (paths) allowed
     * @param <V> vertex type
     * @param <E> edge type
     * @return the free category
     * @throws IllegalArgumentException if the graph has a directed cycle (the message names its
     *     vertices, found by {@link CycleDetector}) or the paths exceed the budget
     */
    public static <V, E> FiniteCategory freeCategory(Graph<V, E> g, Budget budget) {
        Objects.requireNonNull(g, "g");
        Objects.requireNonNull(budget, "budget");
        if (!(g instanceof DirectedAcyclicGraph)) {
            CycleDetector<V, E> cd = new CycleDetector<>(g);
            if (cd.detectCycles()) {
                throw new IllegalArgumentException(
                        "graph has directed cycles through vertices "
                                + cd.findCycles()
                                + ": the free category on it is infinite");
            }
        }
        List<V> vs = new ArrayList<>(g.vertexSet());
        Map<V, Integer> index = new HashMap<>();
        for (int i = 0; i < vs.size(); i++) {
            index.put(vs.get(i), i);
        }
        List<E> es = new ArrayList<>(g.edgeSet());
        int[] s = new int[es.size()];
        int[] t = new int[es.size()];
        for (int i = 0; i < es.size(); i++) {
            s[i] = index.get(g.getEdgeSource(es.get(i)));
            t[i] = index.get(g.getEdgeTarget(es.get(i)));
        }
        List<String> vn = vs.stream().map(String::valueOf).collect(Collectors.toList());
        List<String> en = es.stream().map(String::valueOf).collect(Collectors.toList());
        return FreeCategories.onAcyclicGraph(vn, s, t, en, budget);
    }

    /**
     * The poset (thin category) of the reachability order of a DAG, computed with {@link
     * TransitiveClosure#closeDirectedAcyclicGraph} on a copy (the input is not modified). Objects
     * follow {@code vertexSet()} order; numbering as {@link Categories#poset(boolean[][])}.
     *
     * @param g the DAG
     * @param <V> vertex type
     * @param <E> edge type
     * @return the poset
     */
    public static <V, E> FiniteCategory poset(DirectedAcyclicGraph<V, E> g) {
        Objects.requireNonNull(g, "g");
        List<V> vs = new ArrayList<>(g.vertexSet());
        Map<V, Integer> index = new HashMap<>();
        DirectedAcyclicGraph<Integer, DefaultEdge> copy =
                new DirectedAcyclicGraph<>(DefaultEdge.class);
        for (int i = 0; i < vs.size(); i++) {
            index.put(vs.get(i), i);
            copy.addVertex(i);
        }
        for (E e : g.edgeSet()) {
            int a = index.get(g.getEdgeSource(e));
            int b = index.get(g.getEdgeTarget(e));
            if (a != b && !copy.containsEdge(a, b)) {
                copy.addEdge(a, b);
            }
        }
        TransitiveClosure.INSTANCE.closeDirectedAcyclicGraph(copy);
        boolean[][] le = new boolean[vs.size()][vs.size()];
        for (DefaultEdge e : copy.edgeSet()) {
            le[copy.getEdgeSource(e)][copy.getEdgeTarget(e)] = true;
        }
        return Categories.poset(le);
    }

    /**
     * The Hasse diagram of a thin category, by {@link TransitiveReduction}: the non-identity
     * morphisms a → b that do not factor through a third object. For a poset this is a minimal
     * generating set.
     *
     * @param c a thin category whose objects are pairwise non-isomorphic (a poset)
     * @return the Hasse morphisms, ascending
     * @throws IllegalArgumentException if c is not thin or has a cycle a → b → a with a ≠ b
     */
    public static IntSeq hasseDiagram(FiniteCategory c) {
        Objects.requireNonNull(c, "c");
        SimpleDirectedGraph<Integer, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
        addObjects(g, c);
        int k = c.objectCount();
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                int h = c.homSize(a, b);
                if (h > 1) {
                    throw new IllegalArgumentException(
                            "not thin: |Hom(" + a + ", " + b + ")| = " + h);
                }
                if (h == 1 && a != b) {
                    if (c.homSize(b, a) > 0) {
                        throw new IllegalArgumentException(
                                "not a poset: objects " + a + " and " + b + " are isomorphic");
                    }
                    g.addEdge(a, b);
                }
            }
        }
        TransitiveReduction.INSTANCE.reduce(g);
        int[] out =
                g.edgeSet().stream()
                        .mapToInt(e -> c.hom(g.getEdgeSource(e), g.getEdgeTarget(e)).get(0))
                        .sorted()
                        .toArray();
        return IntSeq.of(out);
    }

    /**
     * Connected components of the underlying graph (weak connectivity), by {@link
     * ConnectivityInspector}.
     *
     * @param c the category
     * @return the components as sorted sets, ordered by least object
     */
    public static List<Set<Integer>> components(FiniteCategory c) {
        return sortedByLeast(new ConnectivityInspector<>(underlying(c, false)).connectedSets());
    }

    /**
     * Strongly connected components, by {@link KosarajuStrongConnectivityInspector}. In a groupoid
     * these are the isomorphism classes of objects; in general isomorphic objects share a strong
     * component but not conversely.
     *
     * @param c the category
     * @return the strong components as sorted sets, ordered by least object
     */
    public static List<Set<Integer>> strongComponents(FiniteCategory c) {
        return sortedByLeast(
                new KosarajuStrongConnectivityInspector<>(underlying(c, false))
                        .stronglyConnectedSets());
    }

    /** Adds one vertex per object of c, numbered like the objects. */
    private static void addObjects(Graph<Integer, ?> g, FiniteCategory c) {
        for (int x = 0; x < c.objectCount(); x++) {
            g.addVertex(x);
        }
    }

    /** The sets as unmodifiable sorted sets, ordered by least element. */
    private static List<Set<Integer>> sortedByLeast(List<Set<Integer>> sets) {
        List<Set<Integer>> out = new ArrayList<>();
        for (Set<Integer> s : sets) {
            out.add(Collections.unmodifiableSet(new TreeSet<>(s)));
        }
        out.sort(Comparator.comparing(s -> new TreeSet<>(s).first()));
        return List.copyOf(out);
    }

    /**
     * The hom-count graph: one edge a → b for each non-empty Hom(a, b) with a ≠ b, weighted by its
     * size.
     *
     * @param c the category
     * @return a fresh simple directed graph
     */
    public static Graph<Integer, HomEdge> homCountGraph(FiniteCategory c) {
        SimpleDirectedGraph<Integer, HomEdge> g = new SimpleDirectedGraph<>(null, null, false);
        addObjects(g, c);
        int k = c.objectCount();
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                int h = c.homSize(a, b);
                if (a != b && h > 0) {
                    g.addEdge(a, b, new HomEdge(a, b, h));
                }
            }
        }
        return g;
    }

    /**
     * A necessary condition for C ≅ D: equal object and morphism counts and isomorphic hom-count
     * graphs (vertices compared by |End(a)|, edges by |Hom(a, b)|), decided by {@link
     * VF2GraphIsomorphismInspector}. A {@code false} answer proves the categories non-isomorphic;
     * {@code true} does not prove isomorphism, which must also match composition.
     *
     * @param c the first category
     * @param d the second category
     * @return false if C and D are certainly not isomorphic
     */
    public static boolean mayBeIsomorphic(FiniteCategory c, FiniteCategory d) {
        if (c.objectCount() != d.objectCount() || c.morphismCount() != d.morphismCount()) {
            return false;
        }
        Graph<Integer, HomEdge> gc = homCountGraph(c);
        Graph<Integer, HomEdge> gd = homCountGraph(d);
        // VF2 calls the comparators with a vertex (edge) of gc first and one of gd second
        Comparator<Integer> vertices = (x, y) -> Integer.compare(c.homSize(x, x), d.homSize(y, y));
        Comparator<HomEdge> edges = Comparator.comparingInt(HomEdge::size);
        return new VF2GraphIsomorphismInspector<>(gc, gd, vertices, edges).isomorphismExists();
    }

    /**
     * A Graphviz DOT picture of a category: objects as nodes, non-identity morphisms as labelled
     * edges.
     *
     * @param c the category
     * @return DOT source text
     */
    public static String toDot(FiniteCategory c) {
        Objects.requireNonNull(c, "c");
        Labels l = c.labels();
        return dot("C", c, l::object, l::morphism);
    }

    /**
     * A DOT picture of a set-valued functor as its category of elements: one node per element (X,
     * x), labelled {@code X:x}, one edge per non-identity morphism of ∫F.
     *
     * @param f the (co)presheaf
     * @return DOT source text
     */
    public static String toDot(dev.cogs.category.sets.SetFunctor f) {
        Objects.requireNonNull(f, "f");
        FiniteCategory el = dev.cogs.category.yoneda.Elements.of(f);
        dev.cogs.category.Functor pi = dev.cogs.category.yoneda.Elements.projection(f);
        Labels base = f.domain().labels();
        Map<Integer, Integer> seen = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < el.objectCount(); i++) {
            int x = pi.onObject(i);
            int j = seen.merge(x, 1, Integer::sum) - 1;
            names.add(base.object(x) + ":" + j);
        }
        return dot("Elements", el, names::get, m -> base.morphism(pi.onMorphism(m)));
    }

    /**
     * DOT source of a category: node {@code n<x>} per object, one labelled edge per non-identity
     * morphism.
     */
    private static String dot(
            String graphName,
            FiniteCategory c,
            IntFunction<String> objectLabel,
            IntFunction<String> morphismLabel) {
        StringBuilder sb = new StringBuilder("digraph " + graphName + " {\n");
        for (int x = 0; x < c.objectCount(); x++) {
            sb.append(
                    String.format(
                            Locale.ROOT,
                            "  n%d [label=\"%s\"];%n",
                            x,
                            escape(objectLabel.apply(x))));
        }
        for (int m = 0; m < c.morphismCount(); m++) {
            if (!c.isIdentity(m)) {
                sb.append(
                        String.format(
                                Locale.ROOT,
                                "  n%d -> n%d [label=\"%s\"];%n",
                                c.dom(m),
                                c.cod(m),
                                escape(morphismLabel.apply(m))));
            }
        }
        return sb.append("}\n").toString();
    }

    private static String escape(String s) {
        return s.chars()
                .mapToObj(
                        ch ->
                                ch == '"' || ch == '\\'
                                        ? "\\" + (char) ch
                                        : String.valueOf((char) ch))
                .collect(Collectors.joining());
    }
}
