package dev.cogs.algebra.group;

import java.util.Arrays;
import java.util.Locale;

/**
 * Eigen-decomposition \(A = V \Lambda V^*\) of a complex Hermitian matrix by the cyclic Jacobi
 * method.
 *
 * <p>Each rotation first multiplies row and column q by a phase so that \(a_{pq}\) becomes real and
 * positive, then applies the real Jacobi rotation that zeroes it (Golub and Van Loan, <i>Matrix
 * Computations</i>, 4th ed., §8.5, for the real case). Sweeps stop when the off-diagonal Frobenius
 * norm is at most \(10^{-18}\) times the Frobenius norm of \(A\) (Jacobi converges quadratically,
 * so this costs about one more sweep than \(10^{-9}\) would); the eigenvalues are accurate to about
 * \(\varepsilon \|A\|\) and each eigenvector to about \(\varepsilon \|A\| / \mathrm{gap}\). Cost
 * about \(10 n^3\) flops per sweep.
 *
 * <p>Package-private numerical kernel; not thread-safe while running, immutable once built.
 */
final class HermitianEigen {

    private static final int MAX_SWEEPS = 100;

    /** Eigenvalues, ascending. */
    final double[] values;

    /** Eigenvector j is column j: {@code vecRe[i][j] + i vecIm[i][j]}. */
    final double[][] vecRe;

    /** Imaginary parts of the eigenvectors, same layout as {@link #vecRe}. */
    final double[][] vecIm;

    /** Sweeps used. */
    final int sweeps;

    private HermitianEigen(double[] values, double[][] vecRe, double[][] vecIm, int sweeps) {
        this.values = values;
        this.vecRe = vecRe;
        this.vecIm = vecIm;
        this.sweeps = sweeps;
    }

    /**
     * Decomposes the Hermitian matrix {@code re + i im}; only its Hermitian part \((A + A^*)/2\) is
     * used.
     *
     * @throws ArithmeticException if an entry is not finite or Jacobi does not converge
     */
    static HermitianEigen of(double[][] re, double[][] im) {
        int n = re.length;
        double[][] ar = new double[n][n];
        double[][] ai = new double[n][n];
        double norm2 = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                ar[i][j] = 0.5 * (re[i][j] + re[j][i]);
                ai[i][j] = 0.5 * (im[i][j] - im[j][i]);
                if (!Double.isFinite(ar[i][j]) || !Double.isFinite(ai[i][j])) {
                    throw new ArithmeticException(
                            String.format(
                                    Locale.ROOT,
                                    "Hermitian matrix entry (%d, %d) is not finite",
                                    i,
                                    j));
                }
                norm2 += ar[i][j] * ar[i][j] + ai[i][j] * ai[i][j];
            }
        }
        double[][] vr = new double[n][n];
        double[][] vi = new double[n][n];
        for (int i = 0; i < n; i++) {
            vr[i][i] = 1.0;
        }
        int sweep = 0;
        while (true) {
            double off = 0;
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    off += ar[p][q] * ar[p][q] + ai[p][q] * ai[p][q];
                }
            }
            if (off == 0 || Math.sqrt(2 * off) <= 1e-18 * Math.sqrt(norm2)) {
                break;
            }
            if (sweep == MAX_SWEEPS) {
                throw new ArithmeticException(
                        String.format(
                                Locale.ROOT,
                                "Jacobi did not converge in %d sweeps (n = %d, off-diagonal norm %.3g of %.3g)",
                                MAX_SWEEPS,
                                n,
                                Math.sqrt(2 * off),
                                Math.sqrt(norm2)));
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    rotate(ar, ai, vr, vi, p, q);
                }
            }
            sweep++;
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = ar[i][i];
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(values[x], values[y]));
        double[] sorted = new double[n];
        double[][] sr = new double[n][n];
        double[][] si = new double[n][n];
        for (int j = 0; j < n; j++) {
            sorted[j] = values[order[j]];
            for (int i = 0; i < n; i++) {
                sr[i][j] = vr[i][order[j]];
                si[i][j] = vi[i][order[j]];
            }
        }
        return new HermitianEigen(sorted, sr, si, sweep);
    }

    private static void rotate(
            double[][] ar, double[][] ai, double[][] vr, double[][] vi, int p, int q) {
        int n = ar.length;
        double mag = Math.hypot(ar[p][q], ai[p][q]);
        if (!(mag > Double.MIN_NORMAL)) {
            return;
        }
        double cphi = ar[p][q] / mag;
        double sphi = ai[p][q] / mag;
        // A <- Phi* A Phi with Phi_qq = e^{-i phi}, which makes a_pq = |a_pq| real.
        if (sphi != 0 || cphi < 0) { // a negative real a_pq needs the phase too (e^{i phi} = -1)
            for (int k = 0; k < n; k++) {
                double r = ar[k][q];
                double i = ai[k][q];
                ar[k][q] = r * cphi + i * sphi;
                ai[k][q] = i * cphi - r * sphi;
            }
            for (int k = 0; k < n; k++) {
                double r = ar[q][k];
                double i = ai[q][k];
                ar[q][k] = r * cphi - i * sphi;
                ai[q][k] = i * cphi + r * sphi;
            }
            for (int k = 0; k < n; k++) {
                double r = vr[k][q];
                double i = vi[k][q];
                vr[k][q] = r * cphi + i * sphi;
                vi[k][q] = i * cphi - r * sphi;
            }
        }
        double app = ar[p][p];
        double aqq = ar[q][q];
        double theta = (aqq - app) / (2 * mag);
        double t;
        if (Math.abs(theta) > 1e150) {
            t = 0.5 / theta;
        } else {
            t = (theta >= 0 ? 1.0 : -1.0) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        for (int k = 0; k < n; k++) {
            double kpR = ar[k][p];
            double kpI = ai[k][p];
            double kqR = ar[k][q];
            double kqI = ai[k][q];
            ar[k][p] = c * kpR - s * kqR;
            ai[k][p] = c * kpI - s * kqI;
            ar[k][q] = s * kpR + c * kqR;
            ai[k][q] = s * kpI + c * kqI;
        }
        for (int k = 0; k < n; k++) {
            double pkR = ar[p][k];
            double pkI = ai[p][k];
            double qkR = ar[q][k];
            double qkI = ai[q][k];
            ar[p][k] = c * pkR - s * qkR;
            ai[p][k] = c * pkI - s * qkI;
            ar[q][k] = s * pkR + c * qkR;
            ai[q][k] = s * pkI + c * qkI;
        }
        for (int k = 0; k < n; k++) {
            double kpR = vr[k][p];
            double kpI = vi[k][p];
            double kqR = vr[k][q];
            double kqI = vi[k][q];
            vr[k][p] = c * kpR - s * kqR;
            vi[k][p] = c * kpI - s * kqI;
            vr[k][q] = s * kpR + c * kqR;
            vi[k][q] = s * kpI + c * kqI;
        }
        ar[p][q] = 0;
        ai[p][q] = 0;
        ar[q][p] = 0;
        ai[q][p] = 0;
        ai[p][p] = 0;
        ai[q][q] = 0;
    }
}
