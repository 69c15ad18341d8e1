package dev.cogs.train;

/**
 * Double-precision reference of the network, loss and gradient of docs/cogs-math.md §1, written
 * directly from the definitions (no expansion of the square, no matrix products), as the
 * independent computation for the float engine. Layout as {@link
 * dev.cogs.algebra.weights.RealWeights#ofFlat}: {@code ua[j*d + a]}, {@code ub[j*d + b]} (q×d),
 * {@code w[c*q + j]} (d×q).
 */
final class ReferenceModel {

    private ReferenceModel() {}

    /** Outputs o(a, b) ∈ ℝ^d. */
    static double[] output(int d, int q, double[] ua, double[] ub, double[] w, int a, int b) {
        double[] o = new double[d];
        for (int j = 0; j < q; j++) {
            double h = ua[j * d + a] + ub[j * d + b];
            double s = h * h;
            for (int c = 0; c < d; c++) {
                o[c] += w[c * q + j] * s;
            }
        }
        return o;
    }

    /** ℓ(S) = (1/|S|) Σ ‖P⊥(o − e_y)‖² over the pair indices {@code pairs} (i = a·d + b). */
    static double loss(int d, int q, double[] ua, double[] ub, double[] w, int[] pairs) {
        double total = 0;
        for (int i : pairs) {
            int a = i / d;
            int b = i % d;
            double[] r = residual(d, q, ua, ub, w, a, b);
            for (double x : r) {
                total += x * x;
            }
        }
        return total / pairs.length;
    }

    /** P⊥(o − e_y) for one pair. */
    static double[] residual(int d, int q, double[] ua, double[] ub, double[] w, int a, int b) {
        return residual(d, q, ua, ub, w, a, b, (a + b) % d);
    }

    /** ℓ(S) with the labels of a group table: y(a, b) = table[a][b] (docs/cogs-math.md §14.8). */
    static double loss(
            int d, int q, double[] ua, double[] ub, double[] w, int[] pairs, int[][] table) {
        double total = 0;
        for (int i : pairs) {
            int a = i / d;
            int b = i % d;
            double[] r = residual(d, q, ua, ub, w, a, b, table[a][b]);
            for (double x : r) {
                total += x * x;
            }
        }
        return total / pairs.length;
    }

    /** P⊥(o − e_y) for one pair with label y. */
    static double[] residual(
            int d, int q, double[] ua, double[] ub, double[] w, int a, int b, int y) {
        double[] o = output(d, q, ua, ub, w, a, b);
        double[] t = new double[d];
        double mean = 0;
        for (int c = 0; c < d; c++) {
            t[c] = o[c] - (c == y ? 1 : 0);
            mean += t[c];
        }
        mean /= d;
        for (int c = 0; c < d; c++) {
            t[c] -= mean;
        }
        return t;
    }

    /** Gradient {gUa (q×d), gUb (q×d), gW (d×q)} of {@link #loss} by the chain rule. */
    static double[][] gradient(int d, int q, double[] ua, double[] ub, double[] w, int[] pairs) {
        double[] gua = new double[q * d];
        double[] gub = new double[q * d];
        double[] gw = new double[d * q];
        for (int i : pairs) {
            int a = i / d;
            int b = i % d;
            double[] r = residual(d, q, ua, ub, w, a, b);
            for (int j = 0; j < q; j++) {
                double h = ua[j * d + a] + ub[j * d + b];
                double back = 0;
                for (int c = 0; c < d; c++) {
                    double go = 2 * r[c] / pairs.length;
                    gw[c * q + j] += go * h * h;
                    back += go * w[c * q + j];
                }
                gua[j * d + a] += 2 * h * back;
                gub[j * d + b] += 2 * h * back;
            }
        }
        return new double[][] {gua, gub, gw};
    }

    /** Fraction of pairs whose first argmax of the raw output is (a + b) mod d. */
    static double accuracy(int d, int q, double[] ua, double[] ub, double[] w, int[] pairs) {
        int correct = 0;
        for (int i : pairs) {
            int a = i / d;
            int b = i % d;
            double[] o = output(d, q, ua, ub, w, a, b);
            int arg = 0;
            for (int c = 1; c < d; c++) {
                if (o[c] > o[arg]) {
                    arg = c;
                }
            }
            if (arg == (a + b) % d) {
                correct++;
            }
        }
        return (double) correct / pairs.length;
    }
}
