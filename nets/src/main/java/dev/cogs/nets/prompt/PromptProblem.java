package dev.cogs.nets.prompt;

import java.util.Arrays;

/**
 * The objective of a free prompt on a training set S and its gradient, for a batch of prompts at
 * once (docs/yoneda-nets.md §1.4): with \(z_j = P_\perp w_j\), \(\beta(u) = \sum_j u_j^2 z_j\) and
 * the cross-term matrices \(K_j[c, b] = z_j[c]\,U_b[j, b]\), the projected output is \(P_\perp
 * o_u(b) = \beta(u) + 2 (Ku)_b + P_\perp v_b\).
 *
 * <p>Two evaluations, chosen by cost:
 *
 * <ul>
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
        this.useGram = !forceDirect && objective instanceof Objective.Mse && q < 2 * d * n;
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
            if (all) {
                cross = net.cross;
                crossT = net.crossT;
            } else {
                cross = new double[q][n * d];
                crossT = new double[n * d][q];
                for (int j = 0; j < q; j++) {
                    for (int i = 0; i < n; i++) {
                        double ub = net.ubT[inputs[i]][j];
                        for (int c = 0; c < d; c++) {
                            double v = net.z[c][j] * ub;
                            cross[j][i * d + c] = v;
                            crossT[i * d + c][j] = v;
                        }
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
            for (int c = 0; c < d; c++) {
                beta[r][c] = Kernels.dot(net.z[c], sq, q);
            }
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
            for (int c = 0; c < d; c++) {
                g[c] = Kernels.dot(net.z[c], us2, q);
            }
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
        Kernels.combineRows(cross, trim(us, count), trim(xs, count), active);
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
        Kernels.combineRows(crossT, trim(gs, count), trim(adj, count), active);
        for (int r = 0; r < count; r++) {
            if (active[r]) {
                Kernels.axpy(2.0, adj[r], grads[r], q);
            }
        }
    }

    private static double[][] trim(double[][] rows, int count) {
        return rows.length == count ? rows : Arrays.copyOf(rows, count);
    }
}
