package dev.cogs.algebra.group;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * A complete set of pairwise inequivalent irreducible unitary representations of a finite group,
 * one per character of its {@link CharacterTable} and in the same order.
 *
 * <p>Algorithm. The characters come from {@link CharacterTable#of(FiniteGroup)}. A one-dimensional
 * representation is its character. For \(d_\chi \ge 2\), in the left regular representation \((L(g)
 * f)(x) = f(g^{-1} x)\) on \(\mathbb{C}^G\):
 *
 * <ol>
 *   <li>The isotypic projector \(p_\chi = \frac{d_\chi}{|G|} \sum_g \overline{\chi(g)} L(g)\), with
 *       entries \((p_\chi)_{xh} = \frac{d_\chi}{|G|}\overline{\chi(x h^{-1})}\), is an orthogonal
 *       projector of rank \(d_\chi^2\). An orthonormal basis \(Q\) of its range is extracted from
 *       its columns by Gram–Schmidt with pivoting on the largest residual (two orthogonalisation
 *       passes; a residual below \(1/(2|G|)\) is refused because the trace argument guarantees at
 *       least \(1/|G|\)).
 *   <li>The range is \(V_\chi \otimes \mathbb{C}^{d_\chi}\), with \(L\) acting on the first factor
 *       and the right regular action \((R(h) f)(x) = f(xh)\), which commutes with \(L\), acting on
 *       the second. A random Hermitian element \(T = \sum_h (c_h R(h) + \overline{c_h} R(h)^*)\) of
 *       the right action, with complex \(c_h\) drawn from the random generator, is compressed to
 *       \(Q^* T Q\) and diagonalised (complex Jacobi); its eigenvalues come in \(d_\chi\) clusters
 *       of multiplicity \(d_\chi\), and each eigenspace is an irreducible invariant subspace. The
 *       lowest cluster is used; if it is not tight (spread above \(10^{-8}\) of the spectral
 *       radius) or not isolated (gap below \(10^{-3}\) of it), new coefficients are drawn, at most
 *       16 times.
 *   <li>With \(B\) the orthonormal \(|G| \times d\) basis of that eigenspace, \(\rho(g) = B^* L(g)
 *       B\), which is unitary and multiplicative because the range of \(B\) is invariant.
 * </ol>
 *
 * Cost \(O(|G|^2 d^2)\) time per representation, \(O(|G|^3)\) in all; memory \(O(|G| \sum d^2) =
 * O(|G|^2)\). For the built-in groups of order at most 120, the unitarity, homomorphism and
 * character errors are below \(10^{-12}\) (see the diagnostics {@link #unitarityError()}, {@link
 * #homomorphismError()}, {@link #characterError()}).
 *
 * <p>Determinism: {@link #of(FiniteGroup)} draws from a {@link SplittableRandom} with the fixed
 * seed {@link #DEFAULT_SEED}, so it returns the same matrices on every run; other seeds give
 * equivalent representations in other bases.
 *
 * <p>This class is immutable. {@code equals} is exact.
 */
public final class IrreducibleRepresentations {

    /** The seed used by {@link #of(FiniteGroup)}. */
    public static final long DEFAULT_SEED = 0x1_22E9_5EEDL;

    private static final int MAX_ATTEMPTS = 16;
    private static final double MAX_CLUSTER_SPREAD = 1e-8;
    private static final double MIN_CLUSTER_GAP = 1e-3;

    private final FiniteGroup group;
    private final CharacterTable table;
    private final List<IrreducibleRepresentation> representations;

    private IrreducibleRepresentations(
            FiniteGroup group,
            CharacterTable table,
            List<IrreducibleRepresentation> representations) {
        this.group = group;
        this.table = table;
        this.representations = representations;
    }

    /**
     * The irreducible representations of a group, deterministically (seed {@link #DEFAULT_SEED}).
     *
     * @param group the group
     * @return its irreducible unitary representations
     * @throws ArithmeticException if the numerical method fails (not observed for the built-in
     *     groups)
     * @throws NullPointerException if {@code group} is null
     */
    public static IrreducibleRepresentations of(FiniteGroup group) {
        return of(group, new SplittableRandom(DEFAULT_SEED));
    }

    /**
     * The irreducible representations of a group, with the bases chosen by a random generator.
     *
     * @param group the group
     * @param random the generator of the random elements of the group algebra that split isotypic
     *     components
     * @return its irreducible unitary representations
     * @throws ArithmeticException if the numerical method fails (not observed for the built-in
     *     groups)
     * @throws NullPointerException if an argument is null
     */
    public static IrreducibleRepresentations of(FiniteGroup group, RandomGenerator random) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(random, "random");
        CharacterTable table = CharacterTable.of(group);
        int n = group.order();
        List<IrreducibleRepresentation> reps = new ArrayList<>();
        for (int chi = 0; chi < table.size(); chi++) {
            int d = table.dimension(chi);
            double[] chiRe = new double[n];
            double[] chiIm = new double[n];
            for (int x = 0; x < n; x++) {
                chiRe[x] = table.re(chi, group.classOf(x));
                chiIm[x] = table.im(chi, group.classOf(x));
            }
            if (d == 1) {
                double[][] re = new double[n][1];
                double[][] im = new double[n][1];
                for (int x = 0; x < n; x++) {
                    re[x][0] = chiRe[x];
                    im[x][0] = chiIm[x];
                }
                reps.add(new IrreducibleRepresentation(group, chi, 1, re, im));
            } else {
                reps.add(construct(group, chi, d, chiRe, chiIm, random));
            }
        }
        return new IrreducibleRepresentations(group, table, Collections.unmodifiableList(reps));
    }

    private static IrreducibleRepresentation construct(
            FiniteGroup group,
            int chi,
            int d,
            double[] chiRe,
            double[] chiIm,
            RandomGenerator random) {
        int n = group.order();
        int[][] t = group.table();
        int[] inv = new int[n];
        for (int x = 0; x < n; x++) {
            inv[x] = group.inverse(x);
        }
        int rank = d * d;
        double scale = (double) d / n;
        double[][] qr = new double[rank][];
        double[][] qi = new double[rank][];
        double[] residual = new double[n];
        java.util.Arrays.fill(residual, (double) d * d / n);
        for (int b = 0; b < rank; b++) {
            int h = 0;
            for (int x = 1; x < n; x++) {
                if (residual[x] > residual[h]) {
                    h = x;
                }
            }
            if (!(residual[h] >= 0.5 / n)) {
                throw new ArithmeticException(
                        String.format(
                                Locale.ROOT,
                                "isotypic component of character %d of %s has rank %d, expected %d",
                                chi,
                                group.name(),
                                b,
                                rank));
            }
            double[] ur = new double[n];
            double[] ui = new double[n];
            int hInv = inv[h];
            for (int x = 0; x < n; x++) {
                int y = t[x][hInv];
                ur[x] = scale * chiRe[y];
                ui[x] = -scale * chiIm[y];
            }
            for (int pass = 0; pass < 2; pass++) {
                for (int a = 0; a < b; a++) {
                    double cr = 0;
                    double ci = 0;
                    for (int x = 0; x < n; x++) {
                        cr += qr[a][x] * ur[x] + qi[a][x] * ui[x];
                        ci += qr[a][x] * ui[x] - qi[a][x] * ur[x];
                    }
                    for (int x = 0; x < n; x++) {
                        ur[x] -= cr * qr[a][x] - ci * qi[a][x];
                        ui[x] -= cr * qi[a][x] + ci * qr[a][x];
                    }
                }
            }
            double norm = 0;
            for (int x = 0; x < n; x++) {
                norm += ur[x] * ur[x] + ui[x] * ui[x];
            }
            norm = Math.sqrt(norm);
            for (int x = 0; x < n; x++) {
                ur[x] /= norm;
                ui[x] /= norm;
                // <p_x, q> = q_x because q lies in the range of the Hermitian projector.
                residual[x] -= ur[x] * ur[x] + ui[x] * ui[x];
            }
            qr[b] = ur;
            qi[b] = ui;
        }
        double[] vals = null;
        double[][] yr = null;
        double[][] yi = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS && vals == null; attempt++) {
            double[] cr = new double[n];
            double[] ci = new double[n];
            for (int h = 0; h < n; h++) {
                cr[h] = random.nextDouble(-1, 1);
                ci[h] = random.nextDouble(-1, 1);
            }
            // (T q)(x) = sum_h c_h q(x h) + conj(c_h) q(x h^{-1})
            double[][] tqr = new double[rank][n];
            double[][] tqi = new double[rank][n];
            for (int b = 0; b < rank; b++) {
                double[] sr = qr[b];
                double[] si = qi[b];
                for (int x = 0; x < n; x++) {
                    int[] row = t[x];
                    double accR = 0;
                    double accI = 0;
                    for (int h = 0; h < n; h++) {
                        int y = row[h];
                        int z = row[inv[h]];
                        accR += cr[h] * (sr[y] + sr[z]) - ci[h] * (si[y] - si[z]);
                        accI += cr[h] * (si[y] + si[z]) + ci[h] * (sr[y] - sr[z]);
                    }
                    tqr[b][x] = accR;
                    tqi[b][x] = accI;
                }
            }
            double[][] mr = new double[rank][rank];
            double[][] mi = new double[rank][rank];
            for (int a = 0; a < rank; a++) {
                for (int b = 0; b < rank; b++) {
                    double sr = 0;
                    double si = 0;
                    for (int x = 0; x < n; x++) {
                        sr += qr[a][x] * tqr[b][x] + qi[a][x] * tqi[b][x];
                        si += qr[a][x] * tqi[b][x] - qi[a][x] * tqr[b][x];
                    }
                    mr[a][b] = sr;
                    mi[a][b] = si;
                }
            }
            HermitianEigen eig = HermitianEigen.of(mr, mi);
            double[] v = eig.values;
            double radius = Math.max(Math.abs(v[0]), Math.abs(v[rank - 1]));
            double spread = v[d - 1] - v[0];
            double gap = v[d] - v[d - 1];
            if (spread <= MAX_CLUSTER_SPREAD * radius && gap >= MIN_CLUSTER_GAP * radius) {
                vals = v;
                yr = eig.vecRe;
                yi = eig.vecIm;
            }
        }
        if (vals == null) {
            throw new ArithmeticException(
                    String.format(
                            Locale.ROOT,
                            "could not split the isotypic component of character %d of %s in %d attempts",
                            chi,
                            group.name(),
                            MAX_ATTEMPTS));
        }
        // B_i = sum_b Y[b][i] q_b, i < d
        double[][] br = new double[d][n];
        double[][] bi = new double[d][n];
        for (int i = 0; i < d; i++) {
            for (int b = 0; b < rank; b++) {
                double cr = yr[b][i];
                double ci = yi[b][i];
                for (int x = 0; x < n; x++) {
                    br[i][x] += cr * qr[b][x] - ci * qi[b][x];
                    bi[i][x] += cr * qi[b][x] + ci * qr[b][x];
                }
            }
        }
        // rho(g)_ij = sum_x conj(B_i(x)) B_j(g^{-1} x)
        double[][] re = new double[n][d * d];
        double[][] im = new double[n][d * d];
        for (int g = 0; g < n; g++) {
            int[] row = t[inv[g]];
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    double sr = 0;
                    double si = 0;
                    for (int x = 0; x < n; x++) {
                        int y = row[x];
                        sr += br[i][x] * br[j][y] + bi[i][x] * bi[j][y];
                        si += br[i][x] * bi[j][y] - bi[i][x] * br[j][y];
                    }
                    re[g][i * d + j] = sr;
                    im[g][i * d + j] = si;
                }
            }
        }
        return new IrreducibleRepresentation(group, chi, d, re, im);
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
     * The character table; representation i has character i.
     *
     * @return the character table
     */
    public CharacterTable characterTable() {
        return table;
    }

    /**
     * The number of irreducible representations (the number of conjugacy classes).
     *
     * @return the count
     */
    public int size() {
        return representations.size();
    }

    /**
     * One representation.
     *
     * @param i an index in [0, size())
     * @return representation i, whose character is character i of {@link #characterTable()}
     * @throws IndexOutOfBoundsException if {@code i} is out of range
     */
    public IrreducibleRepresentation get(int i) {
        return representations.get(i);
    }

    /**
     * All representations, in character order.
     *
     * @return the representations, unmodifiable
     */
    public List<IrreducibleRepresentation> representations() {
        return representations;
    }

    /**
     * The dimensions, in character order; their squares sum to \(|G|\).
     *
     * @return the dimensions, unmodifiable
     */
    public List<Integer> dimensions() {
        return table.dimensions();
    }

    /**
     * The largest entry modulus of \(\rho(g)\rho(g)^* - I\) over all representations and elements
     * (a diagnostic, computed on each call in \(O(|G| \sum d^3)\) time).
     *
     * @return the unitarity error
     */
    public double unitarityError() {
        double worst = 0;
        for (IrreducibleRepresentation r : representations) {
            int d = r.dimension();
            for (int g = 0; g < group.order(); g++) {
                double[] ar = r.reRaw(g);
                double[] ai = r.imRaw(g);
                for (int i = 0; i < d; i++) {
                    for (int j = 0; j < d; j++) {
                        double sr = 0;
                        double si = 0;
                        for (int l = 0; l < d; l++) {
                            // a_il * conj(a_jl)
                            sr += ar[i * d + l] * ar[j * d + l] + ai[i * d + l] * ai[j * d + l];
                            si += ai[i * d + l] * ar[j * d + l] - ar[i * d + l] * ai[j * d + l];
                        }
                        worst = Math.max(worst, Math.hypot(sr - (i == j ? 1 : 0), si));
                    }
                }
            }
        }
        return worst;
    }

    /**
     * The largest entry modulus of \(\rho(gh) - \rho(g)\rho(h)\) over all representations and all
     * pairs (a diagnostic, computed on each call in \(O(|G|^2 \sum d^3)\) time).
     *
     * @return the homomorphism error
     */
    public double homomorphismError() {
        double worst = 0;
        int n = group.order();
        int[][] t = group.table();
        for (IrreducibleRepresentation r : representations) {
            int d = r.dimension();
            for (int g = 0; g < n; g++) {
                double[] ar = r.reRaw(g);
                double[] ai = r.imRaw(g);
                for (int h = 0; h < n; h++) {
                    double[] br = r.reRaw(h);
                    double[] bi = r.imRaw(h);
                    double[] pr = r.reRaw(t[g][h]);
                    double[] pi = r.imRaw(t[g][h]);
                    for (int i = 0; i < d; i++) {
                        for (int j = 0; j < d; j++) {
                            double sr = 0;
                            double si = 0;
                            for (int l = 0; l < d; l++) {
                                sr += ar[i * d + l] * br[l * d + j] - ai[i * d + l] * bi[l * d + j];
                                si += ar[i * d + l] * bi[l * d + j] + ai[i * d + l] * br[l * d + j];
                            }
                            worst =
                                    Math.max(
                                            worst,
                                            Math.hypot(pr[i * d + j] - sr, pi[i * d + j] - si));
                        }
                    }
                }
            }
        }
        return worst;
    }

    /**
     * The largest modulus of \(\operatorname{tr}\rho(g) - \chi(g)\) against the character table (a
     * diagnostic).
     *
     * @return the character error
     */
    public double characterError() {
        double worst = 0;
        for (IrreducibleRepresentation r : representations) {
            for (int g = 0; g < group.order(); g++) {
                int c = group.classOf(g);
                worst =
                        Math.max(
                                worst,
                                Math.hypot(
                                        r.characterRe(g) - table.re(r.index(), c),
                                        r.characterIm(g) - table.im(r.index(), c)));
            }
        }
        return worst;
    }

    @Override
    public boolean equals(Object o) {
        return this == o
                || (o instanceof IrreducibleRepresentations
                        && representations.equals(
                                ((IrreducibleRepresentations) o).representations));
    }

    @Override
    public int hashCode() {
        return representations.hashCode();
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "IrreducibleRepresentations(%s, dimensions %s)",
                group.name(),
                dimensions());
    }
}
