package dev.cogs.nets.prompt;

import dev.cogs.algebra.weights.RealWeights;
import java.util.Arrays;
import java.util.Objects;

/**
 * The FT-full arm (docs/yoneda-nets.md §1.3, §2.3 item 6): Adam on the prompt u, \(U_b\) and W
 * together, on the projected MSE of the task over all d inputs (\(U_a\) has no role once the a-slot
 * holds u). The iterate of least loss is kept.
 *
 * <p>Per step: the features \(\phi_b = (u + U_b e_b)^{\circ2}\), the outputs \(W\phi_b\), and the
 * gradients \(\nabla W = G\Phi^\top\), \(\nabla\phi_b = W^\top G_b\), \(\nabla U_b[\cdot,b] = 2(u +
 * U_b e_b)\circ\nabla\phi_b\), \(\nabla u = \sum_b\) the same, with \(G = \frac2d P_\perp(O - Y)\):
 * O(qd²).
 *
 * <p>Non-finite values: a non-finite loss stops the run and the best finite iterate is returned,
 * flagged {@link FullFit#diverged()}.
 */
public final class FullFineTune {

    private FullFineTune() {}

    /**
     * Settings of a full fine-tune.
     *
     * @param steps the Adam updates, ≥ 0
     * @param learningRate the step size, finite and &gt; 0
     */
    public record Config(int steps, double learningRate) {
        /**
         * Validates.
         *
         * @param steps the steps
         * @param learningRate the learning rate
         * @throws IllegalArgumentException if a value is out of range
         */
        public Config {
            if (steps < 0) {
                throw new IllegalArgumentException("steps (" + steps + ") must be >= 0");
            }
            if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
                throw new IllegalArgumentException(
                        "learningRate (" + learningRate + ") must be finite and > 0");
            }
        }

