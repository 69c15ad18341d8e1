package dev.cogs.rgflow.linalg;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * An immutable dense real matrix stored row-major.
 *
 * <p>This class is immutable: factories copy their arguments and accessors return copies. {@link
 * #equals(Object)} is exact (bitwise on the entries); use {@link #isClose(Matrix, double)} for
 * approximate comparisons.
 *
 * <p>Non-finite values: entries may be any double, including NaN and infinities; arithmetic follows
 * IEEE 754. Consumers that need finite input (for example {@link SymmetricEigen#of(Matrix)}) check
 * it.
 */
public final class Matrix {

    private final int rows;
    private final int cols;
    private final double[] data;

    private Matrix(int rows, int cols, double[] data) {
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    /**
     * Builds a matrix from rows (copied).
     *
     * @param entries rectangular array with at least one row and one column
     * @return the matrix
     * @throws IllegalArgumentException if the array is empty or ragged
     */
    public static Matrix of(double[][] entries) {
        double[] d = RowMajor.fromRows(entries, "matrix");
        return new Matrix(entries.length, entries[0].length, d);
    }

    /**
     * Builds a matrix from row-major data (copied).
     *
     * @param rows number of rows, at least 1
     * @param cols number of columns, at least 1
     * @param rowMajor entries, length {@code rows * cols}
     * @return the matrix
     * @throws IllegalArgumentException if the sizes do not match
     */
    public static Matrix ofRowMajor(int rows, int cols, double[] rowMajor) {
        return new Matrix(rows, cols, RowMajor.copyOf(rows, cols, rowMajor));
    }

    /**
     * The identity matrix.
     *
     * @param n dimension, at least 1
     * @return {@code I_n}
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public static Matrix identity(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("dimension (" + n + ") must be >= 1");
        }
        double[] d = new double[n * n];
        for (int i = 0; i < n; i++) {
            d[i * n + i] = 1.0;
        }
        return new Matrix(n, n, d);
    }

    /**
     * A diagonal matrix.
     *
     * @param diagonal the diagonal entries, at least one
     * @return {@code diag(diagonal)}
     * @throws IllegalArgumentException if {@code diagonal} is empty
     */
    public static Matrix diagonal(double... diagonal) {
        Objects.requireNonNull(diagonal, "diagonal");
        int n = diagonal.length;
        if (n < 1) {
            throw new IllegalArgumentException("diagonal must have at least one entry");
        }
        double[] d = new double[n * n];
        for (int i = 0; i < n; i++) {
            d[i * n + i] = diagonal[i];
        }
        return new Matrix(n, n, d);
    }

    /**
     * @return number of rows
     */
    public int rows() {
        return rows;
    }

    /**
     * @return number of columns
     */
    public int cols() {
        return cols;
    }

    /**
     * @return whether the matrix is square
     */
    public boolean isSquare() {
        return rows == cols;
    }

    /**
     * One entry.
     *
     * @param i row index
     * @param j column index
     * @return {@code M[i][j]}
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public double get(int i, int j) {
        Objects.checkIndex(i, rows);
        Objects.checkIndex(j, cols);
        return data[i * cols + j];
    }

    /**
     * @return the entries as a fresh two-dimensional array
     */
    public double[][] toArray() {
        return RowMajor.toRows(rows, cols, data);
    }

    /**
     * @return the entries row-major in a fresh array
     */
    public double[] toRowMajor() {
        return data.clone();
    }

    /**
     * @return the diagonal entries in a fresh array (length {@code min(rows, cols)})
     */
    public double[] diagonalEntries() {
        int k = Math.min(rows, cols);
        double[] out = new double[k];
        for (int i = 0; i < k; i++) {
            out[i] = data[i * cols + i];
        }
        return out;
    }

    /**
     * The trace {@code Σ_i M[i][i]}.
     *
     * @return the trace
     * @throws IllegalStateException if the matrix is not square
     */
    public double trace() {
        requireSquare("trace");
        double t = 0;
        for (int i = 0; i < rows; i++) {
            t += data[i * cols + i];
        }
        return t;
    }

    /**
     * Matrix product {@code this · other}.
     *
     * @param other right factor
     * @return the product
     * @throws IllegalArgumentException if the inner dimensions differ
     */
    public Matrix multiply(Matrix other) {
        Objects.requireNonNull(other, "other");
        if (cols != other.rows) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "cannot multiply %dx%d by %dx%d",
                            rows,
                            cols,
                            other.rows,
                            other.cols));
        }
        int n = other.cols;
        double[] out = new double[rows * n];
        for (int i = 0; i < rows; i++) {
            int oi = i * n;
            for (int k = 0; k < cols; k++) {
                double a = data[i * cols + k];
                if (a == 0.0) {
                    continue;
                }
                int ok = k * n;
                for (int j = 0; j < n; j++) {
                    out[oi + j] += a * other.data[ok + j];
                }
            }
        }
        return new Matrix(rows, n, out);
    }

    /**
     * Matrix-vector product {@code M x}.
     *
     * @param x vector of length {@link #cols()}
     * @return {@code M x}, length {@link #rows()}
     * @throws IllegalArgumentException if the length differs
     */
    public double[] apply(double[] x) {
        Objects.requireNonNull(x, "x");
        if (x.length != cols) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "cannot apply %dx%d to a vector of length %d",
                            rows,
                            cols,
                            x.length));
        }
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            double s = 0;
            int o = i * cols;
            for (int j = 0; j < cols; j++) {
                s += data[o + j] * x[j];
            }
            y[i] = s;
        }
        return y;
    }

    /**
     * @return the transpose
     */
    public Matrix transpose() {
        return new Matrix(cols, rows, RowMajor.transpose(rows, cols, data));
    }

    /**
     * Entrywise sum.
     *
     * @param other matrix of the same shape
     * @return {@code this + other}
     * @throws IllegalArgumentException if the shapes differ
     */
    public Matrix add(Matrix other) {
        requireSameShape(other);
        double[] out = new double[data.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = data[k] + other.data[k];
        }
        return new Matrix(rows, cols, out);
    }

    /**
     * Entrywise difference.
     *
     * @param other matrix of the same shape
     * @return {@code this − other}
     * @throws IllegalArgumentException if the shapes differ
     */
    public Matrix subtract(Matrix other) {
        requireSameShape(other);
        double[] out = new double[data.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = data[k] - other.data[k];
        }
        return new Matrix(rows, cols, out);
    }

    /**
     * Scalar multiple.
     *
     * @param factor the scalar
     * @return {@code factor · this}
     */
    public Matrix scale(double factor) {
        return new Matrix(rows, cols, RowMajor.scale(factor, data));
    }

    /**
     * The symmetric part {@code (M + Mᵀ)/2}.
     *
     * @return the symmetric part
     * @throws IllegalStateException if the matrix is not square
     */
    public Matrix symmetricPart() {
        requireSquare("symmetricPart");
        double[] out = new double[data.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[i * cols + j] = 0.5 * (data[i * cols + j] + data[j * cols + i]);
            }
        }
        return new Matrix(rows, cols, out);
    }

    /**
     * Whether the matrix is square and {@code |M[i][j] − M[j][i]| ≤ tolerance · max|M|}.
     *
     * @param relativeTolerance relative tolerance, {@code >= 0}
     * @return whether the matrix is symmetric to that tolerance (false if any entry is NaN)
     */
    public boolean isSymmetric(double relativeTolerance) {
        if (!isSquare()) {
            return false;
        }
        double scale = maxAbs();
        for (int i = 0; i < rows; i++) {
            for (int j = i + 1; j < cols; j++) {
                if (!(Math.abs(data[i * cols + j] - data[j * cols + i])
                        <= relativeTolerance * scale)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * @return the largest absolute entry (NaN if an entry is NaN)
     */
    public double maxAbs() {
        return Vectors.maxAbs(data);
    }

    /**
     * @return the Frobenius norm {@code (Σ M_ij²)^{1/2}}
     */
    public double frobeniusNorm() {
        double s = 0;
        for (double v : data) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    /**
     * @return whether every entry is finite
     */
    public boolean isFinite() {
        return Vectors.allFinite(data);
    }

    /**
     * Approximate equality: same shape and {@code |M_ij − N_ij| ≤ tolerance} for all entries.
     *
     * @param other the other matrix
     * @param tolerance absolute tolerance per entry
     * @return whether the matrices are close
     */
    public boolean isClose(Matrix other, double tolerance) {
        Objects.requireNonNull(other, "other");
        if (rows != other.rows || cols != other.cols) {
            return false;
        }
        for (int k = 0; k < data.length; k++) {
            if (!(Math.abs(data[k] - other.data[k]) <= tolerance)) {
                return false;
            }
        }
        return true;
    }

    private void requireSquare(String op) {
        if (rows != cols) {
            throw new IllegalStateException(
                    String.format(
                            Locale.ROOT, "%s needs a square matrix, got %dx%d", op, rows, cols));
        }
    }

    private void requireSameShape(Matrix other) {
        Objects.requireNonNull(other, "other");
        if (rows != other.rows || cols != other.cols) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "shape mismatch: %dx%d vs %dx%d",
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
        if (!(o instanceof Matrix)) {
            return false;
        }
        Matrix m = (Matrix) o;
        return rows == m.rows && cols == m.cols && Arrays.equals(data, m.data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < rows; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append('[');
            for (int j = 0; j < cols; j++) {
                if (j > 0) {
                    sb.append(", ");
                }
                sb.append(data[i * cols + j]);
            }
            sb.append(']');
        }
        return sb.append(']').toString();
    }
}
