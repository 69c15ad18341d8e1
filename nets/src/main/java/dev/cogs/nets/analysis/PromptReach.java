package dev.cogs.nets.analysis;

import dev.cogs.algebra.weights.FourierNet;
import dev.cogs.algebra.weights.Part;
import dev.cogs.algebra.weights.RealWeights;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What prompts can reach, on the Fourier side (docs/yoneda-nets.md §1.4): the bound B(y), the
 * net-specific bound L_lin, the argmax linear program and the closed-form reflection prompt.
 *
 * <p>Conventions: a task y (array of length d, entries in [0, d)) has target matrix \(Y[c, b] = [c
 * = y(b)]\); losses are the projected MSE \(\frac1d\|P_\perp(O - Y)\|^2\) over the d inputs; the
 * 2-D spectrum is \(\hat Y(k_c, k_b) = \sum_{c,b}(P_\perp Y)[c,b]\,\omega^{-(k_c c + k_b b)}\),
 * \(\omega = e^{2\pi i/d}\). With single-frequency nodes every prompt's output is \(O[c,b] = v(c) +
 * f(c - b) + g(c + b)\), whose spectrum lies on the three lines \(k_b = 0\) (v), \(k_b = -k_c\) (f)
 * and \(k_b = k_c\) (g).
 *
 * <p>Non-finite values: inputs are integer tasks and finite weights, so every result is finite.
 */
public final class PromptReach {

    /**
     * The relative pivot tolerance of {@link #linearSpan(RealWeights)}: a direction counts when its
     * pivot exceeds max(rows, columns)·2⁻⁵² times the largest column norm (the rank convention of
     * LAPACK's and NumPy's least squares, under which the pilot's L_lin values were taken).
     */
    public static final double RANK_EPSILON = Math.ulp(1.0);

    /** The pivot limit of the simplex method; far above what the 3d + 1 variable programs take. */
    private static final int MAX_PIVOTS = 100_000;

    /**
     * The largest relaxation of a margin row in {@link #argmaxReachable}; it bounds the loss of
     * optimality.
     */
    private static final double PERTURBATION = 1e-10;

    /** A margin above this counts as reachable in {@link #argmaxReachable}. */
    public static final double MARGIN_TOLERANCE = 1e-9;

    private PromptReach() {}

    /** The parts of a prompted output \(O[c,b] = v(c) + f(c-b) + g(c+b)\) an argmax may use. */
    public enum Channel {
        /** The circulant part f(c − b): translations. */
        CIRC,
        /** The Hankel part g(c + b): reflections. */
        HANKEL,
        /** The class bias v(c). */
        BIAS
    }

    /**
     * The lower bound B(y) on the loss of every prompt for nets whose nodes each have one frequency
     * (docs/yoneda-nets.md §1.4 item 4): the energy of \(P_\perp Y\) off the three reachable lines,
     * over d³.
     *
     * <p>Computed as the total energy \(d^2(d-1)\) minus the on-line energy, whose 3(d − 1)
     * coefficients are sums of d terms: O(d²). The subtraction leaves an absolute error of order
     * 1e-15.
     *
     * @param y the task
     * @return \(B(y) \in [0, 1 - 1/d]\)
     * @throws IllegalArgumentException if y is not a task
     */
    public static double fourierBound(int[] y) {
        int d = checkTask(y);
        double[] cos = new double[d];
        double[] sin = new double[d];
        twiddles(d, cos, sin);
        double online = 0;
        for (int kc = 1; kc < d; kc++) {
            int[] lines = {0, (d - kc) % d, kc};
            for (int i = 0; i < 3; i++) {
                if (i == 2 && lines[2] == lines[1]) {
                    continue; // k_c = -k_c (even d): the f and g lines meet
                }
                online += energy(y, kc, lines[i], cos, sin);
            }
        }
        double total = (double) d * d * (d - 1);
        return Math.max(0.0, (total - online) / ((double) d * d * d));
    }

