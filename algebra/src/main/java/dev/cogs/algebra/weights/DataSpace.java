package dev.cogs.algebra.weights;

import java.util.Arrays;

/**
 * Direct evaluation of the net on all d² pairs (package-private engine of {@link
 * CogsLoss#evaluate}).
 *
 * <p>For each first input a, the hidden activations \(H[j,b] = (U_a[j,a] + U_b[j,b])^2\) form a q×d
 * matrix and the outputs \(O = W H\) (classes × b) are a d×q by q×d product, computed with
 * contiguous axpy rows over b (four classes at a time). Total O(d³q) multiply-adds.
 */
final class DataSpace {

    private DataSpace() {}

    static DataSpaceEvaluation evaluate(RealWeights w) {
        int d = w.d();
        int q = w.order();
        double[] ua = w.uaRaw();
        double[] ub = w.ubRaw();
        double[] ww = w.wRaw();
        double[] h = new double[q * d];
        double[] o = new double[d * d];
        double[] mean = new double[d];
        double[] best = new double[d];
        int[] arg = new int[d];
        CompensatedSum total = new CompensatedSum();
        int correct = 0;
        for (int a = 0; a < d; a++) {
            for (int j = 0; j < q; j++) {
                double x = ua[j * d + a];
                int row = j * d;
                for (int b = 0; b < d; b++) {
                    double v = x + ub[row + b];
                    h[row + b] = v * v;
                }
            }
            multiply(ww, h, o, d, q);
            // Argmax over classes (first maximum), then residuals P⊥(o − e_y) per column b.
            System.arraycopy(o, 0, best, 0, d);
            Arrays.fill(arg, 0);
            System.arraycopy(o, 0, mean, 0, d);
            for (int c = 1; c < d; c++) {
                int row = c * d;
                for (int b = 0; b < d; b++) {
                    double v = o[row + b];
                    mean[b] += v;
                    if (v > best[b]) {
                        best[b] = v;
                        arg[b] = c;
                    }
                }
            }
            for (int b = 0; b < d; b++) {
                int y = a + b;
                if (y >= d) {
                    y -= d;
                }
                if (arg[b] == y) {
                    correct++;
                }
                o[y * d + b] -= 1.0;
                mean[b] = (mean[b] - 1.0) / d;
            }
            for (int b = 0; b < d; b++) {
                double ss = 0;
                for (int c = 0; c < d; c++) {
                    double r = o[c * d + b] - mean[b];
                    ss += r * r;
                }
                total.add(ss);
            }
        }
        return new DataSpaceEvaluation(total.value() / ((double) d * d), correct, d * d);
    }

    /** o (d×d, class-major) = w (d×q) · h (q×d); four output rows share each load of an h row. */
    static void multiply(double[] w, double[] h, double[] o, int d, int q) {
        Arrays.fill(o, 0.0);
        int c = 0;
        for (; c + 3 < d; c += 4) {
            int r0 = c * d;
            int r1 = r0 + d;
            int r2 = r1 + d;
            int r3 = r2 + d;
            for (int j = 0; j < q; j++) {
                double w0 = w[c * q + j];
                double w1 = w[(c + 1) * q + j];
                double w2 = w[(c + 2) * q + j];
                double w3 = w[(c + 3) * q + j];
                if (w0 == 0 && w1 == 0 && w2 == 0 && w3 == 0) {
                    continue;
                }
                int hr = j * d;
                for (int b = 0; b < d; b++) {
                    double hv = h[hr + b];
                    o[r0 + b] += w0 * hv;
                    o[r1 + b] += w1 * hv;
                    o[r2 + b] += w2 * hv;
                    o[r3 + b] += w3 * hv;
                }
            }
        }
        for (; c < d; c++) {
            int r0 = c * d;
            for (int j = 0; j < q; j++) {
                double w0 = w[c * q + j];
                if (w0 == 0) {
                    continue;
                }
                int hr = j * d;
                for (int b = 0; b < d; b++) {
                    o[r0 + b] += w0 * h[hr + b];
                }
            }
        }
    }
}
