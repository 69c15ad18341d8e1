package dev.cogs.rgflow.lattice;

import dev.cogs.rgflow.flow.SampleCloud;
import java.util.Locale;
import java.util.Objects;

/**
 * A translation-invariant Gaussian theory flowing under the lattice Polchinski equation, in closed
 * form (docs/rgflow.md §4.3).
 *
 * <p>Bare theory: \(P_0 = N(0, \Sigma_0)\), \(\Sigma_0^{-1} = C_0^{-1} + B_0\), i.e. quadratic
 * interaction \(V_0 = \tfrac12\varphi^{\mathsf T}B_0\varphi\). Along the flow (P8) \(\Sigma_t = C_t
 * + C_tC_0^{-1}(\Sigma_0 - C_0)C_0^{-1}C_t\), equivalently \(V_t = \tfrac12\varphi^{\mathsf T}B_t
 * \varphi\) with \(B_t = B_0(I + D_tB_0)^{-1}\), \(D_t = C_0 - C_t\), \(\Sigma_t^{-1} = C_t^{-1} +
 * B_t\). Everything is diagonal in the Fourier basis, so every quantity below is a sum over modes
 * of 1-D Gaussian formulas. The free theory is \(B_0 = 0\).
 *
 * <p>Immutable. Non-finite values: times must be finite and ≥ 0 (checked); results are finite.
 */
public final class GaussianTheory {

    private final CovariancePath path;
    private final double[] b0;
    private final double[] sigma0;

