package dev.cogs.category.yoneda;

import dev.cogs.category.FiniteCategory;
import dev.cogs.category.Functor;
import dev.cogs.category.IntSeq;
import dev.cogs.category.internal.UnionFind;
import dev.cogs.category.sets.SetFunctor;
import dev.cogs.category.sets.Variance;
import java.util.Objects;

/**
 * Tensor products, the Yoneda extension and data migration along functors (docs/category.md §2.10).
 *
 * <p>\(F \otimes_C T = (\coprod_X F(X) \times T(X)) / \sim\) with \((Y, F(f)x, t) \sim (X, x,
 * T(f)t)\) for \(f: Y \to X\), computed by one union–find pass over the generators of \(C\) (the
 * relation of a composite follows from those of its factors).
 */
public final class Kan {

    private Kan() {}

    /**
     * The tensor product \(F \otimes_C T\) of a presheaf and a copresheaf (the coend \(\int^X F(X)
     * \times T(X)\)).
     *
     * @param presheaf \(F\), contravariant
     * @param copresheaf \(T\), covariant, on the same category
     * @return the quotient set
     * @throws IllegalArgumentException if the variances or categories do not fit
     */
    public static FiniteSet tensor(SetFunctor presheaf, SetFunctor copresheaf) {
        Objects.requireNonNull(presheaf, "presheaf");
        Objects.requireNonNull(copresheaf, "copresheaf");
        if (presheaf.variance() != Variance.CONTRAVARIANT
                || copresheaf.variance() != Variance.COVARIANT) {
            throw new IllegalArgumentException(
                    "tensor: needs a presheaf and a copresheaf, got "
                            + presheaf.variance()
                            + " and "
                            + copresheaf.variance());
        }
        FiniteCategory c = presheaf.domain();
        if (!c.equals(copresheaf.domain())) {
            throw new IllegalArgumentException("tensor: the functors live on different categories");
        }
        int k = c.objectCount();
        int[] sf = presheaf.sizes();
        int[] st = copresheaf.sizes();
        int[] offsets = new int[k + 1];
        for (int x = 0; x < k; x++) {
            offsets[x + 1] = Math.addExact(offsets[x], Math.multiplyExact(sf[x], st[x]));
        }
        int total = offsets[k];
        UnionFind classes = UnionFind.singletons(total);
        IntSeq gens = c.generators();
        for (int gi = 0; gi < gens.size(); gi++) {
            int f = gens.get(gi);
            int y = c.dom(f);
            int x = c.cod(f);
            for (int e = 0; e < sf[x]; e++) {
                int fe = presheaf.act(f, e);
                for (int t = 0; t < st[y]; t++) {
                    classes.union(
                            offsets[y] + fe * st[y] + t,
                            offsets[x] + e * st[x] + copresheaf.act(f, t));
                }
            }
        }
        int[] classOf = classes.classIndex();
        int size = classes.classCount();
        return new FiniteSet(sf, st, java.util.Arrays.copyOf(offsets, k), classOf, size);
    }

    /**
     * The Yoneda extension \(\mathrm{Lan}_y T\) of a task (Theorem 2's fine-tuning functor,
     * docs/category.md §1.7).
     *
     * @param task the task \(T\) (a copresheaf; a presheaf task is extended over copresheaves)
     * @return the extension \(F \mapsto F \otimes_C T\)
     */
    public static YonedaExtension alongYoneda(SetFunctor task) {
        return new YonedaExtension(task);
    }

