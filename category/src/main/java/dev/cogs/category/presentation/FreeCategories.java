package dev.cogs.category.presentation;

import dev.cogs.category.Budget;
import dev.cogs.category.Categories;
import dev.cogs.category.FiniteCategory;
import dev.cogs.category.IntSeq;
import dev.cogs.category.Labels;
import dev.cogs.category.internal.Buckets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Free categories on finite acyclic directed multigraphs (docs/category.md §2.3 item 6): the
 * categories presented by generators without equations, built by path enumeration under a budget.
 * Stateless; every result is immutable.
 *
 * <p>Morphisms are paths, composition is concatenation. Numbering: identities (empty paths) are
 * morphisms {@code 0..k-1}; then paths by length, and paths of equal length in lexicographic order
 * of their edge sequences (first edge first), which is the shortlex order of {@link Presentation}
 * with no equations. Edge e is path {@code k + e'} where e' is its rank among edges (edges keep
 * their order). \(|\mathrm{Hom}(a, b)| = ((I - A)^{-1})_{ab}\) for the adjacency count matrix A.
 */
public final class FreeCategories {

    private FreeCategories() {}

    /**
     * The free category on a finite acyclic directed multigraph.
     *
     * @param objects the number of vertices
     * @param source the source vertex of each edge
     * @param target the target vertex of each edge
     * @param budget the largest number of morphisms allowed
     * @return the free category
     * @throws IllegalArgumentException if an endpoint is out of range, the graph has a directed
     *     cycle (the message names one), or there are more paths than {@code budget.maxMorphisms()}
     */
    public static FiniteCategory onAcyclicGraph(
            int objects, int[] source, int[] target, Budget budget) {
        return build(objects, source, target, budget, null, null);
    }

    /**
     * The free category on a finite acyclic multigraph with named vertices and edges; numbering as
     * {@link #onAcyclicGraph(int, int[], int[], Budget)}. Labels: objects by name, identities
     * {@code id_X}, paths as edge names joined by {@code ";"} in diagrammatic order.
     *
     * @param objectNames one name per vertex
     * @param source the source vertex of each edge
     * @param target the target vertex of each edge
     * @param edgeNames one name per edge
     * @param budget the largest number of morphisms allowed
     * @return the labelled free category
     * @throws IllegalArgumentException as the unlabelled version, or if the name lists have the
     *     wrong sizes
     */
    public static FiniteCategory onAcyclicGraph(
            List<String> objectNames,
            int[] source,
            int[] target,
            List<String> edgeNames,
            Budget budget) {
        Objects.requireNonNull(objectNames, "objectNames");
        Objects.requireNonNull(edgeNames, "edgeNames");
        return build(
                objectNames.size(),
                source,
                target,
                budget,
                List.copyOf(objectNames),
                List.copyOf(edgeNames));
    }

    private static FiniteCategory build(
            int objects,
            int[] source,
            int[] target,
            Budget budget,
            List<String> objectNames,
            List<String> edgeNames) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(budget, "budget");
        if (objects < 0) {
            throw new IllegalArgumentException("objects (" + objects + ") must be >= 0");
        }
        if (source.length != target.length) {
            throw new IllegalArgumentException(
                    "source has " + source.length + " edges, target has " + target.length);
        }
        int e = source.length;
        for (int i = 0; i < e; i++) {
            if (source[i] < 0 || source[i] >= objects || target[i] < 0 || target[i] >= objects) {
                throw new IllegalArgumentException(
                        "edge "
                                + i
                                + " ("
                                + source[i]
                                + " -> "
                                + target[i]
                                + ") has an endpoint out of range [0, "
                                + objects
                                + ")");
            }
        }
        List<Integer> cycle = findCycle(objects, source, target);
        if (!cycle.isEmpty()) {
            throw new IllegalArgumentException(
                    "graph has a directed cycle through vertices "
                            + cycle
                            + ": the free category on it is infinite");
        }
        int limit = Math.min(budget.maxMorphisms(), Categories.MAX_MORPHISMS);
        List<int[]> paths = new ArrayList<>();
        List<Integer> doms = new ArrayList<>();
        List<Integer> cods = new ArrayList<>();
        for (int x = 0; x < objects; x++) {
            paths.add(new int[0]);
            doms.add(x);
            cods.add(x);
        }
        if (paths.size() > limit) {
            throw exceeded(limit);
        }
        // paths of length L+1 extend those of length L by one edge at the end; the previous layer
        // is in
        // lexicographic order, so the next one is too when extensions are taken in edge order
        int layerStart = objects;
        List<int[]> layer = new ArrayList<>();
        for (int i = 0; i < e; i++) {
            layer.add(new int[] {i});
        }
        while (!layer.isEmpty()) {
            for (int[] p : layer) {
                if (paths.size() >= limit) {
                    throw exceeded(limit);
                }
                paths.add(p);
                doms.add(source[p[0]]);
                cods.add(target[p[p.length - 1]]);
            }
            List<int[]> next = new ArrayList<>();
            for (int i = layerStart; i < paths.size(); i++) {
                int[] p = paths.get(i);
                for (int j = 0; j < e; j++) {
                    if (source[j] == target[p[p.length - 1]]) {
                        int[] q = Arrays.copyOf(p, p.length + 1);
                        q[p.length] = j;
                        next.add(q);
                        if (paths.size() + next.size() > limit) {
                            throw exceeded(limit);
                        }
                    }
                }
            }
            layerStart = paths.size();
            layer = next;
        }
        int n = paths.size();
        Map<IntSeq, Integer> index = new HashMap<>();
        int[] dom = new int[n];
        int[] cod = new int[n];
        for (int m = 0; m < n; m++) {
            dom[m] = doms.get(m);
            cod[m] = cods.get(m);
            if (m >= objects) {
                index.put(IntSeq.of(paths.get(m)), m);
            }
        }
        int[] id = new int[objects];
        for (int x = 0; x < objects; x++) {
            id[x] = x;
        }
        int[][] byDom = Buckets.byKey(objects, n, dom);
        int[][] comp = new int[n][n];
        for (int[] row : comp) {
            Arrays.fill(row, -1);
        }
        for (int f = 0; f < n; f++) {
            int[] pf = paths.get(f);
            for (int g : byDom[cod[f]]) {
                int[] pg = paths.get(g);
                int h;
                if (pf.length == 0) {
                    h = g;
                } else if (pg.length == 0) {
                    h = f;
                } else {
                    int[] q = Arrays.copyOf(pf, pf.length + pg.length);
                    System.arraycopy(pg, 0, q, pf.length, pg.length);
                    h = index.get(IntSeq.of(q));
                }
                comp[g][f] = h;
            }
        }
        Labels labels = Labels.none();
        if (objectNames != null) {
            if (objectNames.size() != objects || edgeNames.size() != e) {
                throw new IllegalArgumentException(
                        "names: "
                                + objectNames.size()
                                + " object and "
                                + edgeNames.size()
                                + " edge names for "
                                + objects
                                + " objects and "
                                + e
                                + " edges");
            }
            List<String> ml = new ArrayList<>();
            for (int m = 0; m < n; m++) {
                int[] p = paths.get(m);
                if (p.length == 0) {
                    ml.add("id_" + objectNames.get(m));
                } else {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < p.length; i++) {
                        sb.append(i == 0 ? "" : ";").append(edgeNames.get(p[i]));
                    }
                    ml.add(sb.toString());
                }
            }
            labels = Labels.of(objectNames, ml);
        }
        // valid by construction: skip the O(composable triples) associativity check of fromTable
        return Categories.candidate(objects, dom, cod, id, comp, labels);
    }

    private static IllegalArgumentException exceeded(int limit) {
        return new IllegalArgumentException(
                "free category exceeds budget: more than " + limit + " morphisms (paths)");
    }

    /**
     * One directed cycle as a vertex list (first vertex repeated at the end), or empty if acyclic.
     */
    static List<Integer> findCycle(int k, int[] source, int[] target) {
        int[][] out = Buckets.byKey(k, source.length, source);
        int[] state = new int[k];
        int[] parent = new int[k];
        int[] edgePos = new int[k];
        for (int s = 0; s < k; s++) {
            if (state[s] != 0) {
                continue;
            }
            int[] stack = new int[k];
            int top = 0;
            stack[top++] = s;
            state[s] = 1;
            parent[s] = -1;
            while (top > 0) {
                int v = stack[top - 1];
                if (edgePos[v] < out[v].length) {
                    int w = target[out[v][edgePos[v]++]];
                    if (state[w] == 1) {
                        List<Integer> cyc = new ArrayList<>();
                        cyc.add(w);
                        for (int i = 0; i < top; i++) {
                            if (stack[i] == w) {
                                for (int j = i + 1; j < top; j++) {
                                    cyc.add(stack[j]);
                                }
                                break;
                            }
                        }
                        cyc.add(w);
                        return cyc;
                    }
                    if (state[w] == 0) {
                        state[w] = 1;
                        parent[w] = v;
                        stack[top++] = w;
                    }
                } else {
                    state[v] = 2;
                    top--;
                }
            }
        }
        return List.of();
    }
}
