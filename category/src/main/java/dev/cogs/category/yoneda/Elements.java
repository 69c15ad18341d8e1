package dev.cogs.category.yoneda;

import dev.cogs.category.Categories;
import dev.cogs.category.CategoryBuilder;
import dev.cogs.category.FiniteCategory;
import dev.cogs.category.Functor;
import dev.cogs.category.Functors;
import dev.cogs.category.limits.Coproduct;
import dev.cogs.category.limits.Limits;
import dev.cogs.category.sets.NaturalTransformation;
import dev.cogs.category.sets.SetFunctor;
import dev.cogs.category.sets.Variance;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The category of elements \(\int F\) and the canonical cover (docs/category.md §2.9).
 *
 * <p>For a presheaf \(F\): objects \((X, x)\), \(x \in F(X)\), numbered as {@link
 * SetFunctor#offset}; morphisms \(f: (Y, y) \to (X, x)\) for \(f: Y \to X\) with \(F(f)(x) = y\).
 * For a copresheaf \(T\): morphisms \(f: (X, t) \to (Y, s)\) for \(f: X \to Y\) with \(T(f)(t) =
 * s\). Morphism numbering: the identities first (identity of object i is morphism i), then the
 * pairs (f, e) for non-identity \(f\) in ascending index and \(e\) in the fibre the action of \(f\)
 * reads, ascending.
 *
 * <p>Facts (tests): \(\int h_A \cong C/A\); \(\int 1 \cong C\); \(|\mathrm{Ob} \int F| = \sum_X
 * |F(X)|\); and \(F\) is representable iff \(\int F\) has a terminal object (presheaf; an initial
 * object for a copresheaf), the terminal objects being exactly the universal elements.
 */
public final class Elements {

    private Elements() {}

    /**
     * The category of elements.
     *
     * @param f the presheaf or copresheaf
     * @return \(\int F\), validated
     */
    public static FiniteCategory of(SetFunctor f) {
        return build(f).category;
    }

    /**
     * The projection \(\pi: \int F \to C\), \((X, x) \mapsto X\), \((f, e) \mapsto f\).
     *
     * @param f the presheaf or copresheaf
     * @return the projection functor
     */
    public static Functor projection(SetFunctor f) {
        Built b = build(f);
        return Functors.of(b.category, f.domain(), b.objectMap, b.morphismMap);
    }

    /**
     * The canonical cover \(\varepsilon: \coprod_{(X, x)} h_X \Rightarrow F\): the element \(u: Y
     * \to X\) of the \((X, x)\) summand goes to \(F(u)(x)\) (for a copresheaf the summands are
     * \(h^X\)). Every component is surjective since \(\mathrm{id}_X \mapsto x\): every (co)presheaf
     * is a colimit of representables.
     *
     * @param f the presheaf or copresheaf
     * @return the cover, whose source is the coproduct in (object, element) order
     * @throws IllegalArgumentException if {@code f} is empty (the empty coproduct is the initial
     *     functor; use {@link Limits#fromInitial})
     */
    public static NaturalTransformation canonicalCover(SetFunctor f) {
        Objects.requireNonNull(f, "f");
        FiniteCategory c = f.domain();
        if (f.totalSize() == 0) {
            throw new IllegalArgumentException("canonicalCover: the functor is empty");
        }
        List<NaturalTransformation> legs = new ArrayList<>();
        List<SetFunctor> summands = new ArrayList<>();
        for (int x = 0; x < c.objectCount(); x++) {
            for (int e = 0; e < f.size(x); e++) {
                NaturalTransformation leg = Yoneda.toTransformation(f, x, e);
                legs.add(leg);
                summands.add(leg.source());
            }
        }
        Coproduct sum = Limits.coproduct(summands);
        return sum.copair(legs);
    }

    private static final class Built {
        FiniteCategory category;
        int[] objectMap;
        int[] morphismMap;
    }

    private static Built build(SetFunctor f) {
        Objects.requireNonNull(f, "f");
        FiniteCategory c = f.domain();
        boolean pre = f.variance() == Variance.CONTRAVARIANT;
        int objects = f.totalSize();
        CategoryBuilder b = Categories.builder(objects);
        int[] objectMap = new int[objects];
        for (int x = 0; x < c.objectCount(); x++) {
            for (int e = 0; e < f.size(x); e++) {
                objectMap[f.offset(x, e)] = x;
                b.objectLabel(f.offset(x, e), c.labels().object(x) + ":" + e);
            }
        }
        int n = c.morphismCount();
        int[][] index = new int[n][];
        List<int[]> arrows = new ArrayList<>();
        List<Integer> morphismMap = new ArrayList<>();
        for (int x = 0; x < objects; x++) {
            morphismMap.add(c.identity(objectMap[x]));
        }
        for (int m = 0; m < n; m++) {
            int from = f.from(m);
            index[m] = new int[f.size(from)];
            for (int e = 0; e < f.size(from); e++) {
                if (c.isIdentity(m)) {
                    index[m][e] = f.offset(from, e);
                    continue;
                }
                int image = f.act(m, e);
                int dom = pre ? f.offset(c.dom(m), image) : f.offset(c.dom(m), e);
                int cod = pre ? f.offset(c.cod(m), e) : f.offset(c.cod(m), image);
                index[m][e] = b.morphism(dom, cod, c.labels().morphism(m) + "@" + e);
                arrows.add(new int[] {m, e, dom, cod, index[m][e]});
                morphismMap.add(m);
            }
        }
        for (int[] fa : arrows) {
            for (int[] ga : arrows) {
                if (ga[2] != fa[3]) {
                    continue;
                }
                int h = c.compose(ga[0], fa[0]);
                int e = pre ? ga[1] : fa[1];
                b.compose(ga[4], fa[4], index[h][e]);
            }
        }
        Built built = new Built();
        built.category = b.build();
        built.objectMap = objectMap;
        built.morphismMap = morphismMap.stream().mapToInt(Integer::intValue).toArray();
        return built;
    }

    /**
     * The terminal objects of a finite category: \(T\) with \(|Hom(Z, T)| = 1\) for every \(Z\).
     *
     * @param c the category
     * @return the terminal objects, ascending
     */
    public static List<Integer> terminalObjects(FiniteCategory c) {
        List<Integer> out = new ArrayList<>();
        for (int t = 0; t < c.objectCount(); t++) {
            boolean ok = true;
            for (int z = 0; z < c.objectCount() && ok; z++) {
                ok = c.homSize(z, t) == 1;
            }
            if (ok) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The initial objects of a finite category: \(I\) with \(|Hom(I, Z)| = 1\) for every \(Z\).
     *
     * @param c the category
     * @return the initial objects, ascending
     */
    public static List<Integer> initialObjects(FiniteCategory c) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < c.objectCount(); i++) {
            boolean ok = true;
            for (int z = 0; z < c.objectCount() && ok; z++) {
                ok = c.homSize(i, z) == 1;
            }
            if (ok) {
                out.add(i);
            }
        }
        return out;
    }
}
