package dev.cogs.rgflow.lattice;

import java.util.Locale;
import java.util.Objects;

/**
 * Deterministic quadrature of the interacting flow for one or two sites (N ≤ 2; docs/rgflow.md
 * §5.3–4a, rows 32–36b).
 *
 * <p>Normalise the effective interaction by (P2) as \(m_t(\varphi) := e^{-V_t(\varphi)} =
 * E_{\zeta\sim N(0,D_t)}[e^{-V_0(\varphi+\zeta)}]\), \(D_t = C_0 - C_t\). Then \(E_{G_t}[m_t] =
 * Z_\lambda/Z_0\) for every t, \(P_t = G_t\,m_t/(Z_\lambda/Z_0)\) and \[ F(t) = E_{P_t}[\log m_t] -
 * \log(Z_\lambda/Z_0), \quad \nabla V_t = -\nabla m_t/m_t, \quad \frac{dF}{dt} =
 * -\tfrac12E_{P_t}[\nabla V_t^{\mathsf T}\dot C_t\nabla V_t]. \] Both Gaussian expectations (over
 * \(G_t\) and over ζ) are computed in Fourier-mode coordinates scaled by the standard deviations,
 * with the trapezoidal rule on \([-R, R]^N\) (spectrally accurate for these smooth,
 * Gaussian-decaying integrands). Default grids: N = 1: h = 0.05, R = 10; N = 2: h = 0.25, R = 7.5
 * (nodes outside the ball of radius R dropped).
 *
 * <p>W₂ between scales (N = 1) uses the monotone rearrangement \(T = F_t^{-1}\circ F_s\) on a fine
 * grid with Hermite-corrected cumulative integration and cubic Hermite inversion of the CDF.
 *
 * <p>Immutable. Non-finite values: nodes where \(e^{-V}\) underflows carry no weight and are
 * skipped; a non-finite F or dF/dt throws {@link ArithmeticException}.
 */
public final class SmallLatticeQuadrature {

    private final PolchinskiFlow flow;
    private final double step;
    private final double range;

    private SmallLatticeQuadrature(PolchinskiFlow flow, double step, double range) {
        this.flow = flow;
        this.step = step;
        this.range = range;
    }

    /**
     * Quadrature with the default grids.
     *
     * @param flow the flow (lattice with N ≤ 2)
     * @return the quadrature engine
     * @throws IllegalArgumentException if N &gt; 2
     */
    public static SmallLatticeQuadrature of(PolchinskiFlow flow) {
        int n = flow.lattice().size();
        return of(flow, n == 1 ? 0.05 : 0.25, n == 1 ? 10 : 7.5);
    }

