package dev.cogs.algebra.group;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The character group \(\hat G = \operatorname{Hom}(G, U(1))\) of a finite abelian group, in the
 * coordinates of its {@link AbelianDecomposition}.
 *
 * <p>With \(G \cong \prod_i \mathbb{Z}_{n_i}\) (invariant factors), the characters are \(\chi_k\)
 * for \(k \in \prod_i \mathbb{Z}_{n_i}\): \[ \chi_k(g) = \exp\Big(2\pi i \sum_i \frac{k_i
 * g_i}{n_i}\Big), \] \(g_i\) the coordinates of \(g\) ({@link
 * AbelianDecomposition#coordinates(int)}). Character \(\chi_k\) has the mixed-radix index of \(k\)
 * (last coordinate fastest), the index of \(k\) in {@link AbelianDecomposition#cyclicProduct()};
 * index 0 is the trivial character. \(\chi_k \chi_l = \chi_{k+l}\), so \(\hat G \cong G\)
 * (non-canonically). The conjugate pairing is \(\overline{\chi_k} = \chi_{-k}\) ({@link
 * #conjugate(int)}); \(\chi_k\) is real-valued exactly when \(k = -k\), that is when its order is 1
 * or 2 ({@link #ofOrderTwo()}).
 *
 * <p>Values are exact roots of unity given by their phase: \(\chi_k(g) = e^{2\pi i m / N}\) with
 * the integer {@link #phase(int, int)} \(m = \sum_i k_i g_i N / n_i \bmod N\) and \(N\) the {@link
 * #exponent()}; {@link #re} and {@link #im} evaluate it: exactly at multiples of a quarter turn,
 * otherwise as {@link Math#cos} and {@link Math#sin} of the angle reduced to \([0, \pi]\), so that
 * \(\overline{\chi_k} = \chi_{-k}\) holds exactly in floating point.
 *
 * <p>This class is immutable.
 */
public final class CharacterGroup {

    private final AbelianDecomposition decomposition;
    private final int[] moduli;
    private final int exponent;
    private final int[][] characterCoordinates;
    private final int[][] elementCoordinates;

    private CharacterGroup(AbelianDecomposition decomposition) {
        this.decomposition = decomposition;
        List<Integer> f = decomposition.invariantFactors();
        this.moduli = f.stream().mapToInt(Integer::intValue).toArray();
        this.exponent = moduli.length == 0 ? 1 : moduli[moduli.length - 1];
        int n = decomposition.group().order();
        this.elementCoordinates = new int[n][];
        for (int g = 0; g < n; g++) {
            elementCoordinates[g] = decomposition.coordinates(g);
        }
        this.characterCoordinates = new int[n][moduli.length];
        for (int c = 0; c < n; c++) {
            int r = c;
            for (int i = moduli.length - 1; i >= 0; i--) {
                characterCoordinates[c][i] = r % moduli[i];
                r /= moduli[i];
            }
        }
    }

    /**
     * The character group of an abelian group.
     *
     * @param group an abelian group
     * @return \(\hat G\)
     * @throws IllegalArgumentException if the group is not abelian
     * @throws NullPointerException if {@code group} is null
     */
    public static CharacterGroup of(FiniteGroup group) {
        return of(AbelianDecomposition.of(group));
    }

    /**
     * The character group in the coordinates of a decomposition.
     *
     * @param decomposition the decomposition of \(G\)
     * @return \(\hat G\)
     * @throws NullPointerException if {@code decomposition} is null
     */
    public static CharacterGroup of(AbelianDecomposition decomposition) {
        return new CharacterGroup(Objects.requireNonNull(decomposition, "decomposition"));
    }

    /**
     * The decomposition whose coordinates index the characters.
     *
     * @return the decomposition
     */
    public AbelianDecomposition decomposition() {
        return decomposition;
    }

    /**
     * The number of characters, \(|\hat G| = |G|\).
     *
     * @return the size
     */
    public int size() {
        return characterCoordinates.length;
    }

    /**
     * The exponent \(N\) of \(G\) (the largest invariant factor; 1 for the trivial group): every
     * character value is an \(N\)-th root of unity.
     *
     * @return N
     */
    public int exponent() {
        return exponent;
    }

    /**
     * The coordinates \(k\) of a character.
     *
     * @param chi a character index in [0, |G|)
     * @return a fresh array k, \(0 \le k_i &lt; n_i\)
     * @throws IndexOutOfBoundsException if {@code chi} is out of range
     */
    public int[] coordinates(int chi) {
        Objects.checkIndex(chi, characterCoordinates.length);
        return characterCoordinates[chi].clone();
    }

    /**
     * The index of the character \(\chi_k\).
     *
     * @param k coordinates, reduced mod \(n_i\) (any integers are accepted)
     * @return the character index
     * @throws IllegalArgumentException if {@code k.length} is not the rank
     * @throws NullPointerException if {@code k} is null
     */
    public int character(int... k) {
        Objects.requireNonNull(k, "k");
        if (k.length != moduli.length) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "coordinates: %d given vs rank %d",
                            k.length,
                            moduli.length));
        }
        return decomposition.index(k);
    }

    /**
     * The phase m of \(\chi(g) = e^{2\pi i m / N}\), exactly.
     *
     * @param chi a character index
     * @param g an element of \(G\)
     * @return m in [0, N)
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public int phase(int chi, int g) {
        Objects.checkIndex(chi, characterCoordinates.length);
        int[] k = characterCoordinates[chi];
        int[] x = elementCoordinates[Objects.checkIndex(g, elementCoordinates.length)];
        long m = 0;
        for (int i = 0; i < k.length; i++) {
            m += (long) k[i] * x[i] * (exponent / moduli[i]);
        }
        return (int) Math.floorMod(m, (long) exponent);
    }

    /**
     * The real part of \(\chi(g)\).
     *
     * @param chi a character index
     * @param g an element
     * @return \(\cos(2\pi m / N)\)
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public double re(int chi, int g) {
        return cosTurns(phase(chi, g), exponent);
    }

    /**
     * The imaginary part of \(\chi(g)\).
     *
     * @param chi a character index
     * @param g an element
     * @return \(\sin(2\pi m / N)\)
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public double im(int chi, int g) {
        return sinTurns(phase(chi, g), exponent);
    }

    /**
     * cos(2π m / q), exact at multiples of a quarter turn; the angle is first reduced to [0, π] so
     * that conjugate phases m and -m give identical values.
     */
    static double cosTurns(long m, long q) {
        long r = Math.floorMod(m, q);
        if (2 * r > q) {
            r = q - r;
        }
        if (r == 0) {
            return 1.0;
        }
        if (2 * r == q) {
            return -1.0;
        }
        if (4 * r == q) {
            return 0.0;
        }
        return Math.cos(2 * Math.PI * r / q);
    }

    /**
     * sin(2π m / q), exact at multiples of a quarter turn; odd in m exactly (reduced as in
     * cosTurns).
     */
    static double sinTurns(long m, long q) {
        long r = Math.floorMod(m, q);
        double sign = 1.0;
        if (2 * r > q) {
            r = q - r;
            sign = -1.0;
        }
        if (r == 0 || 2 * r == q) {
            return 0.0;
        }
        if (4 * r == q) {
            return sign;
        }
        return sign * Math.sin(2 * Math.PI * r / q);
    }

    /**
     * The conjugate character \(\overline{\chi_k} = \chi_{-k} = \chi_k^{-1}\).
     *
     * @param chi a character index
     * @return the index of \(\chi_{-k}\)
     * @throws IndexOutOfBoundsException if {@code chi} is out of range
     */
    public int conjugate(int chi) {
        Objects.checkIndex(chi, characterCoordinates.length);
        int[] k = characterCoordinates[chi];
        int[] neg = new int[k.length];
        for (int i = 0; i < k.length; i++) {
            neg[i] = -k[i];
        }
        return decomposition.index(neg);
    }

    /**
     * The product \(\chi_k \chi_l = \chi_{k+l}\).
     *
     * @param chi a character index
     * @param psi a character index
     * @return the index of \(\chi_{k+l}\)
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public int multiply(int chi, int psi) {
        Objects.checkIndex(chi, characterCoordinates.length);
        Objects.checkIndex(psi, characterCoordinates.length);
        int[] k = characterCoordinates[chi];
        int[] l = characterCoordinates[psi];
        int[] s = new int[k.length];
        for (int i = 0; i < k.length; i++) {
            s[i] = k[i] + l[i];
        }
        return decomposition.index(s);
    }

    /**
     * The order of a character in \(\hat G\): the least \(t \ge 1\) with \(t k = 0\).
     *
     * @param chi a character index
     * @return the order
     * @throws IndexOutOfBoundsException if {@code chi} is out of range
     */
    public int order(int chi) {
        Objects.checkIndex(chi, characterCoordinates.length);
        long lcm = 1;
        int[] k = characterCoordinates[chi];
        for (int i = 0; i < k.length; i++) {
            long o = moduli[i] / gcd(moduli[i], k[i]);
            lcm = lcm / gcd(lcm, o) * o;
        }
        return (int) lcm;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /**
     * Whether \(k = -k\), that is \(\chi_k = \overline{\chi_k}\) is real-valued (\(\pm 1\)); true
     * for the trivial character and the characters of order 2.
     *
     * @param chi a character index
     * @return true if self-conjugate
     * @throws IndexOutOfBoundsException if {@code chi} is out of range
     */
    public boolean isSelfConjugate(int chi) {
        return conjugate(chi) == chi;
    }

    /**
     * The characters of order exactly 2 (\(k = -k \ne 0\)), ascending; there are as many as
     * elements of order 2 in \(G\).
     *
     * @return the character indices, unmodifiable
     */
    public List<Integer> ofOrderTwo() {
        List<Integer> l = new ArrayList<>();
        for (int c = 1; c < characterCoordinates.length; c++) {
            if (isSelfConjugate(c)) {
                l.add(c);
            }
        }
        return Collections.unmodifiableList(l);
    }

    /**
     * One character of each conjugate pair \(\{\chi, \overline\chi\}\) of non-trivial characters:
     * the indices \(\chi \ne 0\) with \(\chi \le\) {@link #conjugate(int) conjugate(χ)}, ascending.
     * This includes every character of order 2 (its own conjugate). For \(\mathbb{Z}_d\) ({@link
     * FiniteGroups#cyclic(int)}) these are \(k = 1, \dots, \lfloor d/2 \rfloor\).
     *
     * <p>A real function on \(G\) is determined by its Fourier coefficients at the trivial
     * character and at these representatives (docs/cogs-math.md §14.1).
     *
     * @return the representatives, unmodifiable
     */
    public List<Integer> pairRepresentatives() {
        List<Integer> l = new ArrayList<>();
        for (int c = 1; c < characterCoordinates.length; c++) {
            if (c <= conjugate(c)) {
                l.add(c);
            }
        }
        return Collections.unmodifiableList(l);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "CharacterGroup(%s, moduli %s)",
                decomposition.group().name(),
                decomposition.invariantFactors());
    }
}
