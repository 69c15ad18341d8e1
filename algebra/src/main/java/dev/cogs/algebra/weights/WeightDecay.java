package dev.cogs.algebra.weights;

import java.util.Objects;

/**
 * Weight-decay cost of a net at its best per-node rescaling (docs/cogs-math.md §6.5).
 *
 * <p>A node's function is invariant under \((u_a, u_b, w) \mapsto (s u_a, s u_b, w/s^2)\), s &gt;
 * 0, so its smallest squared norm over that orbit is \(\min_{s>0} [s^2 X + Y/s^4] =
 * 3\,(X^2Y/4)^{1/3}\) with \(X = \|u_a\|^2 + \|u_b\|^2\), \(Y = \|w\|^2\).
 */
public final class WeightDecay {

    private WeightDecay() {}

    /**
     * \(\sum_j 3\,(X_j^2 Y_j/4)^{1/3}\), the squared weight norm after the optimal per-node
     * rescaling.
     *
     * @param w real weights
     * @return the balanced cost (0 for nodes with X = 0 or Y = 0)
     */
    public static double balancedCost(RealWeights w) {
        Objects.requireNonNull(w, "w");
        int d = w.d();
        int q = w.order();
        double[] ua = w.uaRaw();
        double[] ub = w.ubRaw();
        double[] ww = w.wRaw();
        double[] y = new double[q];
        for (int c = 0; c < d; c++) {
            for (int j = 0; j < q; j++) {
                double v = ww[c * q + j];
                y[j] += v * v;
            }
        }
        double cost = 0;
        for (int j = 0; j < q; j++) {
            double x = 0;
            for (int i = j * d; i < (j + 1) * d; i++) {
                x += ua[i] * ua[i] + ub[i] * ub[i];
            }
            cost += 3 * Math.cbrt(x * x * y[j] / 4);
        }
        return cost;
    }
}
