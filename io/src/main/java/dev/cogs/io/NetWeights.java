package dev.cogs.io;

import java.util.Locale;
import java.util.Objects;

/**
 * The three weight matrices of a two-layer quadratic net: \(U_a\) and \(U_b\) of shape q×d (row j =
 * node j's weights on the one-hot of a, resp. b) and \(W\) of shape d×q (column j = node j's output
 * vector). This is PyTorch's {@code nn.Linear} layout {@code (out_features, in_features)}, so no
 * transposition is ever applied.
 *
 * <p>This class is immutable: the factory copies and the accessors return copies. All entries are
 * finite.
 */
public final class NetWeights {

    private final int q;
    private final int d;
    private final double[] ua;
    private final double[] ub;
    private final double[] w;

    private NetWeights(int q, int d, double[] ua, double[] ub, double[] w) {
        this.q = q;
        this.d = d;
        this.ua = ua;
        this.ub = ub;
        this.w = w;
    }

    /**
     * Weights from row-major flat arrays.
     *
     * <p>Non-finite values: refused.
     *
     * @param q the number of hidden nodes ({@code >= 1})
     * @param d the input and output dimension ({@code >= 1})
     * @param ua q×d entries of \(U_a\), row-major
     * @param ub q×d entries of \(U_b\), row-major
     * @param w d×q entries of \(W\), row-major
     * @return the weights
     * @throws IllegalArgumentException if a dimension is not positive, an array length is not the
     *     shape's element count, or an entry is NaN or infinite
     */
    public static NetWeights ofFlat(int q, int d, double[] ua, double[] ub, double[] w) {
        Objects.requireNonNull(ua, "ua");
        Objects.requireNonNull(ub, "ub");
        Objects.requireNonNull(w, "w");
        if (q < 1 || d < 1) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "q (%d) and d (%d) must be >= 1", q, d));
        }
        long n = (long) q * d;
        check("Ua", ua, n);
        check("Ub", ub, n);
        check("W", w, n);
        return new NetWeights(q, d, ua.clone(), ub.clone(), w.clone());
    }

    private static void check(String what, double[] values, long expected) {
        if (values.length != expected) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "%s has %d entries, expected %d",
                            what,
                            values.length,
                            expected));
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "%s entry %d is %s; weights must be " + "finite",
                                what,
                                i,
                                Double.toString(values[i])));
            }
        }
    }

    /**
     * The number of hidden nodes.
     *
     * @return q
     */
    public int q() {
        return q;
    }

    /**
     * The input and output dimension.
     *
     * @return d
     */
    public int d() {
        return d;
    }

    /**
     * \(U_a\), q×d.
     *
     * @return a new matrix
     */
    public double[][] ua() {
        return rows(ua, q, d);
    }

    /**
     * \(U_b\), q×d.
     *
     * @return a new matrix
     */
    public double[][] ub() {
        return rows(ub, q, d);
    }

    /**
     * \(W\), d×q.
     *
     * @return a new matrix
     */
    public double[][] w() {
        return rows(w, d, q);
    }

    /**
     * \(U_a\) row-major.
     *
     * @return a copy of the q·d entries
     */
    public double[] uaFlat() {
        return ua.clone();
    }

    /**
     * \(U_b\) row-major.
     *
     * @return a copy of the q·d entries
     */
    public double[] ubFlat() {
        return ub.clone();
    }

    /**
     * \(W\) row-major.
     *
     * @return a copy of the d·q entries
     */
    public double[] wFlat() {
        return w.clone();
    }

    private static double[][] rows(double[] flat, int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(flat, r * cols, m[r], 0, cols);
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof NetWeights)) {
            return false;
        }
        NetWeights n = (NetWeights) o;
        return q == n.q
                && d == n.d
                && java.util.Arrays.equals(ua, n.ua)
                && java.util.Arrays.equals(ub, n.ub)
                && java.util.Arrays.equals(w, n.w);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                q,
                d,
                java.util.Arrays.hashCode(ua),
                java.util.Arrays.hashCode(ub),
                java.util.Arrays.hashCode(w));
    }

    /**
     * The dimensions.
     *
     * @return for example {@code NetWeights[q=3, d=4]}
     */
    @Override
    public String toString() {
        return "NetWeights[q=" + q + ", d=" + d + "]";
    }
}
