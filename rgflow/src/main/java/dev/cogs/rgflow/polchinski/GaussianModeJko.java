package dev.cogs.rgflow.polchinski;

import dev.cogs.rgflow.flow.GaussianJko1D;
import dev.cogs.rgflow.lattice.CovariancePath;
import dev.cogs.rgflow.lattice.GaussianTheory;
import java.util.Objects;

/**
 * The infinite-sample limit of the Fourier-diagonal JKO scheme for a translation-invariant Gaussian
 * theory: the exact 1-D Gaussian step (docs/rgflow.md §4.4) applied to every mode's variance
 * (docs/rgflow.md §8 rows 30, 30b).
 */
public final class GaussianModeJko {

    private GaussianModeJko() {}

    /**
     * Per-mode variances after {@code steps} steps of size τ from t = 0.
     *
     * @param theory the Gaussian theory (its \(\Sigma_0\) is the start)
     * @param tau τ &gt; 0
     * @param steps number of steps ≥ 0
     * @param variant time discretisation
     * @return \(\sigma_k\) at \(t = \) steps·τ, one per mode
     * @throws IllegalArgumentException if τ ≤ 0 or NaN, or steps &lt; 0
     */
    public static double[] variances(
            GaussianTheory theory, double tau, int steps, JkoVariant variant) {
        Objects.requireNonNull(theory, "theory");
        Objects.requireNonNull(variant, "variant");
        PolchinskiChecks.step(tau);
        if (steps < 0) {
            throw new IllegalArgumentException("steps (" + steps + ") must be >= 0");
        }
        CovariancePath path = theory.path();
        int n = path.lattice().size();
        double[] s = theory.covariance(0).values();
        for (int j = 0; j < steps; j++) {
            double t = j * tau;
            double tNext = (j + 1) * tau;
            for (int k = 0; k < n; k++) {
                s[k] = modeStep(path, k, t, tNext, s[k], tau, variant);
            }
        }
        return s;
    }

    static double modeStep(
            CovariancePath path,
            int k,
            double t,
            double tNext,
            double s,
            double tau,
            JkoVariant variant) {
        if (variant == JkoVariant.LEFT_FROZEN) {
            double m = path.rate(k, t) / 2;
            return m == 0.0
                    ? s
                    : GaussianJko1D.step(m, path.covariance(k, t) / 2, 0.0, s, tau).variance();
        }
        double dil = path.covariance(k, tNext) / path.covariance(k, t);
        double sd = s * dil;
        double m = path.rate(k, tNext) / 2;
        return m == 0.0
                ? sd
                : GaussianJko1D.step(m, path.covariance(k, tNext), 0.0, sd, tau).variance();
    }

    /**
     * \(F = \mathrm{KL}(N(0,\Sigma)\,\|\,N(0, C_t)) = \sum_k\tfrac12(r_k - 1 - \ln r_k)\), \(r_k =
     * \sigma_k/c_k(t)\).
     *
     * @param path the path
     * @param variances per-mode variances
     * @param t time
     * @return the monotone of the Gaussian with these variances
     */
    public static double monotone(CovariancePath path, double[] variances, double t) {
        double f = 0;
        for (int k = 0; k < variances.length; k++) {
            double x = variances[k] / path.covariance(k, t) - 1;
            f += 0.5 * (x - Math.log1p(x));
        }
        return f;
    }
}
