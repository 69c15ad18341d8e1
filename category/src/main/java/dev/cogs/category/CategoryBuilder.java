package dev.cogs.category;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A mutable builder for a finite category given by explicit data: objects, morphisms and the full
 * composition table. Not thread-safe; {@link #build()} returns an immutable, validated category.
 * (For generators and path equations use {@link dev.cogs.category.presentation.Presentation}.)
 *
 * <p>The identity of object X is morphism X (so identities are morphisms {@code 0..k-1});
 * composites with identities are filled in automatically unless set explicitly. Every other
 * composable pair must be set with {@link #compose(int, int, int)}; {@link #report()} lists what is
 * missing or wrong.
 *
 * <p>Labels: once any morphism is named, the identity of a labelled object X is named {@code id_X}
 * (as in the JSON format, docs/category-format.md), that of an unlabelled object k {@code idk}, and
 * unnamed morphisms {@code m<index>}.
 */
public final class CategoryBuilder {

    private final int objects;
    private final List<int[]> arrows = new ArrayList<>();
    private final List<String> morphismLabels = new ArrayList<>();
    private final String[] objectLabels;
    private final List<int[]> composites = new ArrayList<>();
    private boolean anyMorphismLabel;
    private boolean anyObjectLabel;

    CategoryBuilder(int objects) {
        if (objects < 0) {
            throw new IllegalArgumentException("objects (" + objects + ") must be >= 0");
        }
        this.objects = objects;
        this.objectLabels = new String[objects];
        for (int x = 0; x < objects; x++) {
            arrows.add(new int[] {x, x});
            morphismLabels.add("id" + x);
        }
    }

    /**
     * Names an object.
     *
     * @param object the object
     * @param label its name
     * @return this builder
     * @throws IllegalArgumentException if {@code object} is out of range
     */
    public CategoryBuilder objectLabel(int object, String label) {
        checkObject(object);
        objectLabels[object] = Objects.requireNonNull(label, "label");
        anyObjectLabel = true;
        return this;
    }

    /**
     * Adds a morphism.
     *
     * @param dom its domain
     * @param cod its codomain
     * @return its index
     * @throws IllegalArgumentException if an object is out of range
     */
    public int morphism(int dom, int cod) {
        return morphism(dom, cod, null);
    }

    /**
     * Adds a labelled morphism.
     *
     * @param dom its domain
     * @param cod its codomain
     * @param label its name, or null for none
     * @return its index
     * @throws IllegalArgumentException if an object is out of range
     */
    public int morphism(int dom, int cod, String label) {
        checkObject(dom);
        checkObject(cod);
        arrows.add(new int[] {dom, cod});
        morphismLabels.add(label == null ? "m" + (arrows.size() - 1) : label);
        anyMorphismLabel |= label != null;
        return arrows.size() - 1;
    }

    /**
     * The identity of an object (its index equals the object's).
     *
     * @param object the object
     * @return the identity's index
     * @throws IllegalArgumentException if {@code object} is out of range
     */
    public int identity(int object) {
        checkObject(object);
        return object;
    }

    /**
     * Records g∘f = h. Typing is checked by {@link #report()}, not here, so that bad tables can be
     * studied.
     *
     * @param g the second morphism
     * @param f the first morphism
     * @param h the composite
     * @return this builder
     */
    public CategoryBuilder compose(int g, int f, int h) {
        composites.add(new int[] {g, f, h});
        return this;
    }

    private void checkObject(int x) {
        if (x < 0 || x >= objects) {
            throw new IllegalArgumentException(
                    "object (" + x + ") out of range [0, " + objects + ")");
        }
    }

    private int[][] arrays() {
        int n = arrows.size();
        int[] dom = new int[n];
        int[] cod = new int[n];
        for (int m = 0; m < n; m++) {
            dom[m] = arrows.get(m)[0];
            cod[m] = arrows.get(m)[1];
        }
        int[] id = new int[objects];
        for (int x = 0; x < objects; x++) {
            id[x] = x;
        }
        int[] comp = new int[Math.multiplyExact(n, n)];
        Arrays.fill(comp, -1);
        for (int m = 0; m < n; m++) {
            comp[cod[m] * n + m] = m;
            comp[m * n + dom[m]] = m;
        }
        int[] out = {};
        for (int[] t : composites) {
            if (t[0] < 0 || t[0] >= n || t[1] < 0 || t[1] >= n) {
                out = Arrays.copyOf(out, out.length + 1);
                out[out.length - 1] = t[0] < 0 || t[0] >= n ? t[0] : t[1];
                continue;
            }
            comp[t[0] * n + t[1]] = t[2];
        }
        return new int[][] {dom, cod, id, comp, out};
    }

    private Labels labels() {
        List<String> ol = new ArrayList<>();
        if (anyObjectLabel) {
            for (int x = 0; x < objects; x++) {
                ol.add(objectLabels[x] == null ? Integer.toString(x) : objectLabels[x]);
            }
        }
        List<String> ml = new ArrayList<>(morphismLabels);
        for (int x = 0; x < objects; x++) {
            if (objectLabels[x] != null) {
                // the identity of a labelled object is named after it, as in the JSON format
                // (docs/category-format.md)
                ml.set(x, "id_" + objectLabels[x]);
            }
        }
        return Labels.of(ol, anyMorphismLabel || anyObjectLabel ? ml : List.of());
    }

    /**
     * Checks the data entered so far (docs/category.md §2.2), without throwing.
     *
     * @return the report (at most 100 failures stored)
     */
    public AxiomReport report() {
        int[][] a = arrays();
        int n = arrows.size();
        if (a[4].length > 0) {
            return new AxiomReport(
                    List.of(new CategoryFailure.IndexOutOfRange("compose", -1, a[4][0])),
                    a[4].length);
        }
        return Axioms.check(objects, n, a[0], a[1], a[2], a[3], Axioms.DEFAULT_MAX_FAILURES);
    }

    /**
     * Builds the category.
     *
     * @return an immutable finite category
     * @throws IllegalArgumentException listing the first failures if the axioms fail
     */
    public FiniteCategory build() {
        Axioms.require(report(), "builder table", labels());
        int[][] a = arrays();
        return new TableCategory(objects, arrows.size(), a[0], a[1], a[2], a[3], labels());
    }
}
