package dev.cogs.rgflow.flow;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Monte-Carlo JKO step over affine maps \(T(x) = Ax + b\) (docs/rgflow.md §3, transport-map form).
 *
 * <p>Given samples \(x_i\) of \(P_k\), a cost metric K (cost \((x-y)^{\mathsf T}K(x-y)\), \(K =
 * M^{-1}\) for mobility M) and a reference \(\pi \propto e^{-\Psi}\), minimises \[ J(A, b) =
 * \frac1n\sum_i\Big[\frac1{2\tau}(T x_i - x_i)^{\mathsf T}K(Tx_i - x_i) + \Psi(Tx_i)\Big] -
 * \log\det A, \qquad \det A &gt; 0, \] i.e. \(\mathrm{KL}(T_\#P_k\,\|\,\pi) + \frac1{2\tau}E\|T(x)
 * - x\|_K^2\) up to the constant \(E_{P_k}\log P_k\), by L-BFGS with the analytic gradient
 * \(\nabla_AJ = \frac1n\sum_i r_ix_i^{\mathsf T} - A^{-\mathsf T}\), \(\nabla_bJ = \frac1n\sum_i
 * r_i\), \(r_i = \tfrac1\tau K(Tx_i - x_i) + \nabla\Psi(Tx_i)\), starting from the identity.
 * Samples are pushed, and tracked log-densities updated by \(\ell \mapsto \ell - \log\det A\).
 *
 * <p>Non-finite values: iterates with det A ≤ 0 or a non-finite objective are rejected by the line
 * search; if the optimiser cannot reach the gradient tolerance the result has {@code converged =
 * false} and holds the last finite iterate.
 *
 * <p>For a quadratic Ψ the objective depends on the cloud only through its mean and covariance, so
 * the step reproduces the closed-form Gaussian JKO step (docs/rgflow.md §4.4) applied to the
 * empirical moments.
 */
public final class AffineJko {

    private AffineJko() {}

    /**
     * Result of one affine JKO step. Arrays are copied in and out.
     *
     * @param pushed \(T_\#\) of the input samples (log-densities updated if tracked)
     * @param matrix A
     * @param shift b
     * @param objective J at the optimum (without the constant \(E_{P_k}\log P_k\))
     * @param stepCost \(\frac1n\sum_i\|Tx_i - x_i\|_K^2\), the Monte-Carlo estimate of the squared
     *     step length
     * @param logDeterminant \(\log\det A\)
     * @param iterations L-BFGS iterations
     * @param gradientNorm final max-norm of ∇J
     * @param converged whether the gradient tolerance was met with finite values
     */
    public record Result(
            SampleCloud pushed,
            double[][] matrix,
            double[] shift,
            double objective,
            double stepCost,
            double logDeterminant,
            int iterations,
            double gradientNorm,
            boolean converged) {
        /**
         * Defensive copies.
         *
         * @param pushed \(T_\#\) of the input samples (log-densities updated if tracked)
         * @param matrix A
         * @param shift b
         * @param objective J at the optimum (without the constant \(E_{P_k}\log P_k\))
         * @param stepCost \(\frac1n\sum_i\|Tx_i - x_i\|_K^2\), the Monte-Carlo estimate of the
         *     squared step length
         * @param logDeterminant \(\log\det A\)
         * @param iterations L-BFGS iterations
         * @param gradientNorm final max-norm of ∇J
         * @param converged whether the gradient tolerance was met with finite values
         */
        public Result {
            matrix = deepCopy(matrix);
            shift = shift.clone();
        }

        /**
         * The matrix component (a copy).
         *
         * @return A
         */
        @Override
        public double[][] matrix() {
            return deepCopy(matrix);
        }

        /**
         * The shift component (a copy).
         *
         * @return b
         */
        @Override
        public double[] shift() {
            return shift.clone();
        }
    }

    /**
     * One step.
     *
     * @param samples samples of \(P_k\) (dimension d)
     * @param metric K, symmetric positive definite d×d
     * @param reference Ψ of dimension d
     * @param options τ and solver options
     * @return the step; if the optimiser fails ({@code converged = false}) the last finite iterate
     *     is used
     * @throws IllegalArgumentException on dimension mismatch or a non-symmetric / non-positive
     *     metric
     */
    public static Result step(
            SampleCloud samples, double[][] metric, Potential reference, JkoOptions options) {
        Objects.requireNonNull(samples, "samples");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(options, "options");
        int d = samples.dimension();
        checkMetric(metric, d);
        if (reference.dimension() != d) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "reference potential has dimension %d but samples have %d",
                            reference.dimension(),
                            d));
        }
        double[][] x = samples.points();
        int n = x.length;
        double tau = options.tau();
        Lbfgs.Objective objective =
                (theta, grad) -> {
                    java.util.Arrays.fill(grad, 0.0);
                    RealMatrix a = new Array2DRowRealMatrix(d, d);
                    for (int r = 0; r < d; r++) {
                        for (int c = 0; c < d; c++) {
                            a.setEntry(r, c, theta[r * d + c]);
                        }
                    }
                    LUDecomposition lu = new LUDecomposition(a, 0.0);
                    double det = lu.getDeterminant();
                    if (!(det > 0)) {
                        return Double.POSITIVE_INFINITY;
                    }
                    double sum = 0;
                    double[] y = new double[d];
                    double[] diff = new double[d];
                    double[] kd = new double[d];
                    double[] gpsi = new double[d];
                    for (double[] xi : x) {
                        for (int r = 0; r < d; r++) {
                            double v = theta[d * d + r];
                            for (int c = 0; c < d; c++) {
                                v += theta[r * d + c] * xi[c];
                            }
                            y[r] = v;
                            diff[r] = v - xi[r];
                        }
                        double quad = 0;
                        for (int r = 0; r < d; r++) {
                            double v = 0;
                            for (int c = 0; c < d; c++) {
                                v += metric[r][c] * diff[c];
                            }
                            kd[r] = v;
                            quad += diff[r] * v;
                        }
                        sum += quad / (2 * tau) + reference.value(y);
                        reference.gradient(y, gpsi);
                        for (int r = 0; r < d; r++) {
                            double res = kd[r] / tau + gpsi[r];
                            for (int c = 0; c < d; c++) {
                                grad[r * d + c] += res * xi[c];
                            }
                            grad[d * d + r] += res;
                        }
                    }
                    for (int i = 0; i < grad.length; i++) {
                        grad[i] /= n;
                    }
                    RealMatrix inv = lu.getSolver().getInverse();
                    for (int r = 0; r < d; r++) {
                        for (int c = 0; c < d; c++) {
                            grad[r * d + c] -= inv.getEntry(c, r);
                        }
                    }
                    return sum / n - Math.log(det);
                };
        double[] theta0 = new double[d * d + d];
        for (int r = 0; r < d; r++) {
            theta0[r * d + r] = 1.0;
        }
        Lbfgs.Result opt =
                Lbfgs.minimise(
                        objective, theta0, options.maxIterations(), options.gradientTolerance());
        double[] theta = opt.x();
        double[][] a = new double[d][d];
        double[] b = new double[d];
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < d; c++) {
                a[r][c] = theta[r * d + c];
            }
            b[r] = theta[d * d + r];
        }
        double logDet =
                Math.log(new LUDecomposition(new Array2DRowRealMatrix(a), 0.0).getDeterminant());
        double[][] pushed = new double[n][d];
        double cost = 0;
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < d; r++) {
                double v = b[r];
                for (int c = 0; c < d; c++) {
                    v += a[r][c] * x[i][c];
                }
                pushed[i][r] = v;
            }
            for (int r = 0; r < d; r++) {
                for (int c = 0; c < d; c++) {
                    cost += (pushed[i][r] - x[i][r]) * metric[r][c] * (pushed[i][c] - x[i][c]);
                }
            }
        }
        cost /= n;
        SampleCloud out = pushWithLogDensities(pushed, samples.logDensities(), logDet);
        boolean converged = opt.converged() && Double.isFinite(opt.value());
        return new Result(
                out,
                a,
                b,
                opt.value(),
                cost,
                logDet,
                opt.iterations(),
                opt.gradientNorm(),
                converged);
    }

    static SampleCloud pushWithLogDensities(
            double[][] pushed, Optional<double[]> logDensities, double logDet) {
        if (logDensities.isEmpty()) {
            return SampleCloud.of(pushed);
        }
        double[] l = logDensities.get();
        for (int i = 0; i < l.length; i++) {
            l[i] -= logDet;
        }
        return SampleCloud.of(pushed, l);
    }

    static void checkMetric(double[][] k, int d) {
        if (k.length != d) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "metric is %dx? but samples have dimension %d",
                            k.length,
                            d));
        }
        for (int r = 0; r < d; r++) {
            if (k[r].length != d) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "metric row %d has length %d, expected %d",
                                r,
                                k[r].length,
                                d));
            }
            for (int c = 0; c < d; c++) {
                if (!Double.isFinite(k[r][c])
                        || Math.abs(k[r][c] - k[c][r]) > 1e-12 * (Math.abs(k[r][c]) + 1)) {
                    throw new IllegalArgumentException(
                            String.format(
                                    Locale.ROOT,
                                    "metric must be finite and symmetric: K[%d][%d] = %s, K[%d][%d] = %s",
                                    r,
                                    c,
                                    k[r][c],
                                    c,
                                    r,
                                    k[c][r]));
                }
            }
        }
        try {
            new org.apache.commons.math3.linear.CholeskyDecomposition(
                    new Array2DRowRealMatrix(k), 1e-12, 0.0);
        } catch (org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException e) {
            throw new IllegalArgumentException(
                    "metric is not positive definite: " + e.getMessage(), e);
        }
    }

    static double[][] deepCopy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
