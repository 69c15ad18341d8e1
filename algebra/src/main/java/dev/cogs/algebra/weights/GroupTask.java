package dev.cogs.algebra.weights;

import dev.cogs.algebra.group.FiniteGroup;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The composition task of a finite group \(G\) of order n, abelian or not (docs/cogs-math.md
 * §14.6): inputs are the n² pairs (a, b) of element indices, the label of (a, b) is the product
 * \(ab\) ({@code table[a][b]}), and a net with real weights (U_a, U_b q×n, W n×q, docs/cogs-math.md
 * §1 with d = n) is scored by the projected MSE \(\ell = \frac1{n^2}\sum_{a,b}\|P_\perp(o(a,b) -
 * e_{ab})\|^2\) and by its accuracy.
 *
 * <p>For \(G = \mathbb{Z}_d\) ({@code FiniteGroups.cyclic(d)}) the labels are \((a + b) \bmod d\)
 * and {@link #evaluate} computes exactly what {@link CogsLoss#evaluate} computes, in the same
 * order.
 */
public final class GroupTask {

    private GroupTask() {}

    private static void check(FiniteGroup group, RealWeights w) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(w, "w");
        if (w.d() != group.order()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "weights have d = %d but group %s has order %d",
                            w.d(),
                            group.name(),
                            group.order()));
        }
    }

    /**
     * The projected MSE and accuracy on all n² pairs. Cost O(n³q), like {@link CogsLoss#evaluate};
     * residuals \(P_\perp(o - e_{ab})\) are formed explicitly, so the result is accurate to
     * rounding of the outputs.
     *
     * @param group the group G
     * @param w real weights with {@code w.d() == |G|}
     * @return loss and accuracy (argmax with the first maximum on ties)
     * @throws IllegalArgumentException if {@code w.d()} is not the group order
     */
    public static DataSpaceEvaluation evaluate(FiniteGroup group, RealWeights w) {
        check(group, w);
        int[][] table = group.table();
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
            DataSpace.multiply(ww, h, o, d, q);
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
            int[] labels = table[a];
            for (int b = 0; b < d; b++) {
                int y = labels[b];
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

    /**
     * The projected MSE on all n² pairs (see {@link #evaluate}).
     *
     * @param group the group
     * @param w real weights with {@code w.d() == |G|}
     * @return \(\ell\)
     * @throws IllegalArgumentException if {@code w.d()} is not the group order
     */
    public static double loss(FiniteGroup group, RealWeights w) {
        return evaluate(group, w).loss();
    }

    /**
     * Perfect memorisation over any finite group (docs/cogs-math.md §14.6, the construction of
     * docs/cogs-math.md §6.4): one node per pair \((g_1, g_2)\), at index \(g_1 n + g_2\), with
     * \(u_a = e_{g_1}\), \(u_b = e_{g_2}\) and \(w = \tfrac12 P_\perp e_{g_1g_2}\). A global
     * optimum (loss 0, 100 % accuracy) of order n² for every group, abelian or not, because
     * \(\sum_{g_2} P_\perp e_{g_1 g_2} = P_\perp\mathbf 1 = 0\).
     *
     * @param group a group of order at least 3
     * @return the real weights
     * @throws IllegalArgumentException if the order is below 3 or n⁴ exceeds the largest array
     */
    public static RealWeights memorisation(FiniteGroup group) {
        Objects.requireNonNull(group, "group");
        int n = group.order();
        long q = (long) n * n;
        if (q * n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "memorisation of %s has order %d; its weights (n^3 = %d entries) are too large to store",
                            group.name(),
                            q,
                            q * n));
        }
        int qq = (int) q;
        double[] ua = new double[qq * n];
        double[] ub = new double[qq * n];
        double[] w = new double[n * qq];
        for (int g1 = 0; g1 < n; g1++) {
            for (int g2 = 0; g2 < n; g2++) {
                int j = g1 * n + g2;
                ua[j * n + g1] = 1.0;
                ub[j * n + g2] = 1.0;
                int y = group.multiply(g1, g2);
                for (int c = 0; c < n; c++) {
                    w[c * qq + j] = ((c == y ? 1.0 : 0.0) - 1.0 / n) / 2;
                }
            }
        }
        return RealWeights.ofFlat(n, qq, ua, ub, w);
    }
}
