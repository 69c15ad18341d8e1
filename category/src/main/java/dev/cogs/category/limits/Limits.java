package dev.cogs.category.limits;

import dev.cogs.category.FiniteCategory;
import dev.cogs.category.internal.UnionFind;
import dev.cogs.category.sets.NaturalTransformation;
import dev.cogs.category.sets.SetFunctor;
import dev.cogs.category.sets.Variance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Pointwise limits and colimits in \([C^{op}, \mathbf{FinSet}]\) and \([C, \mathbf{FinSet}]\) (
 * docs/category.md §2.11). Every construction is computed object by object; the structure maps are
 * natural and the universal maps are provided by the result records.
 */
public final class Limits {

    private Limits() {}

    /**
     * The product of one or more functors of equal domain and variance.
     *
     * @param factors the factors \(F_0, \dots, F_{r-1}\), \(r \ge 1\)
     * @return the product with its projections
     * @throws IllegalArgumentException if there are no factors, they are incompatible, or a fibre
     *     of the product exceeds {@code Integer.MAX_VALUE}
     */
    public static Product product(List<SetFunctor> factors) {
        FiniteCategory c = common(factors, "product");
        Variance v = factors.get(0).variance();
        int k = c.objectCount();
        int r = factors.size();
        int[] sizes = new int[k];
        for (int x = 0; x < k; x++) {
            long s = 1;
            for (SetFunctor f : factors) {
                s *= f.size(x);
                if (s > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException(
                            String.format(
                                    Locale.ROOT,
                                    "product: fibre at object %d exceeds %d elements",
                                    x,
                                    Integer.MAX_VALUE));
                }
            }
            sizes[x] = (int) s;
        }
        int n = c.morphismCount();
        int[][] actions = new int[n][];
        for (int m = 0; m < n; m++) {
            int a = factors.get(0).from(m);
            int b = factors.get(0).to(m);
            actions[m] = new int[sizes[a]];
            int[] digits = new int[r];
            for (int code = 0; code < sizes[a]; code++) {
                decode(factors, a, code, digits);
                int out = 0;
                for (int i = 0; i < r; i++) {
                    out = out * factors.get(i).size(b) + factors.get(i).act(m, digits[i]);
                }
                actions[m][code] = out;
            }
        }
        SetFunctor p = SetFunctor.of(c, v, sizes, actions);
        List<NaturalTransformation> projections = new ArrayList<>();
        int[] digits = new int[r];
        for (int i = 0; i < r; i++) {
            int[][] comps = new int[k][];
            for (int x = 0; x < k; x++) {
                comps[x] = new int[sizes[x]];
                for (int code = 0; code < sizes[x]; code++) {
                    decode(factors, x, code, digits);
                    comps[x][code] = digits[i];
                }
            }
            projections.add(NaturalTransformation.of(p, factors.get(i), comps));
        }
        return new Product(p, projections);
    }

    /**
     * The binary product \(F \times G\); the pair \((x, y)\) is encoded as \(x \cdot |G(X)| + y\).
     *
     * @param f the first factor
     * @param g the second factor
     * @return the product with its two projections
     * @throws IllegalArgumentException as {@link #product(List)}
     */
    public static Product product(SetFunctor f, SetFunctor g) {
        return product(List.of(f, g));
    }

    /**
     * The coproduct of one or more functors of equal domain and variance.
     *
     * @param summands the summands, at least one
     * @return the coproduct with its injections
     * @throws IllegalArgumentException if there are no summands, they are incompatible, or a fibre
     *     exceeds {@code Integer.MAX_VALUE}
     */
    public static Coproduct coproduct(List<SetFunctor> summands) {
        FiniteCategory c = common(summands, "coproduct");
        Variance v = summands.get(0).variance();
        int k = c.objectCount();
        int r = summands.size();
        int[][] offsets = new int[r + 1][k];
        for (int i = 0; i < r; i++) {
            for (int x = 0; x < k; x++) {
                long s = (long) offsets[i][x] + summands.get(i).size(x);
                if (s > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException(
                            String.format(
                                    Locale.ROOT,
                                    "coproduct: fibre at object %d exceeds %d elements",
                                    x,
                                    Integer.MAX_VALUE));
                }
                offsets[i + 1][x] = (int) s;
            }
        }
        int[] sizes = offsets[r].clone();
        int n = c.morphismCount();
        int[][] actions = new int[n][];
        for (int m = 0; m < n; m++) {
            int a = summands.get(0).from(m);
            int b = summands.get(0).to(m);
            actions[m] = new int[sizes[a]];
            for (int i = 0; i < r; i++) {
                SetFunctor s = summands.get(i);
                for (int e = 0; e < s.size(a); e++) {
                    actions[m][offsets[i][a] + e] = offsets[i][b] + s.act(m, e);
                }
            }
        }
        SetFunctor sum = SetFunctor.of(c, v, sizes, actions);
        List<NaturalTransformation> injections = new ArrayList<>();
        for (int i = 0; i < r; i++) {
            int[][] comps = new int[k][];
            for (int x = 0; x < k; x++) {
                comps[x] = new int[summands.get(i).size(x)];
                for (int e = 0; e < comps[x].length; e++) {
                    comps[x][e] = offsets[i][x] + e;
                }
            }
            injections.add(NaturalTransformation.of(summands.get(i), sum, comps));
        }
        return new Coproduct(sum, injections);
    }