    private static double energy(int[] y, int kc, int kb, double[] cos, double[] sin) {
        int d = y.length;
        double re = 0;
        double im = 0;
        for (int b = 0; b < d; b++) {
            int t = (int) (((long) kc * y[b] + (long) kb * b) % d);
            re += cos[t];
            im -= sin[t];
        }
        return re * re + im * im;
    }

    private static void twiddles(int d, double[] cos, double[] sin) {
        for (int t = 0; t < d; t++) {
            double a = 2 * Math.PI * t / d;
            cos[t] = Math.cos(a);
            sin[t] = Math.sin(a);
        }
    }

    /**
     * The moduli of the task's 2-D spectrum \(|\hat Y(k_c, k_b)|\) (row \(k_c = 0\) is zero after
     * \(P_\perp\)): the picture that shows which lines a task's energy sits on (docs/yoneda-nets.md
     * §4).
     *
     * @param y the task
     * @return the d×d moduli, {@code [k_c][k_b]}
     * @throws IllegalArgumentException if y is not a task
     */
    public static double[][] spectrum(int[] y) {
        int d = checkTask(y);
        double[] cos = new double[d];
        double[] sin = new double[d];
        twiddles(d, cos, sin);
        double[][] out = new double[d][d];
        for (int kc = 1; kc < d; kc++) {
            for (int kb = 0; kb < d; kb++) {
                out[kc][kb] = Math.sqrt(energy(y, kc, kb, cos, sin));
            }
        }
        return out;
    }

    /**
     * The least-squares design of L_lin for one net, factorised once and reusable for every task
     * (docs/yoneda-nets.md §1.4 item 4). Immutable and thread-safe.
     */
    public static final class LinearSpan {

        private final int d;
        private final double[][] pv;
        private final PivotedQr qr;

        private LinearSpan(int d, double[][] pv, PivotedQr qr) {
            this.d = d;
            this.pv = pv;
            this.qr = qr;
        }

        /**
         * The numerical rank of the design.
         *
         * @return its rank
         */
        public int rank() {
            return qr.rank();
        }

