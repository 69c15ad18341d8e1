package dev.cogs.nets.prompt;

import java.util.Arrays;

/**
 * The objective of span prompts \(u = U_a\pi\) and its gradient, computed in the d-dimensional π
 * space (docs/yoneda-nets.md §4.2): the prompt enters the net linearly, so the frozen part of the
 * net is contracted with \(U_a\) once per net ({@link PromptedNet.SpanTensors}) and a step costs
 * O(d³) instead of the O(q²) or O(qd²) of a free prompt of the same u.
 *
 * <p>With \(Q_c = U_a^\top \mathrm{diag}(z_c) U_a\) and \(M[b,c,P] = \sum_j
 * z_c[j]\,U_b[j,b]\,U_a[j,P]\) the projected output is \(P_\perp o_{U_a\pi}(b)_c = \pi^\top Q_c\pi
 * + 2 (M_{b,c}\cdot\pi) + (P_\perp v_b)_c\), the same quantity {@link PromptProblem} evaluates at
 * \(u = U_a\pi\) with its sums in another order; the gradient is \(\sum_c s_c\, 2Q_c\pi +
 * 2\sum_{b,c} G[b,c] M_{b,c}\) with G the derivative of the objective by the output and \(s_c =
 * \sum_b G[b,c]\) (Q_c is symmetric).
 *
 * <p>Not thread-safe: a problem owns its workspace. Non-finite values: NaN or infinite objective
 * values are returned as they arise; the caller stops such a restart.
 */
final class SpanProblem {

    private final int d;
    private final int n;
    private final int[] inputs;
    private final int[] labels;
    private final boolean mse;
    private final double temperature;
    private final PromptedNet.SpanTensors tensors;
    private final double[][] pv;

    /** {@code mRows[i*d + c]} = {@code m[b_i*d + c]}: the rows of M for the training inputs. */
    private final double[][] mRows;

    /** {@code mByInput[P][i*d + c]} = \(M[b_i, c, P]\). */
    private final double[][] mByInput;

    // workspace
    private final double[] qp;
    private final double[] x;
    private final double[] beta;
    private final double[] column;
    private final double[] g;
    private final double[] twoG;
    private final double[] small;

    /**
     * Whether a span fit on n inputs is cheaper in π space than through \(u = U_a\pi\): per prompt
     * and step, about \(d^3 + 2d^2(n + 1)\) multiply-adds here against \(2qd\) (forming u and
     * \(U_a^\top\nabla_u\)) plus the free problem's \(q^2 + 4qd\) (Gram, MSE with q &lt; 2dn) or
     * \(2qdn + 2qd\) (direct). At d = 23 on all inputs π space wins for the trained nets (q = 512)
     * and z_M (q = 529) under both objectives, and for z_F6 (q = 66) and z_F4/6 (q = 46) only under
     * cross-entropy: their span-MSE fits keep the Gram form in u space, as before.
     *
     * @param net the net
     * @param n the number of training inputs
     * @param mse whether the objective is the MSE
     * @return whether to use π space
     */
    static boolean cheaper(PromptedNet net, int n, boolean mse) {
        double d = net.d;
        double q = net.q;
        double pi = d * d * d + 2 * d * d * (n + 1);
        double free = mse && q < 2 * d * n ? q * q + 4 * q * d : 2 * q * d * n + 2 * q * d;
        return pi < 2 * q * d + free;
    }

