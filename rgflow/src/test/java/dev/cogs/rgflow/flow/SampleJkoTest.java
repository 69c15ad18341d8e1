package dev.cogs.rgflow.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.rgflow.lattice.CovariancePath;
import dev.cogs.rgflow.lattice.GaussianTheory;
import dev.cogs.rgflow.lattice.Lattice;
import dev.cogs.rgflow.lattice.SpectralOperator;
import dev.cogs.rgflow.testing.Tol;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Monte-Carlo JKO steps over affine and Fourier-diagonal maps, checked against the closed forms.
 */
class SampleJkoTest {

    private static SampleCloud normal1d(int n, double mean, double variance, long seed) {
        RandomGenerator r = FlowFixtures.rng(seed);
        double[][] x = new double[n][1];
        double[] l = new double[n];
        for (int i = 0; i < n; i++) {
            double z = r.nextGaussian();
            x[i][0] = mean + Math.sqrt(variance) * z;
            l[i] = -0.5 * z * z - 0.5 * Math.log(2 * Math.PI * variance);
        }
        return SampleCloud.of(x, l);
    }

    private static double[] moments(SampleCloud e) {
        double m = e.mean()[0];
        double v = e.secondMoment()[0][0] - m * m;
        return new double[] {m, v};
    }

    @Test
    void affineStepEqualsClosedFormOnEmpiricalMoments() {
        // For quadratic Ψ the MC objective depends only on the empirical mean and variance, so the
        // affine
        // optimum is the docs/rgflow.md §4.4 step applied to them (deterministic identity,
        // optimiser tolerance 1e-10).
        SampleCloud x = normal1d(500, 2, 0.25, 11);
        double[] m0 = moments(x);
        AffineJko.Result r =
                AffineJko.step(x, new double[][] {{1}}, Potential.gaussian(1), JkoOptions.of(0.1));
        assertTrue(r.converged());
        GaussianJko1D exact = GaussianJko1D.step(1, 1, m0[0], m0[1], 0.1);
        double[] m1 = moments(r.pushed());
        Tol.assertClose(exact.slope(), r.matrix()[0][0], 1e-9, 0, "slope");
        Tol.assertClose(exact.mean(), m1[0], 1e-9, 0, "mean");
        Tol.assertClose(exact.variance(), m1[1], 1e-9, 0, "variance");
        // log-density tracking: ℓ₁(Tx) = ℓ₀(x) − log a
        Tol.assertClose(
                x.logDensities().get()[7] - Math.log(r.matrix()[0][0]),
                r.pushed().logDensities().get()[7],
                0,
                1e-12,
                "tracked log-density");
    }

    @Test
    void row20AffineJkoOnSamplesWithinFourSigma() {
        // row 20: μ₁ = 1.818181818182, s₁ = 0.365839336011 from N(2, 0.25); n = 4000 samples, seed
        // 5.
        int n = 4000;
        SampleCloud x = normal1d(n, 2, 0.25, 5);
        AffineJko.Result r =
                AffineJko.step(x, new double[][] {{1}}, Potential.gaussian(1), JkoOptions.of(0.1));
        double[] m1 = moments(r.pushed());
        double sdMean = Math.sqrt(0.25 / n) / 1.1;
        // s₁(ŝ) = a(ŝ)²ŝ: delta method with sd(ŝ) = 0.25·√(2/n)
        double h = 1e-6;
        double ds =
                (GaussianJko1D.step(1, 1, 2, 0.25 + h, 0.1).variance()
                                - GaussianJko1D.step(1, 1, 2, 0.25 - h, 0.1).variance())
                        / (2 * h);
        double sdVar = ds * 0.25 * Math.sqrt(2.0 / n);
        Tol.assertClose(1.818181818182, m1[0], 0, 4 * sdMean, "mu_1 (4 sigma)");
        Tol.assertClose(0.365839336011, m1[1], 0, 4 * sdVar, "s_1 (4 sigma)");
    }

    @Test
    void affineJkoOnSamplesIsFirstOrderInTau() {
        // JKO error at t = 1 against the OU solution started from the cloud's empirical moments
        // (row 22 setting)
        SampleCloud x0 = normal1d(400, 2, 0.25, 9);
        double[] m0 = moments(x0);
        GaussianFokkerPlanck1D ou = new GaussianFokkerPlanck1D(1, 1, m0[0], m0[1]);
        double prev = Double.NaN;
        for (double tau : new double[] {0.1, 0.05, 0.025}) {
            SampleCloud x = x0;
            for (int k = 0; k < Math.round(1 / tau); k++) {
                x =
                        AffineJko.step(
                                        x,
                                        new double[][] {{1}},
                                        Potential.gaussian(1),
                                        JkoOptions.of(tau))
                                .pushed();
            }
            double err = Math.abs(moments(x)[1] - ou.variance(1));
            if (!Double.isNaN(prev)) {
                double ratio = prev / err;
                assertTrue(ratio > 1.85 && ratio < 2.15, "error ratio " + ratio + " at tau " + tau);
            }
            prev = err;
        }
    }

