package dev.cogs.algebra.weights;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.group.CharacterGroup;
import dev.cogs.algebra.group.FiniteGroup;
import dev.cogs.algebra.group.FiniteGroups;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An element \(z\) of the CoGS weight semiring over a finite abelian group \(G\) (docs/cogs-math.md
 * §14): a two-layer quadratic net with q hidden nodes whose task is \(a \cdot b\) in \(G\), given
 * by its Fourier coefficients over the characters \(\chi \in \hat G\) of a {@link CharacterGroup}:
 * \[ A_{\chi j} = \tfrac1n \sum_{g\in G} U_a[j,g]\,\overline{\chi(g)},\quad B_{\chi j} = \tfrac1n
 * \sum_{g} U_b[j,g]\,\overline{\chi(g)},\quad C_{\chi j} = \tfrac1n \sum_{c} W[c,j]\,\chi(c), \]
 * \(n = |G|\), element g being the group's element index (docs/cogs-math.md §14.1). For \(G =
 * \mathbb{Z}_d\) ({@link FiniteGroups#cyclic(int)}) character k is \(\chi_k(g) = \omega^{kg}\) and
 * these are exactly the coefficients of {@link FourierNet} (docs/cogs-math.md §2); {@link
 * #fromCyclic(FourierNet)} and {@link #toCyclic()} convert without changing a bit.
 *
 * <p>Characters are addressed by their index in the {@link CharacterGroup} (0 is the trivial
 * character); \(\chi\) and \(\overline\chi\) are {@link CharacterGroup#conjugate(int) conjugate}.
 * Real weights exist exactly for conjugate-symmetric coefficients \(z_{p,\bar\chi,j} =
 * \overline{z_{p,\chi,j}}\); at a character of order 2 (\(\chi = \overline\chi\)) that means a real
 * coefficient.
 *
 * <p>Storage: a {@link FourierNet} over \(\mathbb{Z}_n\) whose frequency index is the character
 * index, so that the semiring operations (which never add frequencies) and the single-monomial sum
 * potentials are computed by the same code and with the same rounding as over \(\mathbb{Z}_d\);
 * everything that adds or negates frequencies uses the character group's arithmetic.
 *
 * <p>This class is immutable. {@code equals} is exact: the same decomposition of the same group (so
 * the same character indexing) and bitwise-equal coefficients.
 *
 * <p>Non-finite values: every factory rejects NaN and infinite coefficients with an {@link
 * IllegalArgumentException} naming the entry.
 */
public final class GroupNet {

    private final CharacterGroup characters;
    private final FrequencyArithmetic arithmetic;
    private final FourierNet z;

    private GroupNet(CharacterGroup characters, FrequencyArithmetic arithmetic, FourierNet z) {
        this.characters = characters;
        this.arithmetic = arithmetic;
        this.z = z;
    }

    /** A net with the same characters as this one around new storage (package-private). */
    GroupNet with(FourierNet storage) {
        return new GroupNet(characters, arithmetic, storage);
    }

    static GroupNet wrap(
            CharacterGroup characters, FrequencyArithmetic arithmetic, FourierNet storage) {
        return new GroupNet(characters, arithmetic, storage);
    }

    private static int checkCharacters(CharacterGroup characters) {
        Objects.requireNonNull(characters, "characters");
        int n = characters.size();
        if (n < 3) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "group %s has order %d; the task needs at least 3 classes",
                            characters.decomposition().group().name(),
                            n));
        }
        return n;
    }

    /**
     * Builds a net from flat coefficient arrays (copied), laid out as {@code [(p*n + χ)*q + j]}
     * with p the ordinal of {@link Part} and χ a character index.
     *
     * @param characters the character group \(\hat G\), \(|G| \ge 3\)
     * @param q the order (number of hidden nodes), at least 0
     * @param re real parts, length 3·n·q
     * @param im imaginary parts, length 3·n·q
     * @return the net
     * @throws IllegalArgumentException if \(|G| &lt; 3\), q &lt; 0, a length is wrong or a
     *     coefficient is not finite
     */
    public static GroupNet of(CharacterGroup characters, int q, double[] re, double[] im) {
        int n = checkCharacters(characters);
        return new GroupNet(
                characters, FrequencyArithmetic.of(characters), FourierNet.of(n, q, re, im));
    }

    /**
     * The empty net (q = 0), the zero of the weight semiring.
     *
     * @param characters the character group, \(|G| \ge 3\)
     * @return the net with no nodes
     * @throws IllegalArgumentException if \(|G| &lt; 3\)
     */
    public static GroupNet empty(CharacterGroup characters) {
        int n = checkCharacters(characters);
        return new GroupNet(characters, FrequencyArithmetic.of(characters), FourierNet.empty(n));
    }

    /**
     * The single node with \(z_{p\chi} = 1\) for every part and character, the one of the weight
     * semiring; in real space \(u_a = u_b = n\,e_e\) and \(w = n\,e_e\) (e the identity element).
     *
     * @param characters the character group, \(|G| \ge 3\)
     * @return the unit net
     * @throws IllegalArgumentException if \(|G| &lt; 3\)
     */
    public static GroupNet one(CharacterGroup characters) {
        int n = checkCharacters(characters);
        return new GroupNet(characters, FrequencyArithmetic.of(characters), FourierNet.one(n));
    }

    /**
     * A block of nodes living at the character pair \(\{\chi, \overline\chi\}\) (docs/cogs-math.md
     * §14.3): node j has \(A_{\chi j} = a_j\), \(A_{\bar\chi j} = \overline{a_j}\) (likewise b, c)
     * and zeros elsewhere, so it is conjugate-symmetric. At a character of order 2 (\(\chi =
     * \overline\chi\)) the values must be real.
     *
     * @param characters the character group, \(|G| \ge 3\)
     * @param chi a non-trivial character index
     * @param a a-part values at χ, one per node
     * @param b b-part values at χ
     * @param c c-part values at χ
     * @return the block, of order {@code a.length}
     * @throws IllegalArgumentException if \(|G| &lt; 3\), χ is trivial or out of range, lengths
     *     differ, a value is not finite, or χ has order 2 and a value is not real
     */
    public static GroupNet block(
            CharacterGroup characters, int chi, Complex[] a, Complex[] b, Complex[] c) {
        int n = checkCharacters(characters);
        checkNonTrivial(characters, chi);
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
        int conj = characters.conjugate(chi);
        double[] re = new double[3 * n * q];
        double[] im = new double[3 * n * q];
        Complex[][] parts = {a, b, c};
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
                if (conj == chi && v.im() != 0) {
                    throw new IllegalArgumentException(
                            String.format(
                                    Locale.ROOT,
                                    "block value %s[%d] (%s) must be real: character %d has order 2, so real weights "
                                            + "need a real coefficient (docs/cogs-math.md §14.3)",
                                    Part.values()[p],
                                    j,
                                    v,
                                    chi));
                }
                re[(p * n + chi) * q + j] = v.re();
                im[(p * n + chi) * q + j] = v.im();
                if (conj != chi) {
                    re[(p * n + conj) * q + j] = v.re();
                    im[(p * n + conj) * q + j] = -v.im();
                }
            }
        }
        return new GroupNet(
                characters, FrequencyArithmetic.of(characters), FourierNet.wrap(n, q, re, im));
    }

    static void checkNonTrivial(CharacterGroup characters, int chi) {
        if (chi < 1 || chi >= characters.size()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "character (%d) must be a non-trivial character index, 1 <= chi < %d",
                            chi,
                            characters.size()));
        }
    }

    static void checkCharacter(CharacterGroup characters, int chi, String name) {
        if (chi < 0 || chi >= characters.size()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "character %s (%d) must be in [0, %d)",
                            name,
                            chi,
                            characters.size()));
        }
    }

    /**
     * The Fourier transform of real weights over \(G\) (see the class Javadoc). Cost O(n²q). The
     * result is exactly conjugate-symmetric: only the trivial character and the {@link
     * CharacterGroup#pairRepresentatives()} are computed and the rest are conjugates.
     *
     * @param characters the character group of \(G\), \(|G| \ge 3\)
     * @param w real weights with {@code w.d() == |G|}, input and output index g = element index of
     *     \(G\)
     * @return \(z\) with \(z_a = A, z_b = B, z_c = C\)
     * @throws IllegalArgumentException if {@code w.d()} is not \(|G|\)
     */
    public static GroupNet fromReal(CharacterGroup characters, RealWeights w) {
        int n = checkCharacters(characters);
        Objects.requireNonNull(w, "w");
        if (w.d() != n) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "weights have d = %d but group %s has order %d",
                            w.d(),
                            characters.decomposition().group().name(),
                            n));
        }
        int q = w.order();
        double[] re = new double[3 * n * q];
        double[] im = new double[3 * n * q];
        int exponent = characters.exponent();
        double[] cos = cosTable(exponent);
        double[] sin = sinTable(exponent);
        double[] ua = w.uaRaw();
        double[] ub = w.ubRaw();
        double[] ww = w.wRaw();
        double inv = 1.0 / n;
        double[] at = new double[n * q];
        double[] bt = new double[n * q];
        double[] wt = new double[n * q];
        for (int j = 0; j < q; j++) {
            for (int x = 0; x < n; x++) {
                at[x * q + j] = ua[j * n + x] * inv;
                bt[x * q + j] = ub[j * n + x] * inv;
            }
        }
        for (int i = 0; i < n * q; i++) {
            wt[i] = ww[i] * inv;
        }
        List<Integer> reps = characters.pairRepresentatives();
        int[] computed = new int[reps.size() + 1];
        for (int t = 0; t < reps.size(); t++) {
            computed[t + 1] = reps.get(t);
        }
        for (int k : computed) {
            int ia = k * q;
            int ib = (n + k) * q;
            int ic = (2 * n + k) * q;
            for (int x = 0; x < n; x++) {
                int m = characters.phase(k, x);
                double cs = cos[m];
                double sn = sin[m];
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
            }
        }
        for (int p = 0; p < 3; p++) {
            for (int k : reps) {
                int mk = characters.conjugate(k);
                if (mk == k) {
                    continue;
                }
                for (int j = 0; j < q; j++) {
                    re[(p * n + mk) * q + j] = re[(p * n + k) * q + j];
                    im[(p * n + mk) * q + j] = -im[(p * n + k) * q + j];
                }
            }
        }
        return new GroupNet(
                characters, FrequencyArithmetic.of(characters), FourierNet.wrap(n, q, re, im));
    }

    /**
     * \(\cos(2\pi m/N)\), m ∈ [0, N): exact at multiples of a quarter turn, otherwise with the
     * angle reduced to [0, π] (the convention of {@link CharacterGroup#re(int, int)}).
     */
    static double[] cosTable(int exponent) {
        double[] c = new double[exponent];
        for (int m = 0; m < exponent; m++) {
            int r = 2 * m > exponent ? exponent - m : m;
            c[m] =
                    r == 0
                            ? 1.0
                            : 2 * r == exponent
                                    ? -1.0
                                    : 4 * r == exponent
                                            ? 0.0
                                            : Math.cos(2 * Math.PI * r / exponent);
        }
        return c;
    }

    /** \(\sin(2\pi m/N)\), odd in m exactly (see {@link #cosTable(int)}). */
    static double[] sinTable(int exponent) {
        double[] s = new double[exponent];
        for (int m = 0; m < exponent; m++) {
            int r = m;
            double sign = 1.0;
            if (2 * r > exponent) {
                r = exponent - r;
                sign = -1.0;
            }
            s[m] =
                    r == 0 || 2 * r == exponent
                            ? 0.0
                            : 4 * r == exponent
                                    ? sign
                                    : sign * Math.sin(2 * Math.PI * r / exponent);
        }
        return s;
    }

    /**
     * The net over \(\mathbb{Z}_d\) with the same coefficients, character k being \(\chi_k(g) =
     * \omega^{kg}\) of {@code CharacterGroup.of(FiniteGroups.cyclic(d))}. No arithmetic is done:
     * the coefficients are the same bits.
     *
     * @param z a net over \(\mathbb{Z}_d\)
     * @return the same net as an element over \(\hat{\mathbb{Z}}_d\)
     */
    public static GroupNet fromCyclic(FourierNet z) {
        Objects.requireNonNull(z, "z");
        CharacterGroup characters = CharacterGroup.of(FiniteGroups.cyclic(z.d()));
        return new GroupNet(characters, FrequencyArithmetic.of(characters), z);
    }

    /**
     * Whether the characters are those of \(\mathbb{Z}_n\) with \(\chi_k(g) = e^{2\pi i k g/n}\),
     * i.e. the group is cyclic of order n and its element g has coordinate g (true for {@link
     * FiniteGroups#cyclic(int)}).
     *
     * @return true if {@link #toCyclic()} applies
     */
    public boolean isStandardCyclic() {
        if (characters.decomposition().rank() != 1) {
            return false;
        }
        for (int g = 0; g < characters.size(); g++) {
            if (characters.decomposition().coordinates(g)[0] != g) {
                return false;
            }
        }
        return true;
    }

    /**
     * The same net as an element of the \(\mathbb{Z}_n\) weight semiring ({@link FourierNet}), bit
     * for bit.
     *
     * @return the net over \(\mathbb{Z}_n\)
     * @throws IllegalStateException if the characters are not the standard ones of \(\mathbb{Z}_n\)
     *     ({@link #isStandardCyclic()})
     */
    public FourierNet toCyclic() {
        if (!isStandardCyclic()) {
            throw new IllegalStateException(
                    "the characters of "
                            + characters.decomposition().group().name()
                            + " are not the standard characters of Z_"
                            + characters.size());
        }
        return z;
    }

    /** The storage (package-private): a FourierNet over Z_n indexed by character. */
    FourierNet storage() {
        return z;
    }

    /** The frequency arithmetic of the characters (package-private). */
    FrequencyArithmetic arithmetic() {
        return arithmetic;
    }

    /**
     * The real weights of this net with the default conjugate-symmetry tolerance {@link
     * FourierNet#SYMMETRY_TOLERANCE} (relative to the largest coefficient modulus).
     *
     * @return real weights \(U_a[j,g] = \sum_\chi A_{\chi j}\chi(g)\), \(W[c,j] = \sum_\chi C_{\chi
     *     j}\overline{\chi(c)}\)
     * @throws IllegalArgumentException if the coefficients are not conjugate-symmetric
     */
    public RealWeights toReal() {
        return toReal(FourierNet.SYMMETRY_TOLERANCE);
    }

    /**
     * The real weights of this net (inverse of {@link #fromReal(CharacterGroup, RealWeights)}).
     *
     * <p>Requires conjugate symmetry within \(\tau M\) (M the largest coefficient modulus): the
     * symmetrised coefficients \(\tfrac12(z_\chi + \overline{z_{\bar\chi}})\) are transformed, so
     * the result is real by construction. Cost O(n · number of non-zero coefficients).
     *
     * @param relativeTolerance \(\tau \ge 0\)
     * @return the real weights
     * @throws IllegalArgumentException if the tolerance is negative or NaN, or the coefficients are
     *     not conjugate-symmetric (the message names the worst entry)
     */
    public RealWeights toReal(double relativeTolerance) {
        RealWeights.checkTolerance("relativeTolerance", relativeTolerance);
        int n = characters.size();
        int q = z.order();
        double[] re = z.reRaw();
        double[] im = z.imRaw();
        double scale = z.maxModulus();
        double worst = 0;
        int worstIndex = -1;
        for (int i = 0; i < re.length; i++) {
            double a = asymmetry(i);
            if (a > worst) {
                worst = a;
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
                                    + "z[p][conj(chi)][j] = conj(z[p][chi][j])",
                            Part.values()[pk / n],
                            pk % n,
                            j,
                            Part.values()[pk / n],
                            arithmetic.negate(pk % n),
                            j,
                            worst,
                            relativeTolerance * scale,
                            relativeTolerance,
                            scale));
        }
        double[] ua = new double[q * n];
        double[] ub = new double[q * n];
        double[] w = new double[n * q];
        int exponent = characters.exponent();
        double[] cos = cosTable(exponent);
        double[] sin = sinTable(exponent);
        List<Integer> reps = characters.pairRepresentatives();
        int[] used = new int[reps.size() + 1];
        for (int t = 0; t < reps.size(); t++) {
            used[t + 1] = reps.get(t);
        }
        int[][] phases = new int[used.length][];
        double[] tmp = new double[n];
        for (int p = 0; p < 3; p++) {
            double sign = p == 2 ? -1.0 : 1.0;
            for (int j = 0; j < q; j++) {
                Arrays.fill(tmp, 0.0);
                for (int t = 0; t < used.length; t++) {
                    int k = used[t];
                    int mk = arithmetic.negate(k);
                    int i = (p * n + k) * q + j;
                    int m = (p * n + mk) * q + j;
                    double ar = 0.5 * (re[i] + re[m]);
                    double ai = 0.5 * (im[i] - im[m]);
                    if (ar == 0 && ai == 0) {
                        continue;
                    }
                    double f = (mk == k) ? 1.0 : 2.0;
                    double fr = f * ar;
                    double fi = (mk == k) ? 0.0 : f * ai * sign;
                    if (phases[t] == null) {
                        phases[t] = new int[n];
                        for (int x = 0; x < n; x++) {
                            phases[t][x] = characters.phase(k, x);
                        }
                    }
                    int[] ph = phases[t];
                    for (int x = 0; x < n; x++) {
                        tmp[x] += fr * cos[ph[x]] - fi * sin[ph[x]];
                    }
                }
                if (p == 0) {
                    System.arraycopy(tmp, 0, ua, j * n, n);
                } else if (p == 1) {
                    System.arraycopy(tmp, 0, ub, j * n, n);
                } else {
                    for (int c = 0; c < n; c++) {
                        w[c * q + j] = tmp[c];
                    }
                }
            }
        }
        return RealWeights.wrap(n, q, ua, ub, w);
    }

    /** \(|z_{p,\chi,j} - \overline{z_{p,\bar\chi,j}}|\) for entry {@code i = (p*n + χ)*q + j}. */
    private double asymmetry(int i) {
        int q = z.order();
        int n = characters.size();
        int pk = i / q;
        int k = pk % n;
        int m = (pk - k + arithmetic.negate(k)) * q + i % q;
        double[] re = z.reRaw();
        double[] im = z.imRaw();
        return Moduli.of(re[i] - re[m], im[i] + im[m]);
    }

    /**
     * The character group \(\hat G\) indexing the coefficients.
     *
     * @return the characters
     */
    public CharacterGroup characters() {
        return characters;
    }

    /**
     * The group \(G\).
     *
     * @return the group of the characters' decomposition
     */
    public FiniteGroup group() {
        return characters.decomposition().group();
    }

    /**
     * The group order n = |G|, the number of classes.
     *
     * @return n
     */
    public int size() {
        return characters.size();
    }

    /**
     * The order ord(z) = q, the number of hidden nodes.
     *
     * @return q
     */
    public int order() {
        return z.order();
    }

    /**
     * The coefficient \(z_{p\chi j}\).
     *
     * @param p the part
     * @param chi a character index in [0, n)
     * @param j the node in [0, q)
     * @return \(z_{p\chi j}\)
     * @throws IndexOutOfBoundsException if χ or j is out of range
     */
    public Complex coefficient(Part p, int chi, int j) {
        return z.coefficient(p, chi, j);
    }

    /**
     * Real part of \(z_{p\chi j}\).
     *
     * @param p the part
     * @param chi a character index in [0, n)
     * @param j the node in [0, q)
     * @return \(\mathrm{Re}\, z_{p\chi j}\)
     * @throws IndexOutOfBoundsException if χ or j is out of range
     */
    public double re(Part p, int chi, int j) {
        return z.re(p, chi, j);
    }

    /**
     * Imaginary part of \(z_{p\chi j}\).
     *
     * @param p the part
     * @param chi a character index in [0, n)
     * @param j the node in [0, q)
     * @return \(\mathrm{Im}\, z_{p\chi j}\)
     * @throws IndexOutOfBoundsException if χ or j is out of range
     */
    public double im(Part p, int chi, int j) {
        return z.im(p, chi, j);
    }

    /**
     * Flat copy of the real parts, layout {@code [(p*n + χ)*q + j]}.
     *
     * @return a copy of the real parts
     */
    public double[] reFlat() {
        return z.reFlat();
    }

    /**
     * Flat copy of the imaginary parts, layout {@code [(p*n + χ)*q + j]}.
     *
     * @return a copy of the imaginary parts
     */
    public double[] imFlat() {
        return z.imFlat();
    }

    /**
     * The sub-net of the chosen nodes, in the given order (repetitions allowed).
     *
     * @param nodes node indices in [0, q)
     * @return the net with those nodes
     * @throws IllegalArgumentException if an index is out of range
     */
    public GroupNet select(int[] nodes) {
        return with(z.select(nodes));
    }

    /**
     * Scales the parts by real factors: \((A, B, C) \mapsto (s_a A, s_b B, s_c C)\).
     *
     * @param sa factor of the a-part
     * @param sb factor of the b-part
     * @param sc factor of the c-part
     * @return the scaled net
     * @throws IllegalArgumentException if a factor is not finite
     */
    public GroupNet scale(double sa, double sb, double sc) {
        return with(z.scale(sa, sb, sc));
    }

    /**
     * Multiplies the c-part at χ by \(\lambda\) and at \(\overline\chi\) by \(\bar\lambda\) (all
     * nodes), which keeps conjugate symmetry; every sum potential with output character χ is
     * multiplied by λ. At a character of order 2, λ must be real.
     *
     * @param chi a non-trivial character
     * @param lambda the factor
     * @return the rescaled net
     * @throws IllegalArgumentException if χ is out of range or trivial, λ is not finite, or χ has
     *     order 2 and λ is not real
     */
    public GroupNet scaleOutput(int chi, Complex lambda) {
        checkNonTrivial(characters, chi);
        Objects.requireNonNull(lambda, "lambda");
        double lr = lambda.re();
        double li = lambda.im();
        if (!Double.isFinite(lr) || !Double.isFinite(li)) {
            throw new IllegalArgumentException("lambda (" + lambda + ") must be finite");
        }
        int conj = arithmetic.negate(chi);
        if (conj == chi && li != 0) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "lambda (%s) must be real: character %d has order 2",
                            lambda,
                            chi));
        }
        int n = characters.size();
        int q = z.order();
        double[] r = z.reFlat();
        double[] s = z.imFlat();
        for (int t = 0; t < (conj == chi ? 1 : 2); t++) {
            int kk = t == 0 ? chi : conj;
            double si = t == 0 ? li : -li;
            for (int j = 0; j < q; j++) {
                int i = (2 * n + kk) * q + j;
                double x = r[i];
                double y = s[i];
                r[i] = x * lr - y * si;
                s[i] = x * si + y * lr;
            }
        }
        return with(FourierNet.wrap(n, q, r, s));
    }

    /**
     * Adds, for every character χ with a non-null {@code gammas[χ]}, \(\gamma_\chi\) to \(C_{\chi
     * j}\) and \(\overline{\gamma_\chi}\) to \(C_{\bar\chi j}\) for the chosen nodes (the bias
     * cancellation of z_F4/6, docs/cogs-math.md §6.3 and docs/cogs-math.md §14.5). At a character
     * of order 2 the value is added once and must be real.
     *
     * @param nodes node indices in [0, q)
     * @param gammas length n; {@code gammas[χ]} is added at output character χ (null = nothing); at
     *     most one of each conjugate pair may be non-null, and {@code gammas[0]} must be null
     * @return the modified net
     * @throws IllegalArgumentException if an index is out of range, the array has the wrong length,
     *     both members of a pair or the trivial character are given, or a value is not finite (or
     *     not real at order 2)
     */
    public GroupNet withOutputShifts(int[] nodes, Complex[] gammas) {
        Objects.requireNonNull(nodes, "nodes");
        Objects.requireNonNull(gammas, "gammas");
        int n = characters.size();
        int q = z.order();
        if (gammas.length != n) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "gammas has length %d but must have one entry per character (%d)",
                            gammas.length,
                            n));
        }
        if (gammas[0] != null) {
            throw new IllegalArgumentException(
                    "gammas[0] must be null: the trivial output character is projected "
                            + "out of the loss");
        }
        for (int nd : nodes) {
            if (nd < 0 || nd >= q) {
                throw new IllegalArgumentException(
                        String.format(Locale.ROOT, "node index (%d) must be in [0, %d)", nd, q));
            }
        }
        double[] r = z.reFlat();
        double[] s = z.imFlat();
        for (int k = 1; k < n; k++) {
            Complex g = gammas[k];
            if (g == null) {
                continue;
            }
            if (!Double.isFinite(g.re()) || !Double.isFinite(g.im())) {
                throw new IllegalArgumentException("gammas[" + k + "] (" + g + ") must be finite");
            }
            int mk = arithmetic.negate(k);
            if (mk != k && gammas[mk] != null) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "gammas[%d] and gammas[%d] are both given but the characters are conjugate",
                                k,
                                mk));
            }
            if (mk == k && g.im() != 0) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "gammas[%d] (%s) must be real: character %d has order 2",
                                k,
                                g,
                                k));
            }
            for (int nd : nodes) {
                r[(2 * n + k) * q + nd] += g.re();
                s[(2 * n + k) * q + nd] += g.im();
                if (mk != k) {
                    r[(2 * n + mk) * q + nd] += g.re();
                    s[(2 * n + mk) * q + nd] -= g.im();
                }
            }
        }
        return with(FourierNet.wrap(n, q, r, s));
    }

    /**
     * Removes the output mean: \(C_{0j} = 0\) for every node (\(w_j \mapsto P_\perp w_j\)); the
     * loss is unchanged.
     *
     * @return the net with zero-mean output weights
     */
    public GroupNet projectOutput() {
        return with(z.projectOutput());
    }

    /**
     * The net \(-z\) with negated c-part: \(r(-z) = -r(z)\) for every sum potential.
     *
     * @return the net with negated c-part
     */
    public GroupNet negateOutput() {
        return with(z.negateOutput());
    }

    /**
     * The largest coefficient modulus (0 for the empty net).
     *
     * @return \(\max_{p,\chi,j} |z_{p\chi j}|\)
     */
    public double maxModulus() {
        return z.maxModulus();
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
        for (int i = 0; i < 3 * size() * order(); i++) {
            if (!(asymmetry(i) <= bound)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Entry-wise closeness in the same node order and the same character indexing.
     *
     * @param other another net
     * @param tolerance absolute tolerance \(\varepsilon \ge 0\)
     * @return true if both nets have the same characters and order and all entries are within ε
     * @throws IllegalArgumentException if the tolerance is negative or NaN
     */
    public boolean isClose(GroupNet other, double tolerance) {
        Objects.requireNonNull(other, "other");
        return sameCharacters(other) && z.isClose(other.z, tolerance);
    }

    /** Same decomposition of the same group, hence the same character indexing. */
    boolean sameCharacters(GroupNet other) {
        return characters == other.characters
                || characters.decomposition().equals(other.characters.decomposition());
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof GroupNet)) {
            return false;
        }
        GroupNet g = (GroupNet) o;
        return sameCharacters(g) && z.equals(g.z);
    }

    @Override
    public int hashCode() {
        return 31 * characters.decomposition().hashCode() + z.hashCode();
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "GroupNet[%s, order=%d]",
                characters.decomposition().group().name(),
                z.order());
    }
}
