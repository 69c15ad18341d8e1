package dev.cogs.algebra.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CharacterTableTest {

    /**
     * Published values are algebraic numbers given to double precision; the computed ones agree to
     * ~1e-14.
     */
    private static final double TOLERANCE = 1e-12;

    private static final double PHI = (1 + Math.sqrt(5)) / 2;
    private static final double PHI_BAR = (1 - Math.sqrt(5)) / 2;
    private static final double W_RE = -0.5;
    private static final double W_IM = Math.sqrt(3) / 2;

    /**
     * Asserts that the computed table equals the expected rows as a multiset of rows; the columns
     * are the classes of the elements with the given labels, which must cover every class once.
     */
    private static void assertTable(
            FiniteGroup g, List<String> reps, double[][] re, double[][] im) {
        CharacterTable t = CharacterTable.of(g);
        int k = t.size();
        assertEquals(k, reps.size(), "one representative per class");
        int[] cls = new int[k];
        Set<Integer> seen = new HashSet<>();
        for (int c = 0; c < k; c++) {
            cls[c] = g.classOf(g.element(reps.get(c)).orElseThrow());
            seen.add(cls[c]);
        }
        assertEquals(k, seen.size(), "representatives of distinct classes");
        boolean[] used = new boolean[k];
        for (int row = 0; row < re.length; row++) {
            int match = -1;
            for (int chi = 0; chi < k && match < 0; chi++) {
                boolean ok = !used[chi];
                for (int c = 0; c < k && ok; c++) {
                    double ei = im == null ? 0.0 : im[row][c];
                    ok =
                            Math.abs(t.re(chi, cls[c]) - re[row][c]) <= TOLERANCE
                                    && Math.abs(t.im(chi, cls[c]) - ei) <= TOLERANCE;
                }
                if (ok) {
                    match = chi;
                }
            }
            final int r = row;
            assertTrue(
                    match >= 0,
                    () ->
                            g.name()
                                    + ": no computed character matches expected row "
                                    + r
                                    + "\n"
                                    + t.format());
            used[match] = true;
        }
        assertEquals(k, re.length);
    }

    // Tables: Fulton & Harris, Representation Theory (GTM 129), Lectures 1-3 (S3, S4, A4, S5, A5);
    // Q8 and D4
    // share one table (James & Liebeck, Representations and Characters of Groups, 2nd ed., CUP
    // 2001).

    @Test
    void s3() {
        assertTable(
                FiniteGroups.symmetric(3),
                List.of("()", "(1 2)", "(1 2 3)"),
                new double[][] {{1, 1, 1}, {1, -1, 1}, {2, 0, -1}},
                null);
    }

    @Test
    void d4AndQ8ShareTheirTable() {
        double[][] rows = {
            {1, 1, 1, 1, 1},
            {1, 1, 1, -1, -1},
            {1, 1, -1, 1, -1},
            {1, 1, -1, -1, 1},
            {2, -2, 0, 0, 0}
        };
        assertTable(FiniteGroups.dihedral(4), List.of("e", "r^2", "r", "s", "r s"), rows, null);
        assertTable(FiniteGroups.quaternion(), List.of("1", "-1", "i", "j", "k"), rows, null);
        assertEquals(
                List.of(1, 1, 1, 1, 2), CharacterTable.of(FiniteGroups.quaternion()).dimensions());
    }

    @Test
    void a4HasComplexCharacters() {
        // omega = e^{2 pi i / 3}; omega^2 = conj(omega)
        assertTable(
                FiniteGroups.alternating(4),
                List.of("()", "(1 2)(3 4)", "(1 2 3)", "(1 3 2)"),
                new double[][] {
                    {1, 1, 1, 1}, {1, 1, W_RE, W_RE}, {1, 1, W_RE, W_RE}, {3, -1, 0, 0}
                },
                new double[][] {
                    {0, 0, 0, 0}, {0, 0, W_IM, -W_IM}, {0, 0, -W_IM, W_IM}, {0, 0, 0, 0}
                });
    }

    @Test
    void s4() {
        assertTable(
                FiniteGroups.symmetric(4),
                List.of("()", "(1 2)", "(1 2)(3 4)", "(1 2 3)", "(1 2 3 4)"),
                new double[][] {
                    {1, 1, 1, 1, 1},
                    {1, -1, 1, 1, -1},
                    {2, 0, 2, -1, 0},
                    {3, 1, -1, 0, -1},
                    {3, -1, -1, 0, 1}
                },
                null);
        assertEquals(
                List.of(1, 1, 2, 3, 3), CharacterTable.of(FiniteGroups.symmetric(4)).dimensions());
    }

    @Test
    void a5HasTheGoldenRatio() {
        // (1 3 5 2 4) = (1 2 3 4 5)^2 lies in the other class of 5-cycles of A5
        assertTable(
                FiniteGroups.alternating(5),
                List.of("()", "(1 2)(3 4)", "(1 2 3)", "(1 2 3 4 5)", "(1 3 5 2 4)"),
                new double[][] {
                    {1, 1, 1, 1, 1},
                    {3, -1, 0, PHI, PHI_BAR},
                    {3, -1, 0, PHI_BAR, PHI},
                    {4, 0, 1, -1, -1},
                    {5, 1, -1, 0, 0}
                },
                null);
        assertEquals(
                List.of(1, 3, 3, 4, 5),
                CharacterTable.of(FiniteGroups.alternating(5)).dimensions());
    }

    /**
     * S_n from closed forms: trivial, sign, standard (fixed points - 1), and for S5 also sign x
     * standard and the exterior square of the standard, chi(g) = (chi_std(g)^2 - chi_std(g^2)) / 2.
     */
    @Test
    void symmetricGroupsAgainstPermutationCharacters() {
        for (int n = 3; n <= 5; n++) {
            FiniteGroup s = FiniteGroups.symmetric(n);
            CharacterTable t = CharacterTable.of(s);
            List<double[]> expected = new ArrayList<>();
            int k = t.size();
            double[] trivial = new double[k];
            double[] sign = new double[k];
            double[] std = new double[k];
            double[] signStd = new double[k];
            double[] wedge = new double[k];
            for (int c = 0; c < k; c++) {
                int g = t.representative(c);
                trivial[c] = 1;
                sign[c] = sign(s.label(g));
                std[c] = fixedPoints(s.label(g), n) - 1;
                signStd[c] = sign[c] * std[c];
                double stdOfSquare = fixedPoints(s.label(s.multiply(g, g)), n) - 1;
                wedge[c] = (std[c] * std[c] - stdOfSquare) / 2;
            }
            expected.add(trivial);
            expected.add(sign);
            expected.add(std);
            if (n >= 4) {
                expected.add(signStd);
            }
            if (n == 5) {
                expected.add(wedge);
            }
            for (double[] row : expected) {
                boolean found = false;
                for (int chi = 0; chi < k && !found; chi++) {
                    boolean ok = true;
                    for (int c = 0; c < k && ok; c++) {
                        ok =
                                Math.abs(t.re(chi, c) - row[c]) <= TOLERANCE
                                        && Math.abs(t.im(chi, c)) <= TOLERANCE;
                    }
                    found = ok;
                }
                final int degree = n;
                assertTrue(
                        found,
                        () -> "S" + degree + " lacks a closed-form character\n" + t.format());
            }
        }
        assertEquals(
                List.of(1, 1, 4, 4, 5, 5, 6),
                CharacterTable.of(FiniteGroups.symmetric(5)).dimensions());
    }

    /** Number of fixed points of a permutation given in cycle notation on 1..n. */
    private static int fixedPoints(String cycles, int n) {
        return n - (int) cycles.chars().filter(Character::isDigit).count();
    }

    /** Sign from cycle notation: a cycle of length L contributes (-1)^(L-1). */
    private static int sign(String cycles) {
        int s = 1;
        for (String cycle : cycles.split("\\)")) {
            int length = (int) cycle.chars().filter(Character::isDigit).count();
            if (length > 0 && length % 2 == 0) {
                s = -s;
            }
        }
        return s;
    }

    /**
     * D_n for n = 1..60 from Serre, Linear Representations of Finite Groups, §5.3: linear
     * characters r^a s^i -> x^a y^i with y = +-1 and x = 1 (x = -1 too when n is even), and for 0 <
     * j < n/2 the two-dimensional psi_j(r^a) = 2 cos(2 pi j a / n), psi_j(r^a s) = 0.
     */
    @Test
    void dihedralGroupsAgainstTheClosedForm() {
        for (int n = 1; n <= 60; n++) {
            FiniteGroup d = FiniteGroups.dihedral(n);
            List<String> reps = new ArrayList<>();
            for (List<Integer> cls : d.conjugacyClasses()) {
                reps.add(d.label(cls.get(0)));
            }
            List<double[]> rows = new ArrayList<>();
            int[] xs = n % 2 == 0 ? new int[] {1, -1} : new int[] {1};
            for (int x : xs) {
                for (int y : new int[] {1, -1}) {
                    double[] row = new double[reps.size()];
                    for (int c = 0; c < reps.size(); c++) {
                        int g = d.conjugacyClasses().get(c).get(0);
                        int a = g % n;
                        int i = g / n;
                        row[c] = Math.pow(x, a) * Math.pow(y, i);
                    }
                    rows.add(row);
                }
            }
            for (int j = 1; 2 * j < n; j++) {
                double[] row = new double[reps.size()];
                for (int c = 0; c < reps.size(); c++) {
                    int g = d.conjugacyClasses().get(c).get(0);
                    row[c] = g < n ? 2 * Math.cos(2 * Math.PI * j * (g % n) / n) : 0;
                }
                rows.add(row);
            }
            assertTable(d, reps, rows.toArray(new double[0][]), null);
        }
    }

    /**
     * Differential test: the numerical Burnside-Dixon method against the exact abelian characters.
     */
    @Test
    void burnsideAgreesWithTheExactAbelianTable() {
        for (String name :
                List.of(
                        "Z1",
                        "Z2",
                        "Z7",
                        "Z12",
                        "Z30",
                        "Z2xZ2",
                        "Z2xZ4",
                        "Z3xZ3xZ3",
                        "Z60",
                        "Z120")) {
            FiniteGroup g = FiniteGroups.parse(name);
            CharacterTable exact = CharacterTable.of(g);
            CharacterTable numeric =
                    CharacterTable.burnside(g, new SplittableRandom(name.hashCode()));
            int n = g.order();
            boolean[] used = new boolean[n];
            for (int a = 0; a < n; a++) {
                int match = -1;
                for (int b = 0; b < n && match < 0; b++) {
                    boolean ok = !used[b];
                    for (int c = 0; c < n && ok; c++) {
                        ok =
                                Math.abs(exact.re(a, c) - numeric.re(b, c)) <= 1e-13
                                        && Math.abs(exact.im(a, c) - numeric.im(b, c)) <= 1e-13;
                    }
                    if (ok) {
                        match = b;
                    }
                }
                assertTrue(match >= 0, name + ": exact character " + a + " not found numerically");
                used[match] = true;
            }
        }
    }

    /**
     * The characters do not depend on the random combination (canonical order, values to 1e-13).
     */
    @Test
    void tableDoesNotDependOnTheSeed() {
        for (String name : List.of("S4", "A5", "D7", "Q8xZ3")) {
            FiniteGroup g = FiniteGroups.parse(name);
            CharacterTable a = CharacterTable.of(g);
            CharacterTable b = CharacterTable.burnside(g, new SplittableRandom(12345));
            assertEquals(a.dimensions(), b.dimensions());
            for (int chi = 0; chi < a.size(); chi++) {
                for (int c = 0; c < a.size(); c++) {
                    assertEquals(a.re(chi, c), b.re(chi, c), 1e-13, name);
                    assertEquals(a.im(chi, c), b.im(chi, c), 1e-13, name);
                }
            }
        }
    }

    @Test
    void orderingAndFormatting() {
        CharacterTable t = CharacterTable.of(FiniteGroups.symmetric(4));
        for (int c = 0; c < t.size(); c++) {
            assertEquals(1.0, t.re(0, c)); // trivial first, snapped exactly
        }
        assertEquals(0, t.representative(0));
        assertEquals(1, t.classSize(0));
        String text = t.format();
        assertTrue(text.contains("(1 2)(3 4) [3]"), text);
        assertTrue(text.contains("χ4"), text);
        assertTrue(t.orthogonalityError() < 1e-13);
        assertEquals("CharacterTable(S4, dimensions [1, 1, 2, 3, 3])", t.toString());
    }
}