        /**
         * L_lin(net, y): \(\frac1d\) times the squared residual of \(P_\perp(Y - V)\) against the
         * design.
         *
         * @param y the task, of the net's size
         * @return \(L_{lin} \ge 0\)
         * @throws IllegalArgumentException if y is not a task of size d
         */
        public double bound(int[] y) {
            int n = checkTask(y);
            if (n != d) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT, "task has length %d but the net has d = %d", n, d));
            }
            double[] t = new double[d * d];
            for (int b = 0; b < d; b++) {
                for (int c = 0; c < d; c++) {
                    t[b * d + c] = (c == y[b] ? 1.0 : 0.0) - 1.0 / d - pv[b][c];
                }
            }
            return qr.residualSquared(t) / d;
        }
    }

    /**
     * Factorises the L_lin design of a net: the columns \(\mathrm{vec}(P_\perp w_j\,U_b[j,:])\)
     * (one per node, the cross term of §1.4) and \(\mathrm{vec}(P_\perp e_c \mathbf{1}^\top)\) (the
     * class biases), d² rows.
     *
     * <p>Every prompt's projected output is \(P_\perp O_u = \beta(u)\mathbf 1^\top + 2\sum_j u_j
     * P_\perp w_j U_b[j,:] + P_\perp V\) with \(V[c,b] = (W(U_b e_b)^{\circ2})_c\), so the
     * least-squares residual of \(P_\perp(Y - V)\) on the design bounds every prompt's loss from
     * below. The design note states the bound for \(P_\perp Y\); the two agree whenever \(P_\perp
     * V\) is a class bias (constant in b), as on the global optima z_F6, z_F4/6 and z_M, and only
     * the V-corrected form is a bound for every net. Cost O(d²(q + d)·min(d², q + d)).
     *
     * @param weights the net
     * @return the factorised design
     */
    public static LinearSpan linearSpan(RealWeights weights) {
        Objects.requireNonNull(weights, "weights");
        int d = weights.d();
        int q = weights.order();
        double[][] w = weights.w();
        double[][] ub = weights.ub();
        double[][] z = new double[d][q];
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
        double[][] columns = new double[q + d][d * d];
        for (int j = 0; j < q; j++) {
            for (int b = 0; b < d; b++) {
                for (int c = 0; c < d; c++) {
                    columns[j][b * d + c] = z[c][j] * ub[j][b];
                }
            }
        }
        for (int c = 0; c < d; c++) {
            for (int b = 0; b < d; b++) {
                for (int c2 = 0; c2 < d; c2++) {
                    columns[q + c][b * d + c2] = (c2 == c ? 1.0 : 0.0) - 1.0 / d;
                }
            }
        }
        double[][] pv = new double[d][d];
        for (int b = 0; b < d; b++) {
            for (int c = 0; c < d; c++) {
                double s = 0;
                for (int j = 0; j < q; j++) {
                    s += z[c][j] * ub[j][b] * ub[j][b];
                }
                pv[b][c] = s;
            }
        }
        double tolerance = Math.max(d * d, q + d) * RANK_EPSILON;
        return new LinearSpan(d, pv, new PivotedQr(columns, tolerance));
    }

    /**
     * L_lin(net, y) in one call; use {@link #linearSpan(RealWeights)} for several tasks on one net.
     *
     * @param weights the net
     * @param y the task
     * @return \(L_{lin} \ge 0\)
     * @throws IllegalArgumentException if y is not a task of the net's size
     */
    public static double linearSpanBound(RealWeights weights, int[] y) {
        return linearSpan(weights).bound(y);
    }

    /**
     * The argmax linear program of docs/yoneda-nets.md §1.4.
     *
     * @param margin the optimal margin t ≥ 0
     * @param channels the channels allowed
     * @param v the optimal class bias (zeros if not allowed)
     * @param f the optimal circulant part, indexed by c − b
     * @param g the optimal Hankel part, indexed by c + b
     */
    public record ArgmaxReach(
            double margin, Set<Channel> channels, double[] v, double[] f, double[] g) {
        /**
         * Copies.
         *
         * @param margin the margin
         * @param channels the channels
         * @param v the bias
         * @param f the circulant part
         * @param g the Hankel part
         */
        public ArgmaxReach {
            channels = Collections.unmodifiableSet(EnumSet.copyOf(channels));
            v = v.clone();
            f = f.clone();
            g = g.clone();
        }

        /**
         * Whether some output of this shape has column-argmax y: margin &gt; {@link
         * #MARGIN_TOLERANCE}.
         *
         * @return the verdict
         */
        public boolean reachable() {
            return margin > MARGIN_TOLERANCE;
        }

        /**
         * The optimal class bias.
         *
         * @return a copy of v
         */
        @Override
        public double[] v() {
            return v.clone();
        }

        /**
         * The optimal circulant part.
         *
         * @return a copy of f
         */
        @Override
        public double[] f() {
            return f.clone();
        }

        /**
         * The optimal Hankel part.
         *
         * @return a copy of g
         */
        @Override
        public double[] g() {
            return g.clone();
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof ArgmaxReach)) {
                return false;
            }
            ArgmaxReach r = (ArgmaxReach) o;
            return Double.compare(margin, r.margin) == 0
                    && channels.equals(r.channels)
                    && Arrays.equals(v, r.v)
                    && Arrays.equals(f, r.f)
                    && Arrays.equals(g, r.g);
        }

        @Override
        public int hashCode() {
            return Objects.hash(
                    margin, channels, Arrays.hashCode(v), Arrays.hashCode(f), Arrays.hashCode(g));
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT, "ArgmaxReach[margin=%.6g, channels=%s]", margin, channels);
        }
    }

    /**
     * Whether some output \(M[c,b] = v(c) + f(c-b) + g(c+b)\) built from the allowed channels has
     * column-argmax y: the linear program "maximise t subject to \(M[y(b), b] - M[c, b] \ge t\) for
     * all b and c ≠ y(b), with every entry of v, f, g in [−1, 1]" (d(d − 1) margin rows, 3d + 1
     * variables), solved by a dense simplex method with an anti-cycling rule, after relaxing each
     * margin row by a distinct amount below 1e-10 (the programs are degenerate at their starting
     * vertex). The margin reported is that of the solution found, recomputed from its v, f, g: a
     * lower bound on the optimum, within 1e-10 of it (the relaxation moves the optimum by at most
     * the largest relaxation, since the optimal margin-row multipliers sum to 1). Only the sign of
     * the margin decides reach; its size depends on the box.
     *
     * @param y the task
     * @param channels the channels allowed, at least one
     * @return the optimal margin and a maximiser
     * @throws IllegalArgumentException if y is not a task or no channel is given
     */
    public static ArgmaxReach argmaxReachable(int[] y, Set<Channel> channels) {
        int d = checkTask(y);
        Objects.requireNonNull(channels, "channels");
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("channels must not be empty");
        }
        EnumSet<Channel> set = EnumSet.copyOf(channels);
        int[] offset = new int[Channel.values().length];
        int nv = 0;
        for (Channel ch : Channel.values()) {
            offset[ch.ordinal()] = set.contains(ch) ? nv : -1;
            nv += set.contains(ch) ? d : 0;
        }
        int t = nv;
        int vars = nv + 1;
        // Shifted variables x' = x + 1 in [0, 2] and t >= 0 (the optimum is >= 0: x = 0 gives t =
        // 0): every row is
        // "<= non-negative constant", so the origin is a basic feasible point and no phase 1 is
        // needed; the
        // shifts cancel in the margin rows, which are differences within one channel.
        double[][] rows = new double[d * (d - 1) + nv][];
        double[] rhs = new double[rows.length];
        int row = 0;
        for (int b = 0; b < d; b++) {
            int yb = y[b];
            for (int c = 0; c < d; c++) {
                if (c == yb) {
                    continue;
                }
                double[] a = new double[vars];
                if (offset[Channel.BIAS.ordinal()] >= 0) {
                    int o = offset[Channel.BIAS.ordinal()];
                    a[o + yb] -= 1;
                    a[o + c] += 1;
                }
                if (offset[Channel.CIRC.ordinal()] >= 0) {
                    int o = offset[Channel.CIRC.ordinal()];
                    a[o + Math.floorMod(yb - b, d)] -= 1;
                    a[o + Math.floorMod(c - b, d)] += 1;
                }
                if (offset[Channel.HANKEL.ordinal()] >= 0) {
                    int o = offset[Channel.HANKEL.ordinal()];
                    a[o + (yb + b) % d] -= 1;
                    a[o + (c + b) % d] += 1;
                }
                a[t] = 1;
                // a distinct relaxation of at most PERTURBATION per margin row removes the
                // degeneracy at the
                // origin (where every margin row is tight); the exact margin of the solution is
                // recomputed below
                rhs[row] = PERTURBATION * (0.5 + 0.5 * ((row * 0.6180339887498949) % 1.0));
                rows[row++] = a;
            }
        }
        for (int i = 0; i < nv; i++) {
            double[] a = new double[vars];
            a[i] = 1;
            rhs[row] = 2;
            rows[row++] = a;
        }
        double[] objective = new double[vars];
        objective[t] = 1;
        LinearProgram.Solution opt = LinearProgram.maximise(rows, rhs, objective, MAX_PIVOTS);
        double[] x = opt.x();
        double[][] parts = new double[3][d];
        for (Channel ch : set) {
            for (int i = 0; i < d; i++) {
                parts[ch.ordinal()][i] =
                        Math.max(-1.0, Math.min(1.0, x[offset[ch.ordinal()] + i] - 1));
            }
        }
        double margin = Double.POSITIVE_INFINITY;
        for (int b = 0; b < d; b++) {
            for (int c = 0; c < d; c++) {
                if (c != y[b]) {
                    margin = Math.min(margin, output(parts, y[b], b, d) - output(parts, c, b, d));
                }
            }
        }
        return new ArgmaxReach(
                Math.max(0.0, margin),
                set,
                parts[Channel.BIAS.ordinal()],
                parts[Channel.CIRC.ordinal()],
                parts[Channel.HANKEL.ordinal()]);
    }

    /**
     * The closed-form free prompt of docs/yoneda-nets.md §1.4 item 2 that makes a z_F6-type net
     * answer the reflection \(y(b) = s - b\) at zero loss.
     *
     * <p>The net must consist of blocks \(z_\nu * z_{syn}\): per frequency k six nodes living at ±k
     * only, falling into two classes of three with equal \(h_j = \bar B_{kj} C_{kj}\) and, within a
     * class, \(\sum B_{kj}C_{kj} = 0\) and \(\sum C_{kj} = 0\) (the \(z_{syn}\) factor). Giving
     * class i the value \(t_i\) cancels the circulant part and the bias, and the Hankel part \(\hat
     * g_k = t_0 H_0 + t_1 H_1\) (\(H_i\) the class sums of \(h_j\)) is set to \(\omega^{ks}/(2d)\)
     * by solving a real 2×2 system, solvable iff \(H_0, H_1\) are ℝ-independent (\(\nu^3 \notin
     * \mathbb{R}\)).
     *
     * @param zF6 a net built from \(z_\nu * z_{syn}\) blocks, one per frequency k = 1..(d − 1)/2
     * @param s the reflection's offset
     * @return the prompt u, one entry per node in the net's node order (that of {@link
     *     FourierNet#toReal()})
     * @throws IllegalArgumentException if the net does not have that structure or \(\nu^3\) is real
     */
    public static double[] reflectionPrompt(FourierNet zF6, int s) {
        Objects.requireNonNull(zF6, "zF6");
        int d = zF6.d();
        int q = zF6.order();
        double scale = zF6.maxModulus();
        double tol = 1e-9 * scale;
        int half = (d - 1) / 2;
        List<List<Integer>> byFrequency = new ArrayList<>();
        for (int k = 0; k <= half; k++) {
            byFrequency.add(new ArrayList<>());
        }
        for (int j = 0; j < q; j++) {
            int home = -1;
            for (int k = 1; k <= half; k++) {
                if (modulus(zF6, Part.B, k, j) > tol) {
                    home = k;
                    break;
                }
            }
            if (home < 0) {
                throw new IllegalArgumentException(
                        "node " + j + " has no b-coefficient at a frequency 1..(d-1)/2");
            }
            for (Part p : Part.values()) {
                for (int k = 0; k < d; k++) {
                    if (k != home && k != d - home && modulus(zF6, p, k, j) > tol) {
                        throw new IllegalArgumentException(
                                String.format(
                                        Locale.ROOT,
                                        "node %d lives at frequency %d but has a %s-coefficient at %d: not single-frequency",
                                        j,
                                        home,
                                        p,
                                        k));
                    }
                }
            }
            byFrequency.get(home).add(j);
        }
        double[] u = new double[q];
        for (int k = 1; k <= half; k++) {
            List<Integer> nodes = byFrequency.get(k);
            List<List<Integer>> classes = new ArrayList<>();
            List<double[]> keys = new ArrayList<>();
            for (int j : nodes) {
                double br = zF6.re(Part.B, k, j);
                double bi = -zF6.im(Part.B, k, j);
                double cr = zF6.re(Part.C, k, j);
                double ci = zF6.im(Part.C, k, j);
                double[] h = {br * cr - bi * ci, br * ci + bi * cr};
                int found = -1;
                for (int i = 0; i < keys.size(); i++) {
                    if (Math.hypot(keys.get(i)[0] - h[0], keys.get(i)[1] - h[1])
                            <= 1e-9 * Math.hypot(h[0], h[1])) {
                        found = i;
                    }
                }
                if (found < 0) {
                    keys.add(h);
                    classes.add(new ArrayList<>());
                    found = keys.size() - 1;
                }
                classes.get(found).add(j);
            }
            if (classes.size() != 2) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "frequency %d has %d classes of equal conj(B)C; a z_nu*z_syn block has 2",
                                k,
                                classes.size()));
            }
            double[][] hSum = new double[2][2];
            for (int i = 0; i < 2; i++) {
                double bcRe = 0;
                double bcIm = 0;
                double cRe = 0;
                double cIm = 0;
                for (int j : classes.get(i)) {
                    double br = zF6.re(Part.B, k, j);
                    double bi = zF6.im(Part.B, k, j);
                    double cr = zF6.re(Part.C, k, j);
                    double ci = zF6.im(Part.C, k, j);
                    bcRe += br * cr - bi * ci;
                    bcIm += br * ci + bi * cr;
                    cRe += cr;
                    cIm += ci;
                    hSum[i][0] += br * cr + bi * ci;
                    hSum[i][1] += br * ci - bi * cr;
                }
                if (Math.hypot(bcRe, bcIm) > tol * scale || Math.hypot(cRe, cIm) > tol) {
                    throw new IllegalArgumentException(
                            String.format(
                                    Locale.ROOT,
                                    "frequency %d, class %d: sum BC = (%.3g, %.3g), sum C = (%.3g, %.3g); a z_syn factor "
                                            + "makes both 0",
                                    k,
                                    i,
                                    bcRe,
                                    bcIm,
                                    cRe,
                                    cIm));
                }
            }
            double angle = 2 * Math.PI * Math.floorMod((long) k * s, d) / d;
            double targetRe = Math.cos(angle) / (2.0 * d);
            double targetIm = Math.sin(angle) / (2.0 * d);
            double det = hSum[0][0] * hSum[1][1] - hSum[1][0] * hSum[0][1];
            double size = Math.hypot(hSum[0][0], hSum[0][1]) * Math.hypot(hSum[1][0], hSum[1][1]);
            if (!(Math.abs(det) > 1e-12 * size)) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "frequency %d: the class sums of conj(B)C are R-dependent (nu^3 real); no reflection prompt",
                                k));
            }
            double t0 = (targetRe * hSum[1][1] - hSum[1][0] * targetIm) / det;
            double t1 = (hSum[0][0] * targetIm - targetRe * hSum[0][1]) / det;
            for (int j : classes.get(0)) {
                u[j] = t0;
            }
            for (int j : classes.get(1)) {
                u[j] = t1;
            }
        }
        return u;
    }

    /** \(M[c, b] = v(c) + f(c - b) + g(c + b)\). */
    private static double output(double[][] parts, int c, int b, int d) {
        return parts[Channel.BIAS.ordinal()][c]
                + parts[Channel.CIRC.ordinal()][Math.floorMod(c - b, d)]
                + parts[Channel.HANKEL.ordinal()][(c + b) % d];
    }

    private static double modulus(FourierNet z, Part p, int k, int j) {
        return Math.hypot(z.re(p, k, j), z.im(p, k, j));
    }

    private static int checkTask(int[] y) {
        Objects.requireNonNull(y, "y");
        int d = y.length;
        if (d < 1) {
            throw new IllegalArgumentException("task y must not be empty");
        }
        for (int b = 0; b < d; b++) {
            if (y[b] < 0 || y[b] >= d) {
                throw new IllegalArgumentException(
                        String.format(Locale.ROOT, "y[%d] (%d) must be in [0, %d)", b, y[b], d));
            }
        }
        return d;
    }
}