    /**
     * \(\Delta\)-migration (precomposition) of a copresheaf: \(\Delta_G S = S \circ G\).
     *
     * @param g the functor \(G: C \to D\)
     * @param s a copresheaf on \(D\)
     * @return the copresheaf \(S \circ G\) on \(C\)
     * @throws IllegalArgumentException if {@code s} is not a copresheaf on the target of {@code g}
     */
    public static SetFunctor delta(Functor g, SetFunctor s) {
        Objects.requireNonNull(g, "g");
        Objects.requireNonNull(s, "s");
        if (s.variance() != Variance.COVARIANT || !s.domain().equals(g.target())) {
            throw new IllegalArgumentException("delta: s must be a copresheaf on the target of g");
        }
        FiniteCategory c = g.source();
        int[] sizes = new int[c.objectCount()];
        for (int x = 0; x < sizes.length; x++) {
            sizes[x] = s.size(g.onObject(x));
        }
        int[][] actions = new int[c.morphismCount()][];
        for (int m = 0; m < actions.length; m++) {
            actions[m] = s.action(g.onMorphism(m));
        }
        return SetFunctor.of(c, Variance.COVARIANT, sizes, actions);
    }

    /**
     * \(\Sigma\)-migration (left Kan extension) of a copresheaf along \(G: C \to D\): \(\Sigma_G
     * T(d) = Hom_D(G-, d) \otimes_C T\), with \(h: d \to d'\) acting by \([u, t] \mapsto [h \circ
     * u, t]\). Left adjoint to {@link #delta}: \(|\mathrm{Nat}(\Sigma_G T, S)| = |\mathrm{Nat}(T,
     * \Delta_G S)|\).
     *
     * @param g the functor \(G: C \to D\)
     * @param t a copresheaf on \(C\)
     * @return the copresheaf \(\Sigma_G T\) on \(D\)
     * @throws IllegalArgumentException if {@code t} is not a copresheaf on the source of {@code g}
     */
    public static SetFunctor sigma(Functor g, SetFunctor t) {
        Objects.requireNonNull(g, "g");
        Objects.requireNonNull(t, "t");
        if (t.variance() != Variance.COVARIANT || !t.domain().equals(g.source())) {
            throw new IllegalArgumentException("sigma: t must be a copresheaf on the source of g");
        }
        FiniteCategory c = g.source();
        FiniteCategory d = g.target();
        HomIndex index = HomIndex.of(d);
        int kd = d.objectCount();
        FiniteSet[] values = new FiniteSet[kd];
        for (int y = 0; y < kd; y++) {
            values[y] = tensor(pulledHom(g, y, index), t);
        }
        int[] sizes = new int[kd];
        for (int y = 0; y < kd; y++) {
            sizes[y] = values[y].size();
        }
        int[][] actions = new int[d.morphismCount()][];
        for (int h = 0; h < actions.length; h++) {
            FiniteSet from = values[d.dom(h)];
            FiniteSet to = values[d.cod(h)];
            actions[h] = new int[from.size()];
            for (int cls = 0; cls < from.size(); cls++) {
                int[] r = from.representative(cls);
                int x = r[0];
                int u = d.hom(g.onObject(x), d.dom(h)).get(r[1]);
                int hu = d.compose(h, u);
                actions[h][cls] = to.classOf(x, index.position(hu), r[2]);
            }
        }
        return SetFunctor.of(d, Variance.COVARIANT, sizes, actions);
    }

    /**
     * The presheaf \(Hom_D(G-, d)\) on \(C\): \(f: Y \to X\) acts by \(u \mapsto u \circ G(f)\).
     */
    private static SetFunctor pulledHom(Functor g, int d0, HomIndex index) {
        FiniteCategory c = g.source();
        FiniteCategory d = g.target();
        int[] sizes = new int[c.objectCount()];
        for (int x = 0; x < sizes.length; x++) {
            sizes[x] = d.homSize(g.onObject(x), d0);
        }
        int[][] actions = new int[c.morphismCount()][];
        for (int m = 0; m < actions.length; m++) {
            IntSeq from = d.hom(g.onObject(c.cod(m)), d0);
            actions[m] = new int[from.size()];
            int gm = g.onMorphism(m);
            for (int i = 0; i < from.size(); i++) {
                actions[m][i] = index.position(d.compose(from.get(i), gm));
            }
        }
        return SetFunctor.of(c, Variance.CONTRAVARIANT, sizes, actions);
    }
}