    /**
     * The binary coproduct \(F + G\).
     *
     * @param f the first summand
     * @param g the second summand
     * @return the coproduct with its two injections
     * @throws IllegalArgumentException as {@link #coproduct(List)}
     */
    public static Coproduct coproduct(SetFunctor f, SetFunctor g) {
        return coproduct(List.of(f, g));
    }

    /**
     * The terminal object: one element everywhere.
     *
     * @param c the category
     * @param v the variance
     * @return the terminal functor
     */
    public static SetFunctor terminal(FiniteCategory c, Variance v) {
        return SetFunctor.terminal(c, v);
    }

    /**
     * The unique map to the terminal functor.
     *
     * @param f any functor
     * @return \(!: F \Rightarrow 1\)
     */
    public static NaturalTransformation toTerminal(SetFunctor f) {
        SetFunctor one = SetFunctor.terminal(f.domain(), f.variance());
        int[][] comps = new int[f.domain().objectCount()][];
        for (int x = 0; x < comps.length; x++) {
            comps[x] = new int[f.size(x)];
        }
        return NaturalTransformation.of(f, one, comps);
    }

    /**
     * The initial object: empty everywhere.
     *
     * @param c the category
     * @param v the variance
     * @return the initial functor
     */
    public static SetFunctor initial(FiniteCategory c, Variance v) {
        return SetFunctor.initial(c, v);
    }

    /**
     * The unique map from the initial functor.
     *
     * @param f any functor
     * @return \(\emptyset \Rightarrow F\)
     */
    public static NaturalTransformation fromInitial(SetFunctor f) {
        SetFunctor zero = SetFunctor.initial(f.domain(), f.variance());
        int[][] comps = new int[f.domain().objectCount()][0];
        return NaturalTransformation.of(zero, f, comps);
    }

    /**
     * The equaliser of two parallel transformations.
     *
     * @param alpha \(F \Rightarrow G\)
     * @param beta \(F \Rightarrow G\)
     * @return the equaliser \(E \hookrightarrow F\)
     * @throws IllegalArgumentException if the maps are not parallel
     */
    public static Equalizer equalizer(NaturalTransformation alpha, NaturalTransformation beta) {
        parallel(alpha, beta, "equalizer");
        SetFunctor f = alpha.source();
        FiniteCategory c = f.domain();
        int k = c.objectCount();
        int[][] keep = new int[k][];
        int[][] index = new int[k][];
        int[] sizes = new int[k];
        for (int x = 0; x < k; x++) {
            index[x] = new int[f.size(x)];
            java.util.Arrays.fill(index[x], -1);
            int[] buf = new int[f.size(x)];
            int s = 0;
            for (int e = 0; e < f.size(x); e++) {
                if (alpha.component(x, e) == beta.component(x, e)) {
                    index[x][e] = s;
                    buf[s++] = e;
                }
            }
            keep[x] = java.util.Arrays.copyOf(buf, s);
            sizes[x] = s;
        }
        int n = c.morphismCount();
        int[][] actions = new int[n][];
        for (int m = 0; m < n; m++) {
            int a = f.from(m);
            int b = f.to(m);
            actions[m] = new int[sizes[a]];
            for (int i = 0; i < sizes[a]; i++) {
                actions[m][i] = index[b][f.act(m, keep[a][i])];
            }
        }
        SetFunctor e = SetFunctor.of(c, f.variance(), sizes, actions);
        return new Equalizer(e, NaturalTransformation.of(e, f, keep), alpha, beta);
    }

