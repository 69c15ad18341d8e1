package dev.cogs.category;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Categories derived from categories (docs/category.md §2.3 item 7): opposite, product, coproduct,
 * full subcategory and slice.
 *
 * <p>Every result is an immutable table category, valid by construction when the arguments are
 * categories. Numbering and labels are documented per construction and are deterministic.
 * Stateless.
 */
public final class Constructions {

    private Constructions() {}

    /**
     * The opposite category, the same value as {@code c.op()}: same objects and morphism indices,
     * dom and cod swapped, \(g \circ^{op} f = f \circ g\).
     *
     * @param c a category
     * @return C^op
     */
    public static FiniteCategory opposite(FiniteCategory c) {
        return Objects.requireNonNull(c, "c").op();
    }

    /**
     * The product C × D: object (a, b) has index {@code a * |Ob D| + b}; morphism (f, g) has index
     * {@code f * |Mor D| + g}; composition is componentwise. Labels are pairs {@code (x,y)} when a
     * factor is labelled.
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
        TableCategory.requireSize("product", nl);
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
        int[] compC = TableCategory.table(c);
        int[] compD = TableCategory.table(d);
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
        if (c.labels().hasObjectLabels()
                || d.labels().hasObjectLabels()
                || c.labels().hasMorphismLabels()
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
     * The coproduct C ⊔ D: objects of C then of D (shifted by |Ob C|), morphisms of C then of D;
     * labels are kept.
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
        TableCategory.requireSize("coproduct", n);
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
        int[] compC = TableCategory.table(c);
        int[] compD = TableCategory.table(d);
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
        if (c.labels().hasObjectLabels()
                || d.labels().hasObjectLabels()
                || c.labels().hasMorphismLabels()
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
     * The full subcategory on the given objects; new object i is {@code objects[i]}, and morphisms
     * are those between chosen objects in ascending original index; labels are kept.
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
                throw new IllegalArgumentException(
                        "object (" + x + ") out of range [0, " + k0 + ")");
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
     * The slice category C/A: objects are the morphisms u: X → A (object i is the i-th of them in
     * ascending morphism index); a morphism u → v is f: dom u → dom v with v∘f = u, numbered by (f,
     * v) in lexicographic order; composition is composition of the f's. The category of elements of
     * h_A is isomorphic to C/A.
     *
     * @param c the category
     * @param object the base object A
     * @return C/A
     * @throws IllegalArgumentException if {@code object} is out of range
     */
    public static FiniteCategory slice(FiniteCategory c, int object) {
        Objects.requireNonNull(c, "c");
        if (object < 0 || object >= c.objectCount()) {
            throw new IllegalArgumentException(
                    "object (" + object + ") out of range [0, " + c.objectCount() + ")");
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
        TableCategory.requireSize("slice", n);
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
}
