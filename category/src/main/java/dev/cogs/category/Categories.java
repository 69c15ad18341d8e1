package dev.cogs.category;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Static factories for finite categories (spec §2.3): fixtures, tables, monoids and groups, Z_d, action
 * groupoids, preorders, free categories on acyclic graphs, concrete closures and derived categories.
 *
 * <p>Every result is immutable. Factories that take raw tables validate them and throw an
 * {@link IllegalArgumentException} listing the first axiom failures; the derived constructions are valid
 * by construction. Morphism numbering is documented per factory and is deterministic.
 */
public final class Categories {

    private Categories() {
    }

    /**
     * A builder for a category with the given number of objects; identities are morphisms {@code 0..k-1}.
     *
     * @param objects the number of objects
     * @return a fresh builder
     * @throws IllegalArgumentException if {@code objects < 0}
     */
    public static CategoryBuilder builder(int objects) {
        return new CategoryBuilder(objects);
    }

    /**
     * A category from an explicit table, validated.
     *
     * @param objects the number of objects k
     * @param dom dom of each morphism
     * @param cod cod of each morphism
     * @param identity the identity of each object
     * @param compose {@code compose[g][f]} = g∘f, or -1 when not composable; n×n
     * @return the category
     * @throws IllegalArgumentException if the shapes disagree or the axioms fail (the message lists failures)
     */
    public static FiniteCategory fromTable(int objects, int[] dom, int[] cod, int[] identity, int[][] compose) {
        int[][] a = tableArrays(objects, dom, cod, identity, compose);
        return TableCategory.checked(objects, dom.length, a[0], a[1], a[2], a[3], Labels.none(), "table");
    }

    /**
     * The axiom report of an explicit table, without throwing on axiom failures.
     *
     * @param objects the number of objects k
     * @param dom dom of each morphism
     * @param cod cod of each morphism
     * @param identity the identity of each object
     * @param compose {@code compose[g][f]} = g∘f, or -1 when not composable; n×n
     * @param maxFailures how many failures to store (the total is always counted)
     * @return the report
     * @throws IllegalArgumentException if the array shapes disagree or {@code maxFailures < 0}
     */
    public static AxiomReport checkTable(int objects, int[] dom, int[] cod, int[] identity, int[][] compose,
                                         int maxFailures) {
        if (maxFailures < 0) {
            throw new IllegalArgumentException("maxFailures (" + maxFailures + ") must be >= 0");
        }
        int[][] a = tableArrays(objects, dom, cod, identity, compose);
        return Axioms.check(objects, dom.length, a[0], a[1], a[2], a[3], maxFailures);
    }

    /**
     * The axiom report of any implementation, storing at most {@code maxFailures} failures.
     *
     * @param c the category to check
     * @param maxFailures how many failures to store
     * @return the report
     * @throws IllegalArgumentException if {@code maxFailures < 0}
     */
    public static AxiomReport check(FiniteCategory c, int maxFailures) {
        Objects.requireNonNull(c, "c");
        if (maxFailures < 0) {
            throw new IllegalArgumentException("maxFailures (" + maxFailures + ") must be >= 0");
        }
        return Axioms.check(c, maxFailures);
    }

    private static int[][] tableArrays(int objects, int[] dom, int[] cod, int[] identity, int[][] compose) {
        Objects.requireNonNull(dom, "dom");
        Objects.requireNonNull(cod, "cod");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(compose, "compose");
        int n = dom.length;
        if (objects < 0) {
            throw new IllegalArgumentException("objects (" + objects + ") must be >= 0");
        }
        if (n > TableCategory.MAX_MORPHISMS) {
            throw new IllegalArgumentException("morphisms (" + n + ") exceed " + TableCategory.MAX_MORPHISMS);
        }
        if (cod.length != n) {
            throw new IllegalArgumentException("cod has length " + cod.length + ", dom has " + n);
        }
        if (identity.length != objects) {
            throw new IllegalArgumentException("identity has length " + identity.length + " for " + objects
                    + " objects");
        }
        if (compose.length != n) {
            throw new IllegalArgumentException("compose has " + compose.length + " rows for " + n + " morphisms");
        }
        int[] comp = new int[n * n];
        for (int g = 0; g < n; g++) {
            if (compose[g].length != n) {
                throw new IllegalArgumentException("compose row " + g + " has length " + compose[g].length
                        + ", expected " + n);
            }
            System.arraycopy(compose[g], 0, comp, g * n, n);
        }
        return new int[][] {dom.clone(), cod.clone(), identity.clone(), comp};
    }