    private GaussianTheory(CovariancePath path, double[] b0) {
        this.path = path;
        this.b0 = b0;
        this.sigma0 = new double[b0.length];
        for (int k = 0; k < b0.length; k++) {
            double c0 = path.covariance(k, 0.0);
            double denom = 1.0 + c0 * b0[k];
            if (!(denom > 0) || !(c0 > 0)) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "Sigma_0 = (C_0^-1 + B_0)^-1 is not positive definite: mode %d has C_0 = %s, B_0 = %s",
                                k,
                                c0,
                                b0[k]));
            }
            sigma0[k] = c0 / denom;
        }
    }

    /**
     * The theory with quadratic bare interaction \(V_0 = \tfrac12\varphi^{\mathsf T}B_0\varphi\).
     *
     * @param path the covariance path
     * @param b0 B_0 (may be indefinite, but \(C_0^{-1} + B_0\) must be positive definite)
     * @return the theory
     * @throws IllegalArgumentException if \(\Sigma_0\) is not positive definite or the lattices
     *     differ
     */
    public static GaussianTheory of(CovariancePath path, SpectralOperator b0) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(b0, "b0");
        if (!path.lattice().equals(b0.lattice())) {
            throw new IllegalArgumentException(
                    "path lattice " + path.lattice() + " vs B_0 lattice " + b0.lattice());
        }
        return new GaussianTheory(path, b0.values());
    }

    /**
     * The free theory \(V \equiv 0\), \(P_t = N(0, C_t)\) (a fixed point of (P1)).
     *
     * @param path the covariance path
     * @return the free theory
     */
    public static GaussianTheory free(CovariancePath path) {
        return of(path, SpectralOperator.scalar(path.lattice(), 0.0));
    }

    /**
     * Mass deformation \(B_0 = \delta m^2 I\), i.e. \(V_0 = \tfrac{\delta
     * m^2}{2}\sum_x\varphi_x^2\).
     *
     * @param path the covariance path
     * @param deltaMassSquared δm², finite, with \(1 + \delta m^2 c_k(0) &gt; 0\) for all modes
     * @return the deformed theory
     * @throws IllegalArgumentException if δm² is NaN/infinite or \(\Sigma_0\) is not positive
     *     definite
     */
    public static GaussianTheory massDeformation(CovariancePath path, double deltaMassSquared) {
        if (!Double.isFinite(deltaMassSquared)) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT, "mass deformation (%s) must be finite", deltaMassSquared));
        }
        return of(path, SpectralOperator.scalar(path.lattice(), deltaMassSquared));
    }

    /**
     * @return the covariance path
     */
    public CovariancePath path() {
        return path;
    }

    /**
     * @return the lattice
     */
    public Lattice lattice() {
        return path.lattice();
    }

    /**
     * Per-mode variance \(\sigma_k(t) = c_k(t) + (c_k(t)/c_k(0))^2(\sigma_k(0) - c_k(0))\) (P8).
     *
     * @param mode k
     * @param t time
     * @return \(\sigma_k(t)\)
     */
    public double variance(int mode, double t) {
        double c = path.covariance(mode, t);
        return c + c * excessRatio(mode, t);
    }

    /** (σ − c)/c = R²(σ0 − c0)/c with R = c/c0, computed without cancellation. */
    private double excessRatio(int mode, double t) {
        double c = path.covariance(mode, t);
        double c0 = path.covariance(mode, 0.0);
        return c / c0 * (sigma0[mode] - c0) / c0;
    }

    /**
     * The covariance \(\Sigma_t = E_{P_t}[\varphi\varphi^{\mathsf T}]\) (the two-point function),
     * from (P8).
     *
     * @param t time ≥ 0
     * @return \(\Sigma_t\)
     */
    public SpectralOperator covariance(double t) {
        CovariancePath.checkTime(t);
        double[] v = new double[b0.length];
        for (int k = 0; k < v.length; k++) {
            v[k] = variance(k, t);
        }
        return SpectralOperator.of(lattice(), v);
    }

    /**
     * The effective interaction \(B_t = B_0(I + D_tB_0)^{-1}\), \(D_t = C_0 - C_t\).
     *
     * @param t time ≥ 0
     * @return \(B_t\)
     */
    public SpectralOperator interaction(double t) {
        CovariancePath.checkTime(t);
        double[] v = new double[b0.length];
        for (int k = 0; k < v.length; k++) {
            v[k] = interaction(k, t);
        }
        return SpectralOperator.of(lattice(), v);
    }

    private double interaction(int k, double t) {
        double d = path.covariance(k, 0.0) - path.covariance(k, t);
        return b0[k] / (1.0 + d * b0[k]);
    }

    /**
     * The RG monotone \(F(t) = \mathrm{KL}(P_t\,\|\,N(0,C_t)) = \sum_k \tfrac12(r_k - 1 - \ln
     * r_k)\), \(r_k = \sigma_k(t)/c_k(t)\) (docs/rgflow.md §2.2, §4.3).
     *
     * @param t time ≥ 0
     * @return F(t) ≥ 0
     */
    public double monotone(double t) {
        CovariancePath.checkTime(t);
        double f = 0.0;
        for (int k = 0; k < b0.length; k++) {
            double x = excessRatio(k, t);
            f += 0.5 * (x - Math.log1p(x));
        }
        return f;
    }

    /**
     * \(dF/dt = -\tfrac12 E_{P_t}[\nabla V_t^{\mathsf T}\dot C\nabla V_t] = -\tfrac12\sum_k \dot
     * c_k B_k(t)^2 \sigma_k(t) \le 0\).
     *
     * @param t time ≥ 0
     * @return dF/dt
     */
    public double monotoneRate(double t) {
        CovariancePath.checkTime(t);
        double s = 0.0;
        for (int k = 0; k < b0.length; k++) {
            double b = interaction(k, t);
            s += path.rate(k, t) * b * b * variance(k, t);
        }
        return -0.5 * s;
    }

    /**
     * The naive relative entropy \(\mathrm{KL}(P_t\,\|\,Q_t)\), \(Q_t = N(0,\tfrac12C_t)\), the
     * functional the flow descends at frozen t; \(= \sum_k\tfrac12(2r_k - 1 - \ln 2r_k)\). Not
     * monotone (docs/rgflow.md §2.2, pitfall 2).
     *
     * @param t time ≥ 0
     * @return KL(P_t‖Q_t)
     */
    public double naiveRelativeEntropy(double t) {
        CovariancePath.checkTime(t);
        double s = 0.0;
        for (int k = 0; k < b0.length; k++) {
            double r = 1.0 + excessRatio(k, t);
            s += 0.5 * (2.0 * r - 1.0 - Math.log(2.0 * r));
        }
        return s;
    }

    /**
     * The optimal (Monge) map between scales s and t: Fourier-diagonal with \(T_k =
     * (\sigma_k(t)/\sigma_k(s))^{1/2}\); for the free heat-kernel theory \(T = e^{-(t-s)A/2}\).
     *
     * @param s first time
     * @param t second time
     * @return T, with \(T_\# P_s = P_t\)
     */
    public SpectralOperator optimalMap(double s, double t) {
        CovariancePath.checkTime(s);
        CovariancePath.checkTime(t);
        double[] v = new double[b0.length];
        for (int k = 0; k < v.length; k++) {
            v[k] = Math.sqrt(variance(k, t) / variance(k, s));
        }
        return SpectralOperator.of(lattice(), v);
    }

    /**
     * \(W_2^2(P_s, P_t) = \sum_k(\sqrt{\sigma_k(s)} - \sqrt{\sigma_k(t)})^2\).
     *
     * @param s first time
     * @param t second time
     * @return the squared 2-Wasserstein distance
     */
    public double w2Squared(double s, double t) {
        return w2SquaredWeighted(s, t, SpectralOperator.scalar(lattice(), 1.0));
    }

    /**
     * Squared Wasserstein distance for the Mahalanobis cost \((x-y)^{\mathsf T}K(x-y)\) with K
     * translation-invariant and positive: \(\sum_k K_k(\sqrt{\sigma_k(s)} - \sqrt{\sigma_k(t)})^2\)
     * (commuting case of \(W_K = W_2(K^{1/2}_\#\cdot, K^{1/2}_\#\cdot)\)).
     *
     * @param s first time
     * @param t second time
     * @param k the metric K (positive definite)
     * @return \(W_K^2(P_s,P_t)\)
     */
    public double w2SquaredWeighted(double s, double t, SpectralOperator k) {
        CovariancePath.checkTime(s);
        CovariancePath.checkTime(t);
        k.requirePositiveDefinite("K");
        double w = 0.0;
        for (int p = 0; p < b0.length; p++) {
            double d = Math.sqrt(variance(p, s)) - Math.sqrt(variance(p, t));
            w += k.value(p) * d * d;
        }
        return w;
    }

    /**
     * \(d\sigma_k/dt\).
     *
     * @param mode k
     * @param t time
     * @return the derivative of the variance
     */
    public double varianceRate(int mode, double t) {
        double c = path.covariance(mode, t);
        double c0 = path.covariance(mode, 0.0);
        double cdot = path.rate(mode, t);
        return -cdot - 2.0 * (c / c0) * (cdot / c0) * (sigma0[mode] - c0);
    }

    /**
     * Squared unweighted metric speed \(\|v_t\|^2_{L^2(P_t)} = \sum_k\dot\sigma_k^2/(4\sigma_k)\)
     * (the probability-flow velocity is linear, \(v_k =
     * \tfrac{\dot\sigma_k}{2\sigma_k}\hat\varphi_k\)); for the free heat-kernel theory \(\sum_k
     * a_k^2c_k/4\).
     *
     * @param t time
     * @return the squared speed
     */
    public double speedSquared(double t) {
        CovariancePath.checkTime(t);
        double s = 0.0;
        for (int k = 0; k < b0.length; k++) {
            double sd = varianceRate(k, t);
            s += sd * sd / (4.0 * variance(k, t));
        }
        return s;
    }

    /**
     * Squared speed in the Polchinski metric (cost \(M^{-1} = 2\dot C^{-1}\)): \(\sum_k (2/\dot
     * c_k) \dot\sigma_k^2/(4\sigma_k)\); for the free heat-kernel theory \(\tfrac12\sum_k a_k\).
     * Modes with \(\dot c_k = 0\) (frozen) contribute 0.
     *
     * @param t time
     * @return the squared metric speed
     */
    public double speedSquaredPolchinski(double t) {
        CovariancePath.checkTime(t);
        double s = 0.0;
        for (int k = 0; k < b0.length; k++) {
            double cdot = path.rate(k, t);
            if (cdot > 0) {
                double sd = varianceRate(k, t);
                s += 2.0 / cdot * sd * sd / (4.0 * variance(k, t));
            }
        }
        return s;
    }

    /**
     * Exact samples of \(P_t = N(0,\Sigma_t)\): independent normal mode coefficients with variances
     * \(\sigma_k(t)\), mapped to sites.
     *
     * @param t time ≥ 0
     * @param count number of samples ≥ 1
     * @param rng the random generator (consumed)
     * @return the samples, with exact normalised log-densities \(\log N(\varphi; 0, \Sigma_t)\)
     */
    public SampleCloud sample(double t, int count, java.util.random.RandomGenerator rng) {
        Objects.requireNonNull(rng, "rng");
        if (count < 1) {
            throw new IllegalArgumentException("count (" + count + ") must be >= 1");
        }
        SpectralOperator sigma = covariance(t);
        int n = b0.length;
        double[][] x = new double[count][];
        double[] logp = new double[count];
        double logNorm = -0.5 * (n * Math.log(2 * Math.PI) + sigma.logDeterminant());
        for (int i = 0; i < count; i++) {
            double[] m = new double[n];
            double q = 0;
            for (int k = 0; k < n; k++) {
                double z = rng.nextGaussian();
                m[k] = Math.sqrt(sigma.value(k)) * z;
                q += z * z;
            }
            x[i] = lattice().fromModes(m);
            logp[i] = logNorm - 0.5 * q;
        }
        return SampleCloud.of(x, logp);
    }

    @Override
    public String toString() {
        return "GaussianTheory[" + path + "]";
    }
}
