package dev.cogs.rgflow.lattice;

import dev.cogs.rgflow.flow.SampleCloud;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Monte-Carlo estimator of the RG monotone \(F(t) = \mathrm{KL}(P_t\,\|\,N(0,C_t))\) and of \(dF/dt
 * = -\tfrac12E_{P_t}[\nabla V_t^{\mathsf T}\dot C_t\nabla V_t]\) for lattices too large for
 * quadrature (docs/rgflow.md §5.3–4).
 *
 * <p>With \(m_t(\varphi) = e^{-V_t(\varphi)} = E_{\zeta\sim N(0,D_t)}[e^{-V_0(\varphi+\zeta)}]\)
 * (normalised by (P2)), \(F(t) = E_{P_t}[\log m_t] - \log(Z_\lambda/Z_0)\) and \(Z_\lambda/Z_0 =
 * E_{G_0}[e^{-V_0}]\). The estimator
 *
 * <ul>
 *   <li>draws \(\varphi_t\sim P_t\) exactly by (P6) from samples of \(P_0\) (e.g. {@link
 *       HmcSampler}), with the noise η built from standard normals fixed at construction (common
 *       random numbers across t, so \(\hat F(t)\) is a smooth function of t);
 *   <li>estimates \(m_t(\varphi_i)\) by the mean of \(e^{-V_0(\varphi_i+\zeta_j)}\) over M inner
 *       draws (independent across samples, the same for every t), with the second-order
 *       (delta-method) correction \(+\hat s^2/(2M\hat m^2)\) of the Jensen bias of \(\log\hat m\);
 *   <li>estimates \(\nabla V_t(\varphi_i)\) by self-normalised importance sampling on two
 *       independent halves of the inner draws and uses the product of the halves in the dissipation
 *       (removing the \(O(1/M)\) bias of the square);
 *   <li>estimates \(Z_\lambda/Z_0\) from fixed free-field samples.
 * </ul>
 *
 * Reported standard errors are the between-sample ones (HMC samples are treated as independent;
 * thin the chain accordingly). The variance of the inner averages grows with \(N\lambda\) and with
 * \(D_t\): the diagnostics report the smallest inner effective sample size.
 *
 * <p>Immutable; deterministic given the generator passed to {@link #of}.
 *
 * <p>Non-finite values: samples are finite by construction of {@link SampleCloud}; if every inner
 * weight underflows or an estimate is not finite, {@link #at} throws {@link ArithmeticException}
 * instead of returning NaN.
 */
public final class MonotoneEstimator {

    private final PolchinskiFlow flow;
    private final double[][] bareModes; // samples of P_0 in mode coordinates
    private final double[][] noise; // standard normals for (P6), per sample and mode
    private final long innerSeed; // seeds the per-sample standard normals for ζ (fixed across t)
    private final int innerDraws;
    private final double logPartitionRatio;
    private final double logPartitionRatioError;

    private MonotoneEstimator(
            PolchinskiFlow flow,
            double[][] bareModes,
            double[][] noise,
            long innerSeed,
            int innerDraws,
            double logZ,
            double logZError) {
        this.flow = flow;
        this.bareModes = bareModes;
        this.noise = noise;
        this.innerSeed = innerSeed;
        this.innerDraws = innerDraws;
        this.logPartitionRatio = logZ;
        this.logPartitionRatioError = logZError;
    }

    /**
     * An estimate at one time.
     *
     * @param time t
     * @param monotone \(\hat F(t)\)
     * @param monotoneError its standard error
     * @param monotoneRate \(\widehat{dF/dt}\)
     * @param monotoneRateError its standard error
     * @param naiveRelativeEntropy \(\widehat{\mathrm{KL}}(P_t\,\|\,N(0,\tfrac12C_t))\)
     * @param twoPoint translation-averaged \(G_t(r)\), r = 0 … L−1, from the (P6) samples
     * @param minInnerEffectiveSampleSize smallest Kish ESS of the inner weights over the samples
     */
    public record Estimate(
            double time,
            double monotone,
            double monotoneError,
            double monotoneRate,
            double monotoneRateError,
            double naiveRelativeEntropy,
            double[] twoPoint,
            double minInnerEffectiveSampleSize) {
        /**
         * Defensive copy.
         *
         * @param time t
         * @param monotone \(\hat F(t)\)
         * @param monotoneError its standard error
         * @param monotoneRate \(\widehat{dF/dt}\)
         * @param monotoneRateError its standard error
         * @param naiveRelativeEntropy \(\widehat{\mathrm{KL}}(P_t\,\|\,N(0,\tfrac12C_t))\)
         * @param twoPoint translation-averaged \(G_t(r)\), r = 0 … L−1, from the (P6) samples
         * @param minInnerEffectiveSampleSize smallest Kish ESS of the inner weights over the
         *     samples
         */
        public Estimate {
            twoPoint = twoPoint.clone();
        }

        /**
         * The twoPoint component (a copy).
         *
         * @return translation-averaged \(G_t(r)\), r = 0 … L−1, from the (P6) samples
         */
        @Override
        public double[] twoPoint() {
            return twoPoint.clone();
        }
    }

    /**
     * Builds the estimator.
     *
     * @param flow the flow
     * @param bareSamples samples of \(P_0\)
     * @param innerDraws M ≥ 4, even
     * @param freeDraws number of free-field samples for \(Z_\lambda/Z_0\) ≥ 1
     * @param rng generator (consumed)
     * @return the estimator
     * @throws IllegalArgumentException on bad sizes or a lattice mismatch
     */
    public static MonotoneEstimator of(
            PolchinskiFlow flow,
            SampleCloud bareSamples,
            int innerDraws,
            int freeDraws,
            RandomGenerator rng) {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(bareSamples, "bareSamples");
        Objects.requireNonNull(rng, "rng");
        Lattice lat = flow.lattice();
        if (bareSamples.dimension() != lat.size()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "samples have dimension %d but the lattice has N = %d",
                            bareSamples.dimension(),
                            lat.size()));
        }
        if (innerDraws < 4 || innerDraws % 2 != 0 || freeDraws < 1) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "innerDraws (%d) must be even and >= 4, freeDraws (%d) >= 1",
                            innerDraws,
                            freeDraws));
        }
        int n = lat.size();
        double[][] modes = new double[bareSamples.size()][];
        double[][] noise = new double[bareSamples.size()][n];
        for (int i = 0; i < modes.length; i++) {
            modes[i] = lat.toModes(bareSamples.point(i));
            for (int k = 0; k < n; k++) {
                noise[i][k] = rng.nextGaussian();
            }
        }
        long innerSeed = rng.nextLong();
        double[] e = new double[freeDraws];
        double[] m = new double[n];
        for (int j = 0; j < freeDraws; j++) {
            for (int k = 0; k < n; k++) {
                m[k] = Math.sqrt(flow.path().covariance(k, 0)) * rng.nextGaussian();
            }
            e[j] = Math.exp(-interaction(flow, lat.fromModes(m)));
        }
        double[] ms = SampleMoments.meanAndVariance(e);
        double logZ = Math.log(ms[0]) + ms[1] / (2 * freeDraws * ms[0] * ms[0]);
        double logZError = Math.sqrt(ms[1] / freeDraws) / ms[0];
        return new MonotoneEstimator(flow, modes, noise, innerSeed, innerDraws, logZ, logZError);
    }

    /**
     * @return the estimate of \(\log(Z_\lambda/Z_0)\)
     */
    public double logPartitionRatio() {
        return logPartitionRatio;
    }

    /**
     * The estimate at time t.
     *
     * @param t time ≥ 0
     * @return the estimate
     * @throws ArithmeticException if a non-finite value arises (e.g. all inner weights underflow)
     */
    public Estimate at(double t) {
        CovariancePath.checkTime(t);
        Lattice lat = flow.lattice();
        CovariancePath path = flow.path();
        int n = lat.size();
        int mInner = innerDraws;
        double[] r = new double[n];
        double[] sd = new double[n];
        double[] dsd = new double[n];
        double[] ct = new double[n];
        double[] cdot = new double[n];
        for (int k = 0; k < n; k++) {
            double c0 = path.covariance(k, 0);
            ct[k] = path.covariance(k, t);
            cdot[k] = path.rate(k, t);
            r[k] = ct[k] / c0;
            sd[k] = Math.sqrt(Math.max(0, ct[k] - ct[k] * ct[k] / c0));
            dsd[k] = Math.sqrt(Math.max(0, c0 - ct[k]));
        }
        double[][] zetaSites = new double[mInner][];
        double[] zm = new double[n];
        java.util.SplittableRandom innerRng = new java.util.SplittableRandom(innerSeed);
        int samples = bareModes.length;
        double[] logm = new double[samples];
        double[] diss = new double[samples];
        double quad = 0;
        double minEss = Double.POSITIVE_INFINITY;
        double[][] points = new double[samples][];
        double[] mode = new double[n];
        double[] w = new double[mInner];
        double[] shifted = new double[n];
        LocalPotential u = flow.potential();
        for (int i = 0; i < samples; i++) {
            double q = 0;
            for (int k = 0; k < n; k++) {
                mode[k] = r[k] * bareModes[i][k] + sd[k] * noise[i][k];
                q += mode[k] * mode[k] / ct[k];
            }
            quad += q;
            double[] phi = lat.fromModes(mode);
            points[i] = phi;
            // fresh inner draws per sample (independent across samples, identical for every t)
            java.util.SplittableRandom sampleRng = innerRng.split();
            for (int j = 0; j < mInner; j++) {
                for (int k = 0; k < n; k++) {
                    zm[k] = dsd[k] * sampleRng.nextGaussian();
                }
                zetaSites[j] = lat.fromModes(zm);
            }
            // log-sum-exp over the inner draws
            double maxLog = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < mInner; j++) {
                for (int x = 0; x < n; x++) {
                    shifted[x] = phi[x] + zetaSites[j][x];
                }
                w[j] = -interaction(flow, shifted);
                maxLog = Math.max(maxLog, w[j]);
            }
            double sum = 0;
            double sum2 = 0;
            for (int j = 0; j < mInner; j++) {
                w[j] = Math.exp(w[j] - maxLog);
                sum += w[j];
                sum2 += w[j] * w[j];
            }
            double mean = sum / mInner;
            double var = Math.max(0, sum2 / mInner - mean * mean) * mInner / (mInner - 1);
            logm[i] = maxLog + Math.log(mean) + var / (2 * mInner * mean * mean);
            minEss = Math.min(minEss, sum * sum / sum2);
            // ∇V_t by self-normalised IS on two halves, in site coordinates, then ċ-weighted in
            // modes
            double[][] half = new double[2][n];
            double[] hw = new double[2];
            for (int j = 0; j < mInner; j++) {
                int h = j < mInner / 2 ? 0 : 1;
                hw[h] += w[j];
                for (int x = 0; x < n; x++) {
                    half[h][x] += w[j] * u.derivative(phi[x] + zetaSites[j][x]);
                }
            }
            double[] g1 = lat.toModes(scale(half[0], 1 / hw[0]));
            double[] g2 = lat.toModes(scale(half[1], 1 / hw[1]));
            double d = 0;
            for (int k = 0; k < n; k++) {
                d += cdot[k] * g1[k] * g2[k];
            }
            diss[i] = d;
        }
        double[] lm = SampleMoments.meanAndVariance(logm);
        double[] ds = SampleMoments.meanAndVariance(diss);
        double f = lm[0] - logPartitionRatio;
        double fErr = Math.sqrt(lm[1] / samples + logPartitionRatioError * logPartitionRatioError);
        double rate = -0.5 * ds[0];
        double rateErr = 0.5 * Math.sqrt(ds[1] / samples);
        double naive = f + 0.5 * quad / samples - 0.5 * n * Math.log(2);
        if (!Double.isFinite(f) || !Double.isFinite(rate)) {
            throw new ArithmeticException(
                    String.format(
                            Locale.ROOT,
                            "monotone estimate is not finite at t = %s (F = %s, dF/dt = %s)",
                            t,
                            f,
                            rate));
        }
        double[] g = lat.twoPoint(SampleCloud.of(points));
        return new Estimate(t, f, fErr, rate, rateErr, naive, g, minEss);
    }

    private static double interaction(PolchinskiFlow flow, double[] phi) {
        LocalPotential u = flow.potential();
        double s = 0;
        for (double p : phi) {
            s += u.value(p);
        }
        return s;
    }

    private static double[] scale(double[] v, double c) {
        double[] o = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            o[i] = v[i] * c;
        }
        return o;
    }
}