        /**
         * The experiment's defaults: 3 000 steps at lr 0.01 (docs/yoneda-nets.md §2.3).
         *
         * @return the defaults
         */
        public static Config defaults() {
            return new Config(3000, 0.01);
        }
    }

    /**
     * The result of a full fine-tune.
     *
     * @param u the tuned prompt (copied in and out)
     * @param weights the tuned net (\(U_a\) unchanged)
     * @param evaluation the metrics of u on the tuned net, all d inputs, from its outputs
     * @param initialLoss the loss before the first step
     * @param diverged whether a non-finite loss stopped the run
     */
    public record FullFit(
            double[] u,
            RealWeights weights,
            PromptEvaluation evaluation,
            double initialLoss,
            boolean diverged) {
        /**
         * Validates and copies.
         *
         * @param u the prompt
         * @param weights the weights
         * @param evaluation the metrics
         * @param initialLoss the initial loss
         * @param diverged the divergence flag
         */
        public FullFit {
            u = Objects.requireNonNull(u, "u").clone();
            Objects.requireNonNull(weights, "weights");
            Objects.requireNonNull(evaluation, "evaluation");
        }

        /**
         * The tuned prompt.
         *
         * @return a copy of u
         */
        @Override
        public double[] u() {
            return u.clone();
        }

        /**
         * The loss after fine-tuning.
         *
         * @return the projected MSE
         */
        public double loss() {
            return evaluation.loss();
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof FullFit)) {
                return false;
            }
            FullFit f = (FullFit) o;
            return Arrays.equals(u, f.u)
                    && weights.equals(f.weights)
                    && evaluation.equals(f.evaluation)
                    && Double.compare(initialLoss, f.initialLoss) == 0
                    && diverged == f.diverged;
        }

        @Override
        public int hashCode() {
            return Objects.hash(Arrays.hashCode(u), weights, evaluation, initialLoss, diverged);
        }

        @Override
        public String toString() {
            return "FullFit[loss="
                    + evaluation.loss()
                    + ", robust="
                    + evaluation.robustCorrect()
                    + "/"
                    + evaluation.inputs()
                    + ", initialLoss="
                    + initialLoss
                    + ", diverged="
                    + diverged
                    + "]";
        }
    }

    /**
     * Fine-tunes u, \(U_b\) and W with Adam.
     *
     * <p>Non-finite values: a NaN or infinite prompt entry is rejected.
     *
     * @param net the net to start from
     * @param u the starting prompt, length q (the experiment uses the best one-hot prompt)
     * @param y the task
     * @param config the settings
     * @return the best iterate
     * @throws IllegalArgumentException if u or y is invalid
     */
    public static FullFit adam(PromptedNet net, double[] u, int[] y, Config config) {
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(config, "config");
        int d = net.d;
        int q = net.q;
        PromptedNet.checkVector("u", u, q);
        PromptedNet.checkTask(y, d);
        double[] pu = u.clone();
        double[][] ub = new double[d][];
        double[][] w = new double[d][];
        for (int i = 0; i < d; i++) {
            ub[i] = net.ubT[i].clone();
            w[i] = net.w[i].clone();
        }
        double[] bestU = pu.clone();
        double[][] bestUb = copy(ub);
        double[][] bestW = copy(w);
        double best = Double.POSITIVE_INFINITY;
        AdamState adamU = new AdamState(q);
        AdamState[] adamUb = new AdamState[d];
        AdamState[] adamW = new AdamState[d];
        for (int i = 0; i < d; i++) {
            adamUb[i] = new AdamState(q);
            adamW[i] = new AdamState(q);
        }
        Gradient grad = new Gradient(d, q);
        double initial = Double.NaN;
        boolean diverged = false;
        for (int t = 0; t <= config.steps(); t++) {
            double loss = grad.compute(pu, ub, w, y);
            if (t == 0) {
                initial = loss;
            }
            if (!Double.isFinite(loss)) {
                diverged = true;
                break;
            }
            if (loss < best) {
                best = loss;
                System.arraycopy(pu, 0, bestU, 0, q);
                for (int i = 0; i < d; i++) {
                    System.arraycopy(ub[i], 0, bestUb[i], 0, q);
                    System.arraycopy(w[i], 0, bestW[i], 0, q);
                }
            }
            if (t == config.steps()) {
                break;
            }
            adamU.applyStepInPlace(pu, grad.gu, config.learningRate());
            for (int i = 0; i < d; i++) {
                adamUb[i].applyStepInPlace(ub[i], grad.gub[i], config.learningRate());
                adamW[i].applyStepInPlace(w[i], grad.gw[i], config.learningRate());
            }
        }
        RealWeights old = net.weights();
        double[][] ubRows = new double[q][d];
        for (int b = 0; b < d; b++) {
            for (int j = 0; j < q; j++) {
                ubRows[j][b] = bestUb[b][j];
            }
        }
        RealWeights tuned = RealWeights.of(old.ua(), ubRows, bestW);
        PromptEvaluation evaluation = PromptedNet.of(tuned).evaluate(bestU, y);
        return new FullFit(bestU, tuned, evaluation, initial, diverged);
    }

    /**
     * The loss and its gradient with respect to u, \(U_b\) (rows indexed by input) and W (rows
     * indexed by class); a workspace, not thread-safe.
     */
    static final class Gradient {
        private final int d;
        private final int q;
        private final double[][] h;
        private final double[][] g;
        final double[] gu;
        final double[][] gub;
        final double[][] gw;
        private final double[] column;
        private final double[][] wT;
        private final double[] out;

        Gradient(int d, int q) {
            this.d = d;
            this.q = q;
            h = new double[d][q];
            g = new double[d][d];
            gu = new double[q];
            gub = new double[d][q];
            gw = new double[d][q];
            column = new double[d];
            wT = new double[q][d];
            out = new double[d];
        }

        /**
         * The projected MSE of u with {@code ub[b][j]} = \(U_b[j,b]\) and W; fills the gradient
         * fields.
         */
        double compute(double[] u, double[][] ub, double[][] w, int[] y) {
            double loss = 0;
            for (int b = 0; b < d; b++) {
                for (int j = 0; j < q; j++) {
                    double x = u[j] + ub[b][j];
                    h[b][j] = x * x;
                }
            }
            // the outputs o_b = W h_b as sums of the rows of W^T (vectorised row updates)
            for (int c = 0; c < d; c++) {
                double[] wc = w[c];
                for (int j = 0; j < q; j++) {
                    wT[j][c] = wc[j];
                }
            }
            for (int b = 0; b < d; b++) {
                Arrays.fill(out, 0.0);
                Kernels.axpyRows(h[b], wT, q, out, d);
                double mean = 0;
                for (int c = 0; c < d; c++) {
                    g[c][b] = out[c];
                    mean += out[c];
                }
                mean /= d;
                for (int c = 0; c < d; c++) {
                    double r = g[c][b] - mean - ((c == y[b] ? 1.0 : 0.0) - 1.0 / d);
                    loss += r * r;
                    g[c][b] = 2.0 / d * r;
                }
            }
            for (int i = 0; i < d; i++) {
                Arrays.fill(gw[i], 0.0);
                Arrays.fill(gub[i], 0.0);
            }
            // gw[c] = sum over b of g[c][b] h[b], gub[b] = sum over c of g[c][b] w[c], each summed
            // in index order (bitwise one axpy per term)
            for (int c = 0; c < d; c++) {
                Kernels.axpyRows(g[c], h, d, gw[c], q);
            }
            for (int b = 0; b < d; b++) {
                for (int c = 0; c < d; c++) {
                    column[c] = g[c][b];
                }
                Kernels.axpyRows(column, w, d, gub[b], q);
            }
            Arrays.fill(gu, 0.0);
            for (int b = 0; b < d; b++) {
                double[] gb = gub[b];
                for (int j = 0; j < q; j++) {
                    double v = 2 * (u[j] + ub[b][j]) * gb[j];
                    gb[j] = v;
                    gu[j] += v;
                }
            }
            return loss / d;
        }
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
