package dev.cogs.algebra.weights;

/** Direct evaluation of the net on all d² pairs (package-private engine of {@link CogsLoss#evaluate}). */
final class DataSpace {

    private DataSpace() {
    }

    static DataSpaceEvaluation evaluate(RealWeights w) {
        int d = w.d();
        int q = w.order();
        double[] ua = w.uaRaw();
        double[] ub = w.ubRaw();
        double[] ww = w.wRaw();
        // Node-major copy of W so that o += h_j * w_j runs over contiguous memory.
        double[] wt = new double[q * d];
        for (int c = 0; c < d; c++) {
            for (int j = 0; j < q; j++) {
                wt[j * d + c] = ww[c * q + j];
            }
        }
        double[] h = new double[q];
        int[] nz = new int[q];
        double[] o = new double[d];
        CompensatedSum total = new CompensatedSum();
        int correct = 0;
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                int n = 0;
                for (int j = 0; j < q; j++) {
                    double x = ua[j * d + a] + ub[j * d + b];
                    double v = x * x;
                    if (v != 0) {
                        h[n] = v;
                        nz[n++] = j;
                    }
                }
                java.util.Arrays.fill(o, 0.0);
                for (int t = 0; t < n; t++) {
                    double hv = h[t];
                    int off = nz[t] * d;
                    for (int c = 0; c < d; c++) {
                        o[c] += hv * wt[off + c];
                    }
                }
                int y = a + b;
                if (y >= d) {
                    y -= d;
                }
                int arg = 0;
                for (int c = 1; c < d; c++) {
                    if (o[c] > o[arg]) {
                        arg = c;
                    }
                }
                if (arg == y) {
                    correct++;
                }
                o[y] -= 1.0;
                double mean = 0;
                for (int c = 0; c < d; c++) {
                    mean += o[c];
                }
                mean /= d;
                double ss = 0;
                for (int c = 0; c < d; c++) {
                    double r = o[c] - mean;
                    ss += r * r;
                }
                total.add(ss);
            }
        }
        return new DataSpaceEvaluation(total.value() / ((double) d * d), correct, d * d);
    }
}
