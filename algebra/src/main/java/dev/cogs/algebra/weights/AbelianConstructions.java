package dev.cogs.algebra.weights;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.group.CharacterGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The generators and global constructions of docs/cogs-math.md §5–§6 over any finite abelian group
 * \(G\) (docs/cogs-math.md §14.3–§14.5), as static factories returning {@link GroupNet}s.
 *
 * <p>A block lives at one conjugate pair \(\{\chi, \overline\chi\}\) of non-trivial characters.
 * Characters of order ≥ 3 (\(\chi \ne \overline\chi\), "complex") take the blocks of the paper,
 * exactly as over \(\mathbb{Z}_d\): {@link #syn}, {@link #synAlphaBeta}, {@link #nu}, {@link #nuI},
 * {@link #xi} and their products. Characters of order 2 (\(\chi = \overline\chi\), "real"; they
 * exist iff |G| is even) need real coefficients, which rules out every block with ω₃ or i; there
 * the conditions reduce to the target \(r_{\chi\chi\chi} = 1/(2n)\) and the bias condition, and two
 * blocks serve (docs/cogs-math.md §14.3):
 *
 * <ul>
 *   <li>{@link #nu} with real ν, order 2 — a standalone solution at χ (its aac and bbc vanish);
 *   <li>{@link #single}, the node (1, 1, 1), order 1 — solves the target and leaves a bias that
 *       z_F4/6 cancels like the bias of an order-4 block.
 * </ul>
 *
 * <p>Global solutions over \(G\) with \(n = |G|\) and \(N_2\) characters of order 2
 * (docs/cogs-math.md §14.4–§14.5):
 *
 * <table>
 *   <caption>Orders</caption>
 *   <tr><th>net</th><th>complex pair</th><th>order-2 character</th><th>total order</th></tr>
 *   <tr><td>{@link #f6}</td><td>6</td><td>2</td><td>3(n − 1) − N₂</td></tr>
 *   <tr><td>{@link #f46}</td><td>4 (6 at k₀)</td><td>1</td><td>2n − N₂</td></tr>
 *   <tr><td>{@link #f4} (not global)</td><td>4</td><td>1</td><td>2(n − 1) − N₂, loss (2(n − 1) − N₂)/n</td></tr>
 * </table>
 *
 * For \(G = \mathbb{Z}_d\) (d odd, {@link GroupNet#fromCyclic}) every factory returns the same bits
 * as its {@link Constructions} counterpart.
 */
public final class AbelianConstructions {

    private static final Complex OMEGA3 = Complex.of(-0.5, Math.sqrt(3) / 2);
    private static final Complex OMEGA3_SQ = Complex.of(-0.5, -Math.sqrt(3) / 2);

    private AbelianConstructions() {}

    private static void checkComplex(CharacterGroup characters, int chi, String block) {
        Objects.requireNonNull(characters, "characters");
        GroupNet.checkNonTrivial(characters, chi);
        if (characters.conjugate(chi) == chi) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "%s needs a character of order >= 3 but character %d has order 2 (real): its coefficients "
                                    + "must be real (docs/cogs-math.md §14.3); use nu with a real parameter or single",
                            block,
                            chi));
        }
    }

    private static void checkReal(CharacterGroup characters, int chi, String block) {
        Objects.requireNonNull(characters, "characters");
        GroupNet.checkNonTrivial(characters, chi);
        if (characters.conjugate(chi) != chi) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "%s is a block for a character of order 2 but character %d has order %d",
                            block,
                            chi,
                            characters.order(chi)));
        }
    }

    /**
     * \(z_{syn}\) at χ: order 3, a = b = c = [1, ω₃, ω₃²] (docs/cogs-math.md §5.1).
     *
     * @param characters the character group
     * @param chi a character of order ≥ 3
     * @return the block
     * @throws IllegalArgumentException if χ is trivial, out of range or of order 2
     */
    public static GroupNet syn(CharacterGroup characters, int chi) {
        checkComplex(characters, chi, "z_syn");
        Complex[] v = {Complex.ONE, OMEGA3, OMEGA3_SQ};
        return GroupNet.block(characters, chi, v, v, v);
    }

    /**
     * \(z_{syn,\alpha\beta}\) at χ: order 3, a = [1, αω₃, βω₃²], b = [1, ᾱω₃, β̄ω₃²], c = [1, ω₃,
     * ω₃²].
     *
     * @param characters the character group
     * @param chi a character of order ≥ 3
     * @param alpha α, finite and non-zero
     * @param beta β, finite and non-zero
     * @return the block
     * @throws IllegalArgumentException if χ, α or β is invalid
     */
    public static GroupNet synAlphaBeta(
            CharacterGroup characters, int chi, Complex alpha, Complex beta) {
        checkComplex(characters, chi, "z_syn,ab");
        Constructions.checkNonZero(alpha, "alpha");
        Constructions.checkNonZero(beta, "beta");
        Complex[] a = {Complex.ONE, alpha.multiply(OMEGA3), beta.multiply(OMEGA3_SQ)};
        Complex[] b = {
            Complex.ONE, alpha.conjugate().multiply(OMEGA3), beta.conjugate().multiply(OMEGA3_SQ)
        };
        Complex[] c = {Complex.ONE, OMEGA3, OMEGA3_SQ};
        return GroupNet.block(characters, chi, a, b, c);
    }

    /**
     * \(z_\nu = 1 + u_\nu\) at χ: order 2, a = [1, ν], b = [1, −ν], c = [1, −ν⁻²]; aac = bbc = 0
     * for every ν ≠ 0. At a character of order 2, ν must be real, and then the block alone
     * satisfies every condition at χ (abc = 2, a^ac + b^bc = aac + bbc = 0; docs/cogs-math.md
     * §14.3).
     *
     * @param characters the character group
     * @param chi a non-trivial character
     * @param nu ν, finite and non-zero (real at a character of order 2)
     * @return the block
     * @throws IllegalArgumentException if χ or ν is invalid
     */
    public static GroupNet nu(CharacterGroup characters, int chi, Complex nu) {
        Objects.requireNonNull(characters, "characters");
        GroupNet.checkNonTrivial(characters, chi);
        Constructions.checkNonZero(nu, "nu");
        if (characters.conjugate(chi) == chi && nu.im() != 0) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "nu (%s) must be real at character %d of order 2 (docs/cogs-math.md §14.3)",
                            nu,
                            chi));
        }
        Complex c2 = nu.multiply(nu).reciprocal().negate();
        if (characters.conjugate(chi) == chi) {
            c2 = Complex.of(c2.re(), 0);
        }
        return GroupNet.block(
                characters,
                chi,
                new Complex[] {Complex.ONE, nu},
                new Complex[] {Complex.ONE, nu.negate()},
                new Complex[] {Complex.ONE, c2});
    }

    /**
     * \(z_{\nu=i}\) at χ: order 2, a = [1, i], b = [1, −i], c = [1, 1].
     *
     * @param characters the character group
     * @param chi a character of order ≥ 3
     * @return the block
     * @throws IllegalArgumentException if χ is invalid or of order 2
     */
    public static GroupNet nuI(CharacterGroup characters, int chi) {
        checkComplex(characters, chi, "z_nu=i");
        return GroupNet.block(
                characters,
                chi,
                new Complex[] {Complex.ONE, Complex.I},
                new Complex[] {Complex.ONE, Complex.I.negate()},
                new Complex[] {Complex.ONE, Complex.ONE});
    }

    /**
     * \(z_\xi\) at χ: order 2, a = [1, ξ], b = [1, ∓iξ⁻¹], c = [1, ±i].
     *
     * @param characters the character group
     * @param chi a character of order ≥ 3
     * @param xi ξ, finite and non-zero
     * @param c2 the choice c₂ = ±i
     * @return the block
     * @throws IllegalArgumentException if χ or ξ is invalid, or χ has order 2
     */
    public static GroupNet xi(CharacterGroup characters, int chi, Complex xi, ImaginaryUnit c2) {
        checkComplex(characters, chi, "z_xi");
        Constructions.checkNonZero(xi, "xi");
        Objects.requireNonNull(c2, "c2");
        Complex c = Complex.of(0, c2.sign());
        Complex b2 = Complex.of(0, -c2.sign()).multiply(xi.reciprocal());
        return GroupNet.block(
                characters,
                chi,
                new Complex[] {Complex.ONE, xi},
                new Complex[] {Complex.ONE, b2},
                new Complex[] {Complex.ONE, c});
    }

    /**
     * The single node (a, b, c) = (1, 1, 1) at a character of order 2: abc = 1, and it leaves the
     * bias \(R_a(1,\chi) + R_b(1,\chi) = aac + bbc = 2\) (unnormalised), to be cancelled by another
     * group (docs/cogs-math.md §14.3).
     *
     * @param characters the character group
     * @param chi a character of order 2
     * @return the block, order 1
     * @throws IllegalArgumentException if χ is invalid or not of order 2
     */
    public static GroupNet single(CharacterGroup characters, int chi) {
        checkReal(characters, chi, "single");
        Complex[] v = {Complex.ONE};
        return GroupNet.block(characters, chi, v, v, v);
    }

    /**
     * Rescales a block so that \(r_{\chi\chi\chi} = 1/(2n)\): with \(r = r_{\chi\chi\chi}(z)\) and
     * \(s = (1/(2n|r|))^{1/3}\) the three parts are multiplied by s and the c-part at χ by the
     * phase \(\bar r/|r|\) (its conjugate at \(\overline\chi\); ±1 at a character of order 2). This
     * is {@link Constructions#normalised} over \(G\).
     *
     * @param block a net (typically one block)
     * @param chi the character of the target potential, non-trivial
     * @return the rescaled net
     * @throws IllegalArgumentException if χ is invalid or \(r_{\chi\chi\chi}(z) = 0\)
     */
    public static GroupNet normalised(GroupNet block, int chi) {
        Objects.requireNonNull(block, "block");
        CharacterGroup characters = block.characters();
        GroupNet.checkNonTrivial(characters, chi);
        int d = block.size();
        Complex r = AbelianSumPotentials.abc(characters, chi, chi, chi).valueAt(block);
        double mod = r.abs();
        if (!(mod > 0)) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "r_kkk at character %d is %s; a block must have r_kkk != 0 to be normalised",
                            chi,
                            r));
        }
        double s = Math.cbrt(1.0 / (2.0 * d * mod));
        Complex phase = r.conjugate().divide(mod);
        if (characters.conjugate(chi) == chi) {
            phase = Complex.of(phase.re(), 0);
        }
        return block.scale(s, s, s).scaleOutput(chi, phase);
    }

    /**
     * The normalised order-6 block \(z_\nu * z_{syn}\) at a character of order ≥ 3: a solution at
     * \(\{\chi, \overline\chi\}\) on its own for every ν ≠ 0.
     *
     * @param characters the character group
     * @param chi a character of order ≥ 3
     * @param nu ν ≠ 0
     * @return the block, order 6
     * @throws IllegalArgumentException if χ or ν is invalid
     */
    public static GroupNet order6Block(CharacterGroup characters, int chi, Complex nu) {
        return order6(AbelianWeightSemiring.over(characters), chi, nu);
    }

    private static GroupNet order6(AbelianWeightSemiring ring, int chi, Complex nu) {
        CharacterGroup ch = ring.characters();
        return normalised(ring.multiply(nu(ch, chi, nu), syn(ch, chi)), chi);
    }

    /**
     * The normalised order-4 block \(z_{\nu=i} * z_\xi\) (c₂ = +i) at a character of order ≥ 3; it
     * leaves the bias \(\beta_\chi = 2(r_{a,\chi,\bar\chi,\chi} + r_{b,\chi,\bar\chi,\chi})\).
     *
     * @param characters the character group
     * @param chi a character of order ≥ 3
     * @param xi ξ ≠ 0
     * @return the block, order 4
     * @throws IllegalArgumentException if χ or ξ is invalid
     */
    public static GroupNet order4Block(CharacterGroup characters, int chi, Complex xi) {
        return order4(AbelianWeightSemiring.over(characters), chi, xi);
    }

    private static GroupNet order4(AbelianWeightSemiring ring, int chi, Complex xi) {
        CharacterGroup ch = ring.characters();
        return normalised(ring.multiply(nuI(ch, chi), xi(ch, chi, xi, ImaginaryUnit.PLUS_I)), chi);
    }

    /**
     * The normalised order-2 block \(z_\nu\) (ν real) at a character of order 2: a solution at χ on
     * its own.
     *
     * @param characters the character group
     * @param chi a character of order 2
     * @param nu real ν ≠ 0
     * @return the block, order 2
     * @throws IllegalArgumentException if χ is not of order 2 or ν is 0 or not finite
     */
    public static GroupNet order2Block(CharacterGroup characters, int chi, double nu) {
        checkReal(characters, chi, "order2Block");
        return normalised(nu(characters, chi, Complex.of(nu, 0)), chi);
    }

    /**
     * The normalised single node at a character of order 2: solves the target, leaves the bias
     * \(\beta_\chi = r_{a,\chi\chi\chi} + r_{b,\chi\chi\chi} = 1/n\).
     *
     * @param characters the character group
     * @param chi a character of order 2
     * @return the block, order 1
     * @throws IllegalArgumentException if χ is not of order 2
     */
    public static GroupNet order1Block(CharacterGroup characters, int chi) {
        return normalised(single(characters, chi), chi);
    }

    /**
     * z_F6 over G (docs/cogs-math.md §14.4): normalised \(z_\nu * z_{syn}\) at every complex pair
     * and normalised \(z_{\nu'}\) (ν' real) at every character of order 2, blocks in the order of
     * {@link CharacterGroup#pairRepresentatives()}. Order \(3(n-1) - N_2\); a global optimum for
     * all ν, ν' ≠ 0.
     *
     * @param characters the character group, \(|G| \ge 3\)
     * @param nu ν ≠ 0 of the order-6 blocks
     * @param realNu real ν' ≠ 0 of the order-2 blocks
     * @return the net
     * @throws IllegalArgumentException if ν or ν' is 0 or not finite, or \(|G| &lt; 3\)
     */
    public static GroupNet f6(CharacterGroup characters, Complex nu, double realNu) {
        Objects.requireNonNull(characters, "characters");
        Constructions.checkNonZero(nu, "nu");
        Constructions.checkNonZero(Complex.of(realNu, 0), "realNu");
        AbelianWeightSemiring ring = AbelianWeightSemiring.over(characters);
        List<GroupNet> blocks = new ArrayList<>();
        for (int k : characters.pairRepresentatives()) {
            if (characters.conjugate(k) == k) {
                blocks.add(order2Block(characters, k, realNu));
            } else {
                blocks.add(order6(ring, k, nu));
            }
        }
        return ring.sum(blocks);
    }

    /**
     * z_F6 with ν' = 1 at the characters of order 2.
     *
     * @param characters the character group, \(|G| \ge 3\)
     * @param nu ν ≠ 0
     * @return the net
     * @throws IllegalArgumentException if ν = 0 or \(|G| &lt; 3\)
     */
    public static GroupNet f6(CharacterGroup characters, Complex nu) {
        return f6(characters, nu, 1.0);
    }

    /**
     * The first complex pair representative, the default k₀ of {@link #f46}.
     *
     * @param characters the character group
     * @return the smallest character index of order ≥ 3 among {@link
     *     CharacterGroup#pairRepresentatives()}
     * @throws IllegalArgumentException if every non-trivial character has order 2 (G elementary
     *     abelian 2-group)
     */
    public static int defaultK0(CharacterGroup characters) {
        Objects.requireNonNull(characters, "characters");
        for (int k : characters.pairRepresentatives()) {
            if (characters.conjugate(k) != k) {
                return k;
            }
        }
        throw new IllegalArgumentException(
                String.format(
                        Locale.ROOT,
                        "group %s has no character of order >= 3 (it is an elementary abelian 2-group); z_F4/6 needs one to "
                                + "cancel the biases (docs/cogs-math.md §14.5)",
                        characters.decomposition().group().name()));
    }

    /**
     * z_F4/6 over G (docs/cogs-math.md §14.5): normalised order-4 blocks at every complex pair
     * except k₀, one normalised order-6 block \(z_\nu * z_{syn}\) at k₀, a normalised single node
     * at every character of order 2, and every bias \(\beta_\chi = R_a(1,\chi) + R_b(1,\chi)\)
     * cancelled through the output weights of the six k₀-nodes: \(\gamma_\chi = -\beta_\chi /
     * (2\sum_{j\in k_0}(|A_{k_0j}|^2 + |B_{k_0j}|^2))\) is added to their \(C_\chi\). Order \(2n -
     * N_2\); a global optimum iff |ν| = 1.
     *
     * @param characters the character group, \(|G| \ge 3\)
     * @param nu ν ≠ 0 of the order-6 block (|ν| = 1 for a global optimum)
     * @param xi ξ ≠ 0 of the order-4 blocks
     * @param k0 a complex pair representative ({@link CharacterGroup#pairRepresentatives()} of
     *     order ≥ 3)
     * @return the net, blocks in representative order
     * @throws IllegalArgumentException if k0 is not a complex representative, or ν or ξ is 0
     */
    public static GroupNet f46(CharacterGroup characters, Complex nu, Complex xi, int k0) {
        Objects.requireNonNull(characters, "characters");
        Constructions.checkNonZero(nu, "nu");
        Constructions.checkNonZero(xi, "xi");
        List<Integer> reps = characters.pairRepresentatives();
        if (!reps.contains(k0) || characters.conjugate(k0) == k0) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "k0 (%d) must be a pair representative of order >= 3, one of %s",
                            k0,
                            complexRepresentatives(characters)));
        }
        AbelianWeightSemiring ring = AbelianWeightSemiring.over(characters);
        GroupNet six = order6(ring, k0, nu);
        double mass = 0;
        for (int j = 0; j < six.order(); j++) {
            mass += sq(six, Part.A, k0, j) + sq(six, Part.B, k0, j);
        }
        int[] sixNodes = new int[six.order()];
        for (int j = 0; j < sixNodes.length; j++) {
            sixNodes[j] = j;
        }
        List<GroupNet> blocks = new ArrayList<>();
        Complex[] gammas = new Complex[characters.size()];
        int at = -1;
        for (int k : reps) {
            if (k == k0) {
                at = blocks.size();
                blocks.add(six);
                continue;
            }
            int mk = characters.conjugate(k);
            if (mk == k) {
                GroupNet one = order1Block(characters, k);
                double beta =
                        AbelianSumPotentials.ppc(Part.A, characters, k, k, k).valueAt(one).re()
                                + AbelianSumPotentials.ppc(Part.B, characters, k, k, k)
                                        .valueAt(one)
                                        .re();
                gammas[k] = Complex.of(beta / (-2.0 * mass), 0);
                blocks.add(one);
            } else {
                GroupNet four = order4(ring, k, xi);
                Complex beta =
                        AbelianSumPotentials.ppc(Part.A, characters, k, mk, k)
                                .valueAt(four)
                                .add(
                                        AbelianSumPotentials.ppc(Part.B, characters, k, mk, k)
                                                .valueAt(four))
                                .multiply(2.0);
                gammas[k] = beta.divide(-2.0 * mass);
                blocks.add(four);
            }
        }
        blocks.set(at, six.withOutputShifts(sixNodes, gammas));
        return ring.sum(blocks);
    }

    private static List<Integer> complexRepresentatives(CharacterGroup characters) {
        List<Integer> l = new ArrayList<>();
        for (int k : characters.pairRepresentatives()) {
            if (characters.conjugate(k) != k) {
                l.add(k);
            }
        }
        return l;
    }

    private static double sq(GroupNet z, Part p, int k, int j) {
        double r = z.re(p, k, j);
        double i = z.im(p, k, j);
        return r * r + i * i;
    }

    /**
     * z_F4 over G (docs/cogs-math.md §14.5): normalised order-4 blocks at every complex pair and
     * normalised single nodes at the characters of order 2, biases left uncancelled. <b>Not</b> a
     * global optimum: for |ξ| = 1 its loss is \((2(n-1) - N_2)/n\) ({@link #f4Loss}).
     *
     * @param characters the character group, \(|G| \ge 3\)
     * @param xi ξ ≠ 0
     * @return the net
     * @throws IllegalArgumentException if ξ = 0
     */
    public static GroupNet f4(CharacterGroup characters, Complex xi) {
        Objects.requireNonNull(characters, "characters");
        Constructions.checkNonZero(xi, "xi");
        AbelianWeightSemiring ring = AbelianWeightSemiring.over(characters);
        List<GroupNet> blocks = new ArrayList<>();
        for (int k : characters.pairRepresentatives()) {
            blocks.add(
                    characters.conjugate(k) == k
                            ? order1Block(characters, k)
                            : order4(ring, k, xi));
        }
        return ring.sum(blocks);
    }

    /**
     * The number \(N_2\) of characters of order 2 (= the number of elements of order 2).
     *
     * @param characters the character group
     * @return \(N_2\)
     */
    public static int orderTwoCount(CharacterGroup characters) {
        return Objects.requireNonNull(characters, "characters").ofOrderTwo().size();
    }

    /**
     * The order of {@link #f6}: \(3(n-1) - N_2\) (docs/cogs-math.md §14.4).
     *
     * @param characters the character group
     * @return the predicted order
     */
    public static int f6Order(CharacterGroup characters) {
        return 3 * (characters.size() - 1) - orderTwoCount(characters);
    }

    /**
     * The order of {@link #f46}: \(2n - N_2\) (docs/cogs-math.md §14.5).
     *
     * @param characters the character group
     * @return the predicted order
     */
    public static int f46Order(CharacterGroup characters) {
        return 2 * characters.size() - orderTwoCount(characters);
    }

    /**
     * The order of {@link #f4}: \(2(n-1) - N_2\).
     *
     * @param characters the character group
     * @return the predicted order
     */
    public static int f4Order(CharacterGroup characters) {
        return 2 * (characters.size() - 1) - orderTwoCount(characters);
    }

    /**
     * The loss of {@link #f4} for |ξ| = 1: \((2(n-1) - N_2)/n\) (docs/cogs-math.md §14.5;
     * \(2(d-1)/d\) over \(\mathbb{Z}_d\), docs/cogs-math.md §6.2).
     *
     * @param characters the character group
     * @return the predicted loss
     */
    public static double f4Loss(CharacterGroup characters) {
        return (2.0 * (characters.size() - 1) - orderTwoCount(characters)) / characters.size();
    }
}