    @Test
    void affineStepSatisfiesStationarityForNonQuadraticReference() {
        // Ψ(x) = Σ x⁴/4 + x₀x₁/2, anisotropic metric: the optimum satisfies the first-order
        // conditions
        // (1/τ)K E[Tx − x] + E[∇Ψ(Tx)] = 0 and E[((1/τ)K(Tx − x) + ∇Ψ(Tx)) xᵀ] = A^{−T}, checked
        // independently.
        Potential psi =
                Potential.of(
                        2,
                        x -> (Math.pow(x[0], 4) + Math.pow(x[1], 4)) / 4 + x[0] * x[1] / 2,
                        (x, g) -> {
                            g[0] = x[0] * x[0] * x[0] + x[1] / 2;
                            g[1] = x[1] * x[1] * x[1] + x[0] / 2;
                        });
        RandomGenerator rng = FlowFixtures.rng(21);
        double[][] pts = new double[300][2];
        for (double[] p : pts) {
            p[0] = 1 + 0.7 * rng.nextGaussian();
            p[1] = -0.5 + 0.4 * rng.nextGaussian();
        }
        double[][] k = {{2, 0.3}, {0.3, 0.5}};
        double tau = 0.2;
        AffineJko.Result r = AffineJko.step(SampleCloud.of(pts), k, psi, JkoOptions.of(tau));
        assertTrue(r.converged(), "converged, gradient " + r.gradientNorm());
        double[][] a = r.matrix();
        double[] b = r.shift();
        double[] gb = new double[2];
        double[][] ga = new double[2][2];
        double[] g = new double[2];
        for (double[] p : pts) {
            double[] y = {
                a[0][0] * p[0] + a[0][1] * p[1] + b[0], a[1][0] * p[0] + a[1][1] * p[1] + b[1]
            };
            psi.gradient(y, g);
            for (int i = 0; i < 2; i++) {
                double res = (k[i][0] * (y[0] - p[0]) + k[i][1] * (y[1] - p[1])) / tau + g[i];
                gb[i] += res / pts.length;
                ga[i][0] += res * p[0] / pts.length;
                ga[i][1] += res * p[1] / pts.length;
            }
        }
        double det = a[0][0] * a[1][1] - a[0][1] * a[1][0];
        double[][] invT = {{a[1][1] / det, -a[1][0] / det}, {-a[0][1] / det, a[0][0] / det}};
        for (int i = 0; i < 2; i++) {
            assertEquals(0, gb[i], 1e-8, "b-stationarity");
            for (int j = 0; j < 2; j++) {
                assertEquals(invT[i][j], ga[i][j], 1e-8, "A-stationarity");
            }
        }
        Tol.assertClose(Math.log(det), r.logDeterminant(), 1e-12, 1e-14, "log det");
    }

    @Test
    void fourierStepOnGaussianSamplesMatchesPerModeClosedForm() {
        // row 30b on samples: one left-frozen step τ = 0.1 of the mass deformation (D=1, L=4, m²=1,
        // δm²=0.5).
        // Per mode the new variance is f(S_k) with S_k the empirical second moment; 4σ band by the
        // delta method.
        Lattice lat = Lattice.of(1, 4);
        CovariancePath path = CovariancePath.heatKernel(SpectralOperator.massiveLaplacian(lat, 1));
        GaussianTheory g = GaussianTheory.massDeformation(path, 0.5);
        int n = 4000;
        SampleCloud x = g.sample(0, n, FlowFixtures.rng(77));
        FourierJko.Result r =
                FourierJko.step(
                        x,
                        lat,
                        path.rateAt(0).scale(0.5).values(),
                        path.covarianceAt(0).scale(0.5).values(),
                        0.1);
        double[] s1 = r.pushed().modeSecondMoments(lat);
        double[] jko = {0.63863809, 0.23981636, 0.13951039, 0.23981636};
        for (int k = 0; k < 4; k++) {
            double s0 = g.variance(k, 0);
            double m = path.rate(k, 0) / 2;
            double q = path.covariance(k, 0) / 2;
            double h = 1e-7 * s0;
            double deriv =
                    (GaussianJko1D.step(m, q, 0, s0 + h, 0.1).variance()
                                    - GaussianJko1D.step(m, q, 0, s0 - h, 0.1).variance())
                            / (2 * h);
            Tol.assertClose(
                    jko[k],
                    s1[k],
                    0,
                    4 * deriv * s0 * Math.sqrt(2.0 / n),
                    "mode " + k + " (4 sigma)");
        }
        // and the log-density of the pushed samples is exact: the pushed law is Gaussian with
        // variances f(σ_k)
        assertTrue(r.logDeterminant() < 0);
    }

