package dev.cogs.nets.prompt;

import java.util.Arrays;

/**
 * The objective of a free prompt on a training set S and its gradient, for a batch of prompts at
 * once (docs/yoneda-nets.md §1.4): with \(z_j = P_\perp w_j\), \(\beta(u) = \sum_j u_j^2 z_j\) and
 * the cross-term matrices \(K_j[c, b] = z_j[c]\,U_b[j, b]\), the projected output is \(P_\perp
 * o_u(b) = \beta(u) + 2 (Ku)_b + P_\perp v_b\).
 *
 * <p>Three evaluations, chosen by cost:
 *
 * <ul>
 *   <li><b>banded</b> (both objectives, docs/yoneda-nets.md §4.2): when the rows of \(K^\top\)
 *       (node j's cross term on every input) are mostly exact zeros, as in the real-space z_M whose
 *       node (g₁, g₂) only sees input g₂, form \(Ku\) and \(K^\top G\) from each row's band between
 *       its first and last non-zero entry, 2·(total band) per prompt. Used when the bands cover at
 *       most a quarter of K; a dense net never qualifies, so its evaluation is unchanged;
 *   <li><b>direct</b> (both objectives): form \(Ku\) and \(K^\top G\) from the rows of K, 2qd|S|
 *       per prompt;
 *   <li><b>Gram</b> (MSE only): expand \(\sum_b\|r_b\|^2 = |S|\,|\beta|^2 + 4\beta\cdot\gamma +
 *       2\beta\cdot\bar e + 4u^\top G u + 4u\cdot e_2 + c_0\) with \(\gamma = Z(u\circ s)\), \(s_j
 *       = \sum_{b\in S} U_b[j,b]\), \(G = K^\top K\), \(E_b = P_\perp(v_b - e_{y(b)})\), \(\bar e =
 *       \sum_b E_b\), \(e_{2,j} = \langle K_j, E\rangle\), \(c_0 = \|E\|^2\): q² per prompt. Used
 *       when q &lt; 2d|S|. Its value cancels at an optimum (absolute error of order 1e-16 times the
 *       terms), which is harmless for the optimiser; reported losses are recomputed from the
 *       definition.
 * </ul>
 *
 * <p>Not thread-safe: a problem owns its workspace. Non-finite values: NaN or infinite objective
 * values are returned as they arise; the caller stops such a restart.
 */
final class PromptProblem {

    private final PromptedNet net;
    private final int d;
    private final int q;
    private final int n;
    private final int[] labels;
    private final Objective objective;
    private final boolean useGram;
    private final boolean banded;
    private final int[] lo;
    private final int[] hi;
    private final double[][] cross;
    private final double[][] crossT;
    private final double[][] pv;
    private final double[][] gram;
    private final double[] eBar;
    private final double[] e2;
    private final double c0;
    private final double[] s;
    private final int batch;
    // workspace
    private final double[][] uu;
    private final double[][] beta;
    private final double[][] gamma;
    private final double[][] xs;
    private final double[][] gs;
    private final double[][] adj;
    private final double[] small;
    private final double[] column;
    private final double[] coefficients;

