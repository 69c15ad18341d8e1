package dev.cogs.rgflow.ot;

import java.util.Locale;
import java.util.Objects;

/** Validation of weight vectors (histograms) shared by the solvers. */
final class Marginals {

    /** Relative tolerance on {@code |Σa − Σb|} for balanced problems. */
    static final double MASS_TOLERANCE = 1e-6;

    private Marginals() {}

    /**
     * Checks a weight vector: non-empty, every entry finite and {@code ≥ 0}, positive sum.
     *
     * @return the sum of the weights
     */
    static double requireWeights(String name, double[] w) {
        Objects.requireNonNull(w, name);
        if (w.length == 0) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            double v = w[i];
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT, "%s[%d] (%s) must be finite and >= 0", name, i, v));
            }
            s += v;
        }
        if (!(s > 0)) {
            throw new IllegalArgumentException(name + " must have a positive sum, got " + s);
        }
        return s;
    }

    /**
     * Checks a balanced pair and returns {@code b} rescaled to the mass of {@code a} (exact
     * equality of the masses is needed by the network simplex).
     */
    static double[] requireBalanced(double[] a, double[] b) {
        double sa = requireWeights("a", a);
        double sb = requireWeights("b", b);
        if (!(Math.abs(sa - sb) <= MASS_TOLERANCE * Math.max(sa, sb))) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "balanced transport needs equal masses: sum(a) = %s, sum(b) = %s",
                            sa,
                            sb));
        }
        double[] out = b.clone();
        if (sa != sb) {
            double f = sa / sb;
            for (int j = 0; j < out.length; j++) {
                out[j] *= f;
            }
        }
        return out;
    }

    /**
     * Checks a balanced problem: weights shaped like the cost matrix ({@link #requireShape}) with
     * equal masses ({@link #requireBalanced}).
     *
     * @return {@code b} rescaled to the mass of {@code a}
     */
    static double[] requireBalancedProblem(double[] a, double[] b, CostMatrix c) {
        requireShape(a, b, c);
        return requireBalanced(a, b);
    }

    /**
     * Checks an unbalanced problem: weights shaped like the cost matrix, each a valid weight
     * vector.
     */
    static void requireUnbalancedProblem(double[] a, double[] b, CostMatrix c) {
        requireShape(a, b, c);
        requireWeights("a", a);
        requireWeights("b", b);
    }

    /**
     * Checks that {@code a}, {@code b} and the cost are non-null and that the cost is {@code
     * |a|×|b|}.
     */
    static void requireShape(double[] a, double[] b, CostMatrix c) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(c, "cost");
        if (a.length != c.rows() || b.length != c.cols()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "cost %dx%d vs weights a of length %d and b of length %d",
                            c.rows(),
                            c.cols(),
                            a.length,
                            b.length));
        }
    }

    static double sum(double[] w) {
        double s = 0;
        for (double v : w) {
            s += v;
        }
        return s;
    }
}
