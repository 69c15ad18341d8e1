package dev.cogs.rgflow.flow;

import dev.cogs.rgflow.lattice.FieldEnsemble;
import dev.cogs.rgflow.lattice.Lattice;
import dev.cogs.rgflow.lattice.SpectralOperator;
import java.util.Objects;

/**
 * Monte-Carlo JKO step over Fourier-diagonal linear maps \(T = \sum_k\alpha_ke_ke_k^{\mathsf T}\) (spec §3,
 * family (a)) for a translation-invariant mobility M and Gaussian reference \(N(0, Q)\), both diagonal in
 * the lattice Fourier basis.
 *
 * <p>With \(S_k = \tfrac1n\sum_i\hat\varphi_{i,k}^2\) the objective separates,
 * \(J = \sum_k\big[\tfrac{(\alpha_k-1)^2S_k}{2\tau m_k} + \tfrac{\alpha_k^2S_k}{2q_k} - \log\alpha_k\big]\), and
 * each mode has the closed-form optimum of §4.4 (the positive root of
 * \(\alpha^2(S/(\tau m) + S/q) - \alpha S/(\tau m) - 1 = 0\)). Modes with \(m_k = 0\) (degenerate metric,
 * spec pitfall 4) are frozen: \(\alpha_k = 1\). Exact for Gaussian theories in the infinite-sample limit.
 *
 * <p>Non-finite values: τ, M and Q are validated (NaN fails); samples are finite, so α is finite and positive.
 */
public final class FourierJko {

    private FourierJko() {
    }

    /**
     * Result of one Fourier-diagonal step.
     *
     * @param pushed pushed samples (log-densities updated if tracked)
     * @param multipliers \(\alpha_k\) (copied)
     * @param objective J at the optimum (without \(E_{P_k}\log P_k\))
     * @param stepCost \(\sum_k(\alpha_k - 1)^2S_k/m_k\), the squared step length in the metric \(M^{-1}\)
     * @param logDeterminant \(\sum_k\log\alpha_k\)
     */
    public record Result(FieldEnsemble pushed, double[] multipliers, double objective, double stepCost,
            double logDeterminant) {
        /** Defensive copy. */
        public Result {
            multipliers = multipliers.clone();
        }

        @Override
        public double[] multipliers() {
            return multipliers.clone();
        }
    }

    /**
     * One step.
     *
     * @param samples samples of \(P_k\) on the lattice
     * @param lattice the lattice
     * @param mobility M ⪰ 0 (per-mode \(m_k \ge 0\))
     * @param referenceVariance Q ≻ 0
     * @param tau τ &gt; 0
     * @return the step
     * @throws IllegalArgumentException if τ ≤ 0 or NaN, M has a negative eigenvalue or Q is not positive definite
     */
    public static Result step(FieldEnsemble samples, Lattice lattice, SpectralOperator mobility,
            SpectralOperator referenceVariance, double tau) {
        Objects.requireNonNull(samples, "samples");
        JkoChecks.step(tau);
        referenceVariance.requirePositiveDefinite("reference variance Q");
        int n = lattice.size();
        for (int k = 0; k < n; k++) {
            if (!(mobility.value(k) >= 0)) {
                throw new IllegalArgumentException("mobility eigenvalue " + k + " (" + mobility.value(k)
                        + ") must be >= 0");
            }
        }
        double[] s = samples.modeSecondMoments(lattice);
        double[] alpha = new double[n];
        double objective = 0;
        double cost = 0;
        double logDet = 0;
        for (int k = 0; k < n; k++) {
            double m = mobility.value(k);
            double q = referenceVariance.value(k);
            if (m == 0.0 || s[k] == 0.0) {
                alpha[k] = 1.0;
                objective += s[k] / (2 * q);
                continue;
            }
            double a = GaussianJko1D.slope(s[k] / (tau * m), s[k] / q);
            alpha[k] = a;
            objective += (a - 1) * (a - 1) * s[k] / (2 * tau * m) + a * a * s[k] / (2 * q) - Math.log(a);
            cost += (a - 1) * (a - 1) * s[k] / m;
            logDet += Math.log(a);
        }
        return new Result(scale(samples, lattice, alpha, logDet), alpha, objective, cost, logDet);
    }

    /** Applies the Fourier multiplier α to every sample and subtracts log det from tracked log-densities. */
    static FieldEnsemble scale(FieldEnsemble samples, Lattice lattice, double[] alpha, double logDet) {
        double[][] x = samples.points();
        for (int i = 0; i < x.length; i++) {
            double[] m = lattice.toModes(x[i]);
            for (int k = 0; k < m.length; k++) {
                m[k] *= alpha[k];
            }
            x[i] = lattice.fromModes(m);
        }
        return AffineJko.pushWithLogDensities(x, samples.logDensities(), logDet);
    }
}
