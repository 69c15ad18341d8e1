package dev.cogs.category.yoneda;

import dev.cogs.category.FiniteCategory;
import dev.cogs.category.IntSeq;
import dev.cogs.category.internal.UnionFind;
import dev.cogs.category.sets.NaturalTransformation;
import dev.cogs.category.sets.SetFunctor;
import dev.cogs.category.sets.Variance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The representability decision (docs/category.md §2.8): Theorem 1 of Yuan, <i>On the Power of
 * Foundation Models</i> (ICML 2023, arXiv:2211.16327), in finite form.
 *
 * <p>A presheaf \(F\) is represented by \((X, x)\), \(x \in F(X)\), iff for every \(Y\) the map
 * \(Hom(Y, X) \to F(Y)\), \(u \mapsto F(u)(x)\), is a bijection (\(x\) is a universal element);
 * then \(u \mapsto F(u)(x)\) is a natural isomorphism \(h_X \cong F\). For a copresheaf the maps
 * are \(Hom(X, Y) \to F(Y)\). Per candidate \(X\): a size-profile filter, then an injectivity scan
 * per element. Cost \(O(\sum_{X \text{ passing}} |F(X)| \cdot \sum_Y |Hom(Y, X)|)\).
 *
 * <p>Order: representations come by ascending object, then ascending element. The representing
 * objects form one isomorphism class; at a fixed \(X\) the universal elements form one
 * \(\mathrm{Aut}(X)\)-orbit.
 */
public final class Representability {

    private Representability() {}

    /**
     * A representation \(h_X \cong F\) by a universal element.
     *
     * @param object the representing object \(X\)
     * @param universalElement the universal element \(x \in F(X)\)
     * @param iso the natural isomorphism \(h_X \Rightarrow F\), \(u \mapsto F(u)(x)\)
     */
    public record Representation(int object, int universalElement, NaturalTransformation iso) {
        /**
         * Validates.
         *
         * @param object the object
         * @param universalElement the element
         * @param iso the isomorphism
         */
        public Representation {
            Objects.requireNonNull(iso, "iso");
        }
    }

    /**
     * The first representation, if the functor is representable.
     *
     * @param f the presheaf or copresheaf
     * @return the first universal element in (object, element) order, or empty
     */
    public static Optional<Representation> find(SetFunctor f) {
        List<Representation> r = scan(f, true, null);
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }

    /**
     * Every representation (every universal element).
     *
     * @param f the presheaf or copresheaf
     * @return all representations in (object, element) order; empty iff not representable
     */
    public static List<Representation> all(SetFunctor f) {
        return scan(f, false, null);
    }

    /**
     * Whether the functor is representable.
     *
     * @param f the presheaf or copresheaf
     * @return whether some universal element exists
     */
    public static boolean isRepresentable(SetFunctor f) {
        return find(f).isPresent();
    }

    /**
     * Why the functor is not representable, as one witness: {@code Representable} if it is; else
     * {@code EmptyPresheaf}; else {@code SupportSplit}; else, for the first candidate passing the
     * size profile, the {@code NotInjective} witness of its first element; else the {@code
     * ProfileMismatch} of the first candidate in the support (the first candidate if the support is
     * empty).
     *
     * @param f the presheaf or copresheaf
     * @return the explanation
     */
    public static NonRepresentability explain(SetFunctor f) {
        if (f.totalSize() == 0) {
            return new NonRepresentability.EmptyPresheaf();
        }
        List<Set<Integer>> parts = supportParts(f);
        if (parts.size() > 1) {
            return new NonRepresentability.SupportSplit(parts);
        }
        List<NonRepresentability> perCandidate = explainAll(f);
        for (NonRepresentability r : perCandidate) {
            if (r instanceof NonRepresentability.Representable) {
                return r;
            }
        }
        for (NonRepresentability r : perCandidate) {
            if (r instanceof NonRepresentability.NotInjective) {
                return r;
            }
        }
        // Candidates outside the support fail trivially (|F(X)| = 0 < |Hom(X, X)|); prefer one
        // inside it.
        for (int x = 0; x < perCandidate.size(); x++) {
            if (f.size(x) > 0) {
                return perCandidate.get(x);
            }
        }
        return perCandidate.get(0);
    }

