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
     * Vectors processed per pass over a matrix row: 8 rows of 4 KB fit L1 beside the matrix row.
     */
    static final int CHUNK = 8;

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
     * For every active vector r: \(out_r = \sum_i in_r[i]\, rows[i]\), i.e. \(out_r = M^\top in_r\)
     * for the matrix M whose rows are {@code rows}. The row is read once per chunk of vectors.
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
            for (int i = 0; i < m; i++) {
                double[] row = rows[i];
                for (int r = r0; r < r1; r++) {
                    if (!active[r]) {
                        continue;
                    }
                    double a = in[r][i];
                    if (a != 0) {
                        axpy(a, row, out[r], len);
                    }
                }
            }
        }
    }
}
