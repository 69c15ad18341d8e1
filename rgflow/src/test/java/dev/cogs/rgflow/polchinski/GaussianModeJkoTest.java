package dev.cogs.rgflow.polchinski;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.rgflow.lattice.CovariancePath;
import dev.cogs.rgflow.lattice.GaussianTheory;
import dev.cogs.rgflow.lattice.Lattice;
import dev.cogs.rgflow.lattice.SpectralOperator;
import dev.cogs.rgflow.testing.Tol;
import org.junit.jupiter.api.Test;

/**
 * Per-mode exact Gaussian JKO of the lattice Polchinski flow: docs/rgflow.md §8 rows 30, 30b, §3
 * splitting, §4.2.
 */
class GaussianModeJkoTest {

    private static CovariancePath heat(double m2) {
        return CovariancePath.heatKernel(SpectralOperator.massiveLaplacian(Lattice.of(1, 4), m2));
    }

    @Test
    void row30PerModeJkoOfMassDeformation() {
        GaussianTheory g = GaussianTheory.massDeformation(heat(1), 0.5);
        double[] taus = {0.1, 0.05, 0.025, 0.0125};
        double[] s00 = {0.098626784413, 0.093823884472, 0.091515945891, 0.090384397907};
        double[] f = {0.17978, 0.04322, 0.01263, 0.00576};
        for (int i = 0; i < taus.length; i++) {
            int steps = (int) Math.round(1 / taus[i]);
            double[] v = GaussianModeJko.variances(g, taus[i], steps, JkoVariant.LEFT_FROZEN);
            double sigma00 = SpectralOperator.of(Lattice.of(1, 4), v).entry(0, 0);
            Tol.assertClose(s00[i], sigma00, 1e-10, 6e-13, "Sigma(0,0) at t=1, tau=" + taus[i]);
            Tol.assertClose(
                    f[i],
                    GaussianModeJko.monotone(g.path(), v, 1.0),
                    0,
                    6e-6,
                    "F at t=1, tau=" + taus[i]);
        }
        Tol.assertClose(0.089267437829, g.covariance(1).entry(0, 0), 1e-11, 0, "exact Sigma(0,0)");
    }

    @Test
    void row30bOneStepPerModeVariances() {
        GaussianTheory g = GaussianTheory.massDeformation(heat(1), 0.5);
        double[] v = GaussianModeJko.variances(g, 0.1, 1, JkoVariant.LEFT_FROZEN);
        double[] jko = {0.63863809, 0.23981636, 0.13951039, 0.23981636};
        double[] exact = {0.63192717, 0.22080552, 0.11461741, 0.22080552};
        for (int k = 0; k < 4; k++) {
            Tol.assertClose(jko[k], v[k], 0, 6e-9, "JKO variance mode " + k);
            Tol.assertClose(exact[k], g.variance(k, 0.1), 0, 6e-9, "exact variance mode " + k);
        }
    }

    @Test
    void dilationSplittingIsFirstOrderAndMoreAccurateForStiffModes() {
        // docs/rgflow.md §3: 'dilation then JKO' (P9) — errors at t = 1 halve with τ and are
        // smaller than left-frozen
        GaussianTheory g = GaussianTheory.massDeformation(heat(1), 0.5);
        double exact = g.covariance(1).entry(0, 0);
        double prev = Double.NaN;
        for (double tau : new double[] {0.1, 0.05, 0.025, 0.0125}) {
            int steps = (int) Math.round(1 / tau);
            double split =
                    SpectralOperator.of(
                                    Lattice.of(1, 4),
                                    GaussianModeJko.variances(
                                            g, tau, steps, JkoVariant.DILATION_THEN_JKO))
                            .entry(0, 0);
            double frozen =
                    SpectralOperator.of(
                                    Lattice.of(1, 4),
                                    GaussianModeJko.variances(
                                            g, tau, steps, JkoVariant.LEFT_FROZEN))
                            .entry(0, 0);
            double err = Math.abs(split - exact);
            assertTrue(err < Math.abs(frozen - exact), "split more accurate at tau " + tau);
            if (!Double.isNaN(prev)) {
                double ratio = prev / err;
                assertTrue(ratio > 1.7 && ratio < 2.3, "first order: ratio " + ratio);
            }
            prev = err;
        }
    }

    @Test
    void momentumRegulatorFreezesTheZeroMode() {
        // docs/rgflow.md §4.2 regulator exponential in p̂² only: ċ_0 = 0, the zero mode never flows
        // and the JKO map is the identity
        // there (pitfall 4); other modes follow c_k(t) = e^{-t p̂²}/(p̂² + m²)
        Lattice lat = Lattice.of(1, 4);
        CovariancePath p = CovariancePath.momentumRegulator(lat, 1);
        assertTrue(p.rate(0, 0.7) == 0.0);
        Tol.assertClose(1.0, p.covariance(0, 3.0), 0, 0, "c_0(t) = 1/m^2");
        Tol.assertClose(Math.exp(-0.7 * 4) / 5, p.covariance(2, 0.7), 1e-15, 0, "c_2(0.7)");
        GaussianTheory g = GaussianTheory.massDeformation(p, 0.5);
        double[] v = GaussianModeJko.variances(g, 0.1, 10, JkoVariant.LEFT_FROZEN);
        Tol.assertClose(g.variance(0, 0), v[0], 0, 0, "zero mode untouched by JKO");
        Tol.assertClose(
                g.variance(0, 0),
                g.variance(0, 1),
                1e-15,
                0,
                "zero mode untouched by the exact flow");
        double e1 =
                Math.abs(
                        GaussianModeJko.variances(g, 0.02, 50, JkoVariant.LEFT_FROZEN)[2]
                                - g.variance(2, 1));
        double e2 =
                Math.abs(
                        GaussianModeJko.variances(g, 0.01, 100, JkoVariant.LEFT_FROZEN)[2]
                                - g.variance(2, 1));
        assertTrue(
                e1 / e2 > 1.8 && e1 / e2 < 2.2,
                "flowing modes converge at first order: " + e1 / e2);
    }

    @Test
    void badInput() {
        GaussianTheory g = GaussianTheory.massDeformation(heat(1), 0.5);
        assertThrows(
                IllegalArgumentException.class,
                () -> GaussianModeJko.variances(g, 0, 1, JkoVariant.LEFT_FROZEN));
    }
}
