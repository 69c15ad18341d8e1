package dev.cogs.algebra.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Acceptance of "every finite group": for every built-in group of order at most 120, the
 * representations and character table satisfy the defining identities, each recomputed here from
 * the raw matrices.
 */
class IrreducibleRepresentationsTest {

    /**
     * The acceptance tolerance. The measured errors are about 1e-14 (S5: unitarity 2e-14,
     * homomorphism 1e-14), so 1e-10 leaves four orders of magnitude and still catches any wrong
     * sign, basis or class.
     */
    private static final double TOLERANCE = 1e-10;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cogs.algebra.group.GroupGens#acceptance")
    void representationsOfBuiltInGroups(String name) {
        FiniteGroup g = FiniteGroups.parse(name);
        int n = g.order();
        IrreducibleRepresentations reps = IrreducibleRepresentations.of(g);
        CharacterTable table = reps.characterTable();
        int k = g.classCount();

        assertEquals(k, reps.size(), "number of irreps = number of classes");
        assertEquals(k, table.size());
        int sumSquares = 0;
        for (IrreducibleRepresentation r : reps.representations()) {
            sumSquares += r.dimension() * r.dimension();
        }
        assertEquals(n, sumSquares, "sum of squared dimensions = |G|");

        assertCharacterOrthogonality(table, n);

        int[][] t = g.table();
        for (int index = 0; index < k; index++) {
            IrreducibleRepresentation r = reps.get(index);
            assertEquals(index, r.index());
            assertEquals(table.dimension(index), r.dimension());
            int d = r.dimension();
            double[][] re = new double[n][d * d];
            double[][] im = new double[n][d * d];
            for (int x = 0; x < n; x++) {
                for (int i = 0; i < d; i++) {
                    for (int j = 0; j < d; j++) {
                        re[x][i * d + j] = r.re(x, i, j);
                        im[x][i * d + j] = r.im(x, i, j);
                    }
                }
            }
            for (int x = 0; x < n; x++) {
                // unitarity rho(x) rho(x)^* = I and trace = character
                double trRe = 0;
                double trIm = 0;
                for (int i = 0; i < d; i++) {
                    trRe += re[x][i * d + i];
                    trIm += im[x][i * d + i];
                    for (int j = 0; j < d; j++) {
                        double sr = 0;
                        double si = 0;
                        for (int l = 0; l < d; l++) {
                            sr +=
                                    re[x][i * d + l] * re[x][j * d + l]
                                            + im[x][i * d + l] * im[x][j * d + l];
                            si +=
                                    im[x][i * d + l] * re[x][j * d + l]
                                            - re[x][i * d + l] * im[x][j * d + l];
                        }
                        assertTrue(
                                Math.hypot(sr - (i == j ? 1 : 0), si) <= TOLERANCE,
                                () -> name + ": rho(g) rho(g)^* != I");
                    }
                }
                int c = g.classOf(x);
                assertTrue(
                        Math.hypot(trRe - table.re(index, c), trIm - table.im(index, c))
                                <= TOLERANCE,
                        () -> name + ": trace != character");
                // homomorphism on all pairs
                for (int y = 0; y < n; y++) {
                    double[] pr = re[t[x][y]];
                    double[] pi = im[t[x][y]];
                    for (int i = 0; i < d; i++) {
                        for (int j = 0; j < d; j++) {
                            double sr = 0;
                            double si = 0;
                            for (int l = 0; l < d; l++) {
                                sr +=
                                        re[x][i * d + l] * re[y][l * d + j]
                                                - im[x][i * d + l] * im[y][l * d + j];
                                si +=
                                        re[x][i * d + l] * im[y][l * d + j]
                                                + im[x][i * d + l] * re[y][l * d + j];
                            }
                            if (Math.hypot(pr[i * d + j] - sr, pi[i * d + j] - si) > TOLERANCE) {
                                throw new AssertionError(
                                        String.format(
                                                "%s: rho(%s·%s) != rho(%s) rho(%s)",
                                                name,
                                                g.label(x),
                                                g.label(y),
                                                g.label(x),
                                                g.label(y)));
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * Rows: sum_C |C| chi(C) conj(psi(C)) = |G| delta; columns: sum_chi chi(C) conj(chi(D)) =
     * |G|/|C| delta.
     */
    private static void assertCharacterOrthogonality(CharacterTable t, int n) {
        int k = t.size();
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                double rr = 0;
                double ri = 0;
                double cr = 0;
                double ci = 0;
                for (int j = 0; j < k; j++) {
                    rr += t.classSize(j) * (t.re(a, j) * t.re(b, j) + t.im(a, j) * t.im(b, j));
                    ri += t.classSize(j) * (t.im(a, j) * t.re(b, j) - t.re(a, j) * t.im(b, j));
                    cr += t.re(j, a) * t.re(j, b) + t.im(j, a) * t.im(j, b);
                    ci += t.im(j, a) * t.re(j, b) - t.re(j, a) * t.im(j, b);
                }
                assertTrue(
                        Math.hypot(rr / n - (a == b ? 1 : 0), ri / n) <= TOLERANCE,
                        "row orthogonality");
                double col = a == b ? (double) n / t.classSize(a) : 0;
                assertTrue(Math.hypot(cr - col, ci) / n <= TOLERANCE, "column orthogonality");
            }
        }
    }

    /**
     * Schur orthogonality of matrix coefficients, (1/|G|) sum_g rho_ij(g) conj(sigma_kl(g)) =
     * delta_{rho sigma} delta_ik delta_jl / d_rho: the representations are irreducible, pairwise
     * inequivalent and unitary.
     */
    @Test
    void matrixCoefficientsAreOrthogonal() {
        for (String name : List.of("S3", "Q8", "A4", "S4", "A5", "D6", "S3xS3", "S5")) {
            FiniteGroup g = FiniteGroups.parse(name);
            IrreducibleRepresentations reps = IrreducibleRepresentations.of(g);
            int n = g.order();
            for (IrreducibleRepresentation rho : reps.representations()) {
                for (IrreducibleRepresentation sigma : reps.representations()) {
                    int d = rho.dimension();
                    int e = sigma.dimension();
                    for (int i = 0; i < d; i++) {
                        for (int j = 0; j < d; j++) {
                            for (int a = 0; a < e; a++) {
                                for (int b = 0; b < e; b++) {
                                    double sr = 0;
                                    double si = 0;
                                    for (int x = 0; x < n; x++) {
                                        sr +=
                                                rho.re(x, i, j) * sigma.re(x, a, b)
                                                        + rho.im(x, i, j) * sigma.im(x, a, b);
                                        si +=
                                                rho.im(x, i, j) * sigma.re(x, a, b)
                                                        - rho.re(x, i, j) * sigma.im(x, a, b);
                                    }
                                    double expected =
                                            rho == sigma && i == a && j == b ? 1.0 / d : 0.0;
                                    assertTrue(
                                            Math.hypot(sr / n - expected, si / n) <= TOLERANCE,
                                            name);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void diagnosticsAreSmall() {
        for (String name : List.of("S4", "A5", "D9", "Q8xZ3", "Z12")) {
            IrreducibleRepresentations reps =
                    IrreducibleRepresentations.of(FiniteGroups.parse(name));
            assertTrue(reps.unitarityError() < 1e-13, name);
            assertTrue(reps.homomorphismError() < 1e-13, name);
            assertTrue(reps.characterError() < 1e-13, name);
            assertTrue(reps.characterTable().orthogonalityError() < 1e-13, name);
        }
    }

    /**
     * Same seed, same matrices; another seed gives other bases of the same (equivalent)
     * representations.
     */
    @Test
    void determinismAndSeeds() {
        FiniteGroup s4 = FiniteGroups.symmetric(4);
        IrreducibleRepresentations a = IrreducibleRepresentations.of(s4);
        assertEquals(a, IrreducibleRepresentations.of(s4));
        assertEquals(
                a,
                IrreducibleRepresentations.of(
                        s4, new SplittableRandom(IrreducibleRepresentations.DEFAULT_SEED)));
        IrreducibleRepresentations b = IrreducibleRepresentations.of(s4, new SplittableRandom(99));
        assertNotEquals(a, b);
        assertEquals(a.dimensions(), b.dimensions());
        assertTrue(b.homomorphismError() < 1e-13);
        for (int r = 0; r < a.size(); r++) {
            for (int x = 0; x < s4.order(); x++) {
                assertEquals(a.get(r).characterRe(x), b.get(r).characterRe(x), 1e-13);
                assertEquals(a.get(r).characterIm(x), b.get(r).characterIm(x), 1e-13);
            }
        }
        ComplexMatrix m = a.get(4).matrix(5);
        assertEquals(3, m.rows());
        assertEquals(a.get(4).re(5, 1, 2), m.re(1, 2));
        assertTrue(m.multiply(m.conjugateTranspose()).isClose(ComplexMatrix.identity(3), 1e-13));
    }

    /**
     * Relabelling the group relabels the representations: the dimensions and character multiset are
     * unchanged.
     */
    @Test
    void relabelledGroupHasTheSameDimensions() {
        for (String name : List.of("S4", "D5", "Q8", "A4")) {
            FiniteGroup g = FiniteGroups.parse(name);
            FiniteGroup h =
                    GroupGens.relabelled(g, GroupGens.permutation(g.order(), name.hashCode()));
            IrreducibleRepresentations rh = IrreducibleRepresentations.of(h);
            assertEquals(IrreducibleRepresentations.of(g).dimensions(), rh.dimensions(), name);
            assertTrue(rh.homomorphismError() < 1e-13, name);
        }
    }
}
