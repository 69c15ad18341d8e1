package dev.cogs.algebra.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HermitianEigenTest {

    /**
     * Residual and orthonormality bound: 1e-13 covers n roundings of entries of size at most n (n
     * <= 12).
     */
    private static final double TOLERANCE = 1e-13;

    @Test
    void randomHermitianMatricesAreDiagonalised() {
        qt().withExamples(200)
                .forAll(integers().between(1, 12), longs().all())
                .check(
                        (n, seed) -> {
                            SplittableRandom r = new SplittableRandom(seed);
                            double[][] re = new double[n][n];
                            double[][] im = new double[n][n];
                            for (int i = 0; i < n; i++) {
                                for (int j = 0; j <= i; j++) {
                                    re[i][j] = r.nextDouble(-1, 1);
                                    re[j][i] = re[i][j];
                                    if (i != j) {
                                        // a third of the entries real (negative or positive), the
                                        // rest complex
                                        im[i][j] = r.nextInt(3) == 0 ? 0.0 : r.nextDouble(-1, 1);
                                        im[j][i] = -im[i][j];
                                    }
                                }
                            }
                            return residual(re, im, HermitianEigen.of(re, im)) <= TOLERANCE;
                        });
    }

    /**
     * Regression: a real symmetric matrix with negative off-diagonal entries (a phase of -1 must be
     * applied).
     */
    @Test
    void negativeRealOffDiagonals() {
        double[][] re = {{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}};
        double[][] im = new double[3][3];
        HermitianEigen e = HermitianEigen.of(re, im);
        // eigenvalues of the tridiagonal Toeplitz matrix: 2 - 2 cos(k pi / 4), k = 1, 2, 3; a
        // Jacobi eigenvalue
        // is accurate to a few ulps of ||A|| (about 3.4), so 1e-14
        assertEquals(2 - Math.sqrt(2), e.values[0], 1e-14);
        assertEquals(2, e.values[1], 1e-14);
        assertEquals(2 + Math.sqrt(2), e.values[2], 1e-14);
        assertTrue(residual(re, im, e) <= TOLERANCE);
    }

    /**
     * Degenerate eigenvalues (the situation of the isotypic splitting): any orthonormal eigenbasis.
     */
    @Test
    void degenerateSpectrum() {
        // A = I (x) diag(1, 2) conjugated by a fixed unitary built from a random Hermitian matrix's
        // eigenvectors
        SplittableRandom r = new SplittableRandom(7);
        int n = 6;
        double[][] hr = new double[n][n];
        double[][] hi = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                hr[i][j] = hr[j][i] = r.nextDouble(-1, 1);
                if (i != j) {
                    hi[i][j] = r.nextDouble(-1, 1);
                    hi[j][i] = -hi[i][j];
                }
            }
        }
        HermitianEigen u = HermitianEigen.of(hr, hi);
        double[] lambda = {1, 1, 1, 2, 2, 2};
        double[][] ar = new double[n][n];
        double[][] ai = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    // U diag U^*: u_ik lambda_k conj(u_jk)
                    ar[i][j] +=
                            lambda[k]
                                    * (u.vecRe[i][k] * u.vecRe[j][k]
                                            + u.vecIm[i][k] * u.vecIm[j][k]);
                    ai[i][j] +=
                            lambda[k]
                                    * (u.vecIm[i][k] * u.vecRe[j][k]
                                            - u.vecRe[i][k] * u.vecIm[j][k]);
                }
            }
        }
        HermitianEigen e = HermitianEigen.of(ar, ai);
        for (int k = 0; k < n; k++) {
            assertEquals(lambda[k], e.values[k], 1e-14);
        }
        assertTrue(residual(ar, ai, e) <= TOLERANCE);
    }

    /** max of |A v - lambda v| and |V^* V - I| entries, computed directly. */
    private static double residual(double[][] re, double[][] im, HermitianEigen e) {
        int n = re.length;
        double worst = 0;
        for (int k = 0; k < n; k++) {
            if (k > 0 && e.values[k] < e.values[k - 1]) {
                return Double.POSITIVE_INFINITY;
            }
            for (int i = 0; i < n; i++) {
                double sr = 0;
                double si = 0;
                for (int j = 0; j < n; j++) {
                    sr += re[i][j] * e.vecRe[j][k] - im[i][j] * e.vecIm[j][k];
                    si += re[i][j] * e.vecIm[j][k] + im[i][j] * e.vecRe[j][k];
                }
                worst =
                        Math.max(
                                worst,
                                Math.hypot(
                                        sr - e.values[k] * e.vecRe[i][k],
                                        si - e.values[k] * e.vecIm[i][k]));
            }
            for (int l = 0; l < n; l++) {
                double sr = 0;
                double si = 0;
                for (int i = 0; i < n; i++) {
                    sr += e.vecRe[i][k] * e.vecRe[i][l] + e.vecIm[i][k] * e.vecIm[i][l];
                    si += e.vecRe[i][k] * e.vecIm[i][l] - e.vecIm[i][k] * e.vecRe[i][l];
                }
                worst = Math.max(worst, Math.hypot(sr - (k == l ? 1 : 0), si));
            }
        }
        return worst;
    }
}
