package dev.cogs.algebra.weights;

import dev.cogs.algebra.Complex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The partial solutions (generators) of docs/cogs-math.md §5 and the global solutions of
 * docs/cogs-math.md §6 (arXiv:2410.01779), as static factories returning {@link FourierNet}s.
 *
 * <p>Generators live at one frequency k (value v at k, \(\bar v\) at −k, 0 elsewhere); columns are
 * nodes and every column has \(a\,b\,c = 1\) (\(\omega_3 = e^{2\pi i/3}\)):
 *
 * <table>
 *   <caption>Generators</caption>
 *   <tr><th>block</th><th>order</th><th>a</th><th>b</th><th>c</th></tr>
 *   <tr><td>{@link #syn}</td><td>3</td><td>[1, ω₃, ω₃²]</td><td>[1, ω₃, ω₃²]</td><td>[1, ω₃, ω₃²]</td></tr>
 *   <tr><td>{@link #synAlphaBeta}</td><td>3</td><td>[1, αω₃, βω₃²]</td><td>[1, ᾱω₃, β̄ω₃²]</td>
 *       <td>[1, ω₃, ω₃²]</td></tr>
 *   <tr><td>{@link #nu}</td><td>2</td><td>[1, ν]</td><td>[1, −ν]</td><td>[1, −ν⁻²]</td></tr>
 *   <tr><td>{@link #nuI}</td><td>2</td><td>[1, i]</td><td>[1, −i]</td><td>[1, 1]</td></tr>
 *   <tr><td>{@link #xi}</td><td>2</td><td>[1, ξ]</td><td>[1, ∓iξ⁻¹]</td><td>[1, ±i]</td></tr>
 * </table>
 *
 * Products in the {@link WeightSemiring} union zero sets of sum potentials; {@link #normalised}
 * rescales a block to the target \(r_{kkk} = 1/(2d)\). A global solution is a sum of normalised
 * blocks, e.g.
 *
 * <pre>{@code
 * WeightSemiring ring = WeightSemiring.over(d);
 * FourierNet net = ring.zero();
 * for (int k = 1; k <= (d - 1) / 2; k++) {
 *     FourierNet block = ring.multiply(Constructions.nu(d, k, nu), Constructions.syn(d, k));
 *     net = ring.add(net, Constructions.normalised(block, k));
 * }
 * // net equals Constructions.f6(d, nu): loss 0 on all d^2 pairs
 * }</pre>
 */
public final class Constructions {

    private static final Complex OMEGA3 = Complex.of(-0.5, Math.sqrt(3) / 2);
    private static final Complex OMEGA3_SQ = Complex.of(-0.5, -Math.sqrt(3) / 2);

    private Constructions() {}

    /**
     * \(z_{syn}\) at frequency k: order 3, a = b = c = [1, ω₃, ω₃²]; unnormalised abc = 3, aac =
     * bbc = 3.
     *
     * @param d the group size, at least 3
     * @param k the frequency, in [1, d) with 2k ≠ 0 mod d
     * @return the block
     * @throws IllegalArgumentException if d or k is invalid
     */
    public static FourierNet syn(int d, int k) {
        Complex[] v = {Complex.ONE, OMEGA3, OMEGA3_SQ};
        return FourierNet.block(d, k, v, v, v);
    }

    /**
     * \(z_{syn,\alpha\beta}\) at frequency k: order 3, a = [1, αω₃, βω₃²], b = [1, ᾱω₃, β̄ω₃²], c =
     * [1, ω₃, ω₃²]. The zero pattern of docs/cogs-math.md §5 holds for unit α, β.
     *
     * @param d the group size, at least 3
     * @param k the frequency
     * @param alpha α, finite and non-zero
     * @param beta β, finite and non-zero
     * @return the block
     * @throws IllegalArgumentException if d, k, α or β is invalid
     */
    public static FourierNet synAlphaBeta(int d, int k, Complex alpha, Complex beta) {
        checkNonZero(alpha, "alpha");
        checkNonZero(beta, "beta");
        Complex[] a = {Complex.ONE, alpha.multiply(OMEGA3), beta.multiply(OMEGA3_SQ)};
        Complex[] b = {
            Complex.ONE, alpha.conjugate().multiply(OMEGA3), beta.conjugate().multiply(OMEGA3_SQ)
        };
        Complex[] c = {Complex.ONE, OMEGA3, OMEGA3_SQ};
        return FourierNet.block(d, k, a, b, c);
    }

    /**
     * \(z_\nu = 1 + u_\nu\) at frequency k: order 2, a = [1, ν], b = [1, −ν], c = [1, −ν⁻²];
     * unnormalised abc = 2, aac = bbc = 0 for every ν ≠ 0.
     *
     * @param d the group size, at least 3
     * @param k the frequency
     * @param nu ν, finite and non-zero
     * @return the block
     * @throws IllegalArgumentException if d, k or ν is invalid (in particular ν = 0)
     */
    public static FourierNet nu(int d, int k, Complex nu) {
        checkNonZero(nu, "nu");
        Complex c2 = nu.multiply(nu).reciprocal().negate();
        return FourierNet.block(
                d,
                k,
                new Complex[] {Complex.ONE, nu},
                new Complex[] {Complex.ONE, nu.negate()},
                new Complex[] {Complex.ONE, c2});
    }

    /**
     * \(z_{\nu=i}\) at frequency k: order 2, a = [1, i], b = [1, −i], c = [1, 1]; unnormalised abc
     * = ab^c = 2, a^ac = b^bc = 2, all other per-frequency potentials 0.
     *
     * @param d the group size, at least 3
     * @param k the frequency
     * @return the block
     * @throws IllegalArgumentException if d or k is invalid
     */
    public static FourierNet nuI(int d, int k) {
        return FourierNet.block(
                d,
                k,
                new Complex[] {Complex.ONE, Complex.I},
                new Complex[] {Complex.ONE, Complex.I.negate()},
                new Complex[] {Complex.ONE, Complex.ONE});
    }

    /**
     * \(z_\xi\) at frequency k: order 2, a = [1, ξ], b = [1, ∓iξ⁻¹], c = [1, ±i] (upper sign for
     * {@link ImaginaryUnit#PLUS_I}); ab^c = 0 for every ξ ≠ 0.
     *
     * @param d the group size, at least 3
     * @param k the frequency
     * @param xi ξ, finite and non-zero
     * @param c2 the choice c₂ = ±i
     * @return the block
     * @throws IllegalArgumentException if d, k or ξ is invalid
     */
    public static FourierNet xi(int d, int k, Complex xi, ImaginaryUnit c2) {
        checkNonZero(xi, "xi");
        Objects.requireNonNull(c2, "c2");
        Complex c = Complex.of(0, c2.sign());
        Complex b2 = Complex.of(0, -c2.sign()).multiply(xi.reciprocal());
        return FourierNet.block(
                d,
                k,
                new Complex[] {Complex.ONE, xi},
                new Complex[] {Complex.ONE, b2},
                new Complex[] {Complex.ONE, c});
    }

    /**
     * Rescales a block so that \(r_{kkk} = 1/(2d)\) (docs/cogs-math.md §5): with \(r = r_{kkk}(z)\)
     * and \(s = (1/(2d|r|))^{1/3}\), the a- and b-parts are multiplied by s and the c-part by s,
     * with the phase \(\bar r/|r|\) applied at k (its conjugate at −k). For unit-modulus columns
     * this is the weight-decay-balanced scale \(|A_k| = |B_k| = |C_k| = (1/(2d\,q_k))^{1/3}\).
     *
     * @param block a net (typically one frequency group)
     * @param k the frequency of the target potential
     * @return the rescaled net
     * @throws IllegalArgumentException if k is invalid or \(r_{kkk}(z) = 0\)
     */
    public static FourierNet normalised(FourierNet block, int k) {
        Objects.requireNonNull(block, "block");
        int d = block.d();
        FourierNet.checkBlockFrequency(d, k);
        Complex r = SumPotentials.abc(d, k, k, k).valueAt(block);
        double mod = r.abs();
        if (!(mod > 0)) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "r_kkk at k = %d is %s; a block must have r_kkk != 0 to be normalised",
                            k,
                            r));
        }
        double s = Math.cbrt(1.0 / (2.0 * d * mod));
        return block.scale(s, s, s).scaleOutput(k, r.conjugate().divide(mod));
    }

    /**
     * z_{F6} (docs/cogs-math.md §6.1): \(\sum_{k=1}^{(d-1)/2}\) normalised \(z_\nu * z_{syn}\) at
     * k; order 3(d−1); a global optimum for every ν ≠ 0.
     *
     * @param d an odd group size, at least 3
     * @param nu ν ≠ 0, the same at every frequency
     * @return the net
     * @throws IllegalArgumentException if d is even or &lt; 3, or ν = 0
     */
    public static FourierNet f6(int d, Complex nu) {
        checkOdd(d);
        checkNonZero(nu, "nu");
        WeightSemiring ring = WeightSemiring.over(d);
        List<FourierNet> blocks = new ArrayList<>();
        for (int k = 1; k <= (d - 1) / 2; k++) {
            blocks.add(order6(ring, k, nu));
        }
        return ring.sum(blocks);
    }

    /**
     * The normalised order-6 block \(z_\nu * z_{syn}\) at frequency k.
     *
     * @param d an odd group size, at least 3
     * @param k the frequency
     * @param nu ν ≠ 0
     * @return the block, order 6
     * @throws IllegalArgumentException if d, k or ν is invalid
     */
    public static FourierNet order6Block(int d, int k, Complex nu) {
        checkOdd(d);
        checkNonZero(nu, "nu");
        return order6(WeightSemiring.over(d), k, nu);
    }

    /**
     * The normalised order-4 block \(z_{\nu=i} * z_\xi\) (c₂ = +i) at frequency k; it satisfies
     * R_g, R_c, R_* but leaves the bias \(\beta_k = 2(r_{a,k,-k,k} + r_{b,k,-k,k})\)
     * (docs/cogs-math.md §6.2).
     *
     * @param d an odd group size, at least 3
     * @param k the frequency
     * @param xi ξ ≠ 0
     * @return the block, order 4
     * @throws IllegalArgumentException if d, k or ξ is invalid
     */
    public static FourierNet order4Block(int d, int k, Complex xi) {
        checkOdd(d);
        checkNonZero(xi, "xi");
        return order4(WeightSemiring.over(d), k, xi);
    }

    private static FourierNet order6(WeightSemiring ring, int k, Complex nu) {
        int d = ring.d();
        return normalised(ring.multiply(nu(d, k, nu), syn(d, k)), k);
    }

    private static FourierNet order4(WeightSemiring ring, int k, Complex xi) {
        int d = ring.d();
        return normalised(ring.multiply(nuI(d, k), xi(d, k, xi, ImaginaryUnit.PLUS_I)), k);
    }

    /**
     * z_{F4} (docs/cogs-math.md §6.2): \(\sum_k\) normalised \(z_{\nu=i} * z_\xi\) (c₂ = +i); order
     * 2(d−1). <b>Not</b> a global optimum: every block leaves an uncancelled bias, \(\ell =
     * 2(d-1)/d\) for |ξ| = 1.
     *
     * @param d an odd group size, at least 3
     * @param xi ξ ≠ 0
     * @return the net
     * @throws IllegalArgumentException if d is even or &lt; 3, or ξ = 0
     */
    public static FourierNet f4(int d, Complex xi) {
        checkOdd(d);
        checkNonZero(xi, "xi");
        WeightSemiring ring = WeightSemiring.over(d);
        List<FourierNet> blocks = new ArrayList<>();
        for (int k = 1; k <= (d - 1) / 2; k++) {
            blocks.add(order4(ring, k, xi));
        }
        return ring.sum(blocks);
    }

    /**
     * z_{F4/6} (docs/cogs-math.md §6.3): normalised order-4 blocks \(z_{\nu=i} * z_\xi\) at every
     * \(k \ne k_0\), one normalised order-6 block \(z_\nu * z_{syn}\) at \(k_0\), and the order-4
     * biases cancelled through the output weights of the six \(k_0\)-nodes: for every \(k \ne
     * k_0\), \(\gamma_k = -\beta_k / (2\sum_{j\in k_0}(|A_{k_0j}|^2 + |B_{k_0j}|^2))\) is added to
     * \(C_{kj}\) (\(\bar\gamma_k\) to \(C_{-k,j}\)). Order 4((d−1)/2 − 1) + 6 = 2d. A global
     * optimum iff |ν| = 1 (then \(\sum_j a_jb_j = \sum_j \bar a_jb_j = \sum_j a_j^2 = \sum_j b_j^2
     * = 0\) on the \(k_0\) block).
     *
     * @param d an odd group size, at least 5
     * @param nu ν ≠ 0 of the order-6 block (use |ν| = 1 for a global optimum)
     * @param xi ξ ≠ 0 of the order-4 blocks
     * @param k0 the order-6 frequency, in [1, (d−1)/2]
     * @return the net, blocks in frequency order
     * @throws IllegalArgumentException if d is even or &lt; 3, k0 is out of range, or ν or ξ is 0
     */
    public static FourierNet f46(int d, Complex nu, Complex xi, int k0) {
        checkOdd(d);
        checkNonZero(nu, "nu");
        checkNonZero(xi, "xi");
        int h = (d - 1) / 2;
        if (k0 < 1 || k0 > h) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "frequency k0 (%d) must be in [1, (d-1)/2] = [1, %d]",
                            k0,
                            h));
        }
        WeightSemiring ring = WeightSemiring.over(d);
        FourierNet six = order6(ring, k0, nu);
        double mass = 0;
        for (int j = 0; j < six.order(); j++) {
            mass += sq(six, Part.A, k0, j) + sq(six, Part.B, k0, j);
        }
        int[] sixNodes = new int[six.order()];
        for (int j = 0; j < sixNodes.length; j++) {
            sixNodes[j] = j;
        }
        List<FourierNet> blocks = new ArrayList<>();
        Complex[] gammas = new Complex[h + 1];
        for (int k = 1; k <= h; k++) {
            if (k == k0) {
                blocks.add(six);
                continue;
            }
            FourierNet four = order4(ring, k, xi);
            Complex beta =
                    SumPotentials.ppc(Part.A, d, k, d - k, k)
                            .valueAt(four)
                            .add(SumPotentials.ppc(Part.B, d, k, d - k, k).valueAt(four))
                            .multiply(2.0);
            gammas[k] = beta.divide(-2.0 * mass);
            blocks.add(four);
        }
        FourierNet shifted = six.withOutputShifts(sixNodes, gammas);
        blocks.set(k0 - 1, shifted);
        return ring.sum(blocks);
    }

    private static double sq(FourierNet z, Part p, int k, int j) {
        double r = z.re(p, k, j);
        double i = z.im(p, k, j);
        return r * r + i * i;
    }

    /**
     * The two order-d factors of perfect memorisation (docs/cogs-math.md §6.4): \(z_1 = (a:
     * \omega^{-kg}, b: 1, c: \omega^{kg})_{g\in\mathbb{Z}_d}\) and \(z_2 = (a: 1, b: \omega^{-kg},
     * c: \omega^{kg})_g\).
     *
     * @param d the group size, at least 3
     * @return the list [z₁, z₂]
     * @throws IllegalArgumentException if d &lt; 3
     */
    public static List<FourierNet> memorisationFactors(int d) {
        RealWeights.checkD(d);
        double[] cos = Twiddles.cos(d);
        double[] sin = Twiddles.sin(d);
        List<FourierNet> out = new ArrayList<>();
        for (int which = 0; which < 2; which++) {
            double[] re = new double[3 * d * d];
            double[] im = new double[3 * d * d];
            int shifted = which == 0 ? 0 : 1;
            int constant = which == 0 ? 1 : 0;
            for (int k = 0; k < d; k++) {
                for (int g = 0; g < d; g++) {
                    int t = (int) ((long) k * g % d);
                    re[(shifted * d + k) * d + g] = cos[t];
                    im[(shifted * d + k) * d + g] = -sin[t];
                    re[(constant * d + k) * d + g] = 1.0;
                    re[(2 * d + k) * d + g] = cos[t];
                    im[(2 * d + k) * d + g] = sin[t];
                }
            }
            out.add(FourierNet.wrap(d, d, re, im));
        }
        return List.copyOf(out);
    }

    /**
     * Perfect memorisation (docs/cogs-math.md §6.4), order d²: \(z_M = z_1 * z_2\) with the a- and
     * b-parts scaled by 1/d, the c-part by 1/(2d) and its k = 0 entry removed. In real space node
     * (g₁, g₂) has \(u_a = e_{g_1}\), \(u_b = e_{g_2}\), \(w = \tfrac12 P_\perp e_{g_1+g_2}\); a
     * global optimum.
     *
     * @param d the group size, at least 3
     * @return the net, node (g₁, g₂) at index g₁·d + g₂
     * @throws IllegalArgumentException if d &lt; 3
     */
    public static FourierNet memorisation(int d) {
        List<FourierNet> f = memorisationFactors(d);
        FourierNet product = WeightSemiring.over(d).multiply(f.get(0), f.get(1));
        return product.scale(1.0 / d, 1.0 / d, 1.0 / (2.0 * d)).projectOutput();
    }

    static void checkOdd(int d) {
        RealWeights.checkD(d);
        if (d % 2 == 0) {
            throw new IllegalArgumentException(
                    "group size d (" + d + ") must be odd for this construction");
        }
    }

    static void checkNonZero(Complex v, String name) {
        Objects.requireNonNull(v, name);
        if (!Double.isFinite(v.re()) || !Double.isFinite(v.im())) {
            throw new IllegalArgumentException(name + " (" + v + ") must be finite");
        }
        if (!(v.abs() > 0)) {
            throw new IllegalArgumentException(name + " (" + v + ") must be non-zero");
        }
    }
}
