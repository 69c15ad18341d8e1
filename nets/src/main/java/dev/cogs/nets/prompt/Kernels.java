package dev.cogs.nets.prompt;

/**
 * The inner loops of prompt fitting, written so that the JIT vectorises them: every loop runs over
 * whole arrays from index 0 (an offset into a flat array defeats C2's vectorisation; rows of a
 * {@code double[][]} do not), and the batched kernels reuse one matrix row from L1 for up to {@link
 * #CHUNK} vectors. Not thread-safe only in the sense that outputs are written in place; inputs are
 * read-only.
 */
final class Kernels {

    /**
     * Vectors processed per pass over four matrix rows: the free arms batch up to 15 (five starts
     * under three budgets), so all of them share one pass over the matrix (16 beat 8 by 1.1-1.6x in
     * a microbenchmark of the 512 x 529 cross-term matrix on this machine).
     */
    static final int CHUNK = 16;

    private Kernels() {}

    /** \(y \mathrel{+}= \alpha x\) over the first n entries. */
    static void axpy(double alpha, double[] x, double[] y, int n) {
        for (int i = 0; i < n; i++) {
            y[i] += alpha * x[i];
        }
    }

    /** The dot product of the first n entries, with four partial sums to hide the add latency. */
    static double dot(double[] a, double[] b, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < n; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** The squared Euclidean norm. */
    static double normSquared(double[] a) {
        return dot(a, a, a.length);
    }

    /**
     * \(y \mathrel{+}= a_0 x_0 + a_1 x_1 + a_2 x_2 + a_3 x_3\) over the first n entries, added term
     * by term in this order: bitwise the result of four {@link #axpy} calls in a row (Java never
     * fuses a multiply and an add), with one load and store of y instead of four.
     */
    static void axpy4(
            double a0,
            double[] x0,
            double a1,
            double[] x1,
            double a2,
            double[] x2,
            double a3,
            double[] x3,
            double[] y,
            int n) {
        for (int i = 0; i < n; i++) {
            double s = y[i];
            s += a0 * x0[i];
            s += a1 * x1[i];
            s += a2 * x2[i];
            s += a3 * x3[i];
            y[i] = s;
        }
    }

    /**
     * \(y \mathrel{+}= \sum_{i<count} a_i\, x_i\) over the first n entries, every entry summed in
     * the order i = 0, 1, … (zero coefficients included): bitwise the result of one {@link #axpy}
     * per i, four rows at a time ({@link #axpy4}).
     */
    static void axpyRows(double[] a, double[][] x, int count, double[] y, int n) {
        int i = 0;
        for (; i + 3 < count; i += 4) {
            axpy4(a[i], x[i], a[i + 1], x[i + 1], a[i + 2], x[i + 2], a[i + 3], x[i + 3], y, n);
        }
        for (; i < count; i++) {
            axpy(a[i], x[i], y, n);
        }
    }

    /**
     * For every active vector r: \(out_r = \sum_i in_r[i]\, rows[i]\), i.e. \(out_r = M^\top in_r\)
     * for the matrix M whose rows are {@code rows}. The rows are read once per chunk of vectors,
     * four at a time ({@link #axpy4}); terms with \(in_r[i] = 0\) are skipped, and every entry is
     * summed in the order i = 0, 1, …, so the result is bitwise that of one {@link #axpy} per
     * non-zero term.
     */
    static void combineRows(double[][] rows, double[][] in, double[][] out, boolean[] active) {
        int m = rows.length;
        int len = m == 0 ? 0 : rows[0].length;
        int count = in.length;
        for (int r = 0; r < count; r++) {
            if (active[r]) {
                java.util.Arrays.fill(out[r], 0, len, 0.0);
            }
        }
        for (int r0 = 0; r0 < count; r0 += CHUNK) {
            int r1 = Math.min(count, r0 + CHUNK);
            int i = 0;
            for (; i + 3 < m; i += 4) {
                double[] x0 = rows[i];
                double[] x1 = rows[i + 1];
                double[] x2 = rows[i + 2];
                double[] x3 = rows[i + 3];
                for (int r = r0; r < r1; r++) {
                    if (!active[r]) {
                        continue;
                    }
                    double[] v = in[r];
                    double a0 = v[i];
                    double a1 = v[i + 1];
                    double a2 = v[i + 2];
                    double a3 = v[i + 3];
                    double[] o = out[r];
                    if (a0 != 0 && a1 != 0 && a2 != 0 && a3 != 0) {
                        axpy4(a0, x0, a1, x1, a2, x2, a3, x3, o, len);
                    } else {
                        axpyNonZero(a0, x0, o, len);
                        axpyNonZero(a1, x1, o, len);
                        axpyNonZero(a2, x2, o, len);
                        axpyNonZero(a3, x3, o, len);
                    }
                }
            }
            for (; i < m; i++) {
                double[] row = rows[i];
                for (int r = r0; r < r1; r++) {
                    if (active[r]) {
                        axpyNonZero(in[r][i], row, out[r], len);
                    }
                }
            }
        }
    }

    private static void axpyNonZero(double a, double[] x, double[] y, int n) {
        if (a != 0) {
            axpy(a, x, y, n);
        }
    }
}
