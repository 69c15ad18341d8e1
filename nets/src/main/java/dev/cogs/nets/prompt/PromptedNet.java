package dev.cogs.nets.prompt;

import dev.cogs.algebra.weights.RealWeights;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A frozen CoGS net with its a-slot opened for a prompt (docs/yoneda-nets.md §1.3): for \(u \in
 * \mathbb{R}^q\) the output on input b is \(o_u(b) = \sum_j w_j\,(u_j + U_b[j,b])^2\), i.e.
 * \(o_u(b) = W u^{\circ 2} + 2 W \mathrm{diag}(u) U_b e_b + W (U_b e_b)^{\circ 2}\)
 * (docs/yoneda-nets.md §1.4). The one-hot prompt of token P is \(U_a e_P\), so \(o_{U_a e_P}(b) =
 * o(P, b)\) is the pretext net itself.
 *
 * <p>A task is an array y of length d with entries in [0, d): the answer wanted at input b is class
 * y(b), read by the argmax over all d classes of the frozen W (docs/yoneda-nets.md §6.5). Metrics
 * (docs/yoneda-nets.md §2.4): the projected MSE \(\frac1{|S|}\sum_{b\in S}\|P_\perp(o_u(b) -
 * e_{y(b)})\|^2\) over a set S of inputs, and the <b>robust accuracy</b>: input b counts only if
 * \(o_{y(b)} - \max_{c \ne y(b)} o_c > \tau\), by default \(\tau = {}\){@value #ROBUST_MARGIN} (the
 * target margin being 1).
 *
 * <p>This class is immutable and thread-safe. The factory precomputes, in O(q²d + qd²) time and
 * O(q² + qd²) memory, the matrices that prompt fitting reuses for every task.
 *
 * <p>Non-finite values: the weights are finite ({@link RealWeights} guarantees it); every method
 * rejects a prompt with a NaN or infinite entry with an {@link IllegalArgumentException}. Outputs
 * of finite prompts can still overflow for prompts of norm near \(10^{154}\); the metrics then
 * report NaN or infinity as they arise.
 */
public final class PromptedNet {

    /** The default robust-accuracy margin τ (docs/yoneda-nets.md §2.4). */
    public static final double ROBUST_MARGIN = 0.05;

    private final RealWeights weights;
    final int d;
    final int q;

    /** {@code uaT[P][j]} = \(U_a[j,P]\): row P is the one-hot prompt of token P. */
    final double[][] uaT;

    /** {@code ubT[b][j]} = \(U_b[j,b]\). */
    final double[][] ubT;

    /** {@code w[c][j]} = \(W[c,j]\). */
    final double[][] w;

    /** {@code z[c][j]} = \((P_\perp W)[c,j]\). */
    final double[][] z;

    /**
     * The transpose of {@link #z}: {@code zT[j][c]}, so that \(Z x = \sum_j x_j\,\)zT[j] runs as
     * vectorisable row updates ({@link Kernels#axpyRows}) instead of d dot products.
     */
    final double[][] zT;

    /**
     * {@code pv[b][c]} = \((P_\perp W (U_b e_b)^{\circ2})_c\): the prompt-independent part of the
     * output.
     */
    final double[][] pv;

    /**
     * {@code cross[j][b*d + c]} = \(z[c][j]\,U_b[j,b]\): node j's cross-term matrix, column b
     * contiguous.
     */
    final double[][] cross;

    /** The transpose of {@link #cross}: {@code crossT[b*d + c][j]}. */
    final double[][] crossT;

    /** {@code gram[j][j']} = \(\langle\)cross[j], cross[j']\(\rangle\) over all inputs. */
    final double[][] gram;

    private final double rmax;

    /** The span tensors, computed on first use (a benign race: every thread computes the same). */
    private volatile SpanTensors spanTensors;

