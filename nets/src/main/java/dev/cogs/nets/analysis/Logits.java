package dev.cogs.nets.analysis;

import dev.cogs.algebra.weights.RealWeights;

/**
 * The outputs o(a, b) ∈ ℝ^d of a net on all d² pairs, computed directly from the real weights
 * (docs/cogs-math.md §1): o(a, b)[c] = Σ_j W[c, j]·(U_a[j, a] + U_b[j, b])². Package-private helper
 * of the data-space measures; O(d³·q) time, O(d³) memory.
 */
final class Logits {

    final int d;

    /** o[(a·d + b)·d + c]. */
    final double[] o;

    private Logits(int d, double[] o) {
        this.d = d;
        this.o = o;
    }

    static Logits of(RealWeights w) {
        int d = w.d();
        int q = w.order();
        double[] ua = w.uaFlat();
        double[] ub = w.ubFlat();
        double[] wf = w.wFlat();
        double[] o = new double[d * d * d];
        double[] h = new double[q];
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                for (int j = 0; j < q; j++) {
                    double x = ua[j * d + a] + ub[j * d + b];
                    h[j] = x * x;
                }
                int base = (a * d + b) * d;
                for (int c = 0; c < d; c++) {
                    double s = 0;
                    int row = c * q;
                    for (int j = 0; j < q; j++) {
                        s += wf[row + j] * h[j];
                    }
                    o[base + c] = s;
                }
            }
        }
        return new Logits(d, o);
    }

    /**
     * The projected squared error ‖P⊥(o(a, b) − e_{a+b})‖² of one pair, for any outputs {@code
     * out}.
     */
    static double pairLoss(double[] out, int base, int d, int y) {
        double mean = 0;
        for (int c = 0; c < d; c++) {
            mean += out[base + c];
        }
        mean /= d;
        double s = 0;
        for (int c = 0; c < d; c++) {
            double r = out[base + c] - mean - ((c == y ? 1.0 : 0.0) - 1.0 / d);
            s += r * r;
        }
        return s;
    }

    /** The projected MSE averaged over all d² pairs. */
    double loss() {
        double s = 0;
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                s += pairLoss(o, (a * d + b) * d, d, (a + b) % d);
            }
        }
        return s / ((double) d * d);
    }

    /** The fraction of pairs whose first maximal output is at (a + b) mod d. */
    double accuracy() {
        int correct = 0;
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                int base = (a * d + b) * d;
                int arg = 0;
                for (int c = 1; c < d; c++) {
                    if (o[base + c] > o[base + arg]) {
                        arg = c;
                    }
                }
                if (arg == (a + b) % d) {
                    correct++;
                }
            }
        }
        return (double) correct / ((double) d * d);
    }

    /** min over pairs of o[a+b] − max_{c ≠ a+b} o[c]. */
    double margin() {
        double min = Double.POSITIVE_INFINITY;
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                int base = (a * d + b) * d;
                int y = (a + b) % d;
                double other = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < d; c++) {
                    if (c != y && o[base + c] > other) {
                        other = o[base + c];
                    }
                }
                min = Math.min(min, o[base + y] - other);
            }
        }
        return min;
    }
}
