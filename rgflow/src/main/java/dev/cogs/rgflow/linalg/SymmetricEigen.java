package dev.cogs.rgflow.linalg;

import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Eigen decomposition {@code S = V diag(λ) Vᵀ} of a real symmetric matrix, and the matrix functions
 * built on it: {@code f(S) = V diag(f(λ)) Vᵀ} (square root, inverse square root, inverse, logarithm
 * of the determinant).
 *
 * <p>Small matrices (dimension ≤ {@value #JACOBI_LIMIT}) use the cyclic Jacobi method, which
 * computes eigenvalues of positive-definite matrices to high relative accuracy; larger ones use the
 * Householder/QL algorithm of Commons Math's {@code EigenDecomposition}. Eigenvalues are sorted
 * ascending and eigenvectors are the columns of {@link #vectors()}.
 *
 * <p>This class is immutable.
 *
 * <p>Non-finite values: {@link #of(Matrix)} rejects matrices with NaN or infinite entries.
 */
public final class SymmetricEigen {

    static final int JACOBI_LIMIT = 64;
    private static final double SYMMETRY_TOLERANCE = 1e-10;

    private final double[] values;
    private final Matrix vectors;
    private final int n;

    private SymmetricEigen(double[] values, Matrix vectors) {
        this.values = values;
        this.vectors = vectors;
        this.n = values.length;
    }

    /**
     * Decomposes a symmetric matrix. The matrix is symmetrised first ({@code (S + Sᵀ)/2}) after
     * checking {@code |S_ij − S_ji| ≤ 1e-10 · max|S|}.
     *
     * @param symmetric a finite square symmetric matrix
     * @return its eigen decomposition
     * @throws IllegalArgumentException if the matrix is not square, not finite or not symmetric
     */
    public static SymmetricEigen of(Matrix symmetric) {
        Objects.requireNonNull(symmetric, "symmetric");
        if (!symmetric.isSquare()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "matrix must be square, got %dx%d",
                            symmetric.rows(),
                            symmetric.cols()));
        }
        if (!symmetric.isFinite()) {
            throw new IllegalArgumentException("matrix has non-finite entries: " + symmetric);
        }
        if (!symmetric.isSymmetric(SYMMETRY_TOLERANCE)) {
            throw new IllegalArgumentException("matrix is not symmetric: " + symmetric);
        }
        double[][] a = symmetric.symmetricPart().toArray();
        return a.length <= JACOBI_LIMIT ? jacobi(a) : householder(a);
    }

    /**
     * @return the eigenvalues in ascending order (fresh array)
     */
    public double[] values() {
        return values.clone();
    }

    /**
     * @return the orthogonal matrix whose columns are the eigenvectors
     */
    public Matrix vectors() {
        return vectors;
    }

    /**
     * @return the smallest eigenvalue
     */
    public double minValue() {
        return values[0];
    }

    /**
     * @return the largest eigenvalue
     */
    public double maxValue() {
        return values[n - 1];
    }

    /**
     * The matrix function {@code V diag(f(λ)) Vᵀ}, symmetric by construction.
     *
     * @param f the scalar function
     * @return {@code f(S)}
     */
    public Matrix map(DoubleUnaryOperator f) {
        Objects.requireNonNull(f, "f");
        double[] fl = new double[n];
        for (int k = 0; k < n; k++) {
            fl[k] = f.applyAsDouble(values[k]);
        }
        double[] out = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += vectors.get(i, k) * fl[k] * vectors.get(j, k);
                }
                out[i * n + j] = s;
                out[j * n + i] = s;
            }
        }
        return Matrix.ofRowMajor(n, n, out);
    }

    /**
     * The principal square root {@code S^{1/2}}. Eigenvalues in {@code [−1e-12·max|λ|, 0)}
     * (rounding noise of a positive-semidefinite matrix) are treated as 0.
     *
     * @return {@code S^{1/2}}
     * @throws ArithmeticException if an eigenvalue is clearly negative
     */
    public Matrix sqrt() {
        double floor = -1e-12 * Math.max(Math.abs(values[0]), Math.abs(values[n - 1]));
        if (!(values[0] >= floor)) {
            throw new ArithmeticException(
                    String.format(
                            Locale.ROOT,
                            "square root of a matrix with negative eigenvalue %s",
                            values[0]));
        }
        return map(x -> Math.sqrt(Math.max(x, 0.0)));
    }

    /**
     * The inverse square root {@code S^{-1/2}}.
     *
     * @return {@code S^{-1/2}}
     * @throws ArithmeticException if the matrix is not positive definite
     */
    public Matrix inverseSqrt() {
        requirePositiveDefinite("inverse square root");
        return map(x -> 1.0 / Math.sqrt(x));
    }

    /**
     * The inverse {@code S^{-1}}.
     *
     * @return {@code S^{-1}}
     * @throws ArithmeticException if the matrix is not positive definite
     */
    public Matrix inverse() {
        requirePositiveDefinite("inverse");
        return map(x -> 1.0 / x);
    }

    /**
     * {@code ln det S = Σ ln λ_k}.
     *
     * @return the log-determinant
     * @throws ArithmeticException if the matrix is not positive definite
     */
    public double logDeterminant() {
        requirePositiveDefinite("log-determinant");
        double s = 0;
        for (double v : values) {
            s += Math.log(v);
        }
        return s;
    }

    /**
     * @return whether every eigenvalue is {@code > 0}
     */
    public boolean isPositiveDefinite() {
        return values[0] > 0;
    }

    private void requirePositiveDefinite(String op) {
        if (!(values[0] > 0)) {
            throw new ArithmeticException(
                    String.format(
                            Locale.ROOT,
                            "%s needs a positive-definite matrix, smallest eigenvalue %s",
                            op,
                            values[0]));
        }
    }

    /** Cyclic Jacobi rotations until the off-diagonal mass is at rounding level. */
    private static SymmetricEigen jacobi(double[][] a) {
        int n = a.length;
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            v[i][i] = 1.0;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            double diag = 0;
            for (int i = 0; i < n; i++) {
                diag += a[i][i] * a[i][i];
                for (int j = i + 1; j < n; j++) {
                    off += a[i][j] * a[i][j];
                }
            }
            if (off == 0.0 || off <= 1e-34 * diag) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    double apq = a[p][q];
                    if (apq == 0.0) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2.0 * apq);
                    double t =
                            Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1.0));
                    if (theta == 0.0) {
                        t = 1.0;
                    }
                    double c = 1.0 / Math.sqrt(t * t + 1.0);
                    double s = t * c;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                    a[p][q] = 0.0;
                    a[q][p] = 0.0;
                    for (int k = 0; k < n; k++) {
                        double vkp = v[k][p];
                        double vkq = v[k][q];
                        v[k][p] = c * vkp - s * vkq;
                        v[k][q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        double[] lambda = new double[n];
        for (int i = 0; i < n; i++) {
            lambda[i] = a[i][i];
        }
        return sorted(lambda, v);
    }

    private static SymmetricEigen householder(double[][] a) {
        RealMatrix m = new Array2DRowRealMatrix(a, false);
        EigenDecomposition ed = new EigenDecomposition(m);
        int n = a.length;
        double[] lambda = ed.getRealEigenvalues();
        double[][] v = ed.getV().getData();
        return sorted(lambda.clone(), v);
    }

    private static SymmetricEigen sorted(double[] lambda, double[][] v) {
        int n = lambda.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(lambda[x], lambda[y]));
        double[] values = new double[n];
        double[] vec = new double[n * n];
        for (int k = 0; k < n; k++) {
            int src = order[k];
            values[k] = lambda[src];
            for (int i = 0; i < n; i++) {
                vec[i * n + k] = v[i][src];
            }
        }
        return new SymmetricEigen(values, Matrix.ofRowMajor(n, n, vec));
    }
}
