package dev.cogs.category.sets;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Isomorphism of set-valued functors (docs/category.md §2.12): cheap invariants first, then a
 * {@link NatSearch} with bijective components everywhere.
 */
public final class Isomorphisms {

    private Isomorphisms() {}

    /**
     * A natural isomorphism \(F \cong G\), if one exists.
     *
     * @param f the first functor
     * @param g the second functor
     * @return the first isomorphism in search order, or empty
     * @throws IllegalArgumentException if the functors differ in domain or variance
     */
    public static Optional<NaturalTransformation> find(SetFunctor f, SetFunctor g) {
        Objects.requireNonNull(f, "f");
        Objects.requireNonNull(g, "g");
        if (f.variance() != g.variance() || !f.domain().equals(g.domain())) {
            throw new IllegalArgumentException("find: functors differ in domain or variance");
        }
        if (!invariantsAgree(f, g)) {
            return Optional.empty();
        }
        return NatSearch.any(f, g, NatSearch.Constraints.isoEverywhere(f.domain().objectCount()));
    }

    /**
     * Whether two functors are naturally isomorphic.
     *
     * @param f the first functor
     * @param g the second functor
     * @return whether \(F \cong G\)
     * @throws IllegalArgumentException if the functors differ in domain or variance
     */
    public static boolean areIsomorphic(SetFunctor f, SetFunctor g) {
        return find(f, g).isPresent();
    }

    /**
     * The necessary conditions of docs/category.md §2.12: equal sizes; per endomorphism, equal
     * numbers of fixed points; per morphism, equal multisets of fibre sizes of the action.
     *
     * @param f the first functor
     * @param g the second functor
     * @return false if an invariant differs (then \(F \not\cong G\))
     */
    public static boolean invariantsAgree(SetFunctor f, SetFunctor g) {
        if (!Arrays.equals(f.sizesView(), g.sizesView())) {
            return false;
        }
        var c = f.domain();
        for (int m = 0; m < c.morphismCount(); m++) {
            int[] a = f.actionView(m);
            int[] b = g.actionView(m);
            if (c.dom(m) == c.cod(m) && fixedPoints(a) != fixedPoints(b)) {
                return false;
            }
            int bound = f.size(f.to(m));
            if (!Arrays.equals(fibreProfile(a, bound), fibreProfile(b, bound))) {
                return false;
            }
        }
        return true;
    }

    private static int fixedPoints(int[] a) {
        int n = 0;
        for (int e = 0; e < a.length; e++) {
            if (a[e] == e) {
                n++;
            }
        }
        return n;
    }

    private static int[] fibreProfile(int[] a, int bound) {
        int[] fibre = new int[bound];
        for (int v : a) {
            fibre[v]++;
        }
        Arrays.sort(fibre);
        return fibre;
    }
}
