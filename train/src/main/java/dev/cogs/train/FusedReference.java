package dev.cogs.train;

/**
 * The arithmetic of engine f32v5, written out in plain Java: the definition that the native kernels
 * ({@code src/main/c/cogs_fused.c}) reproduce bit for bit, and the engine's fallback where they
 * cannot be loaded (about 40 times slower at d = 23).
 *
 * <p>For a pair (a, b) and hidden node j: \(h_j = U_a[j,a] + U_b[j,b]\) and \(x_j = h_j h_j\), each
 * rounded to float. Every output \(o_c = \sum_j x_j W[c,j]\) is a dot product in 8 lanes (lane l
 * takes j ≡ l mod 8, one fused multiply-add {@link Math#fma(float, float, float)} per term, in
 * increasing j; missing terms past q are fma(0, 0, ·)) whose lanes are added in the tree {@link
 * #tree}. The loss of a row with label y: mean = tree of the 8-lane sums of o over c, times 1/d;
 * \(r_c = (o_c - \bar o) - ([c = y] - 1/d)\); \(g_c = s\, r_c\) with s = 2/n; the row's squared
 * norm is the tree of 8 double lanes of \(r_c^2\) (exact in double), and the rows' norms are added
 * in order. The gradient: \(\partial W[c,j]\) is one fma chain over the partition's pairs in order,
 * \(e_j = \sum_c g_c W[c,j]\) one fma chain over c in order, \(t = (2 e_j) h_j\), and \(t\) is
 * added to the gradients of \(U_a[j,a]\) and \(U_b[j,b]\) pair by pair in order.
 */
final class FusedReference {

    private FusedReference() {}

    /** The lane tree: ((v0 + v4) + (v2 + v6)) + ((v1 + v5) + (v3 + v7)). */
    static float tree(float[] v) {
        float t0 = v[0] + v[4];
        float t1 = v[1] + v[5];
        float t2 = v[2] + v[6];
        float t3 = v[3] + v[7];
        return (t0 + t2) + (t1 + t3);
    }

    static double tree(double[] v) {
        double t0 = v[0] + v[4];
        double t1 = v[1] + v[5];
        double t2 = v[2] + v[6];
        double t3 = v[3] + v[7];
        return (t0 + t2) + (t1 + t3);
    }

    private static int round8(int n) {
        return (n + 7) & ~7;
    }

    /**
     * One partition, with the contract of {@link FusedKernels#partition}: pairs [from, to) of (a,
     * b, y); with the gradient, adds into {@code gua} and {@code gub} and overwrites {@code dw};
     * {@code out[0]} = the loss sum, {@code out[1]} = the correct count.
     */
    static void partition(
            float[] ua,
            float[] ub,
            float[] w,
            int d,
            int q,
            int[] pa,
            int[] pb,
            int[] py,
            int from,
            int to,
            float scale,
            boolean withGradient,
            boolean withAccuracy,
            float[] gua,
            float[] gub,
            float[] dw,
            double[] out) {
        int qp = round8(q);
        int dp = round8(d);
        float invD = 1.0f / d;
        float[] x = new float[qp];
        float[] o = new float[dp];
        float[] g = new float[dp];
        float[] lanes = new float[8];
        double[] dlanes = new double[8];
        if (withGradient) {
            java.util.Arrays.fill(dw, 0, d * q, 0f);
        }
        double loss = 0;
        long correct = 0;
        for (int p = from; p < to; p++) {
            int ra = pa[p] * q;
            int rb = pb[p] * q;
            for (int j = 0; j < qp; j++) {
                if (j < q) {
                    float h = ua[ra + j] + ub[rb + j];
                    x[j] = h * h;
                } else {
                    x[j] = 0f;
                }
            }
            for (int c = 0; c < d; c++) {
                java.util.Arrays.fill(lanes, 0f);
                for (int j = 0; j < qp; j++) {
                    float wv = j < q ? w[c * q + j] : 0f;
                    lanes[j & 7] = Math.fma(x[j], wv, lanes[j & 7]);
                }
                o[c] = tree(lanes);
            }
            for (int c = d; c < dp; c++) {
                o[c] = 0f;
            }
            java.util.Arrays.fill(lanes, 0f);
            for (int c = 0; c < dp; c++) {
                lanes[c & 7] = lanes[c & 7] + o[c];
            }
            float mean = tree(lanes) * invD;
            int y = py[p];
            java.util.Arrays.fill(dlanes, 0.0);
            for (int c = 0; c < dp; c++) {
                float res = c < d ? (o[c] - mean) - ((c == y ? 1.0f : 0.0f) - invD) : 0f;
                double r = res;
                dlanes[c & 7] = dlanes[c & 7] + r * r;
                g[c] = scale * res;
            }
            loss += tree(dlanes);
            if (withAccuracy) {
                int arg = 0;
                float best = o[0];
                for (int c = 1; c < d; c++) {
                    if (o[c] > best) {
                        best = o[c];
                        arg = c;
                    }
                }
                if (arg == y) {
                    correct++;
                }
            }
            if (!withGradient) {
                continue;
            }
            for (int c = 0; c < d; c++) {
                for (int j = 0; j < q; j++) {
                    dw[c * q + j] = Math.fma(g[c], x[j], dw[c * q + j]);
                }
            }
            for (int j = 0; j < q; j++) {
                float e = 0f;
                for (int c = 0; c < d; c++) {
                    e = Math.fma(g[c], w[c * q + j], e);
                }
                float h = ua[ra + j] + ub[rb + j];
                float t = (2.0f * e) * h;
                gua[ra + j] += t;
                gub[rb + j] += t;
            }
        }
        out[0] = loss;
        out[1] = correct;
    }
}
