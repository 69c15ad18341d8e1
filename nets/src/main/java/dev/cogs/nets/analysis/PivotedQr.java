package dev.cogs.nets.analysis;

/**
 * A Householder QR factorisation with column pivoting (Businger and Golub 1965; Golub and Van Loan,
 * Matrix Computations, §5.4.2), kept as its reflections so that least-squares residuals of many
 * right-hand sides cost O(m·rank) each and Q is never formed (it would be d² × d² for the
 * prompt-reach design).
 *
 * <p>At step k the remaining column of largest norm (recomputed exactly, not downdated) is brought
 * forward; the factorisation stops when that norm falls to {@code relativeTolerance} times the
 * first pivot, which gives the numerical rank. Immutable once built.
 */
final class PivotedQr {

    private final int m;
    private final int rank;

    /**
     * Householder vectors, normalised to unit length, rows k = 0..rank-1 acting on entries k..m-1.
     */
    private final double[][] reflections;

    private final double firstPivot;

    /**
     * Factorises the matrix whose columns are given (they are modified).
     *
     * @param columns n columns of length m, overwritten
     * @param relativeTolerance pivots up to this times the first pivot count as zero
     */
    PivotedQr(double[][] columns, double relativeTolerance) {
        int n = columns.length;
        this.m = n == 0 ? 0 : columns[0].length;
        int steps = Math.min(m, n);
        double[][] refl = new double[steps][];
        double first = 0;
        int r = 0;
        for (int k = 0; k < steps; k++) {
            int pivot = -1;
            double pivotNorm = -1;
            for (int j = k; j < n; j++) {
                double s = 0;
                double[] col = columns[j];
                for (int i = k; i < m; i++) {
                    s += col[i] * col[i];
                }
                if (s > pivotNorm) {
                    pivotNorm = s;
                    pivot = j;
                }
            }
            double norm = Math.sqrt(pivotNorm);
            if (k == 0) {
                first = norm;
            }
            if (!(norm > relativeTolerance * first) || norm == 0) {
                break;
            }
            double[] tmp = columns[k];
            columns[k] = columns[pivot];
            columns[pivot] = tmp;
            double[] x = columns[k];
            double alpha = x[k] >= 0 ? -norm : norm;
            double[] v = new double[m - k];
            for (int i = k; i < m; i++) {
                v[i - k] = x[i];
            }
            v[0] -= alpha;
            double vn = 0;
            for (double e : v) {
                vn += e * e;
            }
            vn = Math.sqrt(vn);
            if (vn > 0) {
                for (int i = 0; i < v.length; i++) {
                    v[i] /= vn;
                }
            }
            refl[k] = v;
            for (int j = k + 1; j < n; j++) {
                reflect(v, k, columns[j]);
            }
            r++;
        }
        this.rank = r;
        this.reflections = java.util.Arrays.copyOf(refl, r);
        this.firstPivot = first;
    }

    /** Applies \(I - 2vv^\top\) to entries k..m-1 of x. */
    private static void reflect(double[] v, int k, double[] x) {
        double s = 0;
        for (int i = 0; i < v.length; i++) {
            s += v[i] * x[k + i];
        }
        s *= 2;
        if (s != 0) {
            for (int i = 0; i < v.length; i++) {
                x[k + i] -= s * v[i];
            }
        }
    }

    /** The numerical rank. */
    int rank() {
        return rank;
    }

    /** The norm of the first pivot column (the largest column norm). */
    double firstPivot() {
        return firstPivot;
    }

    /**
     * The squared norm of the least-squares residual of b against the column space: \(\|Q_2^\top
     * b\|^2\).
     *
     * @param b a vector of length m (not modified)
     * @return the squared residual
     */
    double residualSquared(double[] b) {
        double[] x = b.clone();
        for (int k = 0; k < rank; k++) {
            reflect(reflections[k], k, x);
        }
        double s = 0;
        for (int i = rank; i < m; i++) {
            s += x[i] * x[i];
        }
        return s;
    }
}