    /**
     * A problem for a batch of up to {@code batch} prompts.
     *
     * @param forceDirect use the direct evaluation even when the Gram one is cheaper (for tests)
     */
    PromptProblem(
            PromptedNet net,
            int[] y,
            int[] inputs,
            Objective objective,
            int batch,
            boolean forceDirect) {
        this.net = net;
        this.d = net.d;
        this.q = net.q;
        this.n = inputs.length;
        this.objective = objective;
        this.batch = batch;
        this.labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = y[inputs[i]];
        }
        boolean all = PromptedNet.isAll(inputs, d);
        this.pv = new double[n][];
        for (int i = 0; i < n; i++) {
            pv[i] = net.pv[inputs[i]];
        }
        double[][] rows = all ? net.cross : crossRows(net, inputs);
        this.lo = new int[q];
        this.hi = new int[q];
        long band = 0;
        for (int j = 0; j < q; j++) {
            double[] row = rows[j];
            int a = 0;
            int b = row.length;
            while (a < b && row[a] == 0) {
                a++;
            }
            while (b > a && row[b - 1] == 0) {
                b--;
            }
            lo[j] = a;
            hi[j] = b;
            band += b - a;
        }
        this.banded = 4 * band <= (long) q * n * d;
        this.useGram =
                !banded && !forceDirect && objective instanceof Objective.Mse && q < 2 * d * n;
        if (useGram) {
            cross = null;
            crossT = null;
            double[][] cols = new double[n][];
            for (int i = 0; i < n; i++) {
                cols[i] = net.ubT[inputs[i]];
            }
            gram = all ? net.gram : PromptedNet.gram(net.z, cols, q);
            eBar = new double[d];
            e2 = new double[q];
            s = new double[q];
            double total = 0;
            double[] e = new double[d];
            double[] t = new double[q];
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < d; c++) {
                    e[c] = pv[i][c] - ((c == labels[i] ? 1.0 : 0.0) - 1.0 / d);
                    eBar[c] += e[c];
                    total += e[c] * e[c];
                }
                Arrays.fill(t, 0.0);
                for (int c = 0; c < d; c++) {
                    Kernels.axpy(e[c], net.z[c], t, q);
                }
                double[] ub = cols[i];
                for (int j = 0; j < q; j++) {
                    e2[j] += ub[j] * t[j];
                    s[j] += ub[j];
                }
            }
            c0 = total;
        } else {
            gram = null;
            eBar = null;
            e2 = null;
            s = null;
            c0 = 0;
            cross = rows;
            if (banded) {
                crossT = null;
            } else if (all) {
                crossT = net.crossT;
            } else {
                crossT = new double[n * d][q];
                for (int j = 0; j < q; j++) {
                    for (int k = 0; k < n * d; k++) {
                        crossT[k][j] = rows[j][k];
                    }
                }
            }
        }
        uu = new double[batch][q];
        beta = new double[batch][d];
        gamma = new double[batch][d];
        xs = new double[batch][useGram ? q : n * d];
        gs = new double[batch][useGram ? d : n * d];
        adj = new double[batch][q];
        small = new double[d];
        column = new double[d];
        coefficients = new double[d];
    }

    /**
     * The cross-term rows of node j on the given inputs: {@code [j][i*d + c]} = z_c[j] U_b[j,
     * inputs[i]].
     */
    private static double[][] crossRows(PromptedNet net, int[] inputs) {
        int n = inputs.length;
        int d = net.d;
        double[][] rows = new double[net.q][n * d];
        for (int j = 0; j < net.q; j++) {
            for (int i = 0; i < n; i++) {
                double ub = net.ubT[inputs[i]][j];
                for (int c = 0; c < d; c++) {
                    rows[j][i * d + c] = net.z[c][j] * ub;
                }
            }
        }
        return rows;
    }

    /** Whether the banded direct evaluation is in use. */
    boolean usesBands() {
        return banded;
    }

    /** Whether the Gram evaluation is in use. */
    boolean usesGram() {
        return useGram;
    }

    /**
     * Objective values and gradients of the active prompts.
     *
     * @param us prompts, at least as many rows as the batch, each of length q
     * @param active which rows to evaluate
     * @param values receives the objective values
     * @param grads receives the gradients (rows of length q)
     */
    void evaluate(double[][] us, boolean[] active, double[] values, double[][] grads) {
        if (us.length > batch) {
            throw new IllegalStateException(
                    "batch of " + us.length + " exceeds the workspace of " + batch);
        }
        int count = us.length;
        for (int r = 0; r < count; r++) {
            if (!active[r]) {
                continue;
            }
            double[] u = us[r];
            double[] sq = uu[r];
            for (int j = 0; j < q; j++) {
                sq[j] = u[j] * u[j];
            }
            Arrays.fill(beta[r], 0.0);
            Kernels.axpyRows(sq, net.zT, q, beta[r], d);
        }
        if (useGram) {
            gramEvaluate(us, active, values, grads, count);
        } else {
            directEvaluate(us, active, values, grads, count);
        }
    }

    private void gramEvaluate(
            double[][] us, boolean[] active, double[] values, double[][] grads, int count) {
        Kernels.combineRows(gram, trim(us, count), trim(xs, count), active);
        double[] us2 = adj[0];
        for (int r = 0; r < count; r++) {
            if (!active[r]) {
                continue;
            }
            double[] u = us[r];
            double[] b = beta[r];
            double[] g = gamma[r];
            for (int j = 0; j < q; j++) {
                us2[j] = u[j] * s[j];
            }
            Arrays.fill(g, 0.0);
            Kernels.axpyRows(us2, net.zT, q, g, d);
            double[] gu = xs[r];
            double value = c0 + 4 * Kernels.dot(u, gu, q) + 4 * Kernels.dot(u, e2, q);
            for (int c = 0; c < d; c++) {
                value += n * b[c] * b[c] + 4 * b[c] * g[c] + 2 * b[c] * eBar[c];
            }
            values[r] = value / n;
            // a = Z^T (n beta + 2 gamma + eBar), t = Z^T beta
            double[] grad = grads[r];
            Arrays.fill(grad, 0.0);
            double[] t = uu[r];
            Arrays.fill(t, 0.0);
            for (int c = 0; c < d; c++) {
                coefficients[c] = n * b[c] + 2 * g[c] + eBar[c];
            }
            Kernels.axpyRows(coefficients, net.z, d, grad, q);
            Kernels.axpyRows(b, net.z, d, t, q);
            double inv = 1.0 / n;
            for (int j = 0; j < q; j++) {
                grad[j] = inv * (4 * u[j] * grad[j] + 4 * s[j] * t[j] + 8 * gu[j] + 4 * e2[j]);
            }
        }
    }

    private void directEvaluate(
            double[][] us, boolean[] active, double[] values, double[][] grads, int count) {
        if (banded) {
            bandedForward(us, active, count);
        } else {
            Kernels.combineRows(cross, trim(us, count), trim(xs, count), active);
        }
        double temperature =
                objective instanceof Objective.CrossEntropy
                        ? ((Objective.CrossEntropy) objective).temperature()
                        : Double.NaN;
        boolean mse = objective instanceof Objective.Mse;
        for (int r = 0; r < count; r++) {
            if (!active[r]) {
                continue;
            }
            double[] b = beta[r];
            double[] x = xs[r];
            double[] g = gs[r];
            double value = 0;
            Arrays.fill(small, 0.0);
            for (int i = 0; i < n; i++) {
                int base = i * d;
                double[] v = pv[i];
                for (int c = 0; c < d; c++) {
                    column[c] = b[c] + 2 * x[base + c] + v[c];
                }
                int y = labels[i];
                if (mse) {
                    for (int c = 0; c < d; c++) {
                        double res = column[c] - ((c == y ? 1.0 : 0.0) - 1.0 / d);
                        value += res * res;
                        g[base + c] = 2.0 / n * res;
                    }
                } else {
                    double max = Double.NEGATIVE_INFINITY;
                    for (int c = 0; c < d; c++) {
                        max = Math.max(max, column[c]);
                    }
                    double sum = 0;
                    for (int c = 0; c < d; c++) {
                        double e = Math.exp((column[c] - max) / temperature);
                        g[base + c] = e;
                        sum += e;
                    }
                    value += Math.log(sum) - (column[y] - max) / temperature;
                    double scale = 1.0 / (sum * temperature * n);
                    for (int c = 0; c < d; c++) {
                        g[base + c] =
                                g[base + c] * scale - (c == y ? 1.0 / (temperature * n) : 0.0);
                    }
                }
                for (int c = 0; c < d; c++) {
                    small[c] += g[base + c];
                }
            }
            values[r] = value / n;
            double[] t = uu[r];
            Arrays.fill(t, 0.0);
            Kernels.axpyRows(small, net.z, d, t, q);
            double[] u = us[r];
            double[] grad = grads[r];
            for (int j = 0; j < q; j++) {
                grad[j] = 2 * u[j] * t[j];
            }
        }
        if (banded) {
            bandedBackward(active, count);
        } else {
            Kernels.combineRows(crossT, trim(gs, count), trim(adj, count), active);
        }
        for (int r = 0; r < count; r++) {
            if (active[r]) {
                Kernels.axpy(2.0, adj[r], grads[r], q);
            }
        }
    }

    /** {@code xs[r]} = K u_r from the non-zero bands of the rows of K^T only. */
    private void bandedForward(double[][] us, boolean[] active, int count) {
        for (int r = 0; r < count; r++) {
            if (!active[r]) {
                continue;
            }
            double[] u = us[r];
            double[] x = xs[r];
            Arrays.fill(x, 0.0);
            for (int j = 0; j < q; j++) {
                double a = u[j];
                if (a != 0) {
                    double[] row = cross[j];
                    for (int k = lo[j], end = hi[j]; k < end; k++) {
                        x[k] += a * row[k];
                    }
                }
            }
        }
    }

    /** {@code adj[r]} = K^T g_r, one dot product over each row's band. */
    private void bandedBackward(boolean[] active, int count) {
        for (int r = 0; r < count; r++) {
            if (!active[r]) {
                continue;
            }
            double[] g = gs[r];
            double[] out = adj[r];
            for (int j = 0; j < q; j++) {
                double[] row = cross[j];
                double sum = 0;
                for (int k = lo[j], end = hi[j]; k < end; k++) {
                    sum += row[k] * g[k];
                }
                out[j] = sum;
            }
        }
    }

    private static double[][] trim(double[][] rows, int count) {
        return rows.length == count ? rows : Arrays.copyOf(rows, count);
    }
}