    /**
     * The coequaliser of two parallel transformations.
     *
     * @param alpha \(F \Rightarrow G\)
     * @param beta \(F \Rightarrow G\)
     * @return the coequaliser \(G \twoheadrightarrow Q\)
     * @throws IllegalArgumentException if the maps are not parallel
     */
    public static Coequalizer coequalizer(NaturalTransformation alpha, NaturalTransformation beta) {
        parallel(alpha, beta, "coequalizer");
        SetFunctor g = alpha.target();
        FiniteCategory c = g.domain();
        int k = c.objectCount();
        int[][] cls = new int[k][];
        int[] sizes = new int[k];
        for (int x = 0; x < k; x++) {
            UnionFind classes = UnionFind.singletons(g.size(x));
            for (int e = 0; e < alpha.source().size(x); e++) {
                classes.union(alpha.component(x, e), beta.component(x, e));
            }
            cls[x] = classes.classIndex();
            sizes[x] = classes.classCount();
        }
        int n = c.morphismCount();
        int[][] actions = new int[n][];
        for (int m = 0; m < n; m++) {
            int a = g.from(m);
            int b = g.to(m);
            actions[m] = new int[sizes[a]];
            for (int i = 0; i < g.size(a); i++) {
                actions[m][cls[a][i]] = cls[b][g.act(m, i)];
            }
        }
        SetFunctor q = SetFunctor.of(c, g.variance(), sizes, actions);
        return new Coequalizer(q, NaturalTransformation.of(g, q, cls), alpha, beta);
    }

    /**
     * The pullback of a cospan \(F \xrightarrow{\alpha} H \xleftarrow{\beta} G\).
     *
     * @param alpha \(F \Rightarrow H\)
     * @param beta \(G \Rightarrow H\)
     * @return the pullback with its projections
     * @throws IllegalArgumentException if the maps do not share their target
     */
    public static Pullback pullback(NaturalTransformation alpha, NaturalTransformation beta) {
        Objects.requireNonNull(alpha, "alpha");
        Objects.requireNonNull(beta, "beta");
        if (!alpha.target().equals(beta.target())) {
            throw new IllegalArgumentException("pullback: alpha and beta have different targets");
        }
        Product p = product(alpha.source(), beta.source());
        Equalizer e =
                equalizer(
                        p.projections().get(0).andThen(alpha),
                        p.projections().get(1).andThen(beta));
        return new Pullback(
                e.object(),
                e.inclusion().andThen(p.projections().get(0)),
                e.inclusion().andThen(p.projections().get(1)),
                e,
                p);
    }

    /**
     * The pushout of a span \(F \xleftarrow{\alpha} H \xrightarrow{\beta} G\).
     *
     * @param alpha \(H \Rightarrow F\)
     * @param beta \(H \Rightarrow G\)
     * @return the pushout with its two maps
     * @throws IllegalArgumentException if the maps do not share their source
     */
    public static Pushout pushout(NaturalTransformation alpha, NaturalTransformation beta) {
        Objects.requireNonNull(alpha, "alpha");
        Objects.requireNonNull(beta, "beta");
        if (!alpha.source().equals(beta.source())) {
            throw new IllegalArgumentException("pushout: alpha and beta have different sources");
        }
        Coproduct s = coproduct(alpha.target(), beta.target());
        Coequalizer q =
                coequalizer(
                        alpha.andThen(s.injections().get(0)), beta.andThen(s.injections().get(1)));
        return new Pushout(
                q.object(),
                s.injections().get(0).andThen(q.quotient()),
                s.injections().get(1).andThen(q.quotient()),
                q,
                s);
    }

    private static void parallel(
            NaturalTransformation alpha, NaturalTransformation beta, String what) {
        Objects.requireNonNull(alpha, "alpha");
        Objects.requireNonNull(beta, "beta");
        if (!alpha.source().equals(beta.source()) || !alpha.target().equals(beta.target())) {
            throw new IllegalArgumentException(what + ": alpha and beta are not parallel");
        }
    }

    private static void decode(List<SetFunctor> factors, int x, int code, int[] digits) {
        for (int i = factors.size() - 1; i >= 0; i--) {
            int s = factors.get(i).size(x);
            digits[i] = code % s;
            code /= s;
        }
    }

    private static FiniteCategory common(List<SetFunctor> fs, String what) {
        Objects.requireNonNull(fs, "factors");
        if (fs.isEmpty()) {
            throw new IllegalArgumentException(
                    what + ": needs at least one functor (use terminal/initial)");
        }
        SetFunctor first = Objects.requireNonNull(fs.get(0), "factor 0");
        for (int i = 1; i < fs.size(); i++) {
            SetFunctor f = Objects.requireNonNull(fs.get(i), "factor " + i);
            if (f.variance() != first.variance() || !f.domain().equals(first.domain())) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "%s: functor %d differs from functor 0 in domain or variance",
                                what,
                                i));
            }
        }
        return first.domain();
    }
}
