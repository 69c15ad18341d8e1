package dev.cogs.rgflow.flow;

/**
 * One exact JKO step for a 1-D Gaussian (docs/rgflow.md §4.4): mobility m, target \(N(0,q)\),
 * current \(N(\mu_k, s_k)\); the minimiser of \(\mathrm{KL}(P\,\|\,N(0,q)) + \tfrac1{2\tau
 * m}W_2^2(P, P_k)\) is the affine push-forward \(x \mapsto a(x-\mu_k) + b\) with \(b = \mu_k/(1 +
 * \tau m/q)\) and \(a &gt; 0\) the root of \(a^2(s_k/(\tau m) + s_k/q) - a\,s_k/(\tau m) - 1 = 0\);
 * then \(s_{k+1} = a^2s_k\) (from \(W_2^2\) between 1-D Gaussians = \((\Delta\mu)^2 +
 * (\Delta\sigma)^2\) and the KL closed form).
 *
 * <p>Non-finite values: every parameter of {@link #step} is validated (NaN fails).
 *
 * @param slope a &gt; 0
 * @param mean \(\mu_{k+1} = b\)
 * @param variance \(s_{k+1}\)
 */
public record GaussianJko1D(double slope, double mean, double variance) {

    /**
     * The exact step.
     *
     * @param mobility m &gt; 0
     * @param targetVariance q &gt; 0
     * @param mean \(\mu_k\), finite
     * @param variance \(s_k\) &gt; 0
     * @param tau τ &gt; 0
     * @return the next Gaussian and the map slope
     * @throws IllegalArgumentException on non-positive or non-finite parameters
     */
    public static GaussianJko1D step(
            double mobility, double targetVariance, double mean, double variance, double tau) {
        JkoChecks.positive(mobility, "mobility");
        JkoChecks.positive(targetVariance, "target variance");
        JkoChecks.finite(mean, "mean");
        JkoChecks.positive(variance, "variance");
        JkoChecks.step(tau);
        double a = slope(variance / (tau * mobility), variance / targetVariance);
        return new GaussianJko1D(a, mean / (1 + tau * mobility / targetVariance), a * a * variance);
    }

    /**
     * Positive root \(a = (u + \sqrt{u^2 + 4w})/(2w)\), \(w = u + v\), of \(a^2w - au - 1 = 0\) (u,
     * v ≥ 0: no cancellation).
     */
    static double slope(double u, double v) {
        double w = u + v;
        return (u + Math.sqrt(u * u + 4 * w)) / (2 * w);
    }

    /**
     * Runs {@code steps} exact steps from \(N(\mu_0, s_0)\) with a fixed target and mobility.
     *
     * @param mobility m &gt; 0
     * @param targetVariance q &gt; 0
     * @param mean \(\mu_0\)
     * @param variance \(s_0\)
     * @param tau τ &gt; 0
     * @param steps number of steps ≥ 0
     * @return the Gaussian after the steps (slope of the last step; 1 if no step)
     */
    public static GaussianJko1D run(
            double mobility,
            double targetVariance,
            double mean,
            double variance,
            double tau,
            int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps (" + steps + ") must be >= 0");
        }
        GaussianJko1D g = new GaussianJko1D(1.0, mean, variance);
        for (int k = 0; k < steps; k++) {
            g = step(mobility, targetVariance, g.mean(), g.variance(), tau);
        }
        return g;
    }
}
