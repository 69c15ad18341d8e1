package dev.cogs.category;

import java.util.Arrays;
import java.util.List;

/**
 * A finite category stored as arrays: dom, cod, identities and an n×n composition table (-1 where
 * not composable), with hom lists indexed by object pair. Immutable; arrays are owned and never
 * exposed.
 *
 * <p>Memory is O(n²) ints, which limits n to a few thousand morphisms.
 */
final class TableCategory implements FiniteCategory {

    static final int MAX_MORPHISMS = 46_340;

    private final int k;
    private final int n;
    private final int[] dom;
    private final int[] cod;
    private final int[] id;
    private final int[] comp;
    private final int[] homOffsets;
    private final int[] homData;
    private final Labels labels;
    private volatile TableCategory op;
    private volatile AxiomReport report;
    private volatile GeneratingSet generating;

    /** Trusted constructor: arrays are taken over; validity is checked lazily. */
    TableCategory(int k, int n, int[] dom, int[] cod, int[] id, int[] comp, Labels labels) {
        this.k = k;
        this.n = n;
        this.dom = dom;
        this.cod = cod;
        this.id = id;
        this.comp = comp;
        this.labels = labels.checkSizes(k, n);
        this.homOffsets = new int[k * k + 1];
        this.homData = new int[n];
        for (int m = 0; m < n; m++) {
            homOffsets[dom[m] * k + cod[m] + 1]++;
        }
        for (int i = 0; i < k * k; i++) {
            homOffsets[i + 1] += homOffsets[i];
        }
        int[] fill = Arrays.copyOf(homOffsets, k * k);
        for (int m = 0; m < n; m++) {
            homData[fill[dom[m] * k + cod[m]]++] = m;
        }
    }

    /** Validating factory: throws IllegalArgumentException listing the first failures. */
    static TableCategory checked(
            int k, int n, int[] dom, int[] cod, int[] id, int[] comp, Labels labels, String what) {
        AxiomReport r = Axioms.check(k, n, dom, cod, id, comp, Axioms.DEFAULT_MAX_FAILURES);
        Axioms.require(r, what, labels);
        TableCategory c = new TableCategory(k, n, dom, cod, id, comp, labels);
        c.report = r;
        return c;
    }

    @Override
    public int objectCount() {
        return k;
    }

    @Override
    public int morphismCount() {
        return n;
    }

    private int checkMorphism(int m, String name) {
        if (m < 0 || m >= n) {
            throw new IllegalArgumentException(name + " (" + m + ") out of range [0, " + n + ")");
        }
        return m;
    }

    private int checkObject(int x, String name) {
        if (x < 0 || x >= k) {
            throw new IllegalArgumentException(name + " (" + x + ") out of range [0, " + k + ")");
        }
        return x;
    }

    @Override
    public int dom(int m) {
        return dom[checkMorphism(m, "morphism")];
    }

    @Override
    public int cod(int m) {
        return cod[checkMorphism(m, "morphism")];
    }

    @Override
    public int identity(int object) {
        return id[checkObject(object, "object")];
    }

    @Override
    public int compose(int g, int f) {
        checkMorphism(g, "g");
        checkMorphism(f, "f");
        int h = comp[g * n + f];
        if (h < 0) {
            throw new IllegalArgumentException(
                    "cannot compose g ("
                            + g
                            + ": "
                            + dom[g]
                            + " -> "
                            + cod[g]
                            + ") after f ("
                            + f
                            + ": "
                            + dom[f]
                            + " -> "
                            + cod[f]
                            + "): cod f != dom g");
        }
        return h;
    }

    @Override
    public boolean composable(int g, int f) {
        return cod(f) == dom(g);
    }

    @Override
    public IntSeq hom(int a, int b) {
        checkObject(a, "a");
        checkObject(b, "b");
        int i = a * k + b;
        return IntSeq.wrap(homData, homOffsets[i], homOffsets[i + 1]);
    }

    @Override
    public int homSize(int a, int b) {
        checkObject(a, "a");
        checkObject(b, "b");
        int i = a * k + b;
        return homOffsets[i + 1] - homOffsets[i];
    }

    @Override
    public Labels labels() {
        return labels;
    }

    @Override
    public FiniteCategory op() {
        TableCategory o = op;
        if (o == null) {
            int[] t = new int[comp.length];
            for (int g = 0; g < n; g++) {
                for (int f = 0; f < n; f++) {
                    t[g * n + f] = comp[f * n + g];
                }
            }
            o = new TableCategory(k, n, cod.clone(), dom.clone(), id.clone(), t, labels);
            o.op = this;
            o.report = report;
            op = o;
        }
        return o;
    }

    AxiomReport report() {
        AxiomReport r = report;
        if (r == null) {
            r = Axioms.check(k, n, dom, cod, id, comp, Axioms.DEFAULT_MAX_FAILURES);
            report = r;
        }
        return r;
    }

    @Override
    public List<CategoryFailure> axiomFailures() {
        return report().failures();
    }

    private GeneratingSet generating() {
        GeneratingSet g = generating;
        if (g == null) {
            g = GeneratingSet.of(this);
            generating = g;
        }
        return g;
    }

    @Override
    public IntSeq generators() {
        return generating().generators();
    }

    @Override
    public IntSeq word(int m) {
        return generating().word(m);
    }

    /**
     * The composition table of any category as a flat array (g * n + f), -1 where not composable.
     */
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
    static void requireSize(String construction, long morphisms) {
        if (morphisms > MAX_MORPHISMS) {
            throw new IllegalArgumentException(
                    construction + " has " + morphisms + " morphisms, more than " + MAX_MORPHISMS);
        }
    }

    /** Unchecked composite for hot loops inside the package; -1 when not composable. */
    int composeRaw(int g, int f) {
        return comp[g * n + f];
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TableCategory)) {
            return false;
        }
        TableCategory c = (TableCategory) o;
        return k == c.k
                && n == c.n
                && Arrays.equals(dom, c.dom)
                && Arrays.equals(cod, c.cod)
                && Arrays.equals(id, c.id)
                && Arrays.equals(comp, c.comp)
                && labels.equals(c.labels);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * k + n) + Arrays.hashCode(dom)) + Arrays.hashCode(comp);
    }

    @Override
    public String toString() {
        return "FiniteCategory[objects=" + k + ", morphisms=" + n + "]";
    }
}
