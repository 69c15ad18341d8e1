package dev.cogs.rgflow.ot;

/**
 * Plain-Java {@link RowOps}. The JIT does not vectorise a floating-point reduction (the order of
 * the additions is fixed by the language), so {@link #dot} keeps eight independent partial sums to
 * keep the FPU busy; the AXPYs are element-wise and left to the JIT.
 */
final class ScalarRowOps implements RowOps {

    static final ScalarRowOps INSTANCE = new ScalarRowOps();

    private ScalarRowOps() {}

    @Override
    public double dot(double[] k, int ko, double[] y, int yo, int len) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double s5 = 0;
        double s6 = 0;
        double s7 = 0;
        int t = 0;
        for (; t + 7 < len; t += 8) {
            int p = ko + t;
            int q = yo + t;
            s0 += k[p] * y[q];
            s1 += k[p + 1] * y[q + 1];
            s2 += k[p + 2] * y[q + 2];
            s3 += k[p + 3] * y[q + 3];
            s4 += k[p + 4] * y[q + 4];
            s5 += k[p + 5] * y[q + 5];
            s6 += k[p + 6] * y[q + 6];
            s7 += k[p + 7] * y[q + 7];
        }
        for (; t < len; t++) {
            s0 += k[ko + t] * y[yo + t];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    @Override
    public void axpy(double s, double[] k, int ko, double[] acc, int ao, int len) {
        for (int t = 0; t < len; t++) {
            acc[ao + t] += k[ko + t] * s;
        }
    }

    @Override
    public void axpy2(
            double s1, double[] k, int k1, double s2, int k2, double[] acc, int ao, int len) {
        for (int t = 0; t < len; t++) {
            acc[ao + t] += k[k1 + t] * s1 + k[k2 + t] * s2;
        }
    }

    @Override
    public void expRow(
            double base, double[] add, double[] c, double scale, double[] out, int o, int len) {
        for (int t = 0; t < len; t++) {
            out[o + t] = Math.exp((base + add[t] - c[o + t]) * scale);
        }
    }

    @Override
    public void scaleRowInPlace(
            double s,
            double[] k,
            int o,
            double[] v,
            double[] c,
            double[] w,
            int len,
            double[] sums) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        for (int t = 0; t < len; t++) {
            double p = s * k[o + t] * v[t];
            k[o + t] = p;
            s0 += p;
            s1 += p * c[o + t];
            s2 += p * w[t];
        }
        sums[0] = s0;
        sums[1] = s1;
        sums[2] = s2;
    }

    @Override
    public boolean anyReducedCostBelow(
            double[] c, int co, double s, double[] p, int po, int len, double bound) {
        for (int t = 0; t < len; t++) {
            if (c[co + t] + s - p[po + t] < bound) {
                return true;
            }
        }
        return false;
    }

    @Override
    public double logSumExpRow(
            double[] x,
            int xo,
            int d,
            double[] q,
            int stride,
            double[] h,
            double scale,
            int len,
            double guess) {
        if (Double.isFinite(guess)) {
            double v = sumAgainst(x, xo, d, q, stride, h, scale, len, guess);
            if (!Double.isNaN(v)) {
                return v;
            }
        }
        double top = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < len; t++) {
            top = Math.max(top, term(x, xo, d, q, stride, h, scale, t));
        }
        return sumAgainst(x, xo, d, q, stride, h, scale, len, top);
    }

    private static double term(
            double[] x, int xo, int d, double[] q, int stride, double[] h, double scale, int t) {
        double c = 0;
        for (int k = 0; k < d; k++) {
            double diff = x[xo + k] - q[k * stride + t];
            c += diff * diff;
        }
        return h[t] - scale * c;
    }

    /**
     * {@code shift + log Σ_t exp(term_t − shift)}, or NaN if the shift does not keep the sum in
     * range.
     */
    private static double sumAgainst(
            double[] x,
            int xo,
            int d,
            double[] q,
            int stride,
            double[] h,
            double scale,
            int len,
            double shift) {
        double top = Double.NEGATIVE_INFINITY;
        double total = 0;
        for (int t = 0; t < len; t++) {
            double y = term(x, xo, d, q, stride, h, scale, t) - shift;
            top = Math.max(top, y);
            total += Math.exp(y);
        }
        if (top > 700 || !(total >= LSE_FLOOR) || total == Double.POSITIVE_INFINITY) {
            return Double.NaN;
        }
        return shift + Math.log(total);
    }

    @Override
    public void planRowSums(
            double[] x,
            int xo,
            int d,
            double[] q,
            int stride,
            double[] h,
            double scale,
            int len,
            double shift,
            double[] u,
            double[] out) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        for (int t = 0; t < len; t++) {
            double c = 0;
            for (int k = 0; k < d; k++) {
                double diff = x[xo + k] - q[k * stride + t];
                c += diff * diff;
            }
            double e = Math.exp(h[t] - scale * c - shift);
            s0 += e;
            s1 += e * c;
            s2 += e * u[t];
        }
        out[0] = s0;
        out[1] = s1;
        out[2] = s2;
    }

    /**
     * Below this sum the guessed maximum was too high (terms came out subnormal or zero) and the
     * row is redone; {@code e^{−575}}, far from the subnormal range, while a guess a few hundred
     * above the true maximum (never the case for a previous iterate) still passes.
     */
    static final double LSE_FLOOR = 1e-250;

    @Override
    public String name() {
        return "scalar";
    }
}
