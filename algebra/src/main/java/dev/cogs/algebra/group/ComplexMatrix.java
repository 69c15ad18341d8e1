package dev.cogs.algebra.group;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A dense complex matrix stored as real and imaginary parts, for representation matrices
 * \(\rho(g)\) and Fourier coefficients.
 *
 * <p>Entries are read with {@link #re(int, int)} and {@link #im(int, int)}; whole parts are copied
 * out with {@link #re()} and {@link #im()}. No complex-number type appears in the API.
 *
 * <p><b>Non-finite values.</b> The factories refuse NaN and infinite entries; results of arithmetic
 * on finite matrices can still overflow to infinity, which the caller must check where it matters.
 *
 * <p>This class is immutable: arrays are copied in and out. {@code equals} is exact (bitwise on the
 * parts, as {@link Arrays#equals(double[], double[])}); use {@link #isClose(ComplexMatrix, double)}
 * for approximate comparison.
 */
public final class ComplexMatrix {

    private final int rows;
    private final int cols;
    private final double[] re;
    private final double[] im;

    private ComplexMatrix(int rows, int cols, double[] re, double[] im) {
        this.rows = rows;
        this.cols = cols;
        this.re = re;
        this.im = im;
    }

    /** Wraps row-major parts without copying or checking (internal results). */
    static ComplexMatrix wrap(int rows, int cols, double[] re, double[] im) {
        return new ComplexMatrix(rows, cols, re, im);
    }

    /**
     * A matrix from its real and imaginary parts.
     *
     * <p><b>Non-finite values.</b> Refused.
     *
     * @param re the real parts, rows×cols, rectangular; copied
     * @param im the imaginary parts, same shape; copied
     * @return the matrix
     * @throws IllegalArgumentException if a part is empty or ragged, the shapes differ, or an entry
     *     is not finite
     * @throws NullPointerException if a part or a row is null
     */
    public static ComplexMatrix of(double[][] re, double[][] im) {
        Objects.requireNonNull(re, "re");
        Objects.requireNonNull(im, "im");
        int r = re.length;
        if (r == 0 || Objects.requireNonNull(re[0], "re[0]").length == 0) {
            throw new IllegalArgumentException("re must have at least one row and one column");
        }
        int c = re[0].length;
        if (im.length != r) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "re %dx%d vs im with %d rows", r, c, im.length));
        }
        double[] fr = new double[r * c];
        double[] fi = new double[r * c];
        for (int i = 0; i < r; i++) {
            double[] rowRe = Objects.requireNonNull(re[i], "re[" + i + "]");
            double[] rowIm = Objects.requireNonNull(im[i], "im[" + i + "]");
            if (rowRe.length != c || rowIm.length != c) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "re %dx%d vs row %d with %d real and %d imaginary entries",
                                r,
                                c,
                                i,
                                rowRe.length,
                                rowIm.length));
            }
            for (int j = 0; j < c; j++) {
                fr[i * c + j] = checkFinite("re", i, j, rowRe[j]);
                fi[i * c + j] = checkFinite("im", i, j, rowIm[j]);
            }
        }
        return new ComplexMatrix(r, c, fr, fi);
    }

    /**
     * A real matrix (zero imaginary part).
     *
     * <p><b>Non-finite values.</b> Refused.
     *
     * @param re the entries, rows×cols, rectangular; copied
     * @return the matrix
     * @throws IllegalArgumentException if {@code re} is empty or ragged, or an entry is not finite
     * @throws NullPointerException if {@code re} or a row is null
     */
    public static ComplexMatrix real(double[][] re) {
        Objects.requireNonNull(re, "re");
        double[][] zero = new double[re.length][];
        for (int i = 0; i < re.length; i++) {
            zero[i] = new double[Objects.requireNonNull(re[i], "re[" + i + "]").length];
        }
        return of(re, zero);
    }

    /**
     * The zero matrix.
     *
     * @param rows the number of rows, {@code >= 1}
     * @param cols the number of columns, {@code >= 1}
     * @return the rows×cols zero matrix
     * @throws IllegalArgumentException if a dimension is below 1
     */
    public static ComplexMatrix zeros(int rows, int cols) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "shape %dx%d must be at least 1x1", rows, cols));
        }
        return new ComplexMatrix(rows, cols, new double[rows * cols], new double[rows * cols]);
    }

    /**
     * The identity matrix.
     *
     * @param d the size, {@code >= 1}
     * @return the d×d identity
     * @throws IllegalArgumentException if {@code d < 1}
     */
    public static ComplexMatrix identity(int d) {
        ComplexMatrix z = zeros(d, d);
        for (int i = 0; i < d; i++) {
            z.re[i * d + i] = 1.0;
        }
        return z;
    }

    private static double checkFinite(String part, int i, int j, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "%s[%d][%d] (%s) must be finite", part, i, j, v));
        }
        return v;
    }

    /**
     * The number of rows.
     *
     * @return rows
     */
    public int rows() {
        return rows;
    }

    /**
     * The number of columns.
     *
     * @return cols
     */
    public int cols() {
        return cols;
    }

    /**
     * The real part of an entry.
     *
     * @param i row
     * @param j column
     * @return \(\operatorname{Re} a_{ij}\)
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public double re(int i, int j) {
        return re[at(i, j)];
    }

    /**
     * The imaginary part of an entry.
     *
     * @param i row
     * @param j column
     * @return \(\operatorname{Im} a_{ij}\)
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public double im(int i, int j) {
        return im[at(i, j)];
    }

    private int at(int i, int j) {
        Objects.checkIndex(i, rows);
        Objects.checkIndex(j, cols);
        return i * cols + j;
    }

    /**
     * The real part.
     *
     * @return a fresh rows×cols array
     */
    public double[][] re() {
        return unflatten(re);
    }

    /**
     * The imaginary part.
     *
     * @return a fresh rows×cols array
     */
    public double[][] im() {
        return unflatten(im);
    }

    private double[][] unflatten(double[] flat) {
        double[][] out = new double[rows][];
        for (int i = 0; i < rows; i++) {
            out[i] = Arrays.copyOfRange(flat, i * cols, (i + 1) * cols);
        }
        return out;
    }

    /**
     * The matrix product {@code this · other}.
     *
     * <p><b>Non-finite values.</b> Overflow gives infinite entries (and possibly NaN from ∞ − ∞).
     *
     * @param other a cols×k matrix
     * @return the rows×k product
     * @throws IllegalArgumentException if the inner dimensions differ
     * @throws NullPointerException if {@code other} is null
     */
    public ComplexMatrix multiply(ComplexMatrix other) {
        Objects.requireNonNull(other, "other");
        if (cols != other.rows) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "multiply: %dx%d times %dx%d",
                            rows,
                            cols,
                            other.rows,
                            other.cols));
        }
        int k = other.cols;
        double[] pr = new double[rows * k];
        double[] pi = new double[rows * k];
        for (int i = 0; i < rows; i++) {
            for (int l = 0; l < cols; l++) {
                double ar = re[i * cols + l];
                double ai = im[i * cols + l];
                for (int j = 0; j < k; j++) {
                    double br = other.re[l * k + j];
                    double bi = other.im[l * k + j];
                    pr[i * k + j] += ar * br - ai * bi;
                    pi[i * k + j] += ar * bi + ai * br;
                }
            }
        }
        return new ComplexMatrix(rows, k, pr, pi);
    }

    /**
     * The sum {@code this + other}.
     *
     * <p><b>Non-finite values.</b> Overflow gives infinite entries.
     *
     * @param other a matrix of the same shape
     * @return the sum
     * @throws IllegalArgumentException if the shapes differ
     * @throws NullPointerException if {@code other} is null
     */
    public ComplexMatrix add(ComplexMatrix other) {
        checkSameShape(other, "add");
        double[] sr = new double[re.length];
        double[] si = new double[im.length];
        for (int x = 0; x < re.length; x++) {
            sr[x] = re[x] + other.re[x];
            si[x] = im[x] + other.im[x];
        }
        return new ComplexMatrix(rows, cols, sr, si);
    }

    /**
     * The product with a real scalar.
     *
     * <p><b>Non-finite values.</b> A non-finite factor is refused; overflow gives infinite entries.
     *
     * @param factor a finite real number
     * @return {@code factor · this}
     * @throws IllegalArgumentException if {@code factor} is not finite
     */
    public ComplexMatrix scale(double factor) {
        if (!Double.isFinite(factor)) {
            throw new IllegalArgumentException("factor (" + factor + ") must be finite");
        }
        double[] sr = new double[re.length];
        double[] si = new double[im.length];
        for (int x = 0; x < re.length; x++) {
            sr[x] = factor * re[x];
            si[x] = factor * im[x];
        }
        return new ComplexMatrix(rows, cols, sr, si);
    }

    /**
     * The conjugate transpose \(A^*\).
     *
     * @return the cols×rows matrix \(\overline{A}^{T}\)
     */
    public ComplexMatrix conjugateTranspose() {
        double[] tr = new double[re.length];
        double[] ti = new double[im.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                tr[j * rows + i] = re[i * cols + j];
                ti[j * rows + i] = -im[i * cols + j];
            }
        }
        return new ComplexMatrix(cols, rows, tr, ti);
    }

    /**
     * The real part of the trace.
     *
     * @return \(\operatorname{Re} \operatorname{tr} A\)
     * @throws IllegalStateException if the matrix is not square
     */
    public double traceRe() {
        return trace(re);
    }

    /**
     * The imaginary part of the trace.
     *
     * @return \(\operatorname{Im} \operatorname{tr} A\)
     * @throws IllegalStateException if the matrix is not square
     */
    public double traceIm() {
        return trace(im);
    }

    private double trace(double[] part) {
        if (rows != cols) {
            throw new IllegalStateException(
                    String.format(Locale.ROOT, "trace of a %dx%d matrix", rows, cols));
        }
        double t = 0;
        for (int i = 0; i < rows; i++) {
            t += part[i * cols + i];
        }
        return t;
    }

    /**
     * The Frobenius norm \(\sqrt{\sum_{ij} |a_{ij}|^2}\).
     *
     * @return the norm
     */
    public double frobeniusNorm() {
        double s = 0;
        for (int x = 0; x < re.length; x++) {
            s += re[x] * re[x] + im[x] * im[x];
        }
        return Math.sqrt(s);
    }

    /**
     * The largest modulus of an entry of {@code this - other}.
     *
     * <p><b>Non-finite values.</b> NaN if an entry difference is NaN.
     *
     * @param other a matrix of the same shape
     * @return \(\max_{ij} |a_{ij} - b_{ij}|\)
     * @throws IllegalArgumentException if the shapes differ
     * @throws NullPointerException if {@code other} is null
     */
    public double maxAbsDifference(ComplexMatrix other) {
        checkSameShape(other, "maxAbsDifference");
        double m = 0;
        for (int x = 0; x < re.length; x++) {
            double d = Math.hypot(re[x] - other.re[x], im[x] - other.im[x]);
            if (!(d <= m)) {
                m = d; // also propagates NaN
            }
        }
        return m;
    }

    /**
     * Whether every entry is within an absolute tolerance of the other's.
     *
     * <p><b>Non-finite values.</b> False if a difference is NaN or infinite.
     *
     * @param other a matrix of the same shape
     * @param tolerance the absolute tolerance on the modulus of each entry difference, {@code >= 0}
     * @return true if {@link #maxAbsDifference(ComplexMatrix)} {@code <= tolerance}
     * @throws IllegalArgumentException if the shapes differ or {@code tolerance} is negative or NaN
     * @throws NullPointerException if {@code other} is null
     */
    public boolean isClose(ComplexMatrix other, double tolerance) {
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance (" + tolerance + ") must be >= 0");
        }
        return maxAbsDifference(other) <= tolerance;
    }

    private void checkSameShape(ComplexMatrix other, String op) {
        Objects.requireNonNull(other, "other");
        if (rows != other.rows || cols != other.cols) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "%s: %dx%d vs %dx%d",
                            op,
                            rows,
                            cols,
                            other.rows,
                            other.cols));
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ComplexMatrix)) {
            return false;
        }
        ComplexMatrix other = (ComplexMatrix) o;
        return rows == other.rows
                && cols == other.cols
                && Arrays.equals(re, other.re)
                && Arrays.equals(im, other.im);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rows, cols, Arrays.hashCode(re), Arrays.hashCode(im));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ComplexMatrix[");
        for (int i = 0; i < rows; i++) {
            sb.append(i == 0 ? "[" : ", [");
            for (int j = 0; j < cols; j++) {
                sb.append(j == 0 ? "" : ", ")
                        .append(
                                String.format(
                                        Locale.ROOT,
                                        "%.6g%+.6gi",
                                        re[i * cols + j],
                                        im[i * cols + j]));
            }
            sb.append(']');
        }
        return sb.append(']').toString();
    }
}