    @Test
    void siteCubicGradientMatchesFiniteDifferences() {
        // analytic gradient of the family-(b) objective vs central differences (D = 1, L = 4,
        // Gaussian cloud;
        // the lattice provides the Fourier basis and the mass-deformed theory the cloud)
        Lattice lat = Lattice.of(1, 4);
        CovariancePath path = CovariancePath.heatKernel(SpectralOperator.massiveLaplacian(lat, 1));
        SampleCloud x =
                GaussianTheory.massDeformation(path, 0.5).sample(0, 50, FlowFixtures.rng(9));
        double[] m = path.rateAt(0.2).scale(0.5).values();
        double[] q = path.covarianceAt(0.2).scale(0.5).values();
        double[] theta = {0.1, -0.2, 0.05, 0.3, Math.log(0.2)};
        double[] grad = new double[5];
        SiteMonotoneJko.objective(x, lat, m, q, 0.1, theta, grad);
        for (int j = 0; j < 5; j++) {
            double h = 1e-6;
            double[] tp = theta.clone();
            double[] tm = theta.clone();
            tp[j] += h;
            tm[j] -= h;
            double fd =
                    (SiteMonotoneJko.objective(x, lat, m, q, 0.1, tp, new double[5])
                                    - SiteMonotoneJko.objective(
                                            x, lat, m, q, 0.1, tm, new double[5]))
                            / (2 * h);
            Tol.assertClose(fd, grad[j], 1e-6, 1e-7, "d J / d theta_" + j);
        }
    }

    @Test
    void pushScalesEveryModeAndTracksTheLogDeterminant() {
        // T = Σ_k α_k e_k e_kᵀ on the lattice Fourier basis: modes scale by α_k, ℓ ↦ ℓ − Σ_k log
        // α_k
        Lattice lat = Lattice.of(1, 4);
        SampleCloud x = normal1d(1, 0, 1, 2);
        double[][] pts = {{0.3, -1.2, 0.8, 2.0}, {1.0, 0.0, -0.5, 0.25}};
        SampleCloud c = SampleCloud.of(pts, new double[] {-1.0, -2.5});
        double[] alpha = {0.5, 2.0, 1.0, 0.25};
        SampleCloud p = FourierJko.push(c, lat, alpha);
        for (int i = 0; i < pts.length; i++) {
            double[] before = lat.toModes(pts[i]);
            double[] after = lat.toModes(p.point(i));
            for (int k = 0; k < 4; k++) {
                Tol.assertClose(
                        alpha[k] * before[k], after[k], 0, 1e-14, "mode " + k + " of point " + i);
            }
        }
        double logDet = Math.log(0.5) + Math.log(2.0) + Math.log(1.0) + Math.log(0.25);
        Tol.assertClose(-2.5 - logDet, p.logDensities().get()[1], 0, 1e-15, "tracked log-density");
        assertThrows(
                IllegalArgumentException.class,
                () -> FourierJko.push(c, lat, new double[] {1, 1, 0, 1}));
        assertThrows(
                IllegalArgumentException.class,
                () -> FourierJko.push(c, lat, new double[] {1, 1, 1}));
        assertThrows(IllegalArgumentException.class, () -> FourierJko.push(x, lat, alpha));
    }

    @Test
    void badInput() {
        SampleCloud x = normal1d(10, 0, 1, 1);
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        AffineJko.step(
                                x,
                                new double[][] {{-1}},
                                Potential.gaussian(1),
                                JkoOptions.of(0.1)));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        AffineJko.step(
                                x,
                                new double[][] {{1}},
                                Potential.gaussian(1, 1),
                                JkoOptions.of(0.1)));
        assertThrows(IllegalArgumentException.class, () -> Potential.gaussian(Double.NaN));
        Lattice lat = Lattice.of(1, 4);
        CovariancePath path = CovariancePath.heatKernel(SpectralOperator.massiveLaplacian(lat, 1));
        SampleCloud y = GaussianTheory.free(path).sample(0, 5, FlowFixtures.rng(1));
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                FourierJko.step(
                                        y,
                                        lat,
                                        path.rateAt(0).values(),
                                        path.covarianceAt(0).values(),
                                        -1));
        assertTrue(e.getMessage().contains("-1.0"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> SampleCloud.of(new double[][] {{Double.NaN}}));
    }
}
