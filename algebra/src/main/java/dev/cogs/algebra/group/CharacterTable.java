package dev.cogs.algebra.group;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The character table of a finite group: the irreducible characters \(\chi\) evaluated on the
 * conjugacy classes, \(\chi(C) = \operatorname{tr} \rho(g)\) for any \(g \in C\).
 *
 * <p>Classes are those of {@link FiniteGroup#conjugacyClasses()} (ordered by smallest element).
 * Characters are ordered as follows. For an abelian group, character \(i\) is \(\chi_k\) of the
 * {@link CharacterGroup} with index \(i\), computed exactly from the {@link AbelianDecomposition}.
 * For a non-abelian group, by dimension, then by descending real part and then descending imaginary
 * part of the values on the classes in class order (values rounded to \(10^{-6}\) for the
 * comparison), so the trivial character comes first.
 *
 * <p>Algorithm for non-abelian groups (Burnside's method, as made numerical by Dixon, Numer. Math.
 * 10 (1967) 446–450, doi:10.1007/BF02162877): the class sums satisfy \(C_j C_k = \sum_l a_{jkl}
 * C_l\), and for each irreducible \(\chi\) the vector \(\omega_\chi(C_l) = |C_l| \chi(g_l) /
 * \chi(1)\) is a common eigenvector of the matrices \((M_j)_{kl} = a_{jkl}\) with eigenvalue
 * \(\omega_\chi(C_j)\). Rescaled by \(S = \operatorname{diag}(|C_l|^{-1/2})\), the matrices
 * \(\tilde M_j = S M_j S^{-1}\) satisfy \(\tilde M_j^{T} = \tilde M_{j^*}\) (\(C_{j^*} =
 * C_j^{-1}\)), so they are commuting normal matrices, and the Hermitian matrix \(H = K + K^*\), \(K
 * = \sum_j c_j \tilde M_j / |C_j|\) with random complex \(c_j\) (fixed seed {@code 0x5EEDC0650}),
 * has the same eigenvectors and, almost surely, distinct eigenvalues. \(H\) is diagonalised by a
 * complex Jacobi method; if two eigenvalues are closer than \(10^{-6}\) of the spectral radius, new
 * coefficients are drawn (at most 16 times). Each \(\omega_\chi(C_j)\) is then the Rayleigh
 * quotient \(v^* \tilde M_j v / v^* v\), whose error is quadratic in the eigenvector error because
 * \(\tilde M_j\) is normal; the degree follows from \(\sum_l |C_l| |\chi(g_l)|^2 = |G|\) and is
 * rounded to an integer (refused if it is more than \(10^{-6}\) away), and \(\chi(g_l) = \chi(1)
 * \omega_\chi(C_l)/|C_l|\). Linear characters are snapped to the nearest root of unity of order
 * \(\operatorname{ord}(g_l)\). Cost: \(O(k n)\) per class-matrix product, \(O(k^2 n + k^3)\) in
 * all, for n elements and k classes.
 *
 * <p>Accuracy: values are typically within \(10^{-13}\) of the exact algebraic integers; {@link
 * #orthogonalityError()} reports the deviation from the orthogonality relations.
 *
 * <p>This class is immutable.
 */
public final class CharacterTable {

    /** The seed of the random class-matrix combination; any seed gives the same table. */
    static final long SEED = 0x5EED_C0650L;

    private static final int MAX_ATTEMPTS = 16;
    private static final double MIN_RELATIVE_GAP = 1e-6;
    private static final double DEGREE_TOLERANCE = 1e-6;

    private final FiniteGroup group;
    private final int[] dims;
    private final double[][] re;
    private final double[][] im;

    private CharacterTable(FiniteGroup group, int[] dims, double[][] re, double[][] im) {
        this.group = group;
        this.dims = dims;
        this.re = re;
        this.im = im;
    }

    /**
     * The character table of a group; exact for abelian groups, by the Burnside–Dixon method
     * otherwise.
     *
     * @param group the group
     * @return its character table
     * @throws ArithmeticException if the numerical method fails to separate or identify the
     *     characters (not observed for the built-in groups)
     * @throws NullPointerException if {@code group} is null
     */
    public static CharacterTable of(FiniteGroup group) {
        Objects.requireNonNull(group, "group");
        if (group.isAbelian()) {
            return of(CharacterGroup.of(group));
        }
        return burnside(group, new SplittableRandom(SEED));
    }

    /**
     * The character table of an abelian group in the order of its character group: character i is
     * \(\chi_k\) with index i, class c the singleton of element c.
     *
     * @param characters the character group of \(G\)
     * @return the character table
     * @throws NullPointerException if {@code characters} is null
     */
    public static CharacterTable of(CharacterGroup characters) {
        Objects.requireNonNull(characters, "characters");
        FiniteGroup g = characters.decomposition().group();
        int n = g.order();
        double[][] re = new double[n][n];
        double[][] im = new double[n][n];
        int[] dims = new int[n];
        for (int chi = 0; chi < n; chi++) {
            dims[chi] = 1;
            for (int c = 0; c < n; c++) {
                int x = g.conjugacyClasses().get(c).get(0);
                re[chi][c] = characters.re(chi, x);
                im[chi][c] = characters.im(chi, x);
            }
        }
        return new CharacterTable(g, dims, re, im);
    }

    /** The Burnside–Dixon table of any group, in the canonical (non-abelian) order. */
    static CharacterTable burnside(FiniteGroup group, RandomGenerator random) {
        int n = group.order();
        int k = group.classCount();
        int[][] t = group.table();
        int[] cls = new int[n];
        for (int x = 0; x < n; x++) {
            cls[x] = group.classOf(x);
        }
        int[] size = new int[k];
        int[] rep = new int[k];
        double[] s = new double[k];
        for (int l = 0; l < k; l++) {
            size[l] = group.conjugacyClasses().get(l).size();
            rep[l] = group.conjugacyClasses().get(l).get(0);
            s[l] = 1 / Math.sqrt(size[l]);
        }
        // pairJ[l][x] = class of x, pairK[l][x] = class of x^{-1} z_l: the pair (x, x^{-1} z_l)
        // counts in a_{jkl}.
        int[][] pairK = new int[k][n];
        for (int l = 0; l < k; l++) {
            for (int x = 0; x < n; x++) {
                pairK[l][x] = cls[t[group.inverse(x)][rep[l]]];
            }
        }
        HermitianEigen eig = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS && eig == null; attempt++) {
            double[] cr = new double[k];
            double[] ci = new double[k];
            for (int j = 0; j < k; j++) {
                cr[j] = random.nextDouble(-1, 1) / size[j];
                ci[j] = random.nextDouble(-1, 1) / size[j];
            }
            double[][] kr = new double[k][k];
            double[][] ki = new double[k][k];
            for (int l = 0; l < k; l++) {
                for (int x = 0; x < n; x++) {
                    int j = cls[x];
                    int kk = pairK[l][x];
                    double f = s[kk] / s[l];
                    kr[kk][l] += cr[j] * f;
                    ki[kk][l] += ci[j] * f;
                }
            }
            double[][] hr = new double[k][k];
            double[][] hi = new double[k][k];
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    hr[a][b] = kr[a][b] + kr[b][a];
                    hi[a][b] = ki[a][b] - ki[b][a];
                }
            }
            HermitianEigen candidate = HermitianEigen.of(hr, hi);
            double radius =
                    Math.max(Math.abs(candidate.values[0]), Math.abs(candidate.values[k - 1]));
            double gap = Double.POSITIVE_INFINITY;
            for (int a = 1; a < k; a++) {
                gap = Math.min(gap, candidate.values[a] - candidate.values[a - 1]);
            }
            if (gap > MIN_RELATIVE_GAP * radius) {
                eig = candidate;
            }
        }
        if (eig == null) {
            throw new ArithmeticException(
                    String.format(
                            Locale.ROOT,
                            "could not separate the %d characters of %s in %d attempts",
                            k,
                            group.name(),
                            MAX_ATTEMPTS));
        }
        int[] dims = new int[k];
        double[][] re = new double[k][k];
        double[][] im = new double[k][k];
        int sumSquares = 0;
        for (int e = 0; e < k; e++) {
            double[] vr = new double[k];
            double[] vi = new double[k];
            double norm = 0;
            for (int l = 0; l < k; l++) {
                vr[l] = eig.vecRe[l][e];
                vi[l] = eig.vecIm[l][e];
                norm += vr[l] * vr[l] + vi[l] * vi[l];
            }
            // Rayleigh quotients v* M~_j v for all j at once, over the nonzero entries of the M~_j.
            double[] wr = new double[k];
            double[] wi = new double[k];
            for (int l = 0; l < k; l++) {
                for (int x = 0; x < n; x++) {
                    int j = cls[x];
                    int kk = pairK[l][x];
                    double f = s[kk] / s[l];
                    // conj(v_kk) * v_l
                    wr[j] += f * (vr[kk] * vr[l] + vi[kk] * vi[l]);
                    wi[j] += f * (vr[kk] * vi[l] - vi[kk] * vr[l]);
                }
            }
            double sum = 0;
            for (int j = 0; j < k; j++) {
                wr[j] /= norm;
                wi[j] /= norm;
                sum += (wr[j] * wr[j] + wi[j] * wi[j]) / size[j];
            }
            double degree = Math.sqrt(n / sum);
            long d = Math.round(degree);
            if (!(Math.abs(degree - d) <= DEGREE_TOLERANCE * d) || d < 1) {
                throw new ArithmeticException(
                        String.format(
                                Locale.ROOT,
                                "character %d of %s has non-integral degree %.9g",
                                e,
                                group.name(),
                                degree));
            }
            dims[e] = (int) d;
            sumSquares += dims[e] * dims[e];
            for (int j = 0; j < k; j++) {
                re[e][j] = d * wr[j] / size[j];
                im[e][j] = d * wi[j] / size[j];
                if (d == 1) {
                    int ord = group.elementOrder(rep[j]);
                    long m = Math.round(Math.atan2(im[e][j], re[e][j]) * ord / (2 * Math.PI));
                    double sr = CharacterGroup.cosTurns(m, ord);
                    double si = CharacterGroup.sinTurns(m, ord);
                    if (!(Math.hypot(sr - re[e][j], si - im[e][j]) <= DEGREE_TOLERANCE)) {
                        throw new ArithmeticException(
                                String.format(
                                        Locale.ROOT,
                                        "linear character %d of %s is not a root of unity on class %d",
                                        e,
                                        group.name(),
                                        j));
                    }
                    re[e][j] = sr;
                    im[e][j] = si;
                }
            }
        }
        if (sumSquares != n) {
            throw new ArithmeticException(
                    String.format(
                            Locale.ROOT,
                            "degrees of %s square-sum to %d, not the order %d",
                            group.name(),
                            sumSquares,
                            n));
        }
        Integer[] order = new Integer[k];
        for (int e = 0; e < k; e++) {
            order[e] = e;
        }
        java.util.Arrays.sort(order, canonicalOrder(dims, re, im));
        int[] sd = new int[k];
        double[][] sr = new double[k][];
        double[][] si = new double[k][];
        for (int e = 0; e < k; e++) {
            sd[e] = dims[order[e]];
            sr[e] = re[order[e]];
            si[e] = im[order[e]];
        }
        return new CharacterTable(group, sd, sr, si);
    }

    private static Comparator<Integer> canonicalOrder(int[] dims, double[][] re, double[][] im) {
        return (a, b) -> {
            if (dims[a] != dims[b]) {
                return Integer.compare(dims[a], dims[b]);
            }
            for (int j = 0; j < re[a].length; j++) {
                int c = Long.compare(Math.round(re[b][j] * 1e6), Math.round(re[a][j] * 1e6));
                if (c != 0) {
                    return c;
                }
            }
            for (int j = 0; j < im[a].length; j++) {
                int c = Long.compare(Math.round(im[b][j] * 1e6), Math.round(im[a][j] * 1e6));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a, b);
        };
    }

    /**
     * The group.
     *
     * @return the group
     */
    public FiniteGroup group() {
        return group;
    }

    /**
     * The number k of conjugacy classes, which is also the number of irreducible characters.
     *
     * @return k
     */
    public int size() {
        return dims.length;
    }

    /**
     * The conjugacy classes, as {@link FiniteGroup#conjugacyClasses()}.
     *
     * @return the classes, unmodifiable
     */
    public List<List<Integer>> classes() {
        return group.conjugacyClasses();
    }

    /**
     * The size of a class.
     *
     * @param c a class index in [0, k)
     * @return \(|C_c|\)
     * @throws IndexOutOfBoundsException if {@code c} is out of range
     */
    public int classSize(int c) {
        return group.conjugacyClasses().get(c).size();
    }

    /**
     * The representative of a class: its smallest element.
     *
     * @param c a class index in [0, k)
     * @return the representative \(g_c\)
     * @throws IndexOutOfBoundsException if {@code c} is out of range
     */
    public int representative(int c) {
        return group.conjugacyClasses().get(c).get(0);
    }

    /**
     * The degree \(\chi(1)\) of a character (the dimension of its representation).
     *
     * @param chi a character index in [0, k)
     * @return the dimension
     * @throws IndexOutOfBoundsException if {@code chi} is out of range
     */
    public int dimension(int chi) {
        Objects.checkIndex(chi, dims.length);
        return dims[chi];
    }

    /**
     * The degrees of all characters, in character order; their squares sum to \(|G|\).
     *
     * @return the dimensions, unmodifiable
     */
    public List<Integer> dimensions() {
        List<Integer> l = new ArrayList<>();
        for (int d : dims) {
            l.add(d);
        }
        return Collections.unmodifiableList(l);
    }

    /**
     * The real part of \(\chi(C)\).
     *
     * @param chi a character index in [0, k)
     * @param c a class index in [0, k)
     * @return \(\operatorname{Re} \chi(g_c)\)
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public double re(int chi, int c) {
        return re[chi][Objects.checkIndex(c, dims.length)];
    }

    /**
     * The imaginary part of \(\chi(C)\).
     *
     * @param chi a character index in [0, k)
     * @param c a class index in [0, k)
     * @return \(\operatorname{Im} \chi(g_c)\)
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public double im(int chi, int c) {
        return im[chi][Objects.checkIndex(c, dims.length)];
    }

    /**
     * The largest deviation from the orthogonality relations (a diagnostic; computed on each call
     * in \(O(k^3)\) time).
     *
     * <p>Rows: \(\frac{1}{|G|} \sum_C |C| \chi(C) \overline{\psi(C)} = \delta_{\chi\psi}\);
     * columns: \(\frac{\sqrt{|C||D|}}{|G|} \sum_\chi \chi(C) \overline{\chi(D)} = \delta_{CD}\).
     * Returns the largest modulus of (left side − right side) over both.
     *
     * @return the deviation, about \(10^{-15}\) to \(10^{-13}\) for the built-in groups
     */
    public double orthogonalityError() {
        int k = dims.length;
        double n = group.order();
        double worst = 0;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                double sr = 0;
                double si = 0;
                double cr = 0;
                double ci = 0;
                for (int j = 0; j < k; j++) {
                    double w = classSize(j);
                    sr += w * (re[a][j] * re[b][j] + im[a][j] * im[b][j]);
                    si += w * (im[a][j] * re[b][j] - re[a][j] * im[b][j]);
                    cr += re[j][a] * re[j][b] + im[j][a] * im[j][b];
                    ci += im[j][a] * re[j][b] - re[j][a] * im[j][b];
                }
                double delta = a == b ? 1 : 0;
                double scale = Math.sqrt((double) classSize(a) * classSize(b)) / n;
                worst = Math.max(worst, Math.hypot(sr / n - delta, si / n));
                worst = Math.max(worst, Math.hypot(cr * scale - delta, ci * scale));
            }
        }
        return worst;
    }

    /**
     * The table as text: one row per character, one column per class headed by its representative's
     * label and size, values to four decimals.
     *
     * @return the formatted table
     */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "character table of %s%n", group.name()));
        sb.append(String.format(Locale.ROOT, "%-6s", ""));
        for (int c = 0; c < dims.length; c++) {
            sb.append(
                    String.format(
                            Locale.ROOT,
                            " %18s",
                            group.label(representative(c)) + " [" + classSize(c) + "]"));
        }
        sb.append(System.lineSeparator());
        for (int chi = 0; chi < dims.length; chi++) {
            sb.append(String.format(Locale.ROOT, "%-6s", "χ" + chi));
            for (int c = 0; c < dims.length; c++) {
                double r = Math.abs(re[chi][c]) < 5e-5 ? 0.0 : re[chi][c]; // no "-0.0000"
                double i = im[chi][c];
                String v =
                        Math.abs(i) < 5e-5
                                ? String.format(Locale.ROOT, "%.4f", r)
                                : String.format(Locale.ROOT, "%.4f%+.4fi", r, i);
                sb.append(String.format(Locale.ROOT, " %18s", v));
            }
            sb.append(System.lineSeparator());
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT, "CharacterTable(%s, dimensions %s)", group.name(), dimensions());
    }
}
