package dev.cogs.algebra.weights;

import dev.cogs.algebra.Complex;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * An element \(z\) of the CoGS weight semiring (docs/cogs-math.md §4): a two-layer quadratic net
 * with q hidden nodes over \(\mathbb{Z}_d\), given by its Fourier coefficients \(z_{pkj}\), \(p \in
 * \{a,b,c\}\) ({@link Part}), \(k \in \mathbb{Z}_d\), \(j \in [0,q)\): \(z_a = A\), \(z_b = B\),
 * \(z_c = C\) with (docs/cogs-math.md §2, \(\omega = e^{2\pi i/d}\)) \[ A_{kj} = \tfrac1d \sum_x
 * U_a[j,x]\,\omega^{-kx},\quad B_{kj} = \tfrac1d \sum_x U_b[j,x]\,\omega^{-kx},\quad C_{kj} =
 * \tfrac1d \sum_c W[c,j]\,\omega^{+kc}. \]
 *
 * <p>This class is immutable. Coefficients are stored as two flat double arrays (real and imaginary
 * parts) in part-, then frequency-, then node-major order: entry \((p,k,j)\) sits at index {@code
 * (p.ordinal()*d + k)*q + j}, so that a frequency row of one part is contiguous (fast Khatri–Rao
 * products and Gram matrices). {@code equals} is exact (bitwise); use {@link #isClose(FourierNet,
 * double)} or {@link WeightSemiring#equivalent(Object, Object)} for approximate comparison.
 *
 * <p>An element need not be conjugate-symmetric (the semiring is defined on all complex arrays);
 * only {@link #toReal()} requires it, since real weights exist exactly for conjugate-symmetric
 * coefficients \(z_{p,-k,j} = \overline{z_{p,k,j}}\).
 *
 * <p>Non-finite values: every factory rejects NaN and infinite coefficients with an {@link
 * IllegalArgumentException} naming the entry.
 */
public final class FourierNet {

    /** Default relative tolerance of {@link #toReal()}'s conjugate-symmetry check. */
    public static final double SYMMETRY_TOLERANCE = 1e-10;

    private final int d;
    private final int q;
    private final double[] re;
    private final double[] im;

    private FourierNet(int d, int q, double[] re, double[] im) {
        this.d = d;
        this.q = q;
        this.re = re;
        this.im = im;
    }

    /**
     * Builds a net from flat coefficient arrays (copied), laid out as {@code [(p*d + k)*q + j]}
     * with p the ordinal of {@link Part}.
     *
     * @param d the group size, at least 3
     * @param q the order (number of hidden nodes), at least 0
     * @param re real parts, length 3·d·q
     * @param im imaginary parts, length 3·d·q
     * @return the net
     * @throws IllegalArgumentException if d &lt; 3, q &lt; 0, a length is wrong or a coefficient is
     *     not finite
     */
    public static FourierNet of(int d, int q, double[] re, double[] im) {
        RealWeights.checkD(d);
        if (q < 0) {
            throw new IllegalArgumentException("order q (" + q + ") must be >= 0");
        }
        Objects.requireNonNull(re, "re");
        Objects.requireNonNull(im, "im");
        long n = 3L * d * q;
        if (re.length != n || im.length != n) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "coefficient arrays have lengths %d and %d but must have length 3*d*q = %d",
                            re.length,
                            im.length,
                            n));
        }
        FourierNet z = new FourierNet(d, q, re.clone(), im.clone());
        z.checkFinite();
        return z;
    }

    /**
     * Wraps arrays without copying; package-private, callers own the arrays and guarantee
     * finiteness.
     */
    static FourierNet wrap(int d, int q, double[] re, double[] im) {
        return new FourierNet(d, q, re, im);
    }

    private void checkFinite() {
        for (int i = 0; i < re.length; i++) {
            if (!Double.isFinite(re[i]) || !Double.isFinite(im[i])) {
                int j = i % Math.max(q, 1);
                int pk = i / Math.max(q, 1);
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "coefficient z[%s][%d][%d] (%s, %s) must be finite",
                                Part.values()[pk / d],
                                pk % d,
                                j,
                                re[i],
                                im[i]));
            }
        }
    }

    /**
     * The empty net (q = 0), the zero of the weight semiring.
     *
     * @param d the group size, at least 3
     * @return the net with no nodes
     * @throws IllegalArgumentException if d &lt; 3
     */
    public static FourierNet empty(int d) {
        RealWeights.checkD(d);
        return new FourierNet(d, 0, new double[0], new double[0]);
    }

    /**
     * The single node with \(z_{pk} = 1\) for every part and frequency, the one of the weight
     * semiring. In real space: \(u_a = u_b = d\,e_0\), \(w = d\,e_0\).
     *
     * @param d the group size, at least 3
     * @return the unit net
     * @throws IllegalArgumentException if d &lt; 3
     */
    public static FourierNet one(int d) {
        RealWeights.checkD(d);
        double[] re = new double[3 * d];
        Arrays.fill(re, 1.0);
        return new FourierNet(d, 1, re, new double[3 * d]);
    }

    /**
     * A block of nodes living at frequency k (docs/cogs-math.md §5): node j has \(A_{kj} = a_j\),
     * \(A_{-k,j} = \overline{a_j}\) (likewise b, c) and zeros elsewhere, so it is
     * conjugate-symmetric.
     *
     * @param d the group size, at least 3
     * @param k the frequency, in [1, d) with \(2k \ne 0 \bmod d\)
     * @param a a-part values at k, one per node
     * @param b b-part values at k
     * @param c c-part values at k
     * @return the block, of order {@code a.length}
     * @throws IllegalArgumentException if d &lt; 3, k is outside the allowed range, lengths differ
     *     or a value is not finite
     */
    public static FourierNet block(int d, int k, Complex[] a, Complex[] b, Complex[] c) {
        RealWeights.checkD(d);
        checkBlockFrequency(d, k);
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(c, "c");
        int q = a.length;
        if (b.length != q || c.length != q) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "block parts have lengths a=%d, b=%d, c=%d; they must be equal",
                            q,
                            b.length,
                            c.length));
        }
        double[] re = new double[3 * d * q];
        double[] im = new double[3 * d * q];
        Complex[][] parts = {a, b, c};
        int mk = d - k;
        for (int p = 0; p < 3; p++) {
            for (int j = 0; j < q; j++) {
                Complex v = Objects.requireNonNull(parts[p][j], "block value");
                if (!Double.isFinite(v.re()) || !Double.isFinite(v.im())) {
                    throw new IllegalArgumentException(
                            String.format(
                                    Locale.ROOT,
                                    "block value %s[%d] (%s) must be finite",
                                    Part.values()[p],
                                    j,
                                    v));
                }
                re[(p * d + k) * q + j] = v.re();
                im[(p * d + k) * q + j] = v.im();
                re[(p * d + mk) * q + j] = v.re();
                im[(p * d + mk) * q + j] = -v.im();
            }
        }
        return new FourierNet(d, q, re, im);
    }

    static void checkBlockFrequency(int d, int k) {
        if (k < 1 || k >= d) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "frequency k (%d) must be in Z_%d \\ {0}, i.e. 1 <= k <= %d",
                            k,
                            d,
                            d - 1));
        }
        if ((2 * k) % d == 0) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "frequency k (%d) must satisfy 2k != 0 mod d (%d) for a complex block",
                            k,
                            d));
        }
    }

    static void checkFrequency(int d, int k, String name) {
        if (k < 0 || k >= d) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "frequency %s (%d) must be in Z_%d, i.e. 0 <= %s < %d",
                            name,
                            k,
                            d,
                            name,
                            d));
        }
    }

    /**
     * The Fourier transform of real weights with the documented exact signs and 1/d normalisation
     * (docs/cogs-math.md §2).
     *
     * <p>Cost O(d²q) (zero real weights are skipped). The result is exactly conjugate-symmetric:
     * only \(k = 0..\lfloor d/2\rfloor\) are computed and the rest are conjugates.
     *
     * @param w real weights
     * @return \(z\) with \(z_a = A, z_b = B, z_c = C\)
     */
    public static FourierNet fromReal(RealWeights w) {
        Objects.requireNonNull(w, "w");
        int d = w.d();
        int q = w.order();
        double[] re = new double[3 * d * q];
        double[] im = new double[3 * d * q];
        double[] cos = Twiddles.cos(d);
        double[] sin = Twiddles.sin(d);
        double[] ua = w.uaRaw();
        double[] ub = w.ubRaw();
        double[] ww = w.wRaw();
        int half = d / 2;
        double inv = 1.0 / d;
        // inputs scaled by 1/d in x-major layout, so that the inner loop runs over contiguous nodes
        // j
        double[] at = new double[d * q];
        double[] bt = new double[d * q];
        double[] wt = new double[d * q];
        for (int j = 0; j < q; j++) {
            for (int x = 0; x < d; x++) {
                at[x * q + j] = ua[j * d + x] * inv;
                bt[x * q + j] = ub[j * d + x] * inv;
            }
        }
        for (int i = 0; i < d * q; i++) {
            wt[i] = ww[i] * inv;
        }
        // each coefficient accumulates its d terms in increasing x, as a direct sum would
        for (int k = 0; k <= half; k++) {
            int ia = k * q;
            int ib = (d + k) * q;
            int ic = (2 * d + k) * q;
            int idx = 0;
            for (int x = 0; x < d; x++) {
                double cs = cos[idx];
                double sn = sin[idx];
                int ix = x * q;
                for (int j = 0; j < q; j++) {
                    double va = at[ix + j];
                    double vb = bt[ix + j];
                    double vw = wt[ix + j];
                    re[ia + j] += va * cs;
                    im[ia + j] -= va * sn;
                    re[ib + j] += vb * cs;
                    im[ib + j] -= vb * sn;
                    re[ic + j] += vw * cs;
                    im[ic + j] += vw * sn;
                }
                idx += k;
                if (idx >= d) {
                    idx -= d;
                }
            }
        }
        for (int p = 0; p < 3; p++) {
            for (int k = 1; k <= half; k++) {
                int mk = d - k;
                if (mk == k) {
                    continue;
                }
                for (int j = 0; j < q; j++) {
                    re[(p * d + mk) * q + j] = re[(p * d + k) * q + j];
                    im[(p * d + mk) * q + j] = -im[(p * d + k) * q + j];
                }
            }
        }
        return new FourierNet(d, q, re, im);
    }

    /**
     * The real weights of this net, with the default conjugate-symmetry tolerance {@link
     * #SYMMETRY_TOLERANCE} (relative to the largest coefficient modulus).
     *
     * @return real weights \(U_a[j,x] = \sum_k A_{kj}\omega^{kx}\), \(W[c,j] = \sum_k
     *     C_{kj}\omega^{-kc}\)
     * @throws IllegalArgumentException if the coefficients are not conjugate-symmetric
     * @see #toReal(double)
     */
    public RealWeights toReal() {
        return toReal(SYMMETRY_TOLERANCE);
    }

    /**
     * The real weights of this net (inverse of {@link #fromReal(RealWeights)}).
     *
     * <p>Requires conjugate symmetry: \(|z_{p,-k,j} - \overline{z_{p,k,j}}| \le \tau \cdot M\) for
     * every entry, where \(M\) is the largest coefficient modulus of the net and \(\tau\) the
     * relative tolerance (and \(|\mathrm{Im}\, z_{p,0,j}| \le \tau M\), likewise at \(k = d/2\) for
     * even d). The symmetrised coefficients \(\tfrac12(z_k + \overline{z_{-k}})\) are transformed,
     * so the result is real by construction. Cost O(d · number of non-zero coefficients).
     *
     * @param relativeTolerance \(\tau \ge 0\)
     * @return the real weights
     * @throws IllegalArgumentException if the tolerance is negative or NaN, or the coefficients are
     *     not conjugate-symmetric (the message names the worst entry)
     */
    public RealWeights toReal(double relativeTolerance) {
        RealWeights.checkTolerance("relativeTolerance", relativeTolerance);
        double scale = maxModulus();
        double worst = 0;
        int worstIndex = -1;
        for (int i = 0; i < re.length; i++) {
            double e = asymmetry(i);
            if (e > worst) {
                worst = e;
                worstIndex = i;
            }
        }
        if (worst > relativeTolerance * scale) {
            int j = worstIndex % q;
            int pk = worstIndex / q;
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "coefficients are not conjugate-symmetric: |z[%s][%d][%d] - conj(z[%s][%d][%d])| = %.3e "
                                    + "exceeds %.3e (= relative tolerance %.1e x largest modulus %.3e); real weights need "
                                    + "z[p][-k][j] = conj(z[p][k][j])",
                            Part.values()[pk / d],
                            pk % d,
                            j,
                            Part.values()[pk / d],
                            (d - pk % d) % d,
                            j,
                            worst,
                            relativeTolerance * scale,
                            relativeTolerance,
                            scale));
        }
        double[] ua = new double[q * d];
        double[] ub = new double[q * d];
        double[] w = new double[d * q];
        double[] cos = Twiddles.cos(d);
        double[] sin = Twiddles.sin(d);
        double[] tmp = new double[d];
        for (int p = 0; p < 3; p++) {
            double sign = p == 2 ? -1.0 : 1.0;
            for (int j = 0; j < q; j++) {
                Arrays.fill(tmp, 0.0);
                for (int k = 0; k <= d / 2; k++) {
                    int mk = (d - k) % d;
                    int i = (p * d + k) * q + j;
                    int m = (p * d + mk) * q + j;
                    double ar = 0.5 * (re[i] + re[m]);
                    double ai = 0.5 * (im[i] - im[m]);
                    if (ar == 0 && ai == 0) {
                        continue;
                    }
                    // Both k and -k contribute 2 Re(z w^{kx}) unless k = -k (then Re z only).
                    double f = (mk == k) ? 1.0 : 2.0;
                    double fr = f * ar;
                    double fi = f * ai * sign;
                    if (mk == k) {
                        fi = 0;
                    }
                    int idx = 0;
                    for (int x = 0; x < d; x++) {
                        tmp[x] += fr * cos[idx] - fi * sin[idx];
                        idx += k;
                        if (idx >= d) {
                            idx -= d;
                        }
                    }
                }
                if (p == 0) {
                    System.arraycopy(tmp, 0, ua, j * d, d);
                } else if (p == 1) {
                    System.arraycopy(tmp, 0, ub, j * d, d);
                } else {
                    for (int c = 0; c < d; c++) {
                        w[c * q + j] = tmp[c];
                    }
                }
            }
        }
        return RealWeights.wrap(d, q, ua, ub, w);
    }

    /**
     * The group size d.
     *
     * @return d
     */
    public int d() {
        return d;
    }

    /**
     * The order ord(z) = q, the number of hidden nodes.
     *
     * @return q
     */
    public int order() {
        return q;
    }

    /**
     * Real part of \(z_{pkj}\).
     *
     * @param p the part
     * @param k the frequency in [0, d)
     * @param j the node in [0, q)
     * @return \(\mathrm{Re}\, z_{pkj}\)
     * @throws IndexOutOfBoundsException if k or j is out of range
     */
    public double re(Part p, int k, int j) {
        return re[index(p, k, j)];
    }

    /**
     * Imaginary part of \(z_{pkj}\).
     *
     * @param p the part
     * @param k the frequency in [0, d)
     * @param j the node in [0, q)
     * @return \(\mathrm{Im}\, z_{pkj}\)
     * @throws IndexOutOfBoundsException if k or j is out of range
     */
    public double im(Part p, int k, int j) {
        return im[index(p, k, j)];
    }

    /**
     * The coefficient \(z_{pkj}\).
     *
     * @param p the part
     * @param k the frequency in [0, d)
     * @param j the node in [0, q)
     * @return \(z_{pkj}\)
     * @throws IndexOutOfBoundsException if k or j is out of range
     */
    public Complex coefficient(Part p, int k, int j) {
        int i = index(p, k, j);
        return Complex.of(re[i], im[i]);
    }

    private int index(Part p, int k, int j) {
        Objects.requireNonNull(p, "p");
        if (k < 0 || k >= d || j < 0 || j >= q) {
            throw new IndexOutOfBoundsException(
                    String.format(
                            Locale.ROOT, "(k, j) = (%d, %d) outside Z_%d x [0, %d)", k, j, d, q));
        }
        return (p.ordinal() * d + k) * q + j;
    }

    /**
     * Flat copy of the real parts, layout {@code [(p*d + k)*q + j]}.
     *
     * @return a copy of the real parts
     */
    public double[] reFlat() {
        return re.clone();
    }

    /**
     * Flat copy of the imaginary parts, layout {@code [(p*d + k)*q + j]}.
     *
     * @return a copy of the imaginary parts
     */
    public double[] imFlat() {
        return im.clone();
    }

    double[] reRaw() {
        return re;
    }

    double[] imRaw() {
        return im;
    }

    /**
     * The sub-net of the chosen nodes, in the given order (repetitions allowed).
     *
     * @param nodes node indices in [0, q)
     * @return the net with those nodes
     * @throws IllegalArgumentException if an index is out of range
     */
    public FourierNet select(int[] nodes) {
        Objects.requireNonNull(nodes, "nodes");
        for (int n : nodes) {
            if (n < 0 || n >= q) {
                throw new IllegalArgumentException(
                        String.format(Locale.ROOT, "node index (%d) must be in [0, %d)", n, q));
            }
        }
        int nq = nodes.length;
        double[] r = new double[3 * d * nq];
        double[] s = new double[3 * d * nq];
        for (int pk = 0; pk < 3 * d; pk++) {
            for (int t = 0; t < nq; t++) {
                r[pk * nq + t] = re[pk * q + nodes[t]];
                s[pk * nq + t] = im[pk * q + nodes[t]];
            }
        }
        return new FourierNet(d, nq, r, s);
    }

    /**
     * Scales the parts by real factors: \((A, B, C) \mapsto (s_a A, s_b B, s_c C)\). Every abc sum
     * potential scales by \(s_a s_b s_c\), \(r_{a,\cdot}\) by \(s_a^2 s_c\), \(r_{b,\cdot}\) by
     * \(s_b^2 s_c\).
     *
     * @param sa factor of the a-part
     * @param sb factor of the b-part
     * @param sc factor of the c-part
     * @return the scaled net
     * @throws IllegalArgumentException if a factor is not finite
     */
    public FourierNet scale(double sa, double sb, double sc) {
        double[] f = {sa, sb, sc};
        for (int p = 0; p < 3; p++) {
            if (!Double.isFinite(f[p])) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "scale factor of part %s (%s) must be finite",
                                Part.values()[p],
                                f[p]));
            }
        }
        double[] r = new double[re.length];
        double[] s = new double[im.length];
        int n = d * q;
        for (int p = 0; p < 3; p++) {
            for (int i = p * n; i < (p + 1) * n; i++) {
                r[i] = re[i] * f[p];
                s[i] = im[i] * f[p];
            }
        }
        return new FourierNet(d, q, r, s);
    }

    /**
     * Multiplies the c-part at frequency k by \(\lambda\) and at \(-k\) by \(\bar\lambda\) (all
     * nodes), which keeps conjugate symmetry; every sum potential with output frequency k is
     * multiplied by \(\lambda\).
     *
     * @param k the frequency, in [1, d) with \(2k \ne 0 \bmod d\)
     * @param lambda the factor
     * @return the rescaled net
     * @throws IllegalArgumentException if k is out of range or lambda not finite
     */
    public FourierNet scaleOutput(int k, Complex lambda) {
        checkBlockFrequency(d, k);
        Objects.requireNonNull(lambda, "lambda");
        double lr = lambda.re();
        double li = lambda.im();
        if (!Double.isFinite(lr) || !Double.isFinite(li)) {
            throw new IllegalArgumentException("lambda (" + lambda + ") must be finite");
        }
        double[] r = re.clone();
        double[] s = im.clone();
        for (int t = 0; t < 2; t++) {
            int kk = t == 0 ? k : d - k;
            double si = t == 0 ? li : -li;
            for (int j = 0; j < q; j++) {
                int i = (2 * d + kk) * q + j;
                double x = r[i];
                double y = s[i];
                r[i] = x * lr - y * si;
                s[i] = x * si + y * lr;
            }
        }
        return new FourierNet(d, q, r, s);
    }

    /**
     * Adds \(\gamma\) to \(C_{k,j}\) and \(\bar\gamma\) to \(C_{-k,j}\) for the chosen nodes: a
     * real output component \(2\,\mathrm{Re}(\gamma\,\omega^{-kc})\) added to those nodes' output
     * vectors (the bias cancellation step of z_{F4/6}, docs/cogs-math.md §6.3).
     *
     * @param nodes node indices in [0, q)
     * @param k the output frequency, in [1, d) with \(2k \ne 0 \bmod d\)
     * @param gamma the added coefficient
     * @return the modified net
     * @throws IllegalArgumentException if an index or k is out of range or gamma is not finite
     */
    public FourierNet withOutputShift(int[] nodes, int k, Complex gamma) {
        Objects.requireNonNull(nodes, "nodes");
        checkBlockFrequency(d, k);
        Objects.requireNonNull(gamma, "gamma");
        if (!Double.isFinite(gamma.re()) || !Double.isFinite(gamma.im())) {
            throw new IllegalArgumentException("gamma (" + gamma + ") must be finite");
        }
        double[] r = re.clone();
        double[] s = im.clone();
        for (int n : nodes) {
            if (n < 0 || n >= q) {
                throw new IllegalArgumentException(
                        String.format(Locale.ROOT, "node index (%d) must be in [0, %d)", n, q));
            }
            r[(2 * d + k) * q + n] += gamma.re();
            s[(2 * d + k) * q + n] += gamma.im();
            r[(2 * d + d - k) * q + n] += gamma.re();
            s[(2 * d + d - k) * q + n] -= gamma.im();
        }
        return new FourierNet(d, q, r, s);
    }

    /**
     * Applies {@link #withOutputShift(int[], int, Complex)} for every frequency k with a non-null
     * {@code gammas[k]} at once (one copy of the coefficients instead of one per frequency).
     *
     * @param nodes node indices in [0, q)
     * @param gammas {@code gammas[k]} is added at output frequency k (null = nothing); length at
     *     most (d + 1)/2, so that 2k &lt; d
     * @return the modified net
     * @throws IllegalArgumentException if an index is out of range, the array is too long, or a
     *     value is not finite
     */
    public FourierNet withOutputShifts(int[] nodes, Complex[] gammas) {
        Objects.requireNonNull(nodes, "nodes");
        Objects.requireNonNull(gammas, "gammas");
        if (gammas.length > (d + 1) / 2) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "gammas has length %d but frequencies must satisfy 2k < d, i.e. length <= %d",
                            gammas.length,
                            (d + 1) / 2));
        }
        for (int n : nodes) {
            if (n < 0 || n >= q) {
                throw new IllegalArgumentException(
                        String.format(Locale.ROOT, "node index (%d) must be in [0, %d)", n, q));
            }
        }
        double[] r = re.clone();
        double[] s = im.clone();
        for (int k = 1; k < gammas.length; k++) {
            Complex g = gammas[k];
            if (g == null) {
                continue;
            }
            if (!Double.isFinite(g.re()) || !Double.isFinite(g.im())) {
                throw new IllegalArgumentException("gammas[" + k + "] (" + g + ") must be finite");
            }
            for (int n : nodes) {
                r[(2 * d + k) * q + n] += g.re();
                s[(2 * d + k) * q + n] += g.im();
                r[(2 * d + d - k) * q + n] += g.re();
                s[(2 * d + d - k) * q + n] -= g.im();
            }
        }
        return new FourierNet(d, q, r, s);
    }

    /**
     * Removes the output mean: sets \(C_{0j} = 0\) for every node, i.e. \(w_j \mapsto P_\perp
     * w_j\). The loss is unchanged (the projection \(P_\perp\) ignores output frequency 0).
     *
     * @return the net with zero-mean output weights
     */
    public FourierNet projectOutput() {
        double[] r = re.clone();
        double[] s = im.clone();
        int base = 2 * d * q;
        java.util.Arrays.fill(r, base, base + q, 0.0);
        java.util.Arrays.fill(s, base, base + q, 0.0);
        return new FourierNet(d, q, r, s);
    }

    /**
     * The net \(-z\) obtained by negating the c-part only: every sum potential changes sign,
     * \(r(-z) = -r(z)\) (docs/cogs-math.md §4); in real space the output weights are negated.
     *
     * @return the net with negated c-part
     */
    public FourierNet negateOutput() {
        return scale(1, 1, -1);
    }

    /**
     * The largest coefficient modulus \(\max_{p,k,j} |z_{pkj}|\) (0 for the empty net).
     *
     * @return the largest modulus
     */
    public double maxModulus() {
        double m = 0;
        for (int i = 0; i < re.length; i++) {
            double a = Moduli.of(re[i], im[i]);
            if (a > m) {
                m = a;
            }
        }
        return m;
    }

    /**
     * Whether the coefficients are conjugate-symmetric within a relative tolerance (see {@link
     * #toReal(double)}).
     *
     * @param relativeTolerance \(\tau \ge 0\)
     * @return true if real weights exist within the tolerance
     * @throws IllegalArgumentException if the tolerance is negative or NaN
     */
    public boolean isConjugateSymmetric(double relativeTolerance) {
        RealWeights.checkTolerance("relativeTolerance", relativeTolerance);
        double bound = relativeTolerance * maxModulus();
        for (int i = 0; i < re.length; i++) {
            if (!(asymmetry(i) <= bound)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The distance of entry {@code i = (p*d + k)*q + j} from conjugate symmetry, \(|z_{p,k,j} -
     * \overline{z_{p,-k,j}}|\).
     */
    private double asymmetry(int i) {
        int pk = i / q;
        int k = pk % d;
        int m = (pk - k + (d - k) % d) * q + i % q;
        return Moduli.of(re[i] - re[m], im[i] + im[m]);
    }

    /**
     * Entry-wise closeness in the same node order: \(|z_{pkj} - z'_{pkj}| \le \varepsilon\) for all
     * entries.
     *
     * @param other another net
     * @param tolerance absolute tolerance \(\varepsilon \ge 0\)
     * @return true if same d, same order and all entries close
     * @throws IllegalArgumentException if the tolerance is negative or NaN
     */
    public boolean isClose(FourierNet other, double tolerance) {
        Objects.requireNonNull(other, "other");
        RealWeights.checkTolerance("tolerance", tolerance);
        if (d != other.d || q != other.q) {
            return false;
        }
        for (int i = 0; i < re.length; i++) {
            if (!(Moduli.of(re[i] - other.re[i], im[i] - other.im[i]) <= tolerance)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof FourierNet)) {
            return false;
        }
        FourierNet z = (FourierNet) o;
        return d == z.d && q == z.q && Arrays.equals(re, z.re) && Arrays.equals(im, z.im);
    }

    @Override
    public int hashCode() {
        return Objects.hash(d, q, Arrays.hashCode(re), Arrays.hashCode(im));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "FourierNet[d=%d, order=%d]", d, q);
    }
}
