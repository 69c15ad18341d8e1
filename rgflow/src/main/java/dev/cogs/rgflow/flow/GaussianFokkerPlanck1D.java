package dev.cogs.rgflow.flow;

import java.util.Locale;

/**
 * Closed-form solution of the 1-D Fokker–Planck equation \(\partial_t\rho = m\,\partial_x(\rho\,
 * \partial_x\log(\rho/\pi))\) with Gaussian target \(\pi = N(0, q)\) and Gaussian initial data
 * \(N(\mu_0, s_0)\): the Ornstein–Uhlenbeck process \(dx = -(m/q)x\,dt + \sqrt{2m}\,dW\), the W₂
 * gradient flow of \(\mathrm{KL}(\cdot\,\|\,\pi)\) with mobility m (JKO 1998). Then \(\rho_t =
 * N(\mu(t), s(t))\), \(\mu(t) = \mu_0e^{-mt/q}\), \(s(t) = q + (s_0 - q)e^{-2mt/q}\).
 *
 * <p>Non-finite values: parameters and times are validated (NaN fails).
 *
 * <p>docs/rgflow.md §8 rows 18–19 use m = q = 1 (V = x²/2, β = 1), \(\mu_0 = 2\), \(s_0 = 0.25\).
 *
 * @param mobility m &gt; 0
 * @param targetVariance q &gt; 0
 * @param initialMean \(\mu_0\), finite
 * @param initialVariance \(s_0 &gt; 0\)
 */
public record GaussianFokkerPlanck1D(
        double mobility, double targetVariance, double initialMean, double initialVariance) {

    /**
     * Validates the parameters (NaN fails).
     *
     * @param mobility m &gt; 0
     * @param targetVariance q &gt; 0
     * @param initialMean \(\mu_0\), finite
     * @param initialVariance \(s_0 &gt; 0\)
     */
    public GaussianFokkerPlanck1D {
        JkoChecks.positive(mobility, "mobility");
        JkoChecks.positive(targetVariance, "target variance");
        JkoChecks.finite(initialMean, "initial mean");
        JkoChecks.positive(initialVariance, "initial variance");
    }

    /**
     * @param t time ≥ 0
     * @return \(\mu(t)\)
     */
    public double mean(double t) {
        checkTime(t);
        return initialMean * Math.exp(-mobility * t / targetVariance);
    }

    /**
     * @param t time ≥ 0
     * @return \(s(t)\)
     */
    public double variance(double t) {
        checkTime(t);
        return targetVariance
                + (initialVariance - targetVariance) * Math.exp(-2 * mobility * t / targetVariance);
    }

    /**
     * \(\mathrm{KL}(\rho_t\,\|\,\pi) = \tfrac12(s/q + \mu^2/q - 1 - \ln(s/q))\).
     *
     * @param t time ≥ 0
     * @return the relative entropy
     */
    public double relativeEntropy(double t) {
        return gaussianKl(mean(t), variance(t), targetVariance);
    }

    /**
     * Energy dissipation \(d\,\mathrm{KL}/dt = -m\,E[(\partial_x\log(\rho/\pi))^2] = -m((1/s -
     * 1/q)^2s + \mu^2/q^2)\).
     *
     * @param t time ≥ 0
     * @return dKL/dt ≤ 0
     */
    public double relativeEntropyRate(double t) {
        double s = variance(t);
        double mu = mean(t);
        double d = 1 / s - 1 / targetVariance;
        return -mobility * (d * d * s + mu * mu / (targetVariance * targetVariance));
    }

    /**
     * \(W_2(\rho_s, \rho_t) = ((\mu(s)-\mu(t))^2 + (\sqrt{s(s)} - \sqrt{s(t)})^2)^{1/2}\).
     *
     * @param s first time
     * @param t second time
     * @return the distance
     */
    public double w2(double s, double t) {
        double dm = mean(s) - mean(t);
        double ds = Math.sqrt(variance(s)) - Math.sqrt(variance(t));
        return Math.sqrt(dm * dm + ds * ds);
    }

    /**
     * KL between 1-D Gaussians \(\mathrm{KL}(N(\mu,s)\,\|\,N(0,q))\).
     *
     * @param mean μ
     * @param variance s &gt; 0
     * @param targetVariance q &gt; 0
     * @return the relative entropy
     */
    public static double gaussianKl(double mean, double variance, double targetVariance) {
        double r = variance / targetVariance;
        return 0.5 * (r + mean * mean / targetVariance - 1 - Math.log(r));
    }

    private static void checkTime(double t) {
        if (!(t >= 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "time t (%s) must be finite and >= 0", t));
        }
    }
}