    /**
     * The frozen net contracted with \(U_a\) for span prompts \(u = U_a\pi\) (docs/yoneda-nets.md
     * §4.2): {@code q[c*d + P][P']} = \((Q_c)_{PP'} = \sum_j z_c[j]\,U_a[j,P]\,U_a[j,P']\), exactly
     * symmetric in P, P', and {@code m[b*d + c][P]} = \(\sum_j z_c[j]\,U_b[j,b]\,U_a[j,P]\), so
     * that \(P_\perp o_{U_a\pi}(b)_c = \pi^\top Q_c\pi + 2\,m_{b,c}\cdot\pi + (P_\perp v_b)_c\).
     * Built in O(qd³) time and O(d³) memory; immutable after construction.
     */
    static final class SpanTensors {
        final double[][] q;
        final double[][] m;

        /** {@code qByP[P'][c*d + P]} = \((Q_c)_{P'P}\): the rows of Q by the contracted index. */
        final double[][] qByP;

        /**
         * {@code mByP[P][b*d + c]} = {@code m[b*d + c][P]}: the rows of M by the contracted index.
         */
        final double[][] mByP;

        SpanTensors(PromptedNet net) {
            int d = net.d;
            int q = net.q;
            this.q = new double[d * d][d];
            this.m = new double[d * d][d];
            this.qByP = new double[d][d * d];
            this.mByP = new double[d][d * d];
            double[] t = new double[q];
            for (int c = 0; c < d; c++) {
                double[] zc = net.z[c];
                for (int p = 0; p < d; p++) {
                    double[] ap = net.uaT[p];
                    for (int j = 0; j < q; j++) {
                        t[j] = zc[j] * ap[j];
                    }
                    for (int p2 = p; p2 < d; p2++) {
                        double v = Kernels.dot(t, net.uaT[p2], q);
                        this.q[c * d + p][p2] = v;
                        this.q[c * d + p2][p] = v;
                    }
                }
                for (int b = 0; b < d; b++) {
                    double[] ub = net.ubT[b];
                    for (int j = 0; j < q; j++) {
                        t[j] = zc[j] * ub[j];
                    }
                    for (int p = 0; p < d; p++) {
                        this.m[b * d + c][p] = Kernels.dot(t, net.uaT[p], q);
                    }
                }
            }
            for (int row = 0; row < d * d; row++) {
                for (int p = 0; p < d; p++) {
                    qByP[p][row] = this.q[row][p];
                    mByP[p][row] = this.m[row][p];
                }
            }
        }
    }

    SpanTensors spanTensors() {
        SpanTensors t = spanTensors;
        if (t == null) {
            t = new SpanTensors(this);
            spanTensors = t;
        }
        return t;
    }

    private PromptedNet(RealWeights weights) {
        this.weights = weights;
        this.d = weights.d();
        this.q = weights.order();
        double[][] ua = weights.ua();
        double[][] ub = weights.ub();
        this.w = weights.w();
        this.uaT = transpose(ua, q, d);
        this.ubT = transpose(ub, q, d);
        this.z = new double[d][q];
        for (int j = 0; j < q; j++) {
            double mean = 0;
            for (int c = 0; c < d; c++) {
                mean += w[c][j];
            }
            mean /= d;
            for (int c = 0; c < d; c++) {
                z[c][j] = w[c][j] - mean;
            }
        }
        this.zT = transpose(z, d, q);
        this.pv = new double[d][d];
        double[] sq = new double[q];
        for (int b = 0; b < d; b++) {
            for (int j = 0; j < q; j++) {
                sq[j] = ubT[b][j] * ubT[b][j];
            }
            for (int c = 0; c < d; c++) {
                pv[b][c] = Kernels.dot(z[c], sq, q);
            }
        }
        this.cross = new double[q][d * d];
        this.crossT = new double[d * d][q];
        for (int j = 0; j < q; j++) {
            for (int b = 0; b < d; b++) {
                double ubj = ub[j][b];
                for (int c = 0; c < d; c++) {
                    double v = z[c][j] * ubj;
                    cross[j][b * d + c] = v;
                    crossT[b * d + c][j] = v;
                }
            }
        }
        this.gram = gram(z, ubT, q);
        double best = 0;
        for (int p = 0; p < d; p++) {
            best = Math.max(best, Kernels.normSquared(uaT[p]));
        }
        this.rmax = Math.sqrt(best);
    }