    /**
     * Quadrature with a chosen grid (in units of standard deviations).
     *
     * @param flow the flow (N ≤ 2)
     * @param step grid step h &gt; 0
     * @param range half-width R &gt; 0
     * @return the engine
     * @throws IllegalArgumentException if N &gt; 2 or the grid is invalid
     */
    public static SmallLatticeQuadrature of(PolchinskiFlow flow, double step, double range) {
        Objects.requireNonNull(flow, "flow");
        if (flow.lattice().size() > 2) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "quadrature needs N <= 2 sites, got N = %d",
                            flow.lattice().size()));
        }
        if (!(step > 0) || !(range > step) || Double.isInfinite(range)) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "grid step (%s) must be > 0 and range (%s) finite and > step",
                            step,
                            range));
        }
        return new SmallLatticeQuadrature(flow, step, range);
    }

    /**
     * Observables at one time.
     *
     * @param time t
     * @param monotone \(F(t) = \mathrm{KL}(P_t\,\|\,N(0,C_t))\)
     * @param monotoneRate \(dF/dt = -\tfrac12E[\nabla V^{\mathsf T}\dot C\nabla V]\)
     * @param naiveRelativeEntropy \(\mathrm{KL}(P_t\,\|\,N(0,\tfrac12C_t))\)
     * @param twoPoint \(E_{P_t}[\varphi_x\varphi_y]\), N×N
     * @param fourthMoment \(E_{P_t}[\varphi_0^4]\)
     * @param sixthMoment \(E_{P_t}[\varphi_0^6]\)
     * @param schwingerDyson \(\sum_x E[\varphi_x\partial_xS_t]/N\) with \(S_t =
     *     \tfrac12\varphi^{\mathsf T}C_t^{-1} \varphi + V_t\) (equals 1)
     * @param speed unweighted metric speed \(\|v_t\|_{L^2(P_t)}\), \(v_t = -\tfrac12\dot
     *     C(C^{-1}\varphi - \nabla V_t)\) (P7)
     * @param partitionRatio \(Z_\lambda/Z_0 = E_{G_t}[m_t]\) (t-independent: a consistency check)
     */
    public record Snapshot(
            double time,
            double monotone,
            double monotoneRate,
            double naiveRelativeEntropy,
            double[][] twoPoint,
            double fourthMoment,
            double sixthMoment,
            double schwingerDyson,
            double speed,
            double partitionRatio) {
        /**
         * Defensive copy.
         *
         * @param time t
         * @param monotone \(F(t) = \mathrm{KL}(P_t\,\|\,N(0,C_t))\)
         * @param monotoneRate \(dF/dt = -\tfrac12E[\nabla V^{\mathsf T}\dot C\nabla V]\)
         * @param naiveRelativeEntropy \(\mathrm{KL}(P_t\,\|\,N(0,\tfrac12C_t))\)
         * @param twoPoint \(E_{P_t}[\varphi_x\varphi_y]\), N×N
         * @param fourthMoment \(E_{P_t}[\varphi_0^4]\)
         * @param sixthMoment \(E_{P_t}[\varphi_0^6]\)
         * @param schwingerDyson \(\sum_x E[\varphi_x\partial_xS_t]/N\) with \(S_t =
         *     \tfrac12\varphi^{\mathsf T}C_t^{-1} \varphi + V_t\) (equals 1)
         * @param speed unweighted metric speed \(\|v_t\|_{L^2(P_t)}\), \(v_t = -\tfrac12\dot
         *     C(C^{-1}\varphi - \nabla V_t)\) (P7)
         * @param partitionRatio \(Z_\lambda/Z_0 = E_{G_t}[m_t]\) (t-independent: a consistency
         *     check)
         */
        public Snapshot {
            twoPoint = copy(twoPoint);
        }

        /**
         * The twoPoint component (a copy).
         *
         * @return \(E_{P_t}[\varphi_x\varphi_y]\), N×N
         */
        @Override
        public double[][] twoPoint() {
            return copy(twoPoint);
        }

        private static double[][] copy(double[][] m) {
            double[][] c = new double[m.length][];
            for (int i = 0; i < m.length; i++) {
                c[i] = m[i].clone();
            }
            return c;
        }
    }

    /**
     * Observables at time t.
     *
     * @param t time ≥ 0
     * @return the snapshot
     */
    public Snapshot at(double t) {
        CovariancePath.checkTime(t);
        Lattice lat = flow.lattice();
        CovariancePath path = flow.path();
        int n = lat.size();
        double[] c = new double[n];
        double[] cdot = new double[n];
        for (int k = 0; k < n; k++) {
            c[k] = path.covariance(k, t);
            cdot[k] = path.rate(k, t);
        }
        Inner inner = new Inner(t);
        double[] z = nodes(step, range);
        double[] w = weights(z, step);
        int m = z.length;
        int total = n == 1 ? m : m * m;
        double zr = 0;
        double sLogM = 0;
        double sDiss = 0;
        double sQuad = 0;
        double sSpeed = 0;
        double sSd = 0;
        double s4 = 0;
        double s6 = 0;
        double[][] g = new double[n][n];
        double[] modes = new double[n];
        double[] site = new double[n];
        double[] gradM = new double[n];
        for (int idx = 0; idx < total; idx++) {
            double weight = 1;
            double psi2 = 0;
            for (int k = 0; k < n; k++) {
                int j = k == 0 ? idx % m : idx / m;
                modes[k] = Math.sqrt(c[k]) * z[j];
                weight *= w[j];
                psi2 += z[j] * z[j];
            }
            if (psi2 > range * range) {
                continue; // outside the ball of radius R: Gaussian weight below e^{-R²/2}
            }
            toSites(lat, modes, site);
            double mv = inner.evaluate(site, gradM);
            if (!(mv > 0) || !Double.isFinite(mv)) {
                continue; // far tail: e^{-V} underflows, the node carries no weight
            }
            double pw = weight * mv;
            zr += pw;
            sLogM += pw * Math.log(mv);
            sQuad += pw * psi2;
            double diss = 0;
            double sp = 0;
            double sd = 0;
            for (int k = 0; k < n; k++) {
                double dv = -gradM[k] / mv;
                diss += cdot[k] * dv * dv;
                double v = -0.5 * cdot[k] * (modes[k] / c[k] - dv);
                sp += v * v;
                sd += modes[k] * (modes[k] / c[k] + dv);
            }
            sDiss += pw * diss;
            sSpeed += pw * sp;
            sSd += pw * sd;
            for (int x = 0; x < n; x++) {
                for (int y = 0; y < n; y++) {
                    g[x][y] += pw * site[x] * site[y];
                }
            }
            double p2 = site[0] * site[0];
            s4 += pw * p2 * p2;
            s6 += pw * p2 * p2 * p2;
        }
        double f = sLogM / zr - Math.log(zr);
        double rate = -0.5 * sDiss / zr;
        double naive = f + 0.5 * sQuad / zr - 0.5 * n * Math.log(2);
        for (int x = 0; x < n; x++) {
            for (int y = 0; y < n; y++) {
                g[x][y] /= zr;
            }
        }
        if (!Double.isFinite(f) || !Double.isFinite(rate)) {
            throw new ArithmeticException(
                    String.format(
                            Locale.ROOT,
                            "quadrature produced a non-finite value at t = %s (F = %s, dF/dt = %s)",
                            t,
                            f,
                            rate));
        }
        return new Snapshot(
                t, f, rate, naive, g, s4 / zr, s6 / zr, sSd / zr / n, Math.sqrt(sSpeed / zr), zr);
    }

    /**
     * The effective interaction normalised by (P2), \(V_t(\varphi) = -\log E_{\zeta\sim N(0,D_t)}
     * [e^{-V_0(\varphi+\zeta)}]\), and its gradient (site coordinates). With this normalisation
     * (P1) holds without a constant: \(\partial_tV_t = \tfrac12\mathrm{tr}(\dot C\nabla^2V_t) -
     * \tfrac12\nabla V_t^{\mathsf T}\dot C\nabla V_t\).
     *
     * @param t time ≥ 0
     * @param phi field (site values), length N
     * @return {@code [V_t(φ), ∂_0V_t, …, ∂_{N−1}V_t]}
     * @throws ArithmeticException if \(e^{-V_t(\varphi)}\) underflows (φ far in the tail)
     */
    public double[] effectiveInteraction(double t, double[] phi) {
        CovariancePath.checkTime(t);
        Lattice lat = flow.lattice();
        lat.checkLength(phi, "phi");
        int n = lat.size();
        double[] gradModes = new double[n];
        double m = new Inner(t).evaluate(phi.clone(), gradModes);
        if (!(m > 0)) {
            throw new ArithmeticException(
                    "exp(-V_t) underflows at phi = " + java.util.Arrays.toString(phi));
        }
        double[] out = new double[n + 1];
        out[0] = -Math.log(m);
        double[] g = lat.fromModes(gradModes);
        for (int x = 0; x < n; x++) {
            out[x + 1] = -g[x] / m;
        }
        return out;
    }

    /**
     * \(W_2^2(P_s, P_t)\) for one site by the monotone rearrangement (docs/rgflow.md §8 row 35).
     *
     * @param s first time
     * @param t second time
     * @return the squared distance
     * @throws IllegalArgumentException unless N = 1
     */
    public double w2Squared(double s, double t) {
        CovariancePath.checkTime(s);
        CovariancePath.checkTime(t);
        if (flow.lattice().size() != 1) {
            throw new IllegalArgumentException(
                    "w2Squared by quantiles needs a single site, N = " + flow.lattice().size());
        }
        CovariancePath path = flow.path();
        double cs = path.covariance(0, s);
        double ct = path.covariance(0, t);
        double half = range * Math.sqrt(Math.max(cs, ct));
        double h = Math.sqrt(Math.min(cs, ct)) / 60;
        int m = (int) Math.ceil(2 * half / h);
        double[] x = new double[m + 1];
        for (int i = 0; i <= m; i++) {
            x[i] = -half + i * (2 * half / m);
        }
        double dx = 2 * half / m;
        double[][] ps = density(x, s);
        double[][] pt = density(x, t);
        double[] fs = cdf(ps, dx);
        double[] ft = cdf(pt, dx);
        double w2 = 0;
        for (int i = 0; i <= m; i++) {
            double y = invert(x, ft, pt[0], dx, fs[i]);
            double d = x[i] - y;
            w2 += (i == 0 || i == m ? 0.5 : 1.0) * dx * ps[0][i] * d * d;
        }
        return w2;
    }

    /** Normalised density and its derivative on the grid at time t (one site). */
    private double[][] density(double[] x, double t) {
        double c = flow.path().covariance(0, t);
        Inner inner = new Inner(t);
        double zr = at(t).partitionRatio();
        double[] p = new double[x.length];
        double[] dp = new double[x.length];
        double[] site = new double[1];
        double[] grad = new double[1];
        for (int i = 0; i < x.length; i++) {
            site[0] = x[i];
            double mv = inner.evaluate(site, grad);
            double gauss = Math.exp(-0.5 * x[i] * x[i] / c) / Math.sqrt(2 * Math.PI * c);
            p[i] = gauss * mv / zr;
            dp[i] = gauss * (grad[0] - x[i] / c * mv) / zr;
        }
        return new double[][] {p, dp};
    }

    /**
     * Cumulative integral with the Euler–Maclaurin end correction (fourth order), normalised to end
     * at 1.
     */
    private static double[] cdf(double[][] pd, double h) {
        double[] p = pd[0];
        double[] dp = pd[1];
        double[] f = new double[p.length];
        for (int i = 1; i < p.length; i++) {
            f[i] = f[i - 1] + 0.5 * h * (p[i - 1] + p[i]) + h * h / 12 * (dp[i - 1] - dp[i]);
        }
        double total = f[f.length - 1];
        for (int i = 0; i < f.length; i++) {
            f[i] /= total;
        }
        return f;
    }

    /** Solves F(y) = u on the cubic Hermite interpolant of (F, p). */
    private static double invert(double[] x, double[] f, double[] p, double h, double u) {
        if (u <= f[0]) {
            return x[0];
        }
        if (u >= f[f.length - 1]) {
            return x[x.length - 1];
        }
        int lo = 0;
        int hi = f.length - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (f[mid] <= u) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double f0 = f[lo];
        double f1 = f[hi];
        double total = 1.0; // slopes are of the normalised CDF up to the normalisation (≈ 1)
        double m0 = p[lo] * h / total;
        double m1 = p[hi] * h / total;
        double a = 0;
        double b = 1;
        double s = (u - f0) / Math.max(f1 - f0, 1e-300);
        for (int it = 0; it < 60; it++) {
            double s2 = s * s;
            double s3 = s2 * s;
            double val =
                    (2 * s3 - 3 * s2 + 1) * f0
                            + (s3 - 2 * s2 + s) * m0
                            + (-2 * s3 + 3 * s2) * f1
                            + (s3 - s2) * m1
                            - u;
            if (val > 0) {
                b = s;
            } else {
                a = s;
            }
            double der =
                    (6 * s2 - 6 * s) * f0
                            + (3 * s2 - 4 * s + 1) * m0
                            + (-6 * s2 + 6 * s) * f1
                            + (3 * s2 - 2 * s) * m1;
            double next = der > 0 ? s - val / der : 0.5 * (a + b);
            if (!(next > a && next < b)) {
                next = 0.5 * (a + b);
            }
            if (Math.abs(next - s) < 1e-15) {
                s = next;
                break;
            }
            s = next;
        }
        return x[lo] + s * h;
    }

    private static void toSites(Lattice lat, double[] modes, double[] site) {
        int n = modes.length;
        for (int x = 0; x < n; x++) {
            double v = 0;
            for (int k = 0; k < n; k++) {
                v += lat.basis(k, x) * modes[k];
            }
            site[x] = v;
        }
    }

    private static double[] nodes(double h, double r) {
        int m = (int) Math.round(r / h);
        double[] z = new double[2 * m + 1];
        for (int j = 0; j < z.length; j++) {
            z[j] = (j - m) * h;
        }
        return z;
    }

    private static double[] weights(double[] z, double h) {
        double[] w = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            w[j] = h * Math.exp(-0.5 * z[j] * z[j]) / Math.sqrt(2 * Math.PI);
        }
        return w;
    }

    /**
     * The inner Gaussian average \(m_t(\varphi) = E_\zeta[e^{-V_0(\varphi+\zeta)}]\) and its mode
     * gradient.
     */
    private final class Inner {
        private final int n;
        private final double[][] zeta; // inner nodes in site coordinates
        private final double[] weight;
        private final double[][] basis;

        Inner(double t) {
            Lattice lat = flow.lattice();
            n = lat.size();
            basis = new double[n][n];
            for (int k = 0; k < n; k++) {
                for (int x = 0; x < n; x++) {
                    basis[k][x] = lat.basis(k, x);
                }
            }
            double[] sd = new double[n];
            for (int k = 0; k < n; k++) {
                sd[k] =
                        Math.sqrt(
                                Math.max(
                                        0,
                                        flow.path().covariance(k, 0)
                                                - flow.path().covariance(k, t)));
            }
            double[] z = nodes(step, range);
            double[] w = weights(z, step);
            int[] count = new int[n];
            int total = 1;
            for (int k = 0; k < n; k++) {
                count[k] = sd[k] == 0 ? 1 : z.length;
                total *= count[k];
            }
            double[][] zetaAll = new double[total][n];
            double[] weightAll = new double[total];
            int kept = 0;
            for (int idx = 0; idx < total; idx++) {
                double wt = 1;
                double r2 = 0;
                double[] mode = new double[n];
                int rest = idx;
                for (int k = 0; k < n; k++) {
                    int j = rest % count[k];
                    rest /= count[k];
                    if (count[k] == 1) {
                        mode[k] = 0;
                    } else {
                        mode[k] = sd[k] * z[j];
                        wt *= w[j];
                        r2 += z[j] * z[j];
                    }
                }
                if (r2 > range * range) {
                    continue;
                }
                for (int x = 0; x < n; x++) {
                    double v = 0;
                    for (int k = 0; k < n; k++) {
                        v += basis[k][x] * mode[k];
                    }
                    zetaAll[kept][x] = v;
                }
                weightAll[kept++] = wt;
            }
            zeta = java.util.Arrays.copyOf(zetaAll, kept);
            weight = java.util.Arrays.copyOf(weightAll, kept);
        }

        double evaluate(double[] site, double[] gradModes) {
            LocalPotential u = flow.potential();
            double m = 0;
            double[] gs = new double[n];
            for (int i = 0; i < weight.length; i++) {
                double v = 0;
                for (int x = 0; x < n; x++) {
                    v += u.value(site[x] + zeta[i][x]);
                }
                double e = weight[i] * Math.exp(-v);
                if (e == 0) {
                    continue;
                }
                m += e;
                for (int x = 0; x < n; x++) {
                    gs[x] -= e * u.derivative(site[x] + zeta[i][x]);
                }
            }
            for (int k = 0; k < n; k++) {
                double v = 0;
                for (int x = 0; x < n; x++) {
                    v += basis[k][x] * gs[x];
                }
                gradModes[k] = v;
            }
            return m;
        }
    }
}