    SpanProblem(PromptedNet net, int[] y, int[] inputs, Objective objective) {
        this.d = net.d;
        this.n = inputs.length;
        this.inputs = inputs.clone();
        this.labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = y[inputs[i]];
        }
        this.mse = objective instanceof Objective.Mse;
        this.temperature =
                objective instanceof Objective.CrossEntropy
                        ? ((Objective.CrossEntropy) objective).temperature()
                        : Double.NaN;
        this.tensors = net.spanTensors();
        this.pv = net.pv;
        this.mRows = new double[n * d][];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < d; c++) {
                mRows[i * d + c] = tensors.m[this.inputs[i] * d + c];
            }
        }
        if (PromptedNet.isAll(this.inputs, d)) {
            this.mByInput = tensors.mByP;
        } else {
            this.mByInput = new double[d][n * d];
            for (int p = 0; p < d; p++) {
                for (int k = 0; k < n * d; k++) {
                    mByInput[p][k] = mRows[k][p];
                }
            }
        }
        this.qp = new double[d * d];
        this.x = new double[n * d];
        this.beta = new double[d];
        this.column = new double[d];
        this.g = new double[d];
        this.twoG = new double[n * d];
        this.small = new double[d];
    }

    /**
     * Objective values and gradients (by π) of the active mixtures. Every product is a sum of rows
     * scaled by the entries of π or of the output gradient ({@link Kernels#axpyRows}), which the
     * JIT vectorises, rather than dot products of length d.
     *
     * @param pis mixtures π, each of length d
     * @param active which rows to evaluate
     * @param values receives the objective values
     * @param grads receives the gradients (rows of length d)
     */
    void evaluate(double[][] pis, boolean[] active, double[] values, double[][] grads) {
        for (int r = 0; r < pis.length; r++) {
            if (!active[r]) {
                continue;
            }
            double[] pi = pis[r];
            // qp[c*d + P] = (Q_c pi)_P, beta_c = pi . Q_c pi
            Arrays.fill(qp, 0.0);
            Kernels.axpyRows(pi, tensors.qByP, d, qp, d * d);
            for (int c = 0; c < d; c++) {
                double sum = 0;
                for (int p = 0, k = c * d; p < d; p++, k++) {
                    sum += pi[p] * qp[k];
                }
                beta[c] = sum;
            }
            // x[i*d + c] = m_{b_i, c} . pi
            Arrays.fill(x, 0.0);
            Kernels.axpyRows(pi, mByInput, d, x, n * d);
            Arrays.fill(small, 0.0);
            double value = 0;
            for (int i = 0; i < n; i++) {
                double[] v = pv[inputs[i]];
                int base = i * d;
                for (int c = 0; c < d; c++) {
                    column[c] = beta[c] + 2 * x[base + c] + v[c];
                }
                value += columnLoss(column, labels[i], g);
                for (int c = 0; c < d; c++) {
                    small[c] += g[c];
                    twoG[base + c] = 2 * g[c];
                }
            }
            values[r] = value / n;
            // grad = 2 sum_{i,c} G[i,c] m_{b_i,c} + 2 sum_c s_c Q_c pi
            double[] grad = grads[r];
            Arrays.fill(grad, 0.0);
            Kernels.axpyRows(twoG, mRows, n * d, grad, d);
            for (int c = 0; c < d; c++) {
                double a = 2 * small[c];
                for (int p = 0, k = c * d; p < d; p++, k++) {
                    grad[p] += a * qp[k];
                }
            }
        }
    }

    /**
     * The objective's term of one output column and its derivative by the column (already divided
     * by n), as in {@link PromptProblem}.
     */
    private double columnLoss(double[] col, int y, double[] gOut) {
        if (mse) {
            double value = 0;
            for (int c = 0; c < d; c++) {
                double res = col[c] - ((c == y ? 1.0 : 0.0) - 1.0 / d);
                value += res * res;
                gOut[c] = 2.0 / n * res;
            }
            return value;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < d; c++) {
            max = Math.max(max, col[c]);
        }
        double sum = 0;
        for (int c = 0; c < d; c++) {
            double e = Math.exp((col[c] - max) / temperature);
            gOut[c] = e;
            sum += e;
        }
        double scale = 1.0 / (sum * temperature * n);
        for (int c = 0; c < d; c++) {
            gOut[c] = gOut[c] * scale - (c == y ? 1.0 / (temperature * n) : 0.0);
        }
        return Math.log(sum) - (col[y] - max) / temperature;
    }
}