    /**
     * \(G[j][j'] = (Z^\top Z)[j][j'] \cdot \sum_{b} U_b[j,b] U_b[j',b]\) for the inputs whose
     * columns are given.
     */
    static double[][] gram(double[][] z, double[][] ubColumns, int q) {
        double[][] a = new double[q][q];
        for (double[] zc : z) {
            for (int j = 0; j < q; j++) {
                if (zc[j] != 0) {
                    Kernels.axpy(zc[j], zc, a[j], q);
                }
            }
        }
        double[][] bg = new double[q][q];
        for (double[] col : ubColumns) {
            for (int j = 0; j < q; j++) {
                if (col[j] != 0) {
                    Kernels.axpy(col[j], col, bg[j], q);
                }
            }
        }
        for (int j = 0; j < q; j++) {
            for (int k = 0; k < q; k++) {
                a[j][k] *= bg[j][k];
            }
        }
        return a;
    }

    private static double[][] transpose(double[][] m, int rows, int cols) {
        double[][] t = new double[cols][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }

    /**
     * Opens the a-slot of a net.
     *
     * @param weights the frozen weights
     * @return the prompted net
     */
    public static PromptedNet of(RealWeights weights) {
        return new PromptedNet(Objects.requireNonNull(weights, "weights"));
    }

    /**
     * The frozen weights.
     *
     * @return the weights
     */
    public RealWeights weights() {
        return weights;
    }

    /**
     * The group size d (inputs and classes).
     *
     * @return d
     */
    public int d() {
        return d;
    }

    /**
     * The number of hidden nodes q, the dimension of a free prompt.
     *
     * @return q
     */
    public int order() {
        return q;
    }

    /**
     * The largest norm of a one-hot prompt, \(r_{max} = \max_P |U_a e_P|\): the unit of prompt norm
     * budgets.
     *
     * @return \(r_{max} \ge 0\)
     */
    public double rmax() {
        return rmax;
    }

    /**
     * The one-hot prompt of a token.
     *
     * @param token P in [0, d)
     * @return \(U_a e_P\), a fresh array of length q
     * @throws IllegalArgumentException if the token is out of range
     */
    public double[] oneHot(int token) {
        if (token < 0 || token >= d) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "token (%d) must be in [0, %d)", token, d));
        }
        return uaT[token].clone();
    }

    /**
     * The span prompt of a mixture of tokens.
     *
     * <p>Non-finite values: a NaN or infinite weight is rejected.
     *
     * @param pi the weights π, length d
     * @return \(U_a \pi\), a fresh array of length q
     * @throws IllegalArgumentException if π has the wrong length or a non-finite entry
     */
    public double[] span(double[] pi) {
        checkVector("pi", pi, d);
        double[] u = new double[q];
        for (int p = 0; p < d; p++) {
            if (pi[p] != 0) {
                Kernels.axpy(pi[p], uaT[p], u, q);
            }
        }
        return u;
    }

    /**
     * The outputs of a prompt on every input, computed from the definition \(O[c][b] = \sum_j
     * W[c,j]\,(u_j + U_b[j,b])^2\) in O(qd²).
     *
     * <p>Non-finite values: a NaN or infinite prompt entry is rejected.
     *
     * @param u the prompt, length q
     * @return the d×d matrix, {@code [c][b]} = class c's output on input b
     * @throws IllegalArgumentException if u has the wrong length or a non-finite entry
     */
    public double[][] output(double[] u) {
        checkVector("u", u, q);
        double[][] out = new double[d][d];
        double[] h = new double[q];
        for (int b = 0; b < d; b++) {
            column(u, b, h, out, b);
        }
        return out;
    }

    /** Writes input b's outputs into {@code out[c][col]}; h is scratch of length q. */
    private void column(double[] u, int b, double[] h, double[][] out, int col) {
        double[] ub = ubT[b];
        for (int j = 0; j < q; j++) {
            double x = u[j] + ub[j];
            h[j] = x * x;
        }
        for (int c = 0; c < d; c++) {
            out[c][col] = Kernels.dot(w[c], h, q);
        }
    }

    /**
     * {@link #evaluate(double[], int[], int[], double)} on all d inputs with τ = {@value
     * #ROBUST_MARGIN}.
     *
     * @param u the prompt, length q
     * @param y the task
     * @return loss and accuracies
     * @throws IllegalArgumentException if u or y is invalid
     */
    public PromptEvaluation evaluate(double[] u, int[] y) {
        return evaluate(u, y, allInputs(d), ROBUST_MARGIN);
    }

    /**
     * The metrics of a prompt on a set of inputs (docs/yoneda-nets.md §2.4), from the outputs of
     * {@link #output(double[])}.
     *
     * <p>Non-finite values: a NaN or infinite prompt entry or margin is rejected; a NaN output
     * (overflow) counts as wrong and makes the loss NaN.
     *
     * @param u the prompt, length q
     * @param y the task, length d, entries in [0, d)
     * @param inputs the inputs S, distinct, in [0, d), at least one
     * @param tau the robust margin τ, finite and ≥ 0
     * @return projected MSE over S, robust and plain argmax counts, and the smallest margin
     * @throws IllegalArgumentException if an argument is invalid
     */
    public PromptEvaluation evaluate(double[] u, int[] y, int[] inputs, double tau) {
        checkVector("u", u, q);
        checkTask(y, d);
        checkInputs(inputs, d);
        if (!(tau >= 0) || Double.isInfinite(tau)) {
            throw new IllegalArgumentException("tau (" + tau + ") must be finite and >= 0");
        }
        double[][] out = new double[d][1];
        double[] h = new double[q];
        double loss = 0;
        int robust = 0;
        int correct = 0;
        double minMargin = Double.POSITIVE_INFINITY;
        for (int b : inputs) {
            column(u, b, h, out, 0);
            loss += projectedSquaredError(out, y[b]);
            double margin = margin(out, y[b]);
            robust += margin > tau ? 1 : 0;
            correct += margin > 0 ? 1 : 0;
            minMargin = Math.min(minMargin, margin);
        }
        return new PromptEvaluation(
                loss / inputs.length, robust, correct, inputs.length, minMargin, tau);
    }

    /** \(\|P_\perp(o - e_y)\|^2\) for the column {@code out[.][0]}. */
    private double projectedSquaredError(double[][] out, int y) {
        double mean = 0;
        for (int c = 0; c < d; c++) {
            mean += out[c][0];
        }
        mean /= d;
        double s = 0;
        for (int c = 0; c < d; c++) {
            double r = out[c][0] - mean - ((c == y ? 1.0 : 0.0) - 1.0 / d);
            s += r * r;
        }
        return s;
    }

    /** \(o_y - \max_{c\ne y} o_c\) for the column {@code out[.][0]}; NaN outputs give NaN. */
    private double margin(double[][] out, int y) {
        double other = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < d; c++) {
            if (c != y) {
                double v = out[c][0];
                if (Double.isNaN(v)) {
                    return Double.NaN;
                }
                other = Math.max(other, v);
            }
        }
        return out[y][0] - other;
    }

    /**
     * The cross-entropy objective on a set of inputs: \(\frac1{|S|}\sum_{b\in S}[\log\sum_c
     * e^{o_c(b)/T} - o_{y(b)}(b)/T]\), with the log-sum-exp shifted by the column maximum.
     *
     * <p>Non-finite values: a NaN or infinite prompt entry is rejected.
     *
     * @param u the prompt, length q
     * @param y the task
     * @param inputs the inputs S, distinct, in [0, d), at least one
     * @param temperature T, finite and &gt; 0
     * @return the mean cross-entropy, ≥ 0
     * @throws IllegalArgumentException if an argument is invalid
     */
    public double crossEntropy(double[] u, int[] y, int[] inputs, double temperature) {
        checkVector("u", u, q);
        checkTask(y, d);
        checkInputs(inputs, d);
        Objective.crossEntropy(temperature);
        double[][] out = new double[d][1];
        double[] h = new double[q];
        double total = 0;
        for (int b : inputs) {
            column(u, b, h, out, 0);
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < d; c++) {
                max = Math.max(max, out[c][0]);
            }
            double s = 0;
            for (int c = 0; c < d; c++) {
                s += Math.exp((out[c][0] - max) / temperature);
            }
            total += Math.log(s) - (out[y[b]][0] - max) / temperature;
        }
        return total / inputs.length;
    }

    /**
     * The prompt's norm in units of \(r_{max}\): \(|u| / r_{max}\) (docs/yoneda-nets.md §2.4).
     *
     * @param u the prompt, length q
     * @return \(|u|/r_{max}\) (infinite if \(r_{max} = 0\) and u ≠ 0, NaN if both are 0)
     * @throws IllegalArgumentException if u has the wrong length or a non-finite entry
     */
    public double relativeNorm(double[] u) {
        checkVector("u", u, q);
        return Math.sqrt(Kernels.normSquared(u)) / rmax;
    }

    /**
     * The ideality certificate (docs/yoneda-nets.md §1.1): with features \(f(b) = U_b e_b\) and the
     * frozen head (\(U_a\), W, argmax), the head's answer on (b, c) is \(\{a : \arg\max o(a, b) =
     * c\}\), which equals \(Hom(b, c) = \{c - b\}\) for every pair iff the net answers all d²
     * pretext pairs correctly. A pair counts as correct only if class a + b beats every other class
     * strictly.
     *
     * @return the certificate with every failing pair
     */
    public IdealityCertificate idealityCertificate() {
        int correct = 0;
        double minMargin = Double.POSITIVE_INFINITY;
        List<IdealityCertificate.PairFailure> failures = new ArrayList<>();
        double[][] out = new double[d][1];
        double[] h = new double[q];
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                column(uaT[a], b, h, out, 0);
                int target = (a + b) % d;
                double margin = margin(out, target);
                minMargin = Math.min(minMargin, margin);
                if (margin > 0) {
                    correct++;
                } else {
                    int arg = 0;
                    for (int c = 1; c < d; c++) {
                        if (out[c][0] > out[arg][0]) {
                            arg = c;
                        }
                    }
                    failures.add(new IdealityCertificate.PairFailure(a, b, arg));
                }
            }
        }
        return new IdealityCertificate(correct, d * d, minMargin, failures);
    }

    /** The inputs 0..d−1. */
    static int[] allInputs(int d) {
        int[] s = new int[d];
        for (int b = 0; b < d; b++) {
            s[b] = b;
        }
        return s;
    }

    static void checkVector(String name, double[] v, int length) {
        Objects.requireNonNull(v, name);
        if (v.length != length) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "%s has length %d but must have length %d",
                            name,
                            v.length,
                            length));
        }
        for (int i = 0; i < length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException(
                        String.format(Locale.ROOT, "%s[%d] (%s) must be finite", name, i, v[i]));
            }
        }
    }

    static void checkTask(int[] y, int d) {
        Objects.requireNonNull(y, "y");
        if (y.length != d) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "task y has length %d but the net has d = %d",
                            y.length,
                            d));
        }
        for (int b = 0; b < d; b++) {
            if (y[b] < 0 || y[b] >= d) {
                throw new IllegalArgumentException(
                        String.format(Locale.ROOT, "y[%d] (%d) must be in [0, %d)", b, y[b], d));
            }
        }
    }

    static void checkInputs(int[] inputs, int d) {
        Objects.requireNonNull(inputs, "inputs");
        if (inputs.length == 0) {
            throw new IllegalArgumentException("inputs must not be empty");
        }
        boolean[] seen = new boolean[d];
        for (int i = 0; i < inputs.length; i++) {
            int b = inputs[i];
            if (b < 0 || b >= d) {
                throw new IllegalArgumentException(
                        String.format(Locale.ROOT, "inputs[%d] (%d) must be in [0, %d)", i, b, d));
            }
            if (seen[b]) {
                throw new IllegalArgumentException(
                        String.format(Locale.ROOT, "inputs[%d] (%d) is repeated", i, b));
            }
            seen[b] = true;
        }
    }

    /** Whether the inputs are exactly 0..d−1 in order. */
    static boolean isAll(int[] inputs, int d) {
        return Arrays.equals(inputs, allInputs(d));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "PromptedNet[d=%d, q=%d, rmax=%.4g]", d, q, rmax);
    }
}
