package dev.cogs.category;

import java.util.Arrays;
import java.util.Objects;

/**
 * Static factories for finite categories given by explicit data (docs/category.md §2.3 items 1, 2,
 * 4, 5, 8): builders and tables, axiom checks, the named fixtures, monoid and group tables, Z_d,
 * action groupoids and preorders.
 *
 * <p>The other entry points: {@link Constructions} derives categories from categories (opposite,
 * product, coproduct, full subcategory, slice); {@link ConcreteCategories} closes typed maps
 * between finite sets under composition; {@code dev.cogs.category.presentation.FreeCategories}
 * builds free categories on acyclic graphs and {@code dev.cogs.category.presentation.Presentation}
 * completes generators and path equations.
 *
 * <p>Every result is immutable. Factories that take raw tables validate them and throw an {@link
 * IllegalArgumentException} listing the first axiom failures (except {@link #candidate}, which
 * leaves the axioms to {@link FiniteCategory#axiomFailures()}); the other factories are valid by
 * construction. Morphism numbering is documented per factory and is deterministic.
 */
public final class Categories {

    /**
     * The largest number of morphisms a table category holds: its n×n composition table must fit
     * one int array, so n ≤ 46 340 = ⌊√(2³¹ − 1)⌋.
     */
    public static final int MAX_MORPHISMS = TableCategory.MAX_MORPHISMS;

    private Categories() {}

