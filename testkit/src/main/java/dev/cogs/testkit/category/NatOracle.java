package dev.cogs.testkit.category;

import dev.cogs.category.sets.NaturalTransformation;
import dev.cogs.category.sets.SetFunctor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The brute-force oracle for natural transformations: enumerates every family of component maps,
 * all \(\prod_X |G(X)|^{|F(X)|}\) of them, and keeps those that pass {@link
 * NaturalTransformation#failures(SetFunctor, SetFunctor, int[][])}. It shares no code with the
 * backtracking search of {@code NatSearch}, which it checks (and against which {@code cogs bench
 * category} times it). Stateless.
 */
public final class NatOracle {

    private NatOracle() {}

    /**
     * The base-10 logarithm of the size of the brute-force space \(\prod_X |G(X)|^{|F(X)|}\).
     *
     * @param f the source \(F\)
     * @param g the target \(G\)
     * @return the logarithm; {@code -Infinity} when the space is empty (some \(F(X) \ne \emptyset =
     *     G(X)\))
     */
    public static double log10Space(SetFunctor f, SetFunctor g) {
        double space = 0;
        for (int x = 0; x < f.domain().objectCount(); x++) {
            if (f.size(x) > 0 && g.size(x) == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            space += f.size(x) * Math.log10(Math.max(1, g.size(x)));
        }
        return space;
    }

    /**
     * \(|\mathrm{Nat}(F, G)|\) by exhaustive enumeration; the cost is the size of the space times
     * one naturality check, so keep the space small (see {@link #log10Space}).
     *
     * @param f the source \(F\)
     * @param g the target \(G\), on the same category with the same variance
     * @return the number of natural transformations
     */
    public static long count(SetFunctor f, SetFunctor g) {
        long[] count = new long[1];
        enumerate(f, g, comps -> count[0]++);
        return count[0];
    }

    /**
     * Every natural transformation as its component arrays, in the order of the enumeration (the
     * elements of F in offset order, the last one varying slowest).
     *
     * @param f the source \(F\)
     * @param g the target \(G\), on the same category with the same variance
     * @return fresh arrays {@code components[X][x]}, one family per transformation
     */
    public static List<int[][]> all(SetFunctor f, SetFunctor g) {
        List<int[][]> out = new ArrayList<>();
        enumerate(
                f,
                g,
                comps -> {
                    int[][] copy = new int[comps.length][];
                    for (int x = 0; x < comps.length; x++) {
                        copy[x] = comps[x].clone();
                    }
                    out.add(copy);
                });
        return out;
    }

    private static void enumerate(SetFunctor f, SetFunctor g, Consumer<int[][]> natural) {
        Objects.requireNonNull(f, "f");
        Objects.requireNonNull(g, "g");
        int k = f.domain().objectCount();
        int total = f.totalSize();
        int[] obj = new int[total];
        int[] bound = new int[total];
        for (int x = 0; x < k; x++) {
            for (int e = 0; e < f.size(x); e++) {
                obj[f.offset(x, e)] = x;
                bound[f.offset(x, e)] = g.size(x);
                if (g.size(x) == 0) {
                    return;
                }
            }
        }
        int[] flat = new int[total];
        int[][] comps = new int[k][];
        for (int x = 0; x < k; x++) {
            comps[x] = new int[f.size(x)];
        }
        while (true) {
            for (int i = 0; i < total; i++) {
                comps[obj[i]][i - f.offset(obj[i], 0)] = flat[i];
            }
            if (NaturalTransformation.failures(f, g, comps).isEmpty()) {
                natural.accept(comps);
            }
            int i = 0;
            while (i < total && flat[i] == bound[i] - 1) {
                flat[i++] = 0;
            }
            if (i == total) {
                return;
            }
            flat[i]++;
        }
    }
}
