package dev.cogs.rgflow.ot;

/**
 * Plain-Java {@link RowOps}. The JIT does not vectorise a floating-point reduction (the order of the additions
 * is fixed by the language), so {@link #dot} keeps eight independent partial sums to keep the FPU busy; the
 * AXPYs are element-wise and left to the JIT.
 */
final class ScalarRowOps implements RowOps {

    static final ScalarRowOps INSTANCE = new ScalarRowOps();

    private ScalarRowOps() {
    }

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
    public void axpy2(double s1, double[] k, int k1, double s2, int k2, double[] acc, int ao, int len) {
        for (int t = 0; t < len; t++) {
            acc[ao + t] += k[k1 + t] * s1 + k[k2 + t] * s2;
        }
    }

    @Override
    public void expRow(double base, double[] add, double[] c, double scale, double[] out, int o, int len) {
        for (int t = 0; t < len; t++) {
            out[o + t] = Math.exp((base + add[t] - c[o + t]) * scale);
        }
    }

    @Override
    public String name() {
        return "scalar";
    }
}
