package dev.cogs.rgflow.ot;

import dev.cogs.rgflow.linalg.RowMajor;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A dense finite cost matrix {@code C ∈ ℝ^{n×m}}, stored row-major.
 *
 * <p>This class is immutable: factories copy their arguments and accessors return copies. {@link
 * #equals(Object)} is exact.
 *
 * <p>Non-finite values: the factories reject NaN and infinite entries (a forbidden transition can
 * be modelled with a large finite cost).
 */
public final class CostMatrix {

    private final int rows;
    private final int cols;
    private final double[] data;

    private CostMatrix(int rows, int cols, double[] data) {
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    /**
     * A cost matrix from rows (copied).
     *
     * @param entries rectangular, non-empty, finite
     * @return the cost matrix
     * @throws IllegalArgumentException if the array is empty, ragged or has a non-finite entry
     */
    public static CostMatrix of(double[][] entries) {
        double[] d = RowMajor.fromRows(entries, "cost matrix");
        return checked(entries.length, entries[0].length, d);
    }

    /**
     * A cost matrix from row-major data (copied).
     *
     * @param rows {@code n ≥ 1}
     * @param cols {@code m ≥ 1}
     * @param rowMajor {@code n·m} finite entries
     * @return the cost matrix
     * @throws IllegalArgumentException if the shape does not match or an entry is not finite
     */
    public static CostMatrix ofRowMajor(int rows, int cols, double[] rowMajor) {
        return checked(rows, cols, RowMajor.copyOf(rows, cols, rowMajor));
    }

    /**
     * The matrix {@code C_ij = c(x_i, y_j)} between the supports of two clouds.
     *
     * @param x source cloud
     * @param y target cloud, same dimension
     * @param cost the ground cost
     * @return the cost matrix
     * @throws IllegalArgumentException if the dimensions differ, {@code n·m} exceeds {@code 2^31 −
     *     1}, or the cost returns a non-finite value
     */
    public static CostMatrix between(EmpiricalMeasure x, EmpiricalMeasure y, GroundCost cost) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(cost, "cost");
        if (x.dimension() != y.dimension()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "dimension mismatch: source points have %d coordinates, target points %d",
                            x.dimension(),
                            y.dimension()));
        }
        int n = x.size();
        int m = y.size();
        if ((long) n * m > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "cost matrix %dx%d is too large", n, m));
        }
        int d = x.dimension();
        double[] xs = x.pointsRowMajor();
        double[] ys = y.pointsRowMajor();
        double[] out = new double[n * m];
        if (cost == GroundCosts.SQUARED_EUCLIDEAN) {
            for (int i = 0; i < n; i++) {
                int oi = i * m;
                for (int j = 0; j < m; j++) {
                    double s = 0;
                    for (int k = 0; k < d; k++) {
                        double t = xs[i * d + k] - ys[j * d + k];
                        s += t * t;
                    }
                    out[oi + j] = s;
                }
            }
        } else {
            double[][] xp = x.points();
            double[][] yp = y.points();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    out[i * m + j] = cost.cost(xp[i].clone(), yp[j].clone());
                }
            }
        }
        return checked(n, m, out);
    }

    /**
     * Squared Euclidean costs {@code ‖x_i − y_j‖²}.
     *
     * @param x source cloud
     * @param y target cloud
     * @return the cost matrix
     * @throws IllegalArgumentException if the dimensions differ
     */
    public static CostMatrix squaredEuclidean(EmpiricalMeasure x, EmpiricalMeasure y) {
        return between(x, y, GroundCost.squaredEuclidean());
    }

    private static CostMatrix checked(int n, int m, double[] d) {
        for (int k = 0; k < d.length; k++) {
            if (!Double.isFinite(d[k])) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "cost[%d][%d] (%s) must be finite",
                                k / m,
                                k % m,
                                d[k]));
            }
        }
        return new CostMatrix(n, m, d);
    }

    /**
     * @return the number of rows {@code n}
     */
    public int rows() {
        return rows;
    }

    /**
     * @return the number of columns {@code m}
     */
    public int cols() {
        return cols;
    }

    /**
     * One entry.
     *
     * @param i row
     * @param j column
     * @return {@code C_ij}
     */
    public double get(int i, int j) {
        Objects.checkIndex(i, rows);
        Objects.checkIndex(j, cols);
        return data[i * cols + j];
    }

    /**
     * @return the entries as a fresh array
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

    /** The backing array; callers inside the package must not modify it. */
    double[] raw() {
        return data;
    }

    /**
     * @return the transpose {@code Cᵀ}
     */
    public CostMatrix transpose() {
        return new CostMatrix(cols, rows, RowMajor.transpose(rows, cols, data));
    }

    /**
     * Multiplies every entry by a factor.
     *
     * @param factor finite factor
     * @return {@code factor · C}
     * @throws IllegalArgumentException if the factor is not finite
     */
    public CostMatrix scale(double factor) {
        if (!Double.isFinite(factor)) {
            throw new IllegalArgumentException("factor (" + factor + ") must be finite");
        }
        return new CostMatrix(rows, cols, RowMajor.scale(factor, data));
    }

    /**
     * @return the mean entry
     */
    public double mean() {
        double s = 0;
        for (double v : data) {
            s += v;
        }
        return s / data.length;
    }

    /**
     * @return the largest entry
     */
    public double max() {
        double s = Double.NEGATIVE_INFINITY;
        for (double v : data) {
            s = Math.max(s, v);
        }
        return s;
    }

    /**
     * @return the smallest entry
     */
    public double min() {
        double s = Double.POSITIVE_INFINITY;
        for (double v : data) {
            s = Math.min(s, v);
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CostMatrix)) {
            return false;
        }
        CostMatrix c = (CostMatrix) o;
        return rows == c.rows && cols == c.cols && Arrays.equals(data, c.data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "CostMatrix[%dx%d]", rows, cols);
    }
}