    // ---------------------------------------------------------------- fixtures

    /**
     * The terminal category 1: one object, one morphism.
     *
     * @return 1
     */
    public static FiniteCategory terminal() {
        return discrete(1);
    }

    /**
     * The discrete category on n objects (identities only; morphism i = id_i).
     *
     * @param n the number of objects
     * @return the discrete category
     * @throws IllegalArgumentException if {@code n < 0}
     */
    public static FiniteCategory discrete(int n) {
        return builder(n).build();
    }

    /**
     * The walking arrow 2: objects 0, 1; morphisms id0 = 0, id1 = 1, f = 2: 0 → 1 (equal to {@code chain(2)}
     * up to labels).
     *
     * @return 2
     */
    public static FiniteCategory walkingArrow() {
        CategoryBuilder b = builder(2);
        b.morphism(0, 1, "f");
        return b.build();
    }

    /**
     * The chain (total order) 0 &lt; 1 &lt; … &lt; n−1 as a thin category; numbering as {@link #poset(boolean[][])},
     * so {@code chain(3)} has 6 morphisms.
     *
     * @param n the number of objects
     * @return the chain
     * @throws IllegalArgumentException if {@code n < 0}
     */
    public static FiniteCategory chain(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n (" + n + ") must be >= 0");
        }
        boolean[][] le = new boolean[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = a; b < n; b++) {
                le[a][b] = true;
            }
        }
        return poset(le);
    }

    /**
     * The walking isomorphism I: objects 0, 1; id0 = 0, id1 = 1, f = 2: 0 → 1, g = 3: 1 → 0, g∘f = id0,
     * f∘g = id1.
     *
     * @return I
     */
    public static FiniteCategory walkingIsomorphism() {
        CategoryBuilder b = builder(2);
        int f = b.morphism(0, 1, "f");
        int g = b.morphism(1, 0, "g");
        return b.compose(g, f, 0).compose(f, g, 1).build();
    }

    /**
     * The parallel pair ⇉: objects 0, 1; id0 = 0, id1 = 1, f = 2 and g = 3, both 0 → 1.
     *
     * @return the parallel pair
     */
    public static FiniteCategory parallelPair() {
        CategoryBuilder b = builder(2);
        b.morphism(0, 1, "f");
        b.morphism(0, 1, "g");
        return b.build();
    }

    // ---------------------------------------------------------------- monoids and groups

    /**
     * The one-object category BM of a finite monoid given by its multiplication table.
     *
     * <p>Morphism a is the element a; {@code compose(a, b) = table[a][b]} (the product a·b, so a∘b = a·b);
     * the identity is {@code unit}.
     *
     * @param table the n×n multiplication table
     * @param unit the unit element
     * @return BM
     * @throws IllegalArgumentException if the table is not square, has entries out of range, or is not
     *     associative and unital (the message names the witnesses)
     */
    public static FiniteCategory fromMonoidTable(int[][] table, int unit) {
        Objects.requireNonNull(table, "table");
        int n = table.length;
        if (n == 0) {
            throw new IllegalArgumentException("monoid table must be non-empty");
        }
        int[][] compose = new int[n][];
        for (int a = 0; a < n; a++) {
            if (table[a].length != n) {
                throw new IllegalArgumentException("monoid table row " + a + " has length " + table[a].length
                        + ", expected " + n);
            }
            compose[a] = table[a].clone();
        }
        int[][] arr = tableArrays(1, new int[n], new int[n], new int[] {unit}, compose);
        return TableCategory.checked(1, n, arr[0], arr[1], arr[2], arr[3], Labels.none(), "monoid table");
    }

    /**
     * The one-object groupoid BG of a finite group given by its multiplication table.
     *
     * @param table the n×n multiplication table
     * @param unit the unit element
     * @return BG
     * @throws IllegalArgumentException if the table is not a monoid table or an element has no inverse
     */
    public static FiniteCategory fromGroupTable(int[][] table, int unit) {
        FiniteCategory c = fromMonoidTable(table, unit);
        int n = table.length;
        for (int a = 0; a < n; a++) {
            boolean found = false;
            for (int b = 0; b < n && !found; b++) {
                found = table[a][b] == unit && table[b][a] == unit;
            }
            if (!found) {
                throw new IllegalArgumentException("group table: element " + a + " has no two-sided inverse");
            }
        }
        return c;
    }

    /**
     * The cyclic group BZ_d: morphism a is the residue a ∈ {0..d−1}, a∘b = (a + b) mod d, identity 0.
     * Its table is exactly the modular-addition dataset.
     *
     * @param d the order, ≥ 1
     * @return BZ_d
     * @throws IllegalArgumentException if {@code d < 1} or too large for a table
     */
    public static FiniteCategory cyclicGroup(int d) {
        if (d < 1 || d > TableCategory.MAX_MORPHISMS) {
            throw new IllegalArgumentException("d (" + d + ") must be in [1, " + TableCategory.MAX_MORPHISMS + "]");
        }
        int[] comp = new int[d * d];
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                comp[a * d + b] = (a + b) % d;
            }
        }
        return new TableCategory(1, d, new int[d], new int[d], new int[] {0}, comp, Labels.none());
    }

    /**
     * The action groupoid G ⋉ S of a finite group acting on {0..s−1}.
     *
     * <p>Objects are the points s; morphism {@code s * |G| + g} is (g, s): s → g·s; composition
     * (h, g·s)∘(g, s) = (h·g, s) with h·g = {@code groupTable[h][g]}; the identity of s is (e, s). So
     * |Mor| = |G|·|S| and Hom(s, t) lists g ascending.
     *
     * @param groupTable the group's multiplication table
     * @param unit the unit e
     * @param action {@code action[g][s]} = g·s
     * @return the action groupoid
     * @throws IllegalArgumentException if the table is not a group or the action is not a left action
     *     (e·s = s and (h·g)·s = h·(g·s)); the message names the witness
     */
    public static FiniteCategory actionGroupoid(int[][] groupTable, int unit, int[][] action) {
        fromGroupTable(groupTable, unit);
        Objects.requireNonNull(action, "action");
        int gn = groupTable.length;
        if (action.length != gn) {
            throw new IllegalArgumentException("action has " + action.length + " rows for a group of order " + gn);
        }
        int s = gn == 0 ? 0 : action[0].length;
        for (int g = 0; g < gn; g++) {
            if (action[g].length != s) {
                throw new IllegalArgumentException("action row " + g + " has length " + action[g].length
                        + ", expected " + s);
            }
            for (int x = 0; x < s; x++) {
                if (action[g][x] < 0 || action[g][x] >= s) {
                    throw new IllegalArgumentException("action[" + g + "][" + x + "] (" + action[g][x]
                            + ") out of range [0, " + s + ")");
                }
            }
        }
        for (int x = 0; x < s; x++) {
            if (action[unit][x] != x) {
                throw new IllegalArgumentException("action: unit " + unit + " moves point " + x);
            }
            for (int g = 0; g < gn; g++) {
                for (int h = 0; h < gn; h++) {
                    if (action[groupTable[h][g]][x] != action[h][action[g][x]]) {
                        throw new IllegalArgumentException("action: (h*g).x != h.(g.x) for h=" + h + ", g=" + g
                                + ", x=" + x);
                    }
                }
            }
        }
        int n = gn * s;
        requireTableSize("action groupoid", n);
        int[] dom = new int[n];
        int[] cod = new int[n];
        int[] id = new int[s];
        for (int x = 0; x < s; x++) {
            id[x] = x * gn + unit;
            for (int g = 0; g < gn; g++) {
                dom[x * gn + g] = x;
                cod[x * gn + g] = action[g][x];
            }
        }
        int[] comp = new int[n * n];
        Arrays.fill(comp, -1);
        for (int f = 0; f < n; f++) {
            int x = f / gn;
            int g = f % gn;
            int y = action[g][x];
            for (int h = 0; h < gn; h++) {
                comp[(y * gn + h) * n + f] = x * gn + groupTable[h][g];
            }
        }
        return new TableCategory(s, n, dom, cod, id, comp, Labels.none());
    }

    // ---------------------------------------------------------------- preorders, free categories, closures

    /**
     * The preorder generated by a relation, as a thin category (reflexive–transitive closure).
     *
     * <p>Morphism numbering: the identities (a ≤ a) are morphisms {@code 0..k-1}; then the pairs a ≤ b with
     * a ≠ b in lexicographic order of (a, b). The result is a poset when the
     * closed relation is antisymmetric, otherwise a preorder (with isomorphic objects).
     *
     * @param lessOrEqual a k×k relation; {@code lessOrEqual[a][b]} means a ≤ b
     * @return the thin category
     * @throws IllegalArgumentException if the relation is not square
     */
    public static FiniteCategory poset(boolean[][] lessOrEqual) {
        Objects.requireNonNull(lessOrEqual, "lessOrEqual");
        int k = lessOrEqual.length;
        boolean[][] r = new boolean[k][];
        for (int a = 0; a < k; a++) {
            if (lessOrEqual[a].length != k) {
                throw new IllegalArgumentException("lessOrEqual row " + a + " has length " + lessOrEqual[a].length
                        + ", expected " + k);
            }
            r[a] = lessOrEqual[a].clone();
            r[a][a] = true;
        }
        for (int m = 0; m < k; m++) {
            for (int a = 0; a < k; a++) {
                if (r[a][m]) {
                    for (int b = 0; b < k; b++) {
                        r[a][b] |= r[m][b];
                    }
                }
            }
        }
        int[] index = new int[k * k];
        Arrays.fill(index, -1);
        int n = 0;
        for (int a = 0; a < k; a++) {
            index[a * k + a] = n++;
        }
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                if (r[a][b] && a != b) {
                    index[a * k + b] = n++;
                }
            }
        }
        requireTableSize("preorder", n);
        int[] dom = new int[n];
        int[] cod = new int[n];
        int[] id = new int[k];
        for (int a = 0; a < k; a++) {
            id[a] = index[a * k + a];
            for (int b = 0; b < k; b++) {
                if (r[a][b]) {
                    dom[index[a * k + b]] = a;
                    cod[index[a * k + b]] = b;
                }
            }
        }
        int[] comp = new int[n * n];
        Arrays.fill(comp, -1);
        for (int f = 0; f < n; f++) {
            for (int c = 0; c < k; c++) {
                int g = index[cod[f] * k + c];
                if (g >= 0) {
                    comp[g * n + f] = index[dom[f] * k + c];
                }
            }
        }
        return new TableCategory(k, n, dom, cod, id, comp, Labels.none());
    }

    /**
     * The free category on a finite acyclic directed multigraph: morphisms are paths, composition is
     * concatenation.
     *
     * <p>Numbering: identities (empty paths) are morphisms {@code 0..k-1}; then paths by length, and paths of
     * equal length in lexicographic order of their edge sequences (first edge first). Edge e is path
     * {@code k + e'} where e' is its rank among edges (edges keep their order). |Hom(a, b)| = ((I − A)^{-1})_{ab}.
     *
     * @param objects the number of vertices
     * @param source the source vertex of each edge
     * @param target the target vertex of each edge
     * @param budget the largest number of morphisms allowed
     * @return the free category
     * @throws IllegalArgumentException if an endpoint is out of range, the graph has a directed cycle (the
     *     message names one), or there are more paths than {@code budget.maxMorphisms()}
     */
    public static FiniteCategory freeOnAcyclicGraph(int objects, int[] source, int[] target, Budget budget) {
        return FreeCategories.build(objects, source, target, budget);
    }

    /**
     * The free category on a finite acyclic multigraph with named vertices and edges; numbering as
     * {@link #freeOnAcyclicGraph(int, int[], int[], Budget)}. Labels: objects by name, identities {@code id_X},
     * paths as edge names joined by {@code ";"} in diagrammatic order.
     *
     * @param objectNames one name per vertex
     * @param source the source vertex of each edge
     * @param target the target vertex of each edge
     * @param edgeNames one name per edge
     * @param budget the largest number of morphisms allowed
     * @return the labelled free category
     * @throws IllegalArgumentException as the unlabelled version, or if the name lists have the wrong sizes
     */
    public static FiniteCategory freeOnAcyclicGraph(List<String> objectNames, int[] source, int[] target,
                                                    List<String> edgeNames, Budget budget) {
        Objects.requireNonNull(objectNames, "objectNames");
        Objects.requireNonNull(edgeNames, "edgeNames");
        return FreeCategories.build(objectNames.size(), source, target, budget, List.copyOf(objectNames),
                List.copyOf(edgeNames));
    }

    /**
     * The concrete category generated by typed functions between finite sets [n_i] (spec §2.3 item 3):
     * the closure under composition, with identities, deduplicated by function table.
     *
     * <p>Numbering: identities are morphisms {@code 0..k-1}; then new maps in breadth-first order of
     * left multiplication by the generators (generators in list order). The result is always a category.
     *
     * @param setSizes the size of the set of each object
     * @param generators the generating maps
     * @param budget the largest number of morphisms allowed
     * @return the concrete category
     * @throws IllegalArgumentException if a map is ill-typed (wrong length, object or value out of range) or
     *     the closure exceeds {@code budget.maxMorphisms()}
     */
    public static FiniteCategory closure(int[] setSizes, List<TypedMap> generators, Budget budget) {
        Objects.requireNonNull(setSizes, "setSizes");
        Objects.requireNonNull(generators, "generators");
        Objects.requireNonNull(budget, "budget");
        int k = setSizes.length;
        for (int x = 0; x < k; x++) {
            if (setSizes[x] < 0) {
                throw new IllegalArgumentException("setSizes[" + x + "] (" + setSizes[x] + ") must be >= 0");
            }
        }
        for (int i = 0; i < generators.size(); i++) {
            TypedMap t = generators.get(i);
            if (t.source() >= k || t.target() >= k) {
                throw new IllegalArgumentException("generator " + i + ": objects (" + t.source() + ", "
                        + t.target() + ") out of range [0, " + k + ")");
            }
            if (t.values().size() != setSizes[t.source()]) {
                throw new IllegalArgumentException("generator " + i + " has " + t.values().size()
                        + " values, domain set has " + setSizes[t.source()]);
            }
            for (int j = 0; j < t.values().size(); j++) {
                int v = t.values().get(j);
                if (v < 0 || v >= setSizes[t.target()]) {
                    throw new IllegalArgumentException("generator " + i + " value " + v + " at " + j
                            + " out of range [0, " + setSizes[t.target()] + ")");
                }
            }
        }
        List<TypedMap> maps = new ArrayList<>();
        Map<TypedMap, Integer> index = new HashMap<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int x = 0; x < k; x++) {
            int[] v = new int[setSizes[x]];
            for (int i = 0; i < v.length; i++) {
                v[i] = i;
            }
            TypedMap idm = new TypedMap(x, x, IntSeq.wrap(v));
            index.put(idm, maps.size());
            maps.add(idm);
            queue.add(x);
        }
        if (maps.size() > budget.maxMorphisms()) {
            throw new IllegalArgumentException("closure exceeds budget: more than " + budget.maxMorphisms()
                    + " morphisms");
        }
        while (!queue.isEmpty()) {
            TypedMap f = maps.get(queue.poll());
            for (TypedMap g : generators) {
                if (g.source() != f.target()) {
                    continue;
                }
                TypedMap h = composeMaps(g, f);
                if (!index.containsKey(h)) {
                    if (maps.size() >= Math.min(budget.maxMorphisms(), TableCategory.MAX_MORPHISMS)) {
                        throw new IllegalArgumentException("closure exceeds budget: more than "
                                + Math.min(budget.maxMorphisms(), TableCategory.MAX_MORPHISMS) + " morphisms");
                    }
                    index.put(h, maps.size());
                    queue.add(maps.size());
                    maps.add(h);
                }
            }
        }
        int n = maps.size();
        int[] dom = new int[n];
        int[] cod = new int[n];
        int[] id = new int[k];
        for (int x = 0; x < k; x++) {
            id[x] = x;
        }
        for (int m = 0; m < n; m++) {
            dom[m] = maps.get(m).source();
            cod[m] = maps.get(m).target();
        }
        int[][] byDom = Axioms.byDomain(k, n, dom);
        int[] comp = new int[n * n];
        Arrays.fill(comp, -1);
        for (int f = 0; f < n; f++) {
            for (int g : byDom[cod[f]]) {
                comp[g * n + f] = index.get(composeMaps(maps.get(g), maps.get(f)));
            }
        }
        return new TableCategory(k, n, dom, cod, id, comp, Labels.none());
    }

    private static TypedMap composeMaps(TypedMap g, TypedMap f) {
        int[] v = new int[f.values().size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = g.values().get(f.values().get(i));
        }
        return new TypedMap(f.source(), g.target(), IntSeq.wrap(v));
    }

    // ---------------------------------------------------------------- derived categories

    /**
     * The opposite category (same as {@code c.op()}).
     *
     * @param c a category
     * @return C^op
     */
    public static FiniteCategory opposite(FiniteCategory c) {
        return Objects.requireNonNull(c, "c").op();
    }

    /**
     * The product C × D: object (a, b) has index {@code a * |Ob D| + b}; morphism (f, g) has index
     * {@code f * |Mor D| + g}; composition is componentwise. Labels are pairs {@code (x,y)} when a factor is
     * labelled.
     *
     * @param c the first factor
     * @param d the second factor
     * @return C × D
     * @throws IllegalArgumentException if the product is too large for a table
     */
    public static FiniteCategory product(FiniteCategory c, FiniteCategory d) {
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(d, "d");
        int k1 = c.objectCount();
        int k2 = d.objectCount();
        int n1 = c.morphismCount();
        int n2 = d.morphismCount();
        long nl = (long) n1 * n2;
        requireTableSize("product", nl);
        int n = (int) nl;
        int k = k1 * k2;
        int[] dom = new int[n];
        int[] cod = new int[n];
        int[] id = new int[k];
        for (int a = 0; a < k1; a++) {
            for (int b = 0; b < k2; b++) {
                id[a * k2 + b] = c.identity(a) * n2 + d.identity(b);
            }
        }
        for (int f = 0; f < n1; f++) {
            for (int g = 0; g < n2; g++) {
                dom[f * n2 + g] = c.dom(f) * k2 + d.dom(g);
                cod[f * n2 + g] = c.cod(f) * k2 + d.cod(g);
            }
        }
        int[] compC = table(c);
        int[] compD = table(d);
        int[] comp = new int[n * n];
        for (int p = 0; p < n; p++) {
            int f2 = p / n2;
            int g2 = p % n2;
            for (int q = 0; q < n; q++) {
                int cf = compC[f2 * n1 + q / n2];
                int dg = compD[g2 * n2 + q % n2];
                comp[p * n + q] = cf < 0 || dg < 0 ? -1 : cf * n2 + dg;
            }
        }
        Labels labels = Labels.none();
        if (c.labels().hasObjectLabels() || d.labels().hasObjectLabels() || c.labels().hasMorphismLabels()
                || d.labels().hasMorphismLabels()) {
            List<String> ol = new ArrayList<>();
            for (int a = 0; a < k1; a++) {
                for (int b = 0; b < k2; b++) {
                    ol.add("(" + c.labels().object(a) + "," + d.labels().object(b) + ")");
                }
            }
            List<String> ml = new ArrayList<>();
            for (int f = 0; f < n1; f++) {
                for (int g = 0; g < n2; g++) {
                    ml.add("(" + c.labels().morphism(f) + "," + d.labels().morphism(g) + ")");
                }
            }
            labels = Labels.of(ol, ml);
        }
        return new TableCategory(k, n, dom, cod, id, comp, labels);
    }

    /**
     * The coproduct C ⊔ D: objects of C then of D (shifted by |Ob C|), morphisms of C then of D; labels are
     * kept.
     *
     * @param c the first summand
     * @param d the second summand
     * @return C ⊔ D
     * @throws IllegalArgumentException if the result is too large for a table
     */
    public static FiniteCategory coproduct(FiniteCategory c, FiniteCategory d) {
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(d, "d");
        int k1 = c.objectCount();
        int n1 = c.morphismCount();
        int n2 = d.morphismCount();
        int k = k1 + d.objectCount();
        int n = n1 + n2;
        requireTableSize("coproduct", n);
        int[] dom = new int[n];
        int[] cod = new int[n];
        int[] id = new int[k];
        for (int x = 0; x < k; x++) {
            id[x] = x < k1 ? c.identity(x) : n1 + d.identity(x - k1);
        }
        for (int m = 0; m < n; m++) {
            dom[m] = m < n1 ? c.dom(m) : k1 + d.dom(m - n1);
            cod[m] = m < n1 ? c.cod(m) : k1 + d.cod(m - n1);
        }
        int[] compC = table(c);
        int[] compD = table(d);
        int[] comp = new int[n * n];
        Arrays.fill(comp, -1);
        for (int g = 0; g < n1; g++) {
            for (int f = 0; f < n1; f++) {
                comp[g * n + f] = compC[g * n1 + f];
            }
        }
        for (int g = 0; g < n2; g++) {
            for (int f = 0; f < n2; f++) {
                int h = compD[g * n2 + f];
                comp[(n1 + g) * n + n1 + f] = h < 0 ? -1 : n1 + h;
            }
        }
        Labels labels = Labels.none();
        if (c.labels().hasObjectLabels() || d.labels().hasObjectLabels() || c.labels().hasMorphismLabels()
                || d.labels().hasMorphismLabels()) {
            List<String> ol = new ArrayList<>();
            for (int x = 0; x < k; x++) {
                ol.add(x < k1 ? c.labels().object(x) : d.labels().object(x - k1));
            }
            List<String> ml = new ArrayList<>();
            for (int m = 0; m < n; m++) {
                ml.add(m < n1 ? c.labels().morphism(m) : d.labels().morphism(m - n1));
            }
            labels = Labels.of(ol, ml);
        }
        return new TableCategory(k, n, dom, cod, id, comp, labels);
    }

    /**
     * The full subcategory on the given objects; new object i is {@code objects[i]}, and morphisms are
     * those between chosen objects in ascending original index; labels are kept.
     *
     * @param c the category
     * @param objects distinct objects of c
     * @return the full subcategory
     * @throws IllegalArgumentException if an object is out of range or repeated
     */
    public static FiniteCategory fullSubcategory(FiniteCategory c, int... objects) {
        Objects.requireNonNull(c, "c");
        int k0 = c.objectCount();
        int[] newIndex = new int[k0];
        Arrays.fill(newIndex, -1);
        for (int i = 0; i < objects.length; i++) {
            int x = objects[i];
            if (x < 0 || x >= k0) {
                throw new IllegalArgumentException("object (" + x + ") out of range [0, " + k0 + ")");
            }
            if (newIndex[x] >= 0) {
                throw new IllegalArgumentException("object (" + x + ") repeated");
            }
            newIndex[x] = i;
        }
        int n0 = c.morphismCount();
        int[] keep = new int[n0];
        int[] newM = new int[n0];
        Arrays.fill(newM, -1);
        int n = 0;
        for (int m = 0; m < n0; m++) {
            if (newIndex[c.dom(m)] >= 0 && newIndex[c.cod(m)] >= 0) {
                newM[m] = n;
                keep[n++] = m;
            }
        }
        int k = objects.length;
        int[] dom = new int[n];
        int[] cod = new int[n];
        int[] id = new int[k];
        for (int i = 0; i < k; i++) {
            id[i] = newM[c.identity(objects[i])];
        }
        for (int m = 0; m < n; m++) {
            dom[m] = newIndex[c.dom(keep[m])];
            cod[m] = newIndex[c.cod(keep[m])];
        }
        int[] comp = new int[n * n];
        Arrays.fill(comp, -1);
        for (int g = 0; g < n; g++) {
            for (int f = 0; f < n; f++) {
                if (cod[f] == dom[g]) {
                    comp[g * n + f] = newM[c.compose(keep[g], keep[f])];
                }
            }
        }
        List<String> ol = new ArrayList<>();
        if (c.labels().hasObjectLabels()) {
            for (int x : objects) {
                ol.add(c.labels().object(x));
            }
        }
        List<String> ml = new ArrayList<>();
        if (c.labels().hasMorphismLabels()) {
            for (int m = 0; m < n; m++) {
                ml.add(c.labels().morphism(keep[m]));
            }
        }
        return new TableCategory(k, n, dom, cod, id, comp, Labels.of(ol, ml));
    }

    /**
     * The slice category C/A: objects are the morphisms u: X → A (object i is the i-th of them in ascending
     * morphism index); a morphism u → v is f: dom u → dom v with v∘f = u, numbered by (f, v) in lexicographic
     * order; composition is composition of the f's. The category of elements of h_A is isomorphic to C/A.
     *
     * @param c the category
     * @param object the base object A
     * @return C/A
     * @throws IllegalArgumentException if {@code object} is out of range
     */
    public static FiniteCategory slice(FiniteCategory c, int object) {
        Objects.requireNonNull(c, "c");
        if (object < 0 || object >= c.objectCount()) {
            throw new IllegalArgumentException("object (" + object + ") out of range [0, " + c.objectCount() + ")");
        }
        int n0 = c.morphismCount();
        int[] objIndex = new int[n0];
        Arrays.fill(objIndex, -1);
        List<Integer> objs = new ArrayList<>();
        for (int u = 0; u < n0; u++) {
            if (c.cod(u) == object) {
                objIndex[u] = objs.size();
                objs.add(u);
            }
        }
        int k = objs.size();
        List<int[]> mors = new ArrayList<>();
        Map<Long, Integer> index = new HashMap<>();
        for (int f = 0; f < n0; f++) {
            for (int v : objs) {
                if (c.dom(v) == c.cod(f)) {
                    int u = c.compose(v, f);
                    index.put((long) f * n0 + v, mors.size());
                    mors.add(new int[] {f, objIndex[u], objIndex[v]});
                }
            }
        }
        int n = mors.size();
        requireTableSize("slice", n);
        int[] dom = new int[n];
        int[] cod = new int[n];
        int[] id = new int[k];
        for (int i = 0; i < k; i++) {
            int v = objs.get(i);
            id[i] = index.get((long) c.identity(c.dom(v)) * n0 + v);
        }
        for (int m = 0; m < n; m++) {
            dom[m] = mors.get(m)[1];
            cod[m] = mors.get(m)[2];
        }
        int[] comp = new int[n * n];
        Arrays.fill(comp, -1);
        for (int g = 0; g < n; g++) {
            for (int f = 0; f < n; f++) {
                if (cod[f] == dom[g]) {
                    int h = c.compose(mors.get(g)[0], mors.get(f)[0]);
                    comp[g * n + f] = index.get((long) h * n0 + objs.get(cod[g]));
                }
            }
        }
        return new TableCategory(k, n, dom, cod, id, comp, Labels.none());
    }

    /** The composition table of any category as a flat array (g * n + f), -1 where not composable. */
    static int[] table(FiniteCategory c) {
        int n = c.morphismCount();
        int[] comp = new int[n * n];
        if (c instanceof TableCategory) {
            TableCategory t = (TableCategory) c;
            for (int g = 0; g < n; g++) {
                for (int f = 0; f < n; f++) {
                    comp[g * n + f] = t.composeRaw(g, f);
                }
            }
            return comp;
        }
        for (int g = 0; g < n; g++) {
            for (int f = 0; f < n; f++) {
                comp[g * n + f] = c.cod(f) == c.dom(g) ? c.compose(g, f) : -1;
            }
        }
        return comp;
    }

    /** Refuses a construction whose morphism count exceeds what a {@link TableCategory} holds. */
    private static void requireTableSize(String construction, long morphisms) {
        if (morphisms > TableCategory.MAX_MORPHISMS) {
            throw new IllegalArgumentException(construction + " has " + morphisms + " morphisms, more than "
                    + TableCategory.MAX_MORPHISMS);
        }
    }
}
