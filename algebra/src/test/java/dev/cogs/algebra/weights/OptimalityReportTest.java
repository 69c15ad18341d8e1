package dev.cogs.algebra.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.cogs.algebra.Complex;
import dev.cogs.testkit.weights.WeightGenerators;
import org.junit.jupiter.api.Test;

/**
 * The optimality report against a brute-force evaluation of the docs/cogs-math.md §3.2/§3.4
 * definitions.
 */
class OptimalityReportTest {

    /** Brute force: max per class and loss share from SumPotential / GroupedPotential values. */
    private static double[][] bruteForce(FourierNet z) {
        int d = z.d();
        double[] max = new double[4];
        double[] share = new double[4];
        for (int k = 1; k < d; k++) {
            for (int m1 = 0; m1 < d; m1++) {
                for (int m2 = 0; m2 < d; m2++) {
                    Complex t = SumPotentials.abc(d, m1, m2, k).valueAt(z).multiply(2);
                    if (m1 == k && m2 == k) {
                        t = t.subtract(1.0 / d);
                    }
                    if (m2 == 0) {
                        t = t.add(SumPotentials.grouped(Part.A, d, m1, k).valueAt(z));
                    }
                    if (m1 == 0) {
                        t = t.add(SumPotentials.grouped(Part.B, d, m2, k).valueAt(z));
                    }
                    int cls;
                    double v = t.abs();
                    if (m1 != 0 && m2 != 0) {
                        cls = (m1 == k && m2 == k) ? 0 : 1;
                        v /= 2;
                    } else {
                        cls = (m1 == 0 && m2 == 0) ? 3 : 2;
                    }
                    max[cls] = Math.max(max[cls], v);
                    share[cls] += d * t.abs() * t.abs();
                }
            }
        }
        return new double[][] {max, share};
    }

    @Test
    void reportMatchesTheDefinitions() {
        qt().withExamples(60)
                .forAll(WeightGenerators.sameD(1, 3))
                .check(
                        zs -> {
                            FourierNet z = zs.get(0);
                            OptimalityReport r = OptimalityReport.of(z);
                            double[][] bf = bruteForce(z);
                            for (int c = 0; c < 4; c++) {
                                OptimalityReport.Violation v = r.violations().get(c);
                                if (Math.abs(v.max() - bf[0][c]) > 1e-12 * Math.max(1, bf[0][c])
                                        || Math.abs(v.lossShare() - bf[1][c])
                                                > 1e-12 * Math.max(1, bf[1][c])) {
                                    return false;
                                }
                            }
                            return Math.abs(r.loss() - CogsLoss.residualForm(z))
                                    <= 1e-12 * Math.max(1, r.loss());
                        });
    }

    @Test
    void worstIndexPointsAtTheWorstResidual() {
        // F4 at d = 7: only R_n fails, at every frequency equally; ties go to the smallest k.
        OptimalityReport r = OptimalityReport.of(Constructions.f4(7, Complex.of(0.6, 0.8)));
        assertEquals(1, r.bias().worst().orElseThrow().k());
        assertEquals("R_n(1)", r.bias().index());
        assertEquals(Math.sqrt(2) / 7, r.bias().max(), 1e-15);
        assertTrue(r.isGlobalOptimum(1) && !r.isGlobalOptimum(0.1));
        // The empty net: every R_g entry is 1/(2d) and nothing else is violated.
        OptimalityReport e = OptimalityReport.of(FourierNet.empty(7));
        assertEquals(1.0 / 14, e.target().max(), 0.0);
        assertEquals("r_{1,1,1}", e.target().index());
        assertEquals(0.0, e.cross().max(), 0.0);
        assertEquals("-", e.cross().index());
        assertTrue(e.cross().worst().isEmpty(), "a class that holds exactly has no worst residual");
        assertEquals(6.0 / 7, e.loss(), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> e.isGlobalOptimum(Double.NaN));
    }
}
