package dev.cogs.rgflow.flow;

import java.util.Objects;

/**
 * Monte-Carlo JKO step over Fourier-linear maps composed with a site-wise monotone map
 * (docs/rgflow.md §3, family (b)): \(T(\varphi) = h(L\varphi)\), \(L =
 * \sum_k\alpha_ke_ke_k^{\mathsf T}\), \(h(y)_x = y_x + \kappa y_x^3\) with \(\alpha_k &gt; 0\),
 * \(\kappa &gt; 0\) (so \(h' = 1 + 3\kappa y^2 \ge 1\)), the same h on every coordinate ("site";
 * translation invariance), the \(e_k\) an orthonormal {@link ModeBasis} in which M and Q are
 * diagonal (the lattice Fourier basis). Unlike linear maps, h changes the shape of the law, which
 * the exact flow of a non-Gaussian theory does (it convolves with Gaussian noise). The cubic
 * stiffening \(\kappa &gt; 0\) is the correction the φ⁴ flow needs (its laws are lighter-tailed
 * than Gaussian and the flow makes them Gaussian); for laws that need the opposite correction
 * (double wells) κ → 0 and the step reduces to the linear one.
 *
 * <p>Objective (mobility M and Gaussian reference \(N(0,Q)\), eigenvalues \(m_k\), \(q_k\)): \(J =
 * \frac1n\sum_i\big[\sum_k\frac{(\widehat{T\varphi_i})_k - \hat\varphi_{i,k})^2}{2\tau m_k} +
 * \sum_k\frac{(\widehat{T\varphi_i})_k^2}{2q_k} - \sum_x\log h'((L\varphi_i)_x)\big] -
 * \sum_k\log\alpha_k\), minimised by L-BFGS over \((\log\alpha, \log\kappa)\) with the analytic
 * gradient, starting from the closed-form Fourier-diagonal optimum and κ = 10⁻³/rms². Log-densities
 * are updated per sample by \(\log\det\nabla T(\varphi_i) = \sum_k\log\alpha_k + \sum_x\log
 * h'((L\varphi_i)_x)\).
 *
 * <p>Non-finite values: τ, M, Q are validated; non-finite objectives are rejected by the line
 * search and a failed optimisation is reported with {@code converged = false}.
 */
public final class SiteMonotoneJko {

    private SiteMonotoneJko() {}

    /**
     * Result of one step.
     *
     * @param pushed pushed samples (log-densities updated per sample if tracked)
     * @param multipliers \(\alpha_k\)
     * @param cubic κ
     * @param objective J at the optimum
     * @param stepCost \(\frac1n\sum_i\|T\varphi_i - \varphi_i\|^2_{M^{-1}}\)
     * @param converged whether L-BFGS met its tolerance
     */
    public record Result(
            SampleCloud pushed,
            double[] multipliers,
            double cubic,
            double objective,
            double stepCost,
            boolean converged) {
        /**
         * Defensive copy.
         *
         * @param pushed pushed samples (log-densities updated per sample if tracked)
         * @param multipliers \(\alpha_k\)
         * @param cubic κ
         * @param objective J at the optimum
         * @param stepCost \(\frac1n\sum_i\|T\varphi_i - \varphi_i\|^2_{M^{-1}}\)
         * @param converged whether L-BFGS met its tolerance
         */
        public Result {
            multipliers = multipliers.clone();
        }

        /**
         * The multipliers component (a copy).
         *
         * @return \(\alpha_k\)
         */
        @Override
        public double[] multipliers() {
            return multipliers.clone();
        }
    }