    /**
     * One verdict per candidate object (index = object): {@code Representable} when the object
     * represents the functor, else its {@code ProfileMismatch} (first failing \(Y\)) or the {@code
     * NotInjective} witness of its first element.
     *
     * @param f the presheaf or copresheaf
     * @return the verdicts, one per object
     */
    public static List<NonRepresentability> explainAll(SetFunctor f) {
        List<NonRepresentability> out = new ArrayList<>();
        scan(f, false, out);
        return out;
    }

    /**
     * The connected components of \(C\) (as undirected graph) met by the support \(\{X : F(X) \ne
     * \emptyset\}\), each restricted to the support; in ascending order of their least object.
     *
     * @param f the functor
     * @return the parts of the support
     */
    public static List<Set<Integer>> supportParts(SetFunctor f) {
        FiniteCategory c = f.domain();
        int[] comp = components(c);
        TreeMap<Integer, Set<Integer>> parts = new TreeMap<>();
        for (int x = 0; x < c.objectCount(); x++) {
            if (f.size(x) > 0) {
                parts.computeIfAbsent(comp[x], key -> new TreeSet<>()).add(x);
            }
        }
        List<Set<Integer>> out = new ArrayList<>();
        for (Set<Integer> s : parts.values()) {
            out.add(java.util.Collections.unmodifiableSet(s));
        }
        return out;
    }

    /** Component label per object: the least object of its connected component. */
    static int[] components(FiniteCategory c) {
        int k = c.objectCount();
        UnionFind classes = UnionFind.singletons(k);
        for (int m = 0; m < c.morphismCount(); m++) {
            classes.union(c.dom(m), c.cod(m));
        }
        int[] out = new int[k];
        for (int x = 0; x < k; x++) {
            out[x] = classes.find(x);
        }
        return out;
    }

    /**
     * The scan of docs/category.md §2.8. Collects representations; with {@code verdicts != null},
     * also one verdict per candidate object.
     */
    private static List<Representation> scan(
            SetFunctor f, boolean firstOnly, List<NonRepresentability> verdicts) {
        Objects.requireNonNull(f, "f");
        FiniteCategory c = f.domain();
        boolean pre = f.variance() == Variance.CONTRAVARIANT;
        int k = c.objectCount();
        List<Representation> out = new ArrayList<>();
        for (int x = 0; x < k; x++) {
            NonRepresentability mismatch = null;
            for (int y = 0; y < k && mismatch == null; y++) {
                int expected = pre ? c.homSize(y, x) : c.homSize(x, y);
                if (expected != f.size(y)) {
                    mismatch = new NonRepresentability.ProfileMismatch(x, y, expected, f.size(y));
                }
            }
            if (mismatch != null) {
                if (verdicts != null) {
                    verdicts.add(mismatch);
                }
                continue;
            }
            NonRepresentability verdict = null;
            SetFunctor hx = null;
            for (int e = 0; e < f.size(x); e++) {
                NonRepresentability.NotInjective witness = injectivityWitness(f, x, e);
                if (witness == null) {
                    if (hx == null) {
                        hx = Yoneda.hom(c, x, f.variance());
                    }
                    out.add(
                            new Representation(
                                    x,
                                    e,
                                    NaturalTransformation.of(
                                            hx, f, Yoneda.components(c, f, x, e))));
                    if (firstOnly) {
                        return out;
                    }
                    verdict = new NonRepresentability.Representable();
                } else if (verdict == null && e == 0) {
                    verdict = witness;
                }
            }
            if (verdicts != null) {
                verdicts.add(verdict == null ? new NonRepresentability.Representable() : verdict);
            }
        }
        return out;
    }

    /**
     * The first pair u1 &lt; u2 (in hom order) with F(u1)(x) = F(u2)(x), or null when injective
     * everywhere.
     */
    private static NonRepresentability.NotInjective injectivityWitness(SetFunctor f, int x, int e) {
        FiniteCategory c = f.domain();
        boolean pre = f.variance() == Variance.CONTRAVARIANT;
        for (int y = 0; y < c.objectCount(); y++) {
            IntSeq h = pre ? c.hom(y, x) : c.hom(x, y);
            int[] firstMorphism = new int[f.size(y)];
            Arrays.fill(firstMorphism, -1);
            for (int i = 0; i < h.size(); i++) {
                int u = h.get(i);
                int image = f.act(u, e);
                if (firstMorphism[image] >= 0) {
                    return new NonRepresentability.NotInjective(x, e, y, firstMorphism[image], u);
                }
                firstMorphism[image] = u;
            }
        }
        return null;
    }
}
