package dev.cogs.nets.analysis;

import java.util.Locale;

/**
 * A dense tableau simplex method for \(\max c^\top x\) subject to \(Ax \le b\), \(x \ge 0\), with
 * \(b \ge 0\), so that the origin is a basic feasible point and no phase 1 is needed.
 *
 * <p>Pivoting uses Dantzig's rule (largest reduced cost) after a non-degenerate pivot and Bland's
 * rule (smallest index, ties in the ratio test to the smallest basic index) after a degenerate one.
 * Every pivot of a cycle would be degenerate and entered from a degenerate pivot, hence chosen by
 * Bland's rule, which never cycles (Bland 1977, doi:10.1287/moor.2.2.103): the method terminates.
 * The argmax programs of {@link PromptReach} are highly degenerate at the origin (every margin row
 * is tight), where commons-math3's {@code SimplexSolver} 3.6.1 was seen to exceed 10⁵ pivots even
 * with its Bland rule.
 *
 * <p>Tolerance: reduced costs and pivot entries up to 1e-11 count as zero; the ratio test takes the
 * exact minimum, and right-hand sides that rounding pushes below zero are reset to zero. The
 * programs here have integer data of size ≤ 2.
 */
final class LinearProgram {

    private static final double TOLERANCE = 1e-11;

    private LinearProgram() {}

    /** An optimal vertex. */
    record Solution(double value, double[] x, int pivots) {}

    /**
     * Solves the program.
     *
     * @param a the m×n constraint matrix (rows)
     * @param b the right-hand sides, each ≥ 0
     * @param c the objective
     * @param maxPivots a limit on pivots
     * @return an optimal vertex
     * @throws IllegalArgumentException if some b is negative
     * @throws ArithmeticException if the program is unbounded
     * @throws IllegalStateException if the pivot limit is reached
     */
    static Solution maximise(double[][] a, double[] b, double[] c, int maxPivots) {
        int m = a.length;
        int n = c.length;
        int width = n + m + 1;
        int rhs = n + m;
        double[][] t = new double[m + 1][width];
        int[] basis = new int[m];
        for (int i = 0; i < m; i++) {
            if (!(b[i] >= 0)) {
                throw new IllegalArgumentException(
                        String.format(Locale.ROOT, "b[%d] (%s) must be >= 0", i, b[i]));
            }
            System.arraycopy(a[i], 0, t[i], 0, n);
            t[i][n + i] = 1;
            t[i][rhs] = b[i];
            basis[i] = n + i;
        }
        System.arraycopy(c, 0, t[m], 0, n);
        boolean bland = false;
        int pivots = 0;
        while (true) {
            double[] z = t[m];
            int enter = -1;
            double best = TOLERANCE;
            for (int j = 0; j < n + m; j++) {
                if (z[j] > best) {
                    enter = j;
                    if (bland) {
                        break;
                    }
                    best = z[j];
                }
            }
            if (enter < 0) {
                break;
            }
            int leave = -1;
            double ratio = Double.POSITIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                double e = t[i][enter];
                if (e > TOLERANCE) {
                    double r = t[i][rhs] / e;
                    if (r < ratio || (r == ratio && basis[i] < basis[leave])) {
                        leave = i;
                        ratio = r;
                    }
                }
            }
            if (leave < 0) {
                throw new ArithmeticException(
                        "the linear program is unbounded (column " + enter + ")");
            }
            if (++pivots > maxPivots) {
                throw new IllegalStateException("simplex exceeded " + maxPivots + " pivots");
            }
            pivot(t, leave, enter, rhs);
            basis[leave] = enter;
            bland = ratio <= TOLERANCE;
        }
        double[] x = new double[n];
        for (int i = 0; i < m; i++) {
            if (basis[i] < n) {
                x[basis[i]] = t[i][rhs];
            }
        }
        return new Solution(-t[m][rhs], x, pivots);
    }

    private static void pivot(double[][] t, int row, int col, int rhs) {
        double[] p = t[row];
        int width = p.length;
        double inv = 1.0 / p[col];
        for (int j = 0; j < width; j++) {
            p[j] *= inv;
        }
        p[col] = 1.0;
        for (int i = 0; i < t.length; i++) {
            if (i == row) {
                continue;
            }
            double f = t[i][col];
            if (f != 0) {
                double[] r = t[i];
                for (int j = 0; j < width; j++) {
                    r[j] -= f * p[j];
                }
                r[col] = 0.0;
                if (i < t.length - 1 && r[rhs] < 0) {
                    r[rhs] = 0.0; // rounding below the minimum ratio; the point stays feasible
                }
            }
        }
    }
}