    /**
     * One step.
     *
     * @param samples samples of \(P_k\) (dimension N)
     * @param basis the basis \(e_k\) in which M and Q are diagonal (size N)
     * @param mobility eigenvalues \(m_k &gt; 0\) of M, length N
     * @param referenceVariance eigenvalues \(q_k &gt; 0\) of Q, length N
     * @param tau τ &gt; 0
     * @return the step
     * @throws IllegalArgumentException if τ ≤ 0 or NaN, M or Q is not positive definite, or the
     *     sizes differ
     */
    public static Result step(
            SampleCloud samples,
            ModeBasis basis,
            double[] mobility,
            double[] referenceVariance,
            double tau) {
        Objects.requireNonNull(samples, "samples");
        Objects.requireNonNull(basis, "basis");
        JkoChecks.step(tau);
        int n = basis.size();
        JkoChecks.modeValues(mobility, n, "mobility M");
        JkoChecks.modeValues(referenceVariance, n, "reference variance Q");
        JkoChecks.positiveDefinite(mobility, "mobility M");
        JkoChecks.positiveDefinite(referenceVariance, "reference variance Q");
        double[][] modes = new double[samples.size()][];
        for (int i = 0; i < modes.length; i++) {
            modes[i] = basis.toModes(samples.point(i));
        }
        double[] m = mobility.clone();
        double[] q = referenceVariance.clone();
        FourierJko.Result lin = FourierJko.step(samples, basis, m, q, tau);
        double[] start = new double[n + 1];
        for (int k = 0; k < n; k++) {
            start[k] = Math.log(lin.multipliers()[k]);
        }
        double rms = 0;
        for (double[] md : modes) {
            for (double v : md) {
                rms += v * v;
            }
        }
        double rmsField = Math.sqrt(rms / (modes.length * (double) n)) + 1e-300;
        start[n] = Math.log(1e-3 / (rmsField * rmsField));
        Objective f = new Objective(basis, modes, m, q, tau);
        // diagonal preconditioning by the curvature of J in log α_k, ≈ 2S_kα_k²(1/(τm_k) + 1/q_k):
        // high modes are
        // stiff (m_k = ċ_k/2 decays like e^{-t a_k}), and the gradient tolerance becomes relative
        // to that scale
        double[] smom = samples.modeSecondMoments(basis);
        double[] w = new double[n + 1];
        for (int k = 0; k < n; k++) {
            double a = lin.multipliers()[k];
            w[k] = Math.sqrt(1 + 2 * smom[k] * a * a * (1 / (tau * m[k]) + 1 / q[k]));
        }
        w[n] = 1;
        double[] z0 = new double[n + 1];
        for (int j = 0; j <= n; j++) {
            z0[j] = start[j] * w[j];
        }
        Lbfgs.Objective scaledObjective =
                (z, gz) -> {
                    double[] th = new double[n + 1];
                    for (int j = 0; j <= n; j++) {
                        th[j] = z[j] / w[j];
                    }
                    double v = f.evaluate(th, gz);
                    for (int j = 0; j <= n; j++) {
                        gz[j] /= w[j];
                    }
                    return v;
                };
        Lbfgs.Result opt = Lbfgs.minimise(scaledObjective, z0, 500, 1e-8);
        double[] theta = opt.x();
        for (int j = 0; j <= n; j++) {
            theta[j] /= w[j];
        }
        double[] alpha = new double[n];
        for (int k = 0; k < n; k++) {
            alpha[k] = Math.exp(theta[k]);
        }
        double kappa = Math.exp(theta[n]);
        double[][] out = new double[modes.length][];
        double[] logDet = new double[modes.length];
        double cost = 0;
        double sumLogAlpha = 0;
        for (double a : alpha) {
            sumLogAlpha += Math.log(a);
        }
        for (int i = 0; i < modes.length; i++) {
            double[] y = scaled(basis, modes[i], alpha);
            double ld = sumLogAlpha;
            for (int x = 0; x < n; x++) {
                ld += Math.log1p(3 * kappa * y[x] * y[x]);
                y[x] += kappa * y[x] * y[x] * y[x];
            }
            out[i] = y;
            logDet[i] = ld;
            double[] tm = basis.toModes(y);
            for (int k = 0; k < n; k++) {
                double d = tm[k] - modes[i][k];
                cost += d * d / m[k];
            }
        }
        cost /= modes.length;
        SampleCloud pushed;
        if (samples.logDensities().isPresent()) {
            double[] l = samples.logDensities().get();
            for (int i = 0; i < l.length; i++) {
                l[i] -= logDet[i];
            }
            pushed = SampleCloud.of(out, l);
        } else {
            pushed = SampleCloud.of(out);
        }
        return new Result(
                pushed,
                alpha,
                kappa,
                opt.value(),
                cost,
                opt.converged() && Double.isFinite(opt.value()));
    }

