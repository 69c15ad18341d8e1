package dev.cogs.rgflow.ot;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Exact Wasserstein distances on the real line via quantile functions (docs/rgflow.md §6.4): {@code
 * W_p^p(μ, ν) = ∫₀¹ |F⁻¹(u) − G⁻¹(u)|^p du}, computed by merging the two cumulative weight
 * sequences in {@code O((n+m) log(n+m))}.
 *
 * <p>Both measures are normalised to probability measures after checking their masses agree to a
 * relative {@code 1e-6} (balanced transport). Values agree with POT 0.8.2 {@code wasserstein_1d},
 * which returns {@code W_p^p}.
 *
 * <p>Non-finite values: positions and weights must be finite (weights {@code ≥ 0} with positive
 * sums); {@code p} must be finite and {@code ≥ 1}. The result is then finite.
 */
public final class Wasserstein1D {

    private Wasserstein1D() {}

    /**
     * {@code W_p} between two weighted samples.
     *
     * @param x source positions
     * @param a source weights (same length as {@code x})
     * @param y target positions
     * @param b target weights (same length as {@code y})
     * @param p order, finite, {@code ≥ 1}
     * @return {@code W_p^p} and {@code W_p}
     * @throws IllegalArgumentException on empty samples, non-finite positions, bad weights, unequal
     *     masses, mismatched lengths, or a bad {@code p}
     */
    public static WassersteinDistance distance(
            double[] x, double[] a, double[] y, double[] b, double p) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (!(p >= 1) || Double.isInfinite(p)) {
            throw new IllegalArgumentException("p (" + p + ") must be finite and >= 1");
        }
        if (x.length != a.length || y.length != b.length) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "positions and weights differ in length: x %d vs a %d, y %d vs b %d",
                            x.length,
                            a.length,
                            y.length,
                            b.length));
        }
        requireFinite("x", x);
        requireFinite("y", y);
        double[] bb = Marginals.requireBalanced(a, b);
        return WassersteinDistance.ofPowered(p, powered(x, a, y, bb, p));
    }

    /**
     * {@code W_p} between two uniformly weighted samples.
     *
     * @param x source positions, non-empty, finite
     * @param y target positions, non-empty, finite
     * @param p order, finite, {@code ≥ 1}
     * @return {@code W_p^p} and {@code W_p}
     * @throws IllegalArgumentException on empty samples, non-finite positions or a bad {@code p}
     */
    public static WassersteinDistance distance(double[] x, double[] y, double p) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        return distance(x, uniform(x.length), y, uniform(y.length), p);
    }

    /**
     * {@code W_p} between one-dimensional empirical measures.
     *
     * @param mu source, dimension 1
     * @param nu target, dimension 1
     * @param p order
     * @return the distance
     * @throws IllegalArgumentException if a measure is not one-dimensional, or as {@link
     *     #distance(double[], double[], double[], double[], double)}
     */
    public static WassersteinDistance distance(EmpiricalMeasure mu, EmpiricalMeasure nu, double p) {
        Objects.requireNonNull(mu, "mu");
        Objects.requireNonNull(nu, "nu");
        if (mu.dimension() != 1 || nu.dimension() != 1) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "one-dimensional measures expected, got dimensions %d and %d",
                            mu.dimension(),
                            nu.dimension()));
        }
        return distance(mu.pointsRowMajor(), mu.weights(), nu.pointsRowMajor(), nu.weights(), p);
    }

    /**
     * {@code W₁} between histograms on the unit-spaced bins {@code 0, 1, …, k−1}: {@code Σ_i
     * |Σ_{l≤i}(h1_l − h2_l)|} after normalising both histograms (equals Commons Math {@code
     * EarthMoversDistance} for normalised input).
     *
     * @param h1 first histogram, non-negative, finite
     * @param h2 second histogram, same length, same mass (relative {@code 1e-6})
     * @return {@code W₁}
     * @throws IllegalArgumentException on bad or unequal histograms
     */
    public static double histogramW1(double[] h1, double[] h2) {
        Objects.requireNonNull(h1, "h1");
        Objects.requireNonNull(h2, "h2");
        if (h1.length != h2.length) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "histograms have different numbers of bins: %d vs %d",
                            h1.length,
                            h2.length));
        }
        double[] g = Marginals.requireBalanced(h1, h2);
        double s = Marginals.sum(h1);
        double cum = 0;
        double total = 0;
        for (int i = 0; i < h1.length; i++) {
            cum += (h1[i] - g[i]) / s;
            total += Math.abs(cum);
        }
        return total;
    }

    /** Assumes validated input with equal masses. */
    static double powered(double[] x, double[] a, double[] y, double[] b, double p) {
        int[] ox = order(x);
        int[] oy = order(y);
        double[] fx = cumulative(a, ox);
        double[] fy = cumulative(b, oy);
        int i = 0;
        int j = 0;
        double prev = 0;
        double sum = 0;
        while (i < fx.length && j < fy.length) {
            double next = Math.min(fx[i], fy[j]);
            double d = Math.abs(x[ox[i]] - y[oy[j]]);
            double dp = p == 1 ? d : p == 2 ? d * d : Math.pow(d, p);
            sum += (next - prev) * dp;
            prev = next;
            if (fx[i] == next) {
                i++;
            }
            if (fy[j] == next) {
                j++;
            }
        }
        return sum;
    }

    /**
     * The cumulative weights {@code F_k = Σ_{l≤k} w_{order[l]} / Σw}, with {@code F_last = 1}
     * exactly.
     */
    static double[] cumulative(double[] w, int[] order) {
        double total = Marginals.sum(w);
        double[] f = new double[w.length];
        double c = 0;
        for (int k = 0; k < w.length; k++) {
            c += w[order[k]];
            f[k] = c / total;
        }
        // The last breakpoint must be exactly 1 so that both walks end together.
        f[w.length - 1] = 1.0;
        return f;
    }

    /** The indices sorting {@code v} ascending (stable). */
    static int[] order(double[] v) {
        Integer[] idx = new Integer[v.length];
        for (int k = 0; k < v.length; k++) {
            idx[k] = k;
        }
        Arrays.sort(idx, (s, t) -> Double.compare(v[s], v[t]));
        int[] out = new int[v.length];
        for (int k = 0; k < v.length; k++) {
            out[k] = idx[k];
        }
        return out;
    }

    static double[] uniform(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1.0 / Math.max(n, 1));
        return w;
    }

    private static void requireFinite(String name, double[] v) {
        if (v.length == 0) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        for (int k = 0; k < v.length; k++) {
            if (!Double.isFinite(v[k])) {
                throw new IllegalArgumentException(
                        String.format(Locale.ROOT, "%s[%d] (%s) must be finite", name, k, v[k]));
            }
        }
    }
}
