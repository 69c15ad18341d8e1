package dev.cogs.nets.analysis;

import static dev.cogs.nets.analysis.TestNets.I;
import static dev.cogs.nets.analysis.TestNets.W3;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import dev.cogs.algebra.Complex;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class FactoriserTest {

    @Test
    void errBoundsAreThoseOfTheSpec() {
        // docs/cogs-math.md §9 step 4d: 0.3464 for q_k = 4, 0.4243 for q_k = 6.
        assertEquals(0.3464, AnalysisOptions.paper().errBound(4), 5e-5);
        assertEquals(0.4243, AnalysisOptions.paper().errBound(6), 5e-5);
        // docs/cogs-math.md §9 step 4d: the factor 0.1 of 0.1·√(3 q_k)
        assertEquals(0.1, AnalysisOptions.paper().factorability(), 0.0);
    }

    @Test
    void signFixUndoesTheMinusMinusOneSymmetryAndNamesTheFlippedNode() {
        // A 4-node group S1 = columns 0, 1 and S2 = S1 ⊙ (r_a, r_b, 1): the identity column order
        // has c-ratios
        // exactly 1 (real c), so it is the first minimum. Negating a and b of S1 column 1 (the
        // (−1,−1,1)
        // symmetry) makes its a-ratio −r_a, 2 away from r_a: the sign fix must flip node 5 back and
        // leave err 0.
        Complex ra = TestNets.unit(0.7);
        Complex rb = TestNets.unit(-1.9);
        Complex a1 = TestNets.unit(0.4);
        Complex b1 = TestNets.unit(1.1);
        int[] nodes = {3, 5, 8, 9};
        for (boolean flip : new boolean[] {false, true}) {
            Complex s = flip ? Complex.of(-1, 0) : Complex.ONE;
            Complex[][] f = {
                {Complex.ONE, a1.multiply(s), ra, a1.multiply(ra)},
                {Complex.ONE, b1.multiply(s), rb, b1.multiply(rb)},
                {Complex.ONE, Complex.of(2, 0), Complex.ONE, Complex.of(2, 0)}
            };
            Factorisation fac = Factoriser.factorise(f, nodes, AnalysisOptions.paper());
            assertEquals(List.of(3, 5, 8, 9), fac.columnOrder());
            assertEquals(flip ? List.of(5) : List.of(), fac.flipped());
            assertTrue(fac.err() < 1e-12, "err " + fac.err());
            assertEquals(2, fac.first().order());
            assertEquals(2, fac.second().order());
        }
    }

    @Test
    void permutationsAreEnumeratedLexicographically() {
        List<String> seen = new ArrayList<>();
        int[] p = {0, 1, 2};
        do {
            seen.add(p[0] + "" + p[1] + p[2]);
        } while (Factoriser.nextPermutation(p));
        assertEquals(List.of("012", "021", "102", "120", "201", "210"), seen);
        int[] q = {0, 1, 2, 3, 4, 5};
        int count = 1;
        while (Factoriser.nextPermutation(q)) {
            count++;
        }
        assertEquals(720, count);
    }

    /**
     * Independent brute force: the first permutation (lexicographic, recursive) reaching the
     * minimum cost.
     */
    private static int[] firstMinimum(Complex[][] f) {
        int q = f[0].length;
        List<int[]> all = new ArrayList<>();
        permute(new int[q], new boolean[q], 0, all);
        double best = Double.POSITIVE_INFINITY;
        int[] arg = null;
        for (int[] p : all) {
            int h = q / 2;
            Complex[] rho = new Complex[h];
            double mr = 0;
            double mi = 0;
            for (int i = 0; i < h; i++) {
                rho[i] = f[2][p[i]].divide(f[2][p[h + i]]);
                mr += rho[i].re();
                mi += rho[i].im();
            }
            mr /= h;
            mi /= h;
            // Same floating-point expression as the implementation, so exact ties stay exact.
            double c = 0;
            for (Complex r : rho) {
                c += (r.re() - mr) * (r.re() - mr) + (r.im() - mi) * (r.im() - mi);
            }
            if (c < best) {
                best = c;
                arg = p;
            }
        }
        return arg;
    }

    private static void permute(int[] cur, boolean[] used, int pos, List<int[]> out) {
        if (pos == cur.length) {
            out.add(cur.clone());
            return;
        }
        for (int v = 0; v < cur.length; v++) {
            if (!used[v]) {
                used[v] = true;
                cur[pos] = v;
                permute(cur, used, pos + 1, out);
                used[v] = false;
            }
        }
    }

    @Test
    void bestOrderIsTheFirstMinimumOfTheExhaustiveSearch() {
        qt().withExamples(30)
                .forAll(
                        doubles().between(-3, 3),
                        doubles().between(-3, 3),
                        doubles().between(0.5, 2))
                .checkAssert(
                        (t1, t2, m) -> {
                            // Random 4- and 6-node groups with some exactly repeated c-values
                            // (ties).
                            Complex[][] f4 = {
                                {Complex.ONE, I, TestNets.unit(t1), TestNets.unit(t2)},
                                {Complex.ONE, I, Complex.ONE, TestNets.unit(t1)},
                                {
                                    Complex.ONE,
                                    TestNets.unit(t1).multiply(m),
                                    Complex.ONE,
                                    TestNets.unit(t2)
                                }
                            };
                            assertArrayEquals(firstMinimum(f4), Factoriser.bestOrder(f4, 4, 2));
                            Complex[][] f6 = new Complex[3][6];
                            for (int p = 0; p < 3; p++) {
                                for (int i = 0; i < 6; i++) {
                                    f6[p][i] =
                                            TestNets.unit(t1 * (i + 1) + p * t2)
                                                    .multiply(i % 2 == 0 ? 1 : m);
                                }
                            }
                            f6[2][3] = f6[2][0];
                            assertArrayEquals(firstMinimum(f6), Factoriser.bestOrder(f6, 6, 3));
                        });
    }

    @Test
    void principalCubeRootIsThePrincipalBranch() {
        qt().forAll(doubles().between(-Math.PI, Math.PI), doubles().between(1e-3, 1e3))
                .checkAssert(
                        (t, r) -> {
                            Complex z = TestNets.unit(t).multiply(r);
                            Complex c = Factoriser.principalCubeRoot(z);
                            assertTrue(c.pow(3.0).subtract(z).abs() < 1e-12 * r, "cube");
                            assertTrue(
                                    Math.abs(c.arg() - t / 3) < 1e-12, "argument in (−π/3, π/3]");
                        });
    }

    private static Complex[][] order2(Complex a2, Complex b2, Complex c2) {
        return new Complex[][] {{Complex.ONE, a2}, {Complex.ONE, b2}, {Complex.ONE, c2}};
    }

    @Test
    void order2TypesInTheSpecsTestOrder() {
        Complex xi = TestNets.unit(0.3);
        assertEquals(FactorType.ORDER_2_XI, Factoriser.classify(TestNets.xi(xi, 1), 0.1).type());
        assertEquals(FactorType.ORDER_2_XI, Factoriser.classify(TestNets.xi(xi, -1), 0.1).type());
        assertEquals(xi, Factoriser.classify(TestNets.xi(xi, 1), 0.1).parameters().get(0));
        assertEquals(FactorType.ORDER_2_4C, Factoriser.classify(TestNets.nuI(), 0.1).type());
        Complex nu = Complex.of(0.9, 0.4);
        Factor f = Factoriser.classify(TestNets.nu(nu), 0.1);
        assertEquals(FactorType.ORDER_2_NU, f.type());
        assertTrue(f.parameters().get(0).subtract(nu).abs() < 1e-12);
        assertEquals(
                FactorType.ORDER_2_UNKNOWN,
                Factoriser.classify(order2(Complex.ONE, Complex.ONE, Complex.ONE), 0.1).type());
        // Thresholds at t = 0.1 on a unit-product column, c₂ = i·e^{iε}: |c₂ − i| = 2 sin(ε/2).
        double in = 2 * Math.asin(0.099 / 2);
        double out = 2 * Math.asin(0.101 / 2);
        Complex a = TestNets.unit(0.5);
        for (double eps : new double[] {in, out}) {
            Complex c2 = I.multiply(TestNets.unit(eps));
            Complex b2 = a.multiply(c2).reciprocal();
            FactorType type = Factoriser.classify(order2(a, b2, c2), 0.1).type();
            assertEquals(
                    eps == in ? FactorType.ORDER_2_XI : FactorType.ORDER_2_UNKNOWN,
                    type,
                    "eps " + eps);
        }
    }

    @Test
    void cubeRootNormalisationUndoesTheScaleSymmetry() {
        // (s a, s b, c / s²) has the same product, and the type tests see a·b·c-normalised columns.
        Complex nu = Complex.of(0.7, -0.6);
        Complex[][] x = TestNets.nu(nu);
        double s = 1.7;
        Complex[][] y = {
            {Complex.ONE, x[0][1].multiply(s)},
            {Complex.ONE, x[1][1].multiply(s)},
            {Complex.ONE, x[2][1].divide(s * s)}
        };
        Factor f = Factoriser.classify(y, 0.1);
        assertEquals(FactorType.ORDER_2_NU, f.type());
        assertTrue(
                f.parameters().get(0).subtract(nu.multiply(s)).abs() < 1e-12,
                "ν is a₂ after normalisation");
        // A column with product p ≠ 1 is divided by p^{1/3}: (p, 1, 1) → (p^{2/3}, p^{-1/3},
        // p^{-1/3}).
        Complex p = Complex.of(-8, 0);
        Factor g = Factoriser.classify(order2(p, Complex.ONE, Complex.ONE), 0.1);
        Complex root = Complex.of(1, Math.sqrt(3)); // principal cube root of −8
        assertTrue(g.c().get(1).subtract(root.reciprocal()).abs() < 1e-12);
    }

    @Test
    void order3SynAndSynAbWithTheQuirk() {
        assertEquals(FactorType.ORDER_3_SYN, Factoriser.classify(TestNets.syn(), 0.1).type());
        // Conjugated syn (columns 1 and 2 swapped) is still syn after the Im c₁ < 0 conjugation.
        Complex[][] swapped = TestNets.syn();
        for (Complex[] row : swapped) {
            Complex t = row[1];
            row[1] = row[2];
            row[2] = t;
        }
        assertEquals(FactorType.ORDER_3_SYN, Factoriser.classify(swapped, 0.1).type());
        Complex alpha = TestNets.unit(2.5);
        Complex beta = TestNets.unit(-2.0);
        Factor f = Factoriser.classify(TestNets.synAb(alpha, beta), 0.1);
        assertEquals(FactorType.ORDER_3_SYN_AB, f.type());
        assertEquals(3, f.order());
        // α·ω₃ = e^{i(2.5+2.094)} has Re < 0 (kept); β·ω₃² = e^{i(−2+4.189)} has Re < 0 (kept).
        assertTrue(f.parameters().get(0).subtract(alpha).abs() < 1e-12);
        assertTrue(
                f.parameters().get(1).subtract(beta.multiply(W3)).abs() < 1e-12,
                "β is reported as a₂/ω₃");
    }

    @Test
    void zeroCoefficientsMakeTheGroupNonFactorableWithoutNaN() {
        Complex[][] f = {
            {Complex.ONE, Complex.ZERO, Complex.ONE, Complex.ONE},
            {Complex.ONE, Complex.ONE, Complex.ONE, Complex.ONE},
            {Complex.ONE, Complex.ONE, Complex.ONE, I}
        };
        Factorisation fac =
                Factoriser.factorise(f, new int[] {3, 5, 8, 9}, AnalysisOptions.paper());
        assertEquals(Double.POSITIVE_INFINITY, fac.err());
        assertTrue(!fac.factorable());
        assertEquals(SolutionKind.NON_FACTORABLE, NetAnalysis.kindOf(fac));
    }

    @Test
    void seedEstimatesUseBesselsCorrection() {
        // values 0.90, 1.00, 0.95: mean 0.95, sample s.d. 0.05, s.e.m. 0.05/√3 = 0.0288675.
        SeedEstimate e = SeedEstimate.of(0.90, 1.00, 0.95);
        assertEquals(0.95, e.mean(), 1e-15);
        assertEquals(0.05 / Math.sqrt(3), e.standardError().orElseThrow(), 1e-15);
        assertEquals("95.0 ± 2.9", e.format(100, 1));
        assertTrue(SeedEstimate.of(0.5).standardError().isEmpty());
    }

    @Test
    void tableAggregatesDefinedValuesOnly() {
        RunStatistics a =
                new RunStatistics(
                        11, 6, 5, 0, 1, 6, 3, 1, OptionalDouble.of(0.01), OptionalDouble.of(0.1));
        RunStatistics b =
                new RunStatistics(
                        11, 0, 11, 0, 0, 0, 10, 0, OptionalDouble.empty(), OptionalDouble.of(0.2));
        assertEquals(10, a.factorable());
        assertEquals(0.6, a.solNuIXi().orElseThrow(), 1e-15);
        assertEquals(0.0, a.solOthers().orElseThrow(), 1e-15);
        assertEquals(0.2, a.nonFactorable6().orElseThrow(), 1e-15);
        assertEquals(1.0 / 11, b.solOthers().orElseThrow(), 1e-15);
        FactorisationTable t = FactorisationTable.of(List.of(a, b));
        // matched: 1 and 10/11; mean 21/22; two values: s.e.m. = |x1 − x2|/2 = 1/22.
        assertEquals(21.0 / 22, t.estimate(Statistic.MATCHED).orElseThrow().mean(), 1e-15);
        assertEquals(
                1.0 / 22,
                t.estimate(Statistic.MATCHED).orElseThrow().standardError().orElseThrow(),
                1e-15);
        assertEquals(
                1,
                t.estimate(Statistic.NONFACT_4).orElseThrow().seeds(),
                "run b has no order-4 group");
        assertEquals(0.0, t.estimate(Statistic.NON_46).orElseThrow().mean(), 0.0);
        assertTrue(FactorisationTable.of(List.of()).estimate(Statistic.ERR_4).isEmpty());
        assertEquals(Statistic.values().length, t.estimates().size());
        for (Statistic s : Statistic.values()) {
            assertEquals(t.estimate(s), t.estimates().get(s), s.label());
        }
    }
}
