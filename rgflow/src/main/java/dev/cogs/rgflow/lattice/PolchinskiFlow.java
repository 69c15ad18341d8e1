package dev.cogs.rgflow.lattice;

import dev.cogs.rgflow.flow.SampleCloud;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Ground truth of the lattice Polchinski flow for a bare theory \(P_0 \propto
 * e^{-\frac12\varphi^{\mathsf T} C_0^{-1}\varphi - V_0(\varphi)}\), \(V_0 = \sum_xU(\varphi_x)\)
 * (docs/rgflow.md §1.2, §5): exact transport of samples (P6), the exact two-point function (P8),
 * the one-loop effective potential and the perturbative monotone.
 *
 * <p>Immutable. Non-finite values: times must be finite and ≥ 0; matrices with non-finite entries
 * are rejected with {@link IllegalArgumentException}.
 */
public final class PolchinskiFlow {

    private final CovariancePath path;
    private final LocalPotential potential;

    private PolchinskiFlow(CovariancePath path, LocalPotential potential) {
        this.path = path;
        this.potential = potential;
    }

    /**
     * @param path covariance path (C(0) is the bare free covariance)
     * @param potential the bare site potential U
     * @return the flow
     */
    public static PolchinskiFlow of(CovariancePath path, LocalPotential potential) {
        return new PolchinskiFlow(
                Objects.requireNonNull(path, "path"),
                Objects.requireNonNull(potential, "potential"));
    }

    /**
     * The flow of a lattice action with the heat-kernel regulator \(C(t) = A^{-1}e^{-tA}\).
     *
     * @param action the bare action
     * @return the flow
     */
    public static PolchinskiFlow heatKernel(LatticeAction action) {
        return of(action.heatKernelPath(), action.potential());
    }

    /**
     * @return the path
     */
    public CovariancePath path() {
        return path;
    }

    /**
     * @return the bare potential U
     */
    public LocalPotential potential() {
        return potential;
    }

    /**
     * @return the lattice
     */
    public Lattice lattice() {
        return path.lattice();
    }

    /**
     * Exact transport of samples (P6): \(\varphi_t = C_tC_0^{-1}\varphi_0 + \eta\), \(\eta \sim
     * N(0, C_t - C_tC_0^{-1}C_t)\) independent; if \(\varphi_0 \sim P_0\) then \(\varphi_t \sim
     * P_t\) for any interaction, with no discretisation error. Log-densities are not carried (the
     * law of \(\varphi_t\) has no closed-form density).
     *
     * @param samples samples of \(P_0\)
     * @param t time ≥ 0
     * @param rng generator for η (consumed)
     * @return samples of \(P_t\)
     */
    public SampleCloud transport(SampleCloud samples, double t, RandomGenerator rng) {
        Objects.requireNonNull(samples, "samples");
        Objects.requireNonNull(rng, "rng");
        CovariancePath.checkTime(t);
        Lattice lat = lattice();
        int n = lat.size();
        double[] r = new double[n];
        double[] sd = new double[n];
        for (int k = 0; k < n; k++) {
            double c0 = path.covariance(k, 0);
            double ct = path.covariance(k, t);
            r[k] = ct / c0;
            sd[k] = Math.sqrt(Math.max(0, ct - ct * ct / c0));
        }
        double[][] x = samples.points();
        for (int i = 0; i < x.length; i++) {
            double[] m = lat.toModes(x[i]);
            for (int k = 0; k < n; k++) {
                m[k] = r[k] * m[k] + sd[k] * rng.nextGaussian();
            }
            x[i] = lat.fromModes(m);
        }
        return SampleCloud.of(x);
    }

