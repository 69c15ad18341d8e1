package dev.cogs.rgflow.ot.gaussian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.cogs.rgflow.linalg.Matrix;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rows 1–7 of docs/rgflow.md §8 (closed forms, tolerance ~1e-10 relative as docs/rgflow.md §8
 * says).
 */
class GaussianMeasureTest {

    private static final double REL = 1e-10;

    private static final GaussianMeasure ROW3_A =
            GaussianMeasure.of(new double[] {0, 0}, Matrix.diagonal(2, 1));
    private static final GaussianMeasure ROW3_B =
            GaussianMeasure.of(new double[] {1, 2}, Matrix.of(new double[][] {{1, .5}, {.5, 1}}));

    private static void assertRel(double expected, double actual) {
        assertEquals(
                expected,
                actual,
                REL * Math.abs(expected),
                () -> "expected " + expected + " got " + actual);
    }

    @Test
    void row1OneDimensional() {
        assertRel(2.0, GaussianMeasure.of1d(0, 1).w2Squared(GaussianMeasure.of1d(1, 4)));
    }

    @Test
    void row2Diagonal() {
        GaussianMeasure a = GaussianMeasure.of(new double[] {0, 0}, Matrix.diagonal(1, 4));
        GaussianMeasure b = GaussianMeasure.of(new double[] {1, 1}, Matrix.diagonal(4, 9));
        assertRel(4.0, a.w2Squared(b));
    }

    @Test
    void row3BuresDistanceAndFidelity() {
        assertRel(5.331171563322, ROW3_A.w2Squared(ROW3_B));
        assertRel(2.308932992385, ROW3_A.w2(ROW3_B));
        assertRel(2.334414218339, ROW3_A.buresFidelity(ROW3_B));
    }

    @Test
    void row4MongeMap() {
        AffineMap t = ROW3_A.mongeMap(ROW3_B);
        double[][] expected = {{0.690696802234, 0.214186495298}, {0.214186495298, 0.953020613871}};
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                assertRel(expected[i][j], t.linear().get(i, j));
            }
        }
        // push-forward of the source is the target (A Σ₁ A = Σ₂, shift = m₂ − A m₁)
        GaussianMeasure image = ROW3_A.pushForward(t);
        assertTrue(image.covariance().isClose(ROW3_B.covariance(), 1e-13));
        assertEquals(1.0, image.mean()[0], 1e-15);
        assertEquals(2.0, image.mean()[1], 1e-15);
    }

    @Test
    void row5BuresBarycentreBothIterations() {
        double[][] expected = {{1.440696802234, 0.285639871474}, {0.285639871474, 0.976510306936}};
        for (BarycenterMethod method : BarycenterMethod.values()) {
            GaussianBarycenter bc =
                    GaussianMeasure.barycenter(
                            List.of(ROW3_A, ROW3_B),
                            new double[] {.5, .5},
                            new BarycenterOptions(method, 1000, 1e-15));
            assertTrue(bc.converged(), method + " did not converge");
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    assertRel(expected[i][j], bc.barycenter().covariance().get(i, j));
                }
            }
            assertEquals(0.5, bc.barycenter().mean()[0], 1e-15);
        }
    }

    @Test
    void row5AlvarezEstebanNeedsFewerIterations() {
        // docs/rgflow.md §6.5: about 8 vs 48 iterations on the row-3 covariances
        int fp =
                GaussianMeasure.barycenter(
                                List.of(ROW3_A, ROW3_B),
                                new double[] {.5, .5},
                                new BarycenterOptions(BarycenterMethod.FIXED_POINT, 1000, 1e-14))
                        .iterations();
        int ae =
                GaussianMeasure.barycenter(
                                List.of(ROW3_A, ROW3_B),
                                new double[] {.5, .5},
                                new BarycenterOptions(
                                        BarycenterMethod.ALVAREZ_ESTEBAN, 1000, 1e-14))
                        .iterations();
        assertTrue(ae < fp, "Álvarez-Esteban " + ae + " vs fixed point " + fp);
        assertTrue(ae <= 12, "Álvarez-Esteban iterations " + ae);
    }

    @Test
    void row6Mahalanobis() {
        assertRel(4.457985098524, ROW3_A.mahalanobisW2Squared(ROW3_B, Matrix.diagonal(2, 0.5)));
    }

    @Test
    void row7EntropicClosedForm() {
        assertRel(
                2.777670345263,
                GaussianMeasure.of1d(0, 1).entropicOt(GaussianMeasure.of1d(1, 4), 0.5));
    }

    @Test
    void entropicOtTendsToW2AsEpsilonVanishes() {
        // OT_ε → W₂² as ε → 0 (the entropic correction is O(ε log ε))
        double w2 = ROW3_A.w2Squared(ROW3_B);
        double e = ROW3_A.entropicOt(ROW3_B, 1e-8);
        assertEquals(w2, e, 1e-6);
    }

    @Test
    void buresOfEqualGaussiansIsZeroAndSymmetric() {
        qt().withExamples(100)
                .forAll(integers().between(1, 6), integers().all())
                .check(
                        (d, seed) -> {
                            Matrix s =
                                    dev.cogs.rgflow.linalg.MatrixFixtures.randomSpd(d, seed, 0.05);
                            Matrix t =
                                    dev.cogs.rgflow.linalg.MatrixFixtures.randomSpd(
                                            d, seed + 1, 0.05);
                            GaussianMeasure g = GaussianMeasure.of(new double[d], s);
                            GaussianMeasure h = GaussianMeasure.of(new double[d], t);
                            double scale = s.trace() + t.trace();
                            return g.w2Squared(g) <= 1e-12 * scale
                                    && Math.abs(g.w2Squared(h) - h.w2Squared(g)) <= 1e-10 * scale;
                        });
    }

    @Test
    void klOfGaussiansMatchesOneDimensionalClosedForm() {
        // KL(N(0,1)‖N(1,4)) = ½(1/4 + 1/4 − 1 + ln 4)
        double expected = 0.5 * (0.25 + 0.25 - 1 + Math.log(4));
        assertEquals(expected, GaussianMeasure.of1d(0, 1).kl(GaussianMeasure.of1d(1, 4)), 1e-15);
    }

    @Test
    void rejectsBadCovariancesNamingTheValue() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                GaussianMeasure.of(
                                        new double[] {0, 0},
                                        Matrix.of(new double[][] {{1, 2}, {2, 1}})));
        assertTrue(e.getMessage().contains("positive definite"), e.getMessage());
        assertTrue(e.getMessage().contains("[[1.0, 2.0], [2.0, 1.0]]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GaussianMeasure.of1d(0, 0));
        assertThrows(IllegalArgumentException.class, () -> GaussianMeasure.of1d(Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> GaussianMeasure.of1d(0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> ROW3_A.w2(GaussianMeasure.of1d(0, 1)));
        assertThrows(IllegalArgumentException.class, () -> ROW3_A.entropicOt(ROW3_B, 0));
        assertThrows(IllegalArgumentException.class, () -> ROW3_A.entropicOt(ROW3_B, Double.NaN));
        assertFalse(ROW3_A.equals(ROW3_B));
    }
}