    /**
     * A builder for a category with the given number of objects; identities are morphisms {@code
     * 0..k-1}.
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
     * @throws IllegalArgumentException if the shapes disagree or the axioms fail (the message lists
     *     failures)
     */
    public static FiniteCategory fromTable(
            int objects, int[] dom, int[] cod, int[] identity, int[][] compose) {
        int[][] a = tableArrays(objects, dom, cod, identity, compose);
        return TableCategory.checked(
                objects, dom.length, a[0], a[1], a[2], a[3], Labels.none(), "table");
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
    public static AxiomReport checkTable(
            int objects, int[] dom, int[] cod, int[] identity, int[][] compose, int maxFailures) {
        if (maxFailures < 0) {
            throw new IllegalArgumentException("maxFailures (" + maxFailures + ") must be >= 0");
        }
        int[][] a = tableArrays(objects, dom, cod, identity, compose);
        return Axioms.check(objects, dom.length, a[0], a[1], a[2], a[3], maxFailures);
    }

    /**
     * A category from an explicit table whose axioms are <em>not</em> checked now: index ranges are
     * checked, typing, units and associativity are left to {@link FiniteCategory#axiomFailures()},
     * computed on demand.
     *
     * <p>For producers that are valid by construction and cannot afford the check's cost, O(number
     * of composable triples) (completed presentations, free categories); otherwise use {@link
     * #fromTable(int, int[], int[], int[], int[][])}. The arrays are copied.
     *
     * @param objects the number of objects k
     * @param dom dom of each morphism
     * @param cod cod of each morphism
     * @param identity the identity of each object
     * @param compose {@code compose[g][f]} = g∘f, or -1 when not composable; n×n
     * @param labels the names (empty lists, or one name per object and per morphism)
     * @return the table category, possibly failing the axioms
     * @throws IllegalArgumentException if the shapes disagree, an index is out of range (dom, cod
     *     or identity outside its range, a table entry outside [-1, n)) or a label list has the
     *     wrong size
     */
    public static FiniteCategory candidate(
            int objects, int[] dom, int[] cod, int[] identity, int[][] compose, Labels labels) {
        Objects.requireNonNull(labels, "labels");
        int[][] a = tableArrays(objects, dom, cod, identity, compose);
        AxiomReport ranges =
                Axioms.checkRanges(
                        objects, dom.length, a[0], a[1], a[2], a[3], Axioms.DEFAULT_MAX_FAILURES);
        Axioms.require(ranges, "table");
        return new TableCategory(objects, dom.length, a[0], a[1], a[2], a[3], labels);
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

    private static int[][] tableArrays(
            int objects, int[] dom, int[] cod, int[] identity, int[][] compose) {
        Objects.requireNonNull(dom, "dom");
        Objects.requireNonNull(cod, "cod");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(compose, "compose");
        int n = dom.length;
        if (objects < 0) {
            throw new IllegalArgumentException("objects (" + objects + ") must be >= 0");
        }
        if (n > TableCategory.MAX_MORPHISMS) {
            throw new IllegalArgumentException(
                    "morphisms (" + n + ") exceed " + TableCategory.MAX_MORPHISMS);
        }
        if (cod.length != n) {
            throw new IllegalArgumentException("cod has length " + cod.length + ", dom has " + n);
        }
        if (identity.length != objects) {
            throw new IllegalArgumentException(
                    "identity has length " + identity.length + " for " + objects + " objects");
        }
        if (compose.length != n) {
            throw new IllegalArgumentException(
                    "compose has " + compose.length + " rows for " + n + " morphisms");
        }
        int[] comp = new int[n * n];
        for (int g = 0; g < n; g++) {
            if (compose[g].length != n) {
                throw new IllegalArgumentException(
                        "compose row "
                                + g
                                + " has length "
                                + compose[g].length
                                + ", expected "
                                + n);
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
     * The walking arrow 2: objects 0, 1; morphisms id0 = 0, id1 = 1, f = 2: 0 → 1 (equal to {@code
     * chain(2)} up to labels).
     *
     * @return 2
     */
    public static FiniteCategory walkingArrow() {
        CategoryBuilder b = builder(2);
        b.morphism(0, 1, "f");
        return b.build();
    }

    /**
     * The chain (total order) 0 &lt; 1 &lt; … &lt; n−1 as a thin category; numbering as {@link
     * #poset(boolean[][])}, so {@code chain(3)} has 6 morphisms.
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
     * The walking isomorphism I: objects 0, 1; id0 = 0, id1 = 1, f = 2: 0 → 1, g = 3: 1 → 0, g∘f =
     * id0, f∘g = id1.
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
     * <p>Morphism a is the element a; {@code compose(a, b) = table[a][b]} (the product a·b, so a∘b
     * = a·b); the identity is {@code unit}.
     *
     * @param table the n×n multiplication table
     * @param unit the unit element
     * @return BM
     * @throws IllegalArgumentException if the table is not square, has entries out of range, or is
     *     not associative and unital (the message names the witnesses)
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
                throw new IllegalArgumentException(
                        "monoid table row "
                                + a
                                + " has length "
                                + table[a].length
                                + ", expected "
                                + n);
            }
            compose[a] = table[a].clone();
        }
        int[][] arr = tableArrays(1, new int[n], new int[n], new int[] {unit}, compose);
        return TableCategory.checked(
                1, n, arr[0], arr[1], arr[2], arr[3], Labels.none(), "monoid table");
    }

    /**
     * The one-object groupoid BG of a finite group given by its multiplication table.
     *
     * @param table the n×n multiplication table
     * @param unit the unit element
     * @return BG
     * @throws IllegalArgumentException if the table is not a monoid table or an element has no
     *     inverse
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
                throw new IllegalArgumentException(
                        "group table: element " + a + " has no two-sided inverse");
            }
        }
        return c;
    }

    /**
     * The cyclic group BZ_d: morphism a is the residue a ∈ {0..d−1}, a∘b = (a + b) mod d, identity
     * 0. Its table is exactly the modular-addition dataset.
     *
     * @param d the order, ≥ 1
     * @return BZ_d
     * @throws IllegalArgumentException if {@code d < 1} or too large for a table
     */
    public static FiniteCategory cyclicGroup(int d) {
        if (d < 1 || d > TableCategory.MAX_MORPHISMS) {
            throw new IllegalArgumentException(
                    "d (" + d + ") must be in [1, " + TableCategory.MAX_MORPHISMS + "]");
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
     * <p>Objects are the points s; morphism {@code s * |G| + g} is (g, s): s → g·s; composition (h,
     * g·s)∘(g, s) = (h·g, s) with h·g = {@code groupTable[h][g]}; the identity of s is (e, s). So
     * |Mor| = |G|·|S| and Hom(s, t) lists g ascending.
     *
     * @param groupTable the group's multiplication table
     * @param unit the unit e
     * @param action {@code action[g][s]} = g·s
     * @return the action groupoid
     * @throws IllegalArgumentException if the table is not a group or the action is not a left
     *     action (e·s = s and (h·g)·s = h·(g·s)); the message names the witness
     */
    public static FiniteCategory actionGroupoid(int[][] groupTable, int unit, int[][] action) {
        fromGroupTable(groupTable, unit);
        Objects.requireNonNull(action, "action");
        int gn = groupTable.length;
        if (action.length != gn) {
            throw new IllegalArgumentException(
                    "action has " + action.length + " rows for a group of order " + gn);
        }
        int s = gn == 0 ? 0 : action[0].length;
        for (int g = 0; g < gn; g++) {
            if (action[g].length != s) {
                throw new IllegalArgumentException(
                        "action row " + g + " has length " + action[g].length + ", expected " + s);
            }
            for (int x = 0; x < s; x++) {
                if (action[g][x] < 0 || action[g][x] >= s) {
                    throw new IllegalArgumentException(
                            "action["
                                    + g
                                    + "]["
                                    + x
                                    + "] ("
                                    + action[g][x]
                                    + ") out of range [0, "
                                    + s
                                    + ")");
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
                        throw new IllegalArgumentException(
                                "action: (h*g).x != h.(g.x) for h=" + h + ", g=" + g + ", x=" + x);
                    }
                }
            }
        }
        int n = gn * s;
        TableCategory.requireSize("action groupoid", n);
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

    // ---------------------------------------------------------------- preorders

    /**
     * The preorder generated by a relation, as a thin category (reflexive–transitive closure).
     *
     * <p>Morphism numbering: the identities (a ≤ a) are morphisms {@code 0..k-1}; then the pairs a
     * ≤ b with a ≠ b in lexicographic order of (a, b). The result is a poset when the closed
     * relation is antisymmetric, otherwise a preorder (with isomorphic objects).
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
                throw new IllegalArgumentException(
                        "lessOrEqual row "
                                + a
                                + " has length "
                                + lessOrEqual[a].length
                                + ", expected "
                                + k);
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
        TableCategory.requireSize("preorder", n);
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
}