    /**
     * The exact two-point function (P8): \(G_t = C_t + C_tC_0^{-1}(G_0 - C_0)C_0^{-1}C_t\).
     *
     * @param g0 \(G_0 = E_{P_0}[\varphi\varphi^{\mathsf T}]\), N×N
     * @param t time ≥ 0
     * @return \(G_t\) (new array)
     * @throws IllegalArgumentException on a shape mismatch or non-finite entries
     */
    public double[][] twoPoint(double[][] g0, double t) {
        CovariancePath.checkTime(t);
        Lattice lat = lattice();
        int n = lat.size();
        if (g0.length != n) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "G_0 has %d rows, expected %d", g0.length, n));
        }
        // in modes: Ĝ_t = diag(c_t) + R (Ĝ_0 − diag(c_0)) R, R = diag(c_t/c_0)
        double[][] gm = new double[n][];
        for (int x = 0; x < n; x++) {
            lat.checkLength(g0[x], "G_0 row");
            for (double v : g0[x]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("G_0 has a non-finite entry " + v);
                }
            }
            gm[x] = lat.toModes(g0[x]);
        }
        double[][] modes = new double[n][];
        double[][] tr = new double[n][n];
        for (int x = 0; x < n; x++) {
            for (int k = 0; k < n; k++) {
                tr[k][x] = gm[x][k];
            }
        }
        for (int k = 0; k < n; k++) {
            modes[k] = lat.toModes(tr[k]);
        }
        double[][] out = new double[n][n];
        for (int k = 0; k < n; k++) {
            double rk = path.covariance(k, t) / path.covariance(k, 0);
            for (int l = 0; l < n; l++) {
                double rl = path.covariance(l, t) / path.covariance(l, 0);
                double v = rk * rl * modes[k][l];
                if (k == l) {
                    v += path.covariance(k, t) - rk * rl * path.covariance(k, 0);
                }
                modes[k][l] = v;
            }
        }
        for (int k = 0; k < n; k++) {
            tr[k] = lat.fromModes(modes[k]);
        }
        for (int x = 0; x < n; x++) {
            double[] col = new double[n];
            for (int k = 0; k < n; k++) {
                col[k] = tr[k][x];
            }
            out[x] = lat.fromModes(col);
        }
        return out;
    }

    /**
     * Bracket of \(W_2^2(P_s, P_t)\) (docs/rgflow.md §5.5): the Gelbrich/Bures lower bound from the
     * two-point functions and the coupling upper bound \(E\|\varphi_s - \varphi_t\|^2\) along the
     * Markov transport (P6) from s to t.
     *
     * @param lower \(\sum_k(\sqrt{\hat g_k(s)} - \sqrt{\hat g_k(t)})^2\), \(\hat g_k\) the mode
     *     variances from (P8) applied to the samples' mode second moments (exact laws are
     *     translation invariant, so the covariances commute)
     * @param upper Monte-Carlo estimate of \(E\|\varphi_s - \varphi_t\|^2\) for the coupling
     *     \(\varphi_t = C_tC_s^{-1}\varphi_s + \eta\)
     * @param upperError standard error of {@code upper}
     */
    public record W2Bracket(double lower, double upper, double upperError) {}

    /**
     * Brackets \(W_2^2(P_s, P_t)\), s ≤ t, from samples of \(P_0\).
     *
     * @param bareSamples samples of \(P_0\)
     * @param s first time
     * @param t second time ≥ s
     * @param rng generator (consumed)
     * @return the bracket
     * @throws IllegalArgumentException unless 0 ≤ s ≤ t
     */
    public W2Bracket w2Bracket(SampleCloud bareSamples, double s, double t, RandomGenerator rng) {
        CovariancePath.checkTime(s);
        CovariancePath.checkTime(t);
        if (!(s <= t)) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "need s (%s) <= t (%s)", s, t));
        }
        Lattice lat = lattice();
        int n = lat.size();
        double[] g0 = bareSamples.modeSecondMoments(lat);
        double lower = 0;
        for (int k = 0; k < n; k++) {
            double c0 = path.covariance(k, 0);
            double cs = path.covariance(k, s);
            double ct = path.covariance(k, t);
            double gs = cs + (cs / c0) * (cs / c0) * (g0[k] - c0);
            double gt = ct + (ct / c0) * (ct / c0) * (g0[k] - c0);
            double d = Math.sqrt(gs) - Math.sqrt(gt);
            lower += d * d;
        }
        SampleCloud xs = transport(bareSamples, s, rng);
        double[] sq = new double[xs.size()];
        for (int i = 0; i < sq.length; i++) {
            double[] m = lat.toModes(xs.point(i));
            double acc = 0;
            for (int k = 0; k < n; k++) {
                double cs = path.covariance(k, s);
                double ct = path.covariance(k, t);
                double r = ct / cs;
                double eta = Math.sqrt(Math.max(0, ct - ct * r)) * rng.nextGaussian();
                double diff = (r - 1) * m[k] + eta;
                acc += diff * diff;
            }
            sq[i] = acc;
        }
        double[] mv = SampleMoments.meanAndVariance(sq);
        return new W2Bracket(lower, mv[0], Math.sqrt(mv[1] / sq.length));
    }

    /**
     * One-loop tadpole mass shift for \(U = (\lambda/4!)\varphi^4\): \(\delta m^2(t) =
     * (\lambda/2)D_t(0,0)\), \(D_t = C_0 - C_t\) (docs/rgflow.md §2.2).
     *
     * @param lambda λ
     * @param t time ≥ 0
     * @return δm²(t)
     */
    public double oneLoopMassShift(double lambda, double t) {
        return 0.5 * lambda * (path.covarianceAt(0).entry(0, 0) - path.covarianceAt(t).entry(0, 0));
    }

    /**
     * Leading-order monotone for \(V_0 = (\lambda/4!)\sum_x\varphi_x^4\) on a translation-invariant
     * lattice (docs/rgflow.md §2.2): \(F^{(2)}(t) =
     * \tfrac{\lambda^2}{16}C_0(0,0)^2\sum_{x,y}C_t(x,y)^2 +
     * \tfrac{\lambda^2}{48}\sum_{x,y}C_t(x,y)^4\).
     *
     * @param lambda λ
     * @param t time ≥ 0
     * @return \(F^{(2)}(t)\)
     */
    public double perturbativeMonotone(double lambda, double t) {
        SpectralOperator ct = path.covarianceAt(t);
        double c00 = path.covarianceAt(0).entry(0, 0);
        int n = lattice().size();
        double s2 = 0;
        double s4 = 0;
        for (int y = 0; y < n; y++) {
            double c = ct.entry(0, y);
            s2 += c * c;
            s4 += c * c * c * c;
        }
        double l2 = lambda * lambda;
        return n * (l2 / 16 * c00 * c00 * s2 + l2 / 48 * s4);
    }
}
