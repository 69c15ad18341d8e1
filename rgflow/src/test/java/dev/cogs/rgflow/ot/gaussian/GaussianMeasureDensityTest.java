package dev.cogs.rgflow.ot.gaussian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.rgflow.linalg.Matrix;
import dev.cogs.rgflow.linalg.SymmetricEigen;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

/**
 * Density, entropy, square root, eigen decomposition and sampling of {@link GaussianMeasure},
 * against the 2×2 closed forms written out here (explicit inverse and determinant) and, for
 * sampling, seeded Monte Carlo.
 */
class GaussianMeasureDensityTest {

    // Σ = [[2, 0.6], [0.6, 1]]: det = 1.64, Σ⁻¹ = [[1, −0.6], [−0.6, 2]] / 1.64
    private static final double[] MEAN = {1.0, -0.5};
    private static final Matrix SIGMA = Matrix.of(new double[][] {{2, 0.6}, {0.6, 1}});
    private static final double DET = 2 * 1 - 0.6 * 0.6;
    private static final GaussianMeasure G = GaussianMeasure.of(MEAN, SIGMA);

    private static RandomGenerator rng(long seed) {
        return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    }

    @Test
    void logDensityIsTheGaussianClosedForm() {
        double[][] points = {{1.0, -0.5}, {0, 0}, {3, 2}, {-2, 1.5}};
        for (double[] x : points) {
            double d0 = x[0] - MEAN[0];
            double d1 = x[1] - MEAN[1];
            double q = (1 * d0 * d0 - 2 * 0.6 * d0 * d1 + 2 * d1 * d1) / DET;
            double expected = -0.5 * q - Math.log(2 * Math.PI) - 0.5 * Math.log(DET);
            assertEquals(expected, G.logDensity(x), 1e-13, "ln p at (" + x[0] + ", " + x[1] + ")");
        }
        // one dimension: ln p(x) of N(0, 1) at 0 is −½ ln 2π
        assertEquals(
                -0.5 * Math.log(2 * Math.PI),
                GaussianMeasure.standard(1).logDensity(new double[] {0}),
                1e-15);
        assertThrows(IllegalArgumentException.class, () -> G.logDensity(new double[] {1}));
    }

    @Test
    void entropyIsHalfLogDetOfTwoPiESigma() {
        assertEquals(0.5 * Math.log(Math.pow(2 * Math.PI * Math.E, 2) * DET), G.entropy(), 1e-14);
        assertEquals(
                0.5 * Math.log(2 * Math.PI * Math.E) * 3,
                GaussianMeasure.standard(3).entropy(),
                1e-14);
        // and it is −E[ln p], estimated from seeded samples (standard error of the mean of ln p:
        // sd(ln p)/√n,
        // sd(ln p) = √(d/2) = 1 for d = 2)
        int n = 40_000;
        double[][] x = G.sample(rng(5), n);
        double s = 0;
        for (double[] p : x) {
            s -= G.logDensity(p);
        }
        assertEquals(G.entropy(), s / n, 5 / Math.sqrt(n), "−E[ln p] (5 standard errors)");
    }

    @Test
    void samplesHaveTheMeanAndCovariance() {
        int n = 40_000;
        double[][] x = G.sample(rng(9), n);
        double[] m = new double[2];
        for (double[] p : x) {
            m[0] += p[0] / n;
            m[1] += p[1] / n;
        }
        double[][] c = new double[2][2];
        for (double[] p : x) {
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    c[i][j] += (p[i] - m[i]) * (p[j] - m[j]) / (n - 1);
                }
            }
        }
        // 5 standard errors: sd(mean_i) = √(Σ_ii/n); sd(cov_ij) = √((Σ_iiΣ_jj + Σ_ij²)/n)
        for (int i = 0; i < 2; i++) {
            assertEquals(MEAN[i], m[i], 5 * Math.sqrt(SIGMA.get(i, i) / n), "mean " + i);
            for (int j = 0; j < 2; j++) {
                double sd =
                        Math.sqrt(
                                (SIGMA.get(i, i) * SIGMA.get(j, j)
                                                + SIGMA.get(i, j) * SIGMA.get(i, j))
                                        / n);
                assertEquals(SIGMA.get(i, j), c[i][j], 5 * sd, "covariance " + i + j);
            }
        }
        // the generator is the only source of randomness
        assertArrayEquals(G.sample(rng(3), 5)[4], G.sample(rng(3), 5)[4], 0.0);
        assertEquals(0, G.sample(rng(3), 0).length);
        assertThrows(IllegalArgumentException.class, () -> G.sample(rng(3), -1));
    }

    @Test
    void squareRootAndEigenDecompositionOfTheCovariance() {
        Matrix root = G.covarianceSqrt();
        assertTrue(root.isSymmetric(1e-15), "symmetric root");
        assertTrue(root.multiply(root).isClose(SIGMA, 1e-14), "root² = Σ");
        SymmetricEigen e = G.covarianceEigen();
        // eigenvalues of [[2, .6], [.6, 1]]: (3 ∓ √(1 + 1.44)) / 2
        double r = Math.sqrt(1 + 4 * 0.36);
        assertEquals((3 - r) / 2, e.values()[0], 1e-15);
        assertEquals((3 + r) / 2, e.values()[1], 1e-15);
        assertEquals(Math.log(DET), e.logDeterminant(), 1e-15);
    }

    @Test
    void standardIsZeroMeanIdentityCovariance() {
        GaussianMeasure s = GaussianMeasure.standard(4);
        assertEquals(4, s.dimension());
        assertArrayEquals(new double[4], s.mean(), 0.0);
        assertTrue(s.covariance().isClose(Matrix.identity(4), 0.0));
        assertThrows(IllegalArgumentException.class, () -> GaussianMeasure.standard(0));
    }

    @Test
    void barycenterDefaults() {
        BarycenterOptions d = BarycenterOptions.defaults();
        assertEquals(BarycenterMethod.ALVAREZ_ESTEBAN, d.method());
        assertEquals(1000, d.maxIterations());
        assertEquals(1e-14, d.tolerance(), 0.0);
    }
}
