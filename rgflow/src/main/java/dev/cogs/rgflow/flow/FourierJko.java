package dev.cogs.rgflow.flow;

import java.util.Objects;

/**
 * Monte-Carlo JKO step over Fourier-diagonal linear maps \(T = \sum_k\alpha_ke_ke_k^{\mathsf T}\)
 * (docs/rgflow.md §3, family (a)) for a mobility M and a Gaussian reference \(N(0, Q)\) both
 * diagonal in an orthonormal {@link ModeBasis} \(e_k\) (the lattice Fourier basis when M and Q are
 * translation invariant), given by their eigenvalues \(m_k\), \(q_k\).
 *
 * <p>With \(S_k = \tfrac1n\sum_i\hat\varphi_{i,k}^2\) the objective separates, \(J =
 * \sum_k\big[\tfrac{(\alpha_k-1)^2S_k}{2\tau m_k} + \tfrac{\alpha_k^2S_k}{2q_k} -
 * \log\alpha_k\big]\), and each mode has the closed-form optimum of docs/rgflow.md §4.4 (the
 * positive root of \(\alpha^2(S/(\tau m) + S/q) - \alpha S/(\tau m) - 1 = 0\)). Modes with \(m_k =
 * 0\) (degenerate metric, docs/rgflow.md §7.4) are frozen: \(\alpha_k = 1\). Exact for Gaussian
 * theories in the infinite-sample limit.
 *
 * <p>Non-finite values: τ, M and Q are validated (NaN fails); samples are finite, so α is finite
 * and positive.
 */
public final class FourierJko {

    private FourierJko() {}

    /**
     * Result of one Fourier-diagonal step.
     *
     * @param pushed pushed samples (log-densities updated if tracked)
     * @param multipliers \(\alpha_k\) (copied)
     * @param objective J at the optimum (without \(E_{P_k}\log P_k\))
     * @param stepCost \(\sum_k(\alpha_k - 1)^2S_k/m_k\), the squared step length in the metric
     *     \(M^{-1}\)
     * @param logDeterminant \(\sum_k\log\alpha_k\)
     */
    public record Result(
            SampleCloud pushed,
            double[] multipliers,
            double objective,
            double stepCost,
            double logDeterminant) {
        /**
         * Defensive copy.
         *
         * @param pushed pushed samples (log-densities updated if tracked)
         * @param multipliers \(\alpha_k\) (copied)
         * @param objective J at the optimum (without \(E_{P_k}\log P_k\))
         * @param stepCost \(\sum_k(\alpha_k - 1)^2S_k/m_k\), the squared step length in the metric
         *     \(M^{-1}\)
         * @param logDeterminant \(\sum_k\log\alpha_k\)
         */
        public Result {
            multipliers = multipliers.clone();
        }

        /**
         * The multipliers component (a copy).
         *
         * @return \(\alpha_k\) (copied)
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
     * @param mobility eigenvalues \(m_k \ge 0\) of M, length N
     * @param referenceVariance eigenvalues \(q_k &gt; 0\) of Q, length N
     * @param tau τ &gt; 0
     * @return the step
     * @throws IllegalArgumentException if τ ≤ 0 or NaN, M has a negative (or NaN) eigenvalue, Q is
     *     not positive definite, or the sizes differ
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
        JkoChecks.modeValues(referenceVariance, n, "reference variance Q");
        JkoChecks.modeValues(mobility, n, "mobility M");
        JkoChecks.positiveDefinite(referenceVariance, "reference variance Q");
        for (int k = 0; k < n; k++) {
            if (!(mobility[k] >= 0)) {
                throw new IllegalArgumentException(
                        "mobility eigenvalue " + k + " (" + mobility[k] + ") must be >= 0");
            }
        }
        double[] s = samples.modeSecondMoments(basis);
        double[] alpha = new double[n];
        double objective = 0;
        double cost = 0;
        double logDet = 0;
        for (int k = 0; k < n; k++) {
            double m = mobility[k];
            double q = referenceVariance[k];
            if (m == 0.0 || s[k] == 0.0) {
                alpha[k] = 1.0;
                objective += s[k] / (2 * q);
                continue;
            }
            double a = GaussianJko1D.slope(s[k] / (tau * m), s[k] / q);
            alpha[k] = a;
            objective +=
                    (a - 1) * (a - 1) * s[k] / (2 * tau * m) + a * a * s[k] / (2 * q) - Math.log(a);
            cost += (a - 1) * (a - 1) * s[k] / m;
            logDet += Math.log(a);
        }
        return new Result(scale(samples, basis, alpha, logDet), alpha, objective, cost, logDet);
    }

    /**
     * Pushes a cloud by the mode-diagonal linear map \(T = \sum_k\alpha_ke_ke_k^{\mathsf T}\) (e.g.
     * the exact dilation \((C_{k+1}C_k^{-1})^{1/2}\) of a Gaussian flow), updating tracked
     * log-densities by \(\ell \mapsto \ell - \sum_k\log\alpha_k\).
     *
     * <p>Non-finite values: the multipliers must be finite and &gt; 0 (NaN fails).
     *
     * @param samples the cloud (dimension N)
     * @param basis the basis (size N)
     * @param multipliers \(\alpha_k &gt; 0\), length N
     * @return the pushed cloud
     * @throws IllegalArgumentException if a multiplier is not finite and &gt; 0, or the sizes
     *     differ
     */
    public static SampleCloud push(SampleCloud samples, ModeBasis basis, double[] multipliers) {
        Objects.requireNonNull(samples, "samples");
        Objects.requireNonNull(basis, "basis");
        JkoChecks.modeValues(multipliers, basis.size(), "multipliers");
        double logDet = 0;
        for (int k = 0; k < multipliers.length; k++) {
            JkoChecks.positive(multipliers[k], "multiplier " + k);
            logDet += Math.log(multipliers[k]);
        }
        return scale(samples, basis, multipliers, logDet);
    }

    /**
     * Applies the multiplier α to every sample and subtracts log det from tracked log-densities.
     */
    static SampleCloud scale(SampleCloud samples, ModeBasis basis, double[] alpha, double logDet) {
        double[][] x = samples.points();
        for (int i = 0; i < x.length; i++) {
            double[] m = basis.toModes(x[i]);
            for (int k = 0; k < m.length; k++) {
                m[k] *= alpha[k];
            }
            x[i] = basis.fromModes(m);
        }
        return AffineJko.pushWithLogDensities(x, samples.logDensities(), logDet);
    }
}