    /**
     * The Monte-Carlo objective J and its gradient at (log α, log κ) (test hook for gradient
     * checks).
     */
    static double objective(
            SampleCloud samples,
            ModeBasis basis,
            double[] mobility,
            double[] referenceVariance,
            double tau,
            double[] theta,
            double[] grad) {
        double[][] modes = new double[samples.size()][];
        for (int i = 0; i < modes.length; i++) {
            modes[i] = basis.toModes(samples.point(i));
        }
        return new Objective(basis, modes, mobility.clone(), referenceVariance.clone(), tau)
                .evaluate(theta, grad);
    }

    private static double[] scaled(ModeBasis basis, double[] modes, double[] alpha) {
        double[] m = modes.clone();
        for (int k = 0; k < m.length; k++) {
            m[k] *= alpha[k];
        }
        return basis.fromModes(m);
    }

    /** The Monte-Carlo objective in the unconstrained parameters. */
    private static final class Objective {
        private final ModeBasis basis;
        private final double[][] modes;
        private final double[] m;
        private final double[] q;
        private final double tau;

        Objective(ModeBasis basis, double[][] modes, double[] m, double[] q, double tau) {
            this.basis = basis;
            this.modes = modes;
            this.m = m;
            this.q = q;
            this.tau = tau;
        }

        /** J(θ) and its gradient (chain rule through h and the real Fourier transform). */
        double evaluate(double[] theta, double[] grad) {
            int n = m.length;
            java.util.Arrays.fill(grad, 0.0);
            double[] alpha = new double[n];
            double sumLog = 0;
            for (int k = 0; k < n; k++) {
                alpha[k] = Math.exp(theta[k]);
                sumLog += theta[k];
            }
            double kappa = Math.exp(theta[n]);
            if (!Double.isFinite(kappa)) {
                return Double.POSITIVE_INFINITY;
            }
            double total = 0;
            double[] g = new double[n];
            double[] yv = new double[n];
            for (double[] md : modes) {
                double[] y = scaled(basis, md, alpha);
                double[] t = new double[n];
                double[] hp = new double[n];
                double[] hpp = new double[n];
                double logH = 0;
                for (int x = 0; x < n; x++) {
                    hp[x] = 1 + 3 * kappa * y[x] * y[x];
                    hpp[x] = 6 * kappa * y[x];
                    logH += Math.log(hp[x]);
                    t[x] = y[x] + kappa * y[x] * y[x] * y[x];
                }
                double[] tm = basis.toModes(t);
                double acc = 0;
                for (int k = 0; k < n; k++) {
                    double d = tm[k] - md[k];
                    acc += d * d / (2 * tau * m[k]) + tm[k] * tm[k] / (2 * q[k]);
                    g[k] = d / (tau * m[k]) + tm[k] / q[k];
                }
                total += acc - logH;
                double[] gt = basis.fromModes(g);
                double dKappa = 0;
                for (int x = 0; x < n; x++) {
                    yv[x] = gt[x] * hp[x] - hpp[x] / hp[x];
                    dKappa += gt[x] * y[x] * y[x] * y[x] - 3 * y[x] * y[x] / hp[x];
                }
                double[] ym = basis.toModes(yv);
                for (int k = 0; k < n; k++) {
                    grad[k] += ym[k] * alpha[k] * md[k];
                }
                grad[n] += dKappa * kappa;
            }
            int count = modes.length;
            for (int j = 0; j < grad.length; j++) {
                grad[j] /= count;
            }
            for (int k = 0; k < n; k++) {
                grad[k] -= 1;
            }
            return total / count - sumLog;
        }
    }
}
