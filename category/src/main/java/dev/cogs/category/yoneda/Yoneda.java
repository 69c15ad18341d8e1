package dev.cogs.category.yoneda;

import dev.cogs.category.FiniteCategory;
import dev.cogs.category.IntSeq;
import dev.cogs.category.sets.NaturalTransformation;
import dev.cogs.category.sets.SetFunctor;
import dev.cogs.category.sets.Variance;
import java.util.Locale;
import java.util.Objects;

/**
 * Representables and the Yoneda bijection (docs/category.md §2.7).
 *
 * <p>For a presheaf \(F\) and an object \(A\): \(\mathrm{Nat}(h_A, F) \cong F(A)\), by {@link
 * #toElement(NaturalTransformation, int)} \(\alpha \mapsto \alpha_A(\mathrm{id}_A)\) and {@link
 * #toTransformation} \(x \mapsto (u \mapsto F(u)(x))\). For a copresheaf \(T\) the same formulas
 * give \(\mathrm{Nat}(h^A, T) \cong T(A)\).
 */
public final class Yoneda {

    private Yoneda() {}

    /**
     * The representable presheaf \(h_A = Hom(-, A)\): \(h_A(X) = Hom(X, A)\) and, for \(f: Y \to
     * X\), \(h_A(f)(u) = u \circ f\).
     *
     * @param c the category
     * @param a the object \(A\)
     * @return \(h_A\)
     * @throws IllegalArgumentException if {@code a} is out of range
     */
    public static SetFunctor representable(FiniteCategory c, int a) {
        return hom(c, a, Variance.CONTRAVARIANT);
    }

    /**
     * The corepresentable copresheaf \(h^A = Hom(A, -)\): \(h^A(X) = Hom(A, X)\) and, for \(f: X
     * \to Y\), \(h^A(f)(u) = f \circ u\).
     *
     * @param c the category
     * @param a the object \(A\)
     * @return \(h^A\)
     * @throws IllegalArgumentException if {@code a} is out of range
     */
    public static SetFunctor corepresentable(FiniteCategory c, int a) {
        return hom(c, a, Variance.COVARIANT);
    }

    /**
     * \(h_A\) for a presheaf variance, \(h^A\) for a copresheaf variance.
     *
     * @param c the category
     * @param a the object
     * @param v the variance
     * @return the (co)representable functor at {@code a}
     * @throws IllegalArgumentException if {@code a} is out of range
     */
    public static SetFunctor hom(FiniteCategory c, int a, Variance v) {
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(v, "v");
        checkObject(c, a);
        HomIndex index = HomIndex.of(c);
        int k = c.objectCount();
        int[] sizes = new int[k];
        for (int x = 0; x < k; x++) {
            sizes[x] = v == Variance.CONTRAVARIANT ? c.homSize(x, a) : c.homSize(a, x);
        }
        int n = c.morphismCount();
        int[][] actions = new int[n][];
        for (int m = 0; m < n; m++) {
            if (v == Variance.CONTRAVARIANT) {
                IntSeq from = c.hom(c.cod(m), a);
                actions[m] = new int[from.size()];
                for (int i = 0; i < from.size(); i++) {
                    actions[m][i] = index.position(c.compose(from.get(i), m));
                }
            } else {
                IntSeq from = c.hom(a, c.dom(m));
                actions[m] = new int[from.size()];
                for (int i = 0; i < from.size(); i++) {
                    actions[m][i] = index.position(c.compose(m, from.get(i)));
                }
            }
        }
        return SetFunctor.of(c, v, sizes, actions);
    }

