package dev.cogs.algebra.weights;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Real weights of the two-layer quadratic network of docs/cogs-math.md §1: \(U_a, U_b \in
 * \mathbb{R}^{q\times d}\) (row \(j\) = node \(j\)'s input weights) and \(W \in \mathbb{R}^{d\times
 * q}\) (column \(j\) = node \(j\)'s output vector). The network computes \(o(a,b) = \sum_j
 * w_j\,(U_a[j,a] + U_b[j,b])^2\).
 *
 * <p>This class is immutable: factories copy their arguments and accessors return copies. Storage
 * is flat row-major ({@code ua[j*d + x]}, {@code ub[j*d + x]}, {@code w[c*q + j]}). {@code equals}
 * is exact (bitwise on the doubles).
 *
 * <p>Non-finite values: every factory rejects NaN and infinite entries with an {@link
 * IllegalArgumentException}.
 */
public final class RealWeights {

    private final int d;
    private final int q;
    private final double[] ua;
    private final double[] ub;
    private final double[] w;

    private RealWeights(int d, int q, double[] ua, double[] ub, double[] w) {
        this.d = d;
        this.q = q;
        this.ua = ua;
        this.ub = ub;
        this.w = w;
    }

    /**
     * Builds real weights from matrices (copied).
     *
     * @param ua first-input weights, q rows of length d
     * @param ub second-input weights, q rows of length d
     * @param w output weights, d rows of length q
     * @return the weights
     * @throws IllegalArgumentException if shapes disagree, d &lt; 3, or an entry is not finite
     */
    public static RealWeights of(double[][] ua, double[][] ub, double[][] w) {
        Objects.requireNonNull(ua, "ua");
        Objects.requireNonNull(ub, "ub");
        Objects.requireNonNull(w, "w");
        int d = w.length;
        int q = ua.length;
        if (ub.length != q) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "ua has %d rows but ub has %d rows; both must have q rows",
                            q,
                            ub.length));
        }
        double[] fa = new double[q * d];
        double[] fb = new double[q * d];
        double[] fw = new double[d * q];
        for (int j = 0; j < q; j++) {
            copyRow(ua[j], "ua", j, d, fa, j * d);
            copyRow(ub[j], "ub", j, d, fb, j * d);
        }
        for (int c = 0; c < d; c++) {
            copyRow(w[c], "w", c, q, fw, c * q);
        }
        return ofFlat(d, q, fa, fb, fw);
    }

    private static void copyRow(
            double[] row, String name, int index, int length, double[] dest, int offset) {
        Objects.requireNonNull(row, name + "[" + index + "]");
        if (row.length != length) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "%s[%d] has length %d but must have length %d",
                            name,
                            index,
                            row.length,
                            length));
        }
        System.arraycopy(row, 0, dest, offset, length);
    }

    /**
     * Builds real weights from flat row-major arrays (copied): {@code ua[j*d + x]}, {@code ub[j*d +
     * x]} (shape q×d) and {@code w[c*q + j]} (shape d×q).
     *
     * @param d the group size, at least 3
     * @param q the number of hidden nodes, at least 0
     * @param ua first-input weights, length q·d
     * @param ub second-input weights, length q·d
     * @param w output weights, length d·q
     * @return the weights
     * @throws IllegalArgumentException if d &lt; 3, q &lt; 0, a length is wrong or an entry is not
     *     finite
     */
    public static RealWeights ofFlat(int d, int q, double[] ua, double[] ub, double[] w) {
        checkD(d);
        if (q < 0) {
            throw new IllegalArgumentException("order q (" + q + ") must be >= 0");
        }
        Objects.requireNonNull(ua, "ua");
        Objects.requireNonNull(ub, "ub");
        Objects.requireNonNull(w, "w");
        long n = (long) q * d;
        checkLength("ua", ua.length, n, q, d);
        checkLength("ub", ub.length, n, q, d);
        checkLength("w", w.length, n, d, q);
        checkFinite("ua", ua, d);
        checkFinite("ub", ub, d);
        checkFinite("w", w, q);
        return new RealWeights(d, q, ua.clone(), ub.clone(), w.clone());
    }

    /** Wraps arrays without copying or checking; package-private, callers guarantee finiteness. */
    static RealWeights wrap(int d, int q, double[] ua, double[] ub, double[] w) {
        return new RealWeights(d, q, ua, ub, w);
    }

    static void checkD(int d) {
        if (d < 3) {
            throw new IllegalArgumentException("group size d (" + d + ") must be >= 3");
        }
    }

    /** Checks a tolerance argument of this package; NaN fails. */
    static void checkTolerance(String name, double tolerance) {
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException(name + " (" + tolerance + ") must be >= 0");
        }
    }

    private static void checkLength(String name, int length, long expected, int rows, int cols) {
        if (length != expected) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "%s has length %d but must have length %d (%dx%d)",
                            name,
                            length,
                            expected,
                            rows,
                            cols));
        }
    }

    private static void checkFinite(String name, double[] values, int rowLength) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "%s[%d][%d] (%s) must be finite",
                                name,
                                i / rowLength,
                                i % rowLength,
                                values[i]));
            }
        }
    }

    /**
     * The group size d.
     *
     * @return d
     */
    public int d() {
        return d;
    }

    /**
     * The number of hidden nodes q.
     *
     * @return q
     */
    public int order() {
        return q;
    }

    /**
     * First-input weights as a fresh q×d matrix.
     *
     * @return a copy of \(U_a\)
     */
    public double[][] ua() {
        return rows(ua, q, d);
    }

    /**
     * Second-input weights as a fresh q×d matrix.
     *
     * @return a copy of \(U_b\)
     */
    public double[][] ub() {
        return rows(ub, q, d);
    }

    /**
     * Output weights as a fresh d×q matrix.
     *
     * @return a copy of \(W\)
     */
    public double[][] w() {
        return rows(w, d, q);
    }

    /**
     * First-input weights, flat row-major copy ({@code [j*d + x]}).
     *
     * @return a copy of \(U_a\)
     */
    public double[] uaFlat() {
        return ua.clone();
    }

    /**
     * Second-input weights, flat row-major copy ({@code [j*d + x]}).
     *
     * @return a copy of \(U_b\)
     */
    public double[] ubFlat() {
        return ub.clone();
    }

    /**
     * Output weights, flat row-major copy ({@code [c*q + j]}).
     *
     * @return a copy of \(W\)
     */
    public double[] wFlat() {
        return w.clone();
    }

    /**
     * One first-input weight.
     *
     * @param j node index in [0, q)
     * @param x input value in [0, d)
     * @return \(U_a[j,x]\)
     */
    public double ua(int j, int x) {
        return ua[index(j, q, x, d)];
    }

    /**
     * One second-input weight.
     *
     * @param j node index in [0, q)
     * @param x input value in [0, d)
     * @return \(U_b[j,x]\)
     */
    public double ub(int j, int x) {
        return ub[index(j, q, x, d)];
    }

    /**
     * One output weight.
     *
     * @param c output class in [0, d)
     * @param j node index in [0, q)
     * @return \(W[c,j]\)
     */
    public double w(int c, int j) {
        return w[index(c, d, j, q)];
    }

    private static int index(int row, int rows, int col, int cols) {
        if (row < 0 || row >= rows || col < 0 || col >= cols) {
            throw new IndexOutOfBoundsException(
                    String.format(
                            Locale.ROOT, "index (%d, %d) outside %dx%d", row, col, rows, cols));
        }
        return row * cols + col;
    }

    double[] uaRaw() {
        return ua;
    }

    double[] ubRaw() {
        return ub;
    }

    double[] wRaw() {
        return w;
    }

    private static double[][] rows(double[] flat, int rows, int cols) {
        double[][] m = new double[rows][];
        for (int i = 0; i < rows; i++) {
            m[i] = Arrays.copyOfRange(flat, i * cols, (i + 1) * cols);
        }
        return m;
    }

    /**
     * Squared Euclidean norm of all weights, \(\|U_a\|^2 + \|U_b\|^2 + \|W\|^2\).
     *
     * @return the squared norm
     */
    public double normSquared() {
        return sumSquares(ua) + sumSquares(ub) + sumSquares(w);
    }

    private static double sumSquares(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return s;
    }

    /**
     * Whether every weight differs from {@code other}'s by at most {@code tolerance} (same node
     * order).
     *
     * @param other other weights
     * @param tolerance absolute tolerance, at least 0
     * @return true if same shape and all entries close
     * @throws IllegalArgumentException if tolerance is negative or NaN
     */
    public boolean isClose(RealWeights other, double tolerance) {
        Objects.requireNonNull(other, "other");
        checkTolerance("tolerance", tolerance);
        if (d != other.d || q != other.q) {
            return false;
        }
        return close(ua, other.ua, tolerance)
                && close(ub, other.ub, tolerance)
                && close(w, other.w, tolerance);
    }

    private static boolean close(double[] x, double[] y, double tol) {
        for (int i = 0; i < x.length; i++) {
            if (!(Math.abs(x[i] - y[i]) <= tol)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RealWeights)) {
            return false;
        }
        RealWeights r = (RealWeights) o;
        return d == r.d
                && q == r.q
                && Arrays.equals(ua, r.ua)
                && Arrays.equals(ub, r.ub)
                && Arrays.equals(w, r.w);
    }

    @Override
    public int hashCode() {
        return Objects.hash(d, q, Arrays.hashCode(ua), Arrays.hashCode(ub), Arrays.hashCode(w));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "RealWeights[d=%d, q=%d]", d, q);
    }
}