    /**
     * The Yoneda map \(\mathrm{Nat}(h_A, F) \to F(A)\), \(\alpha \mapsto \alpha_A(\mathrm{id}_A)\)
     * (or \(\mathrm{Nat}(h^A, T) \to T(A)\) for copresheaves).
     *
     * @param alpha a transformation whose source is \(h_A\) (resp. \(h^A\))
     * @param a the object \(A\)
     * @return the element \(\alpha_A(\mathrm{id}_A)\)
     * @throws IllegalArgumentException if the source of {@code alpha} is not the (co)representable
     *     at {@code a}
     */
    public static int toElement(NaturalTransformation alpha, int a) {
        Objects.requireNonNull(alpha, "alpha");
        SetFunctor source = alpha.source();
        FiniteCategory c = source.domain();
        checkObject(c, a);
        if (!source.equals(hom(c, a, source.variance()))) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "toElement: the source of alpha is not the %s at object %d",
                            source.variance() == Variance.CONTRAVARIANT
                                    ? "representable h_A"
                                    : "corepresentable h^A",
                            a));
        }
        return alpha.component(a, c.hom(a, a).indexOf(c.identity(a)));
    }

    /**
     * The Yoneda map with the object \(A\) recovered from the source: the first \(A\) (ascending)
     * whose (co)representable equals the source.
     *
     * @param alpha a transformation out of a (co)representable
     * @return \(\alpha_A(\mathrm{id}_A)\)
     * @throws IllegalArgumentException if the source is no (co)representable
     */
    public static int toElement(NaturalTransformation alpha) {
        Objects.requireNonNull(alpha, "alpha");
        SetFunctor source = alpha.source();
        FiniteCategory c = source.domain();
        for (int a = 0; a < c.objectCount(); a++) {
            boolean sizesMatch = true;
            for (int x = 0; x < c.objectCount() && sizesMatch; x++) {
                int expected =
                        source.variance() == Variance.CONTRAVARIANT
                                ? c.homSize(x, a)
                                : c.homSize(a, x);
                sizesMatch = expected == source.size(x);
            }
            if (sizesMatch && source.equals(hom(c, a, source.variance()))) {
                return toElement(alpha, a);
            }
        }
        throw new IllegalArgumentException(
                "toElement: the source of alpha is not a (co)representable functor");
    }

    /**
     * The inverse Yoneda map \(F(A) \to \mathrm{Nat}(h_A, F)\): \(x \mapsto \alpha\) with
     * \(\alpha_X(u) = F(u)(x)\) for \(u \in Hom(X, A)\) (for a copresheaf, \(u \in Hom(A, X)\)).
     *
     * @param f the functor \(F\)
     * @param a the object \(A\)
     * @param x an element of \(F(A)\)
     * @return the transformation \(h_A \Rightarrow F\) (resp. \(h^A \Rightarrow F\))
     * @throws IllegalArgumentException if {@code a} or {@code x} is out of range
     */
    public static NaturalTransformation toTransformation(SetFunctor f, int a, int x) {
        Objects.requireNonNull(f, "f");
        FiniteCategory c = f.domain();
        checkObject(c, a);
        if (x < 0 || x >= f.size(a)) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT, "x (%d) out of range [0, %d) of F(%d)", x, f.size(a), a));
        }
        Variance v = f.variance();
        SetFunctor source = hom(c, a, v);
        return NaturalTransformation.of(source, f, components(c, f, a, x));
    }

    /** \(\alpha_X(u) = F(u)(x)\) for every object X; shared with representability. */
    static int[][] components(FiniteCategory c, SetFunctor f, int a, int x) {
        int k = c.objectCount();
        int[][] comps = new int[k][];
        for (int y = 0; y < k; y++) {
            IntSeq h = f.variance() == Variance.CONTRAVARIANT ? c.hom(y, a) : c.hom(a, y);
            comps[y] = new int[h.size()];
            for (int i = 0; i < h.size(); i++) {
                comps[y][i] = f.act(h.get(i), x);
            }
        }
        return comps;
    }

    /**
     * The Yoneda embedding \(y: C \to \hat C\), \(X \mapsto h_X\).
     *
     * @param c the category
     * @return the embedding
     */
    public static Embedding embedding(FiniteCategory c) {
        return new Embedding(Objects.requireNonNull(c, "c"));
    }

    static void checkObject(FiniteCategory c, int a) {
        if (a < 0 || a >= c.objectCount()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT, "object (%d) out of range [0, %d)", a, c.objectCount()));
        }
    }
}
