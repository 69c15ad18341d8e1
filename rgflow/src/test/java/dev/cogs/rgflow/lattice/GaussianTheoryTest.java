package dev.cogs.rgflow.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.cogs.rgflow.testing.Tol;
import org.junit.jupiter.api.Test;

/**
 * Closed-form Gaussian rows 23–31 of docs/rgflow.md §8 (tolerance 1e-10 relative, docs/rgflow.md §8
 * preamble).
 */
class GaussianTheoryTest {

    private static final double REL = 1e-10;

    private static CovariancePath heat(int d, int l, double m2) {
        return CovariancePath.heatKernel(SpectralOperator.massiveLaplacian(Lattice.of(d, l), m2));
    }

    @Test
    void eigenvaluesOfA() {
        // docs/rgflow.md §8 row 23: a_p = 1, 3, 5, 3 for D=1, L=4, m²=1; docs/rgflow.md §4.1: L=2
        // gives {m², m²+4}
        SpectralOperator a = SpectralOperator.massiveLaplacian(Lattice.of(1, 4), 1.0);
        double[] expected = {1, 3, 5, 3};
        for (int k = 0; k < 4; k++) {
            Tol.assertRel(expected[k], a.value(k), 1e-15, "a_" + k);
        }
        SpectralOperator a2 = SpectralOperator.massiveLaplacian(Lattice.of(1, 2), 1.0);
        Tol.assertRel(3.0, a2.entry(0, 0), 1e-14, "A(0,0) L=2");
        Tol.assertRel(-2.0, a2.entry(0, 1), 1e-14, "A(0,1) L=2");
    }

    @Test
    void spectralApplyMatchesStencil() {
        // A = −Δ + m² applied in the Fourier basis equals the finite-difference stencil
        // (docs/rgflow.md §4.1)
        for (int d = 1; d <= 2; d++) {
            Lattice lat = Lattice.of(d, 5);
            SpectralOperator a = SpectralOperator.massiveLaplacian(lat, 0.7);
            java.util.SplittableRandom r = new java.util.SplittableRandom(3);
            double[] phi = new double[lat.size()];
            for (int i = 0; i < phi.length; i++) {
                phi[i] = r.nextDouble() - 0.5;
            }
            double[] ap = a.apply(phi);
            for (int x = 0; x < phi.length; x++) {
                double s = (0.7 + 2 * d) * phi[x];
                for (int mu = 0; mu < d; mu++) {
                    s -= phi[lat.neighbour(x, mu, 1)] + phi[lat.neighbour(x, mu, -1)];
                }
                Tol.assertClose(s, ap[x], 0, 1e-13, "stencil at " + x);
            }
        }
    }

    @Test
    void row23FreeLatticeCovariance() {
        GaussianTheory free = GaussianTheory.free(heat(1, 4, 1.0));
        SpectralOperator c0 = free.covariance(0);
        Tol.assertRel(7.0 / 15, c0.entry(0, 0), REL, "C_0(0,0)");
        Tol.assertRel(1.0 / 5, c0.entry(0, 1), REL, "C_0(0,1)");
        Tol.assertRel(1.866666666667, c0.trace(), 1e-12, "tr C_0");
    }

    @Test
    void row24FreeLatticeAlongFlow() {
        CovariancePath p = heat(1, 4, 1.0);
        Tol.assertRel(0.192925274884, p.covarianceAt(0.5).entry(0, 0), 1e-11, "C_0.5(0,0)");
        Tol.assertRel(0.100604602371, p.covarianceAt(1).entry(0, 0), 1e-11, "C_1(0,0)");
        Tol.assertRel(0.147528414997, p.covarianceAt(0.5).entry(0, 1), 1e-11, "C_0.5(0,1)");
        Tol.assertRel(0.091632962943, p.covarianceAt(1).entry(0, 1), 1e-11, "C_1(0,1)");
        Tol.assertRel(0.402418409483, p.covarianceAt(1).trace(), 1e-11, "tr C_1");
    }

    @Test
    void row25And25bDistancesAndSpeeds() {
        GaussianTheory free = GaussianTheory.free(heat(1, 4, 1.0));
        Tol.assertRel(0.336342210995, free.w2Squared(0, 0.5), 1e-11, "W2^2(P0,P0.5)");
        Tol.assertRel(0.579950179752, Math.sqrt(free.w2Squared(0, 0.5)), 1e-11, "W2(P0,P0.5)");
        Tol.assertRel(0.079447005779, free.w2Squared(0.5, 1), 1e-10, "W2^2(P0.5,P1)");
        Tol.assertRel(0.725682877077, free.w2Squared(0, 1), 1e-11, "W2^2(P0,P1)");
        Tol.assertRel(Math.sqrt(3), Math.sqrt(free.speedSquared(0)), REL, "unweighted speed");
        Tol.assertRel(
                Math.sqrt(6), Math.sqrt(free.speedSquaredPolchinski(0)), REL, "Polchinski speed");
        SpectralOperator k = free.path().rateAt(0.5).inverse().scale(2.0);
        Tol.assertRel(0.672684421990, free.w2SquaredWeighted(0.5, 1, k), 1e-11, "W_K^2");
    }

    @Test
    void row25OptimalMapIsHalfTimeHeatSemigroup() {
        // docs/rgflow.md §4.3: T = e^{-(t-s)A/2} pushes P_s onto P_t for the free heat-kernel
        // theory
        SpectralOperator a = SpectralOperator.massiveLaplacian(Lattice.of(2, 4), 0.5);
        GaussianTheory free = GaussianTheory.free(CovariancePath.heatKernel(a));
        SpectralOperator t = free.optimalMap(0.3, 1.1);
        SpectralOperator expected = a.exp(-0.4);
        for (int k = 0; k < 16; k++) {
            Tol.assertRel(expected.value(k), t.value(k), 1e-14, "T_" + k);
        }
    }

    @Test
    void row26FreeTheoryMonotoneAndNaiveKl() {
        GaussianTheory free = GaussianTheory.free(heat(1, 4, 1.0));
        for (double t : new double[] {0, 0.3, 1, 5}) {
            Tol.assertRel(0.613705638880, free.naiveRelativeEntropy(t), 1e-11, "KL(P|Q) t=" + t);
            assertEquals(0.0, free.monotone(t), 0.0, "F is exactly 0 for the free theory");
        }
    }

    @Test
    void row27And27bTwoDimensionalFreeLattice() {
        GaussianTheory free = GaussianTheory.free(heat(2, 4, 0.5));
        SpectralOperator c0 = free.covariance(0);
        Tol.assertRel(0.354147812971, c0.entry(0, 0), 1e-11, "C_0(0,0)");
        Tol.assertRel(0.148416289593, c0.entry(0, 1), 1e-11, "C_0(0,e1)");
        Tol.assertRel(0.148416289593, c0.entry(0, 4), 1e-11, "C_0(0,e2)");
        Tol.assertRel(5.666365007541, c0.trace(), 1e-12, "tr C_0");
        Tol.assertRel(0.085009902713, free.covariance(1).entry(0, 0), 1e-11, "C_1(0,0)");
        Tol.assertRel(1.360158443413, free.covariance(1).trace(), 1e-12, "tr C_1");
        Tol.assertRel(1.469426943754, free.w2Squared(0, 0.5), 1e-12, "W2^2(0,0.5)");
        Tol.assertRel(2.662361977606, free.w2Squared(0, 1), 1e-12, "W2^2(0,1)");
        Tol.assertRel(2.454822555520, free.naiveRelativeEntropy(0.7), 1e-12, "KL(P|Q)");
    }

    @Test
    void row28To29cMassDeformation() {
        GaussianTheory g = GaussianTheory.massDeformation(heat(1, 4, 1.0), 0.5);
        double[] ts = {0, 0.25, 0.5, 1, 2};
        double[] f = {
            0.049559968805, 0.023039743343, 0.012378824058, 0.004123503223, 0.000524668504
        };
        double[] kl = {
            0.308287252707, 0.426441370293, 0.489389146187, 0.549097193252, 0.591318255758
        };
        double[] s00 = {
            0.354978354978, 0.231523236268, 0.161052621365, 0.089267437829, 0.032722766628
        };
        for (int i = 0; i < ts.length; i++) {
            Tol.assertRel(f[i], g.monotone(ts[i]), 1e-9, "row 28 F(" + ts[i] + ")");
            Tol.assertRel(kl[i], g.naiveRelativeEntropy(ts[i]), 1e-11, "row 29b KL(" + ts[i] + ")");
            Tol.assertClose(
                    s00[i],
                    g.covariance(ts[i]).entry(0, 0),
                    1e-11,
                    6e-13,
                    "row 29c Sigma(0,0) at " + ts[i]);
        }
        double[] rt = {0, 0.5, 1, 2};
        double[] rate = {-0.177489177, -0.028905700, -0.008723257, -0.001065983};
        for (int i = 0; i < rt.length; i++) {
            Tol.assertClose(
                    rate[i], g.monotoneRate(rt[i]), 0, 6e-10, "row 29 dF/dt(" + rt[i] + ")");
        }
        Tol.assertRel(0.245567804531, g.w2Squared(0, 0.5), 1e-11, "row 29c W2^2(P0,P0.5)");
    }

    @Test
    void row31MassDeformationTwoDimensions() {
        GaussianTheory g = GaussianTheory.massDeformation(heat(2, 4, 0.5), 0.5);
        Tol.assertRel(0.150125148101, g.monotone(0), 1e-10, "F(0)");
        Tol.assertRel(0.054487808657, g.monotone(0.5), 1e-10, "F(0.5)");
        Tol.assertRel(0.029233396515, g.monotone(1), 1e-10, "F(1)");
        Tol.assertRel(0.009664929447, g.monotone(2), 1e-10, "F(2)");
        Tol.assertClose(-0.075674250, g.monotoneRate(0.5), 0, 6e-10, "dF/dt(0.5)");
        Tol.assertRel(1.550979449653, g.naiveRelativeEntropy(0), 1e-11, "KL(P0|Q0)");
        Tol.assertRel(2.370234295346, g.naiveRelativeEntropy(2), 1e-11, "KL(P2|Q2)");
    }

    @Test
    void identityP8EqualsInverseOfCinvPlusB() {
        // 'Further identity checks': Σ_t from (P8) equals (C_t⁻¹ + B_t)⁻¹ to ~1e-14
        qt().withExamples(200)
                .forAll(
                        doubles().between(-0.9, 3.0),
                        doubles().between(0.05, 2.0),
                        doubles().between(0, 4.0),
                        integers().between(1, 2))
                .check(
                        (dm, m2, t, d) -> {
                            CovariancePath p = heat(d, 4, m2);
                            GaussianTheory g = GaussianTheory.massDeformation(p, dm * m2);
                            SpectralOperator viaInverse =
                                    p.covarianceAt(t).inverse().plus(g.interaction(t)).inverse();
                            SpectralOperator sigma = g.covariance(t);
                            for (int k = 0; k < sigma.size(); k++) {
                                if (Math.abs(viaInverse.value(k) - sigma.value(k))
                                        > 1e-13 * sigma.value(k)) {
                                    return false;
                                }
                            }
                            return true;
                        });
    }

    @Test
    void finiteDifferenceRateMatchesDissipation() {
        // 'Further identity checks': finite-difference dF/dt equals −½E[∇VᵀĊ∇V] (Gaussian lattice:
        // 9 digits)
        GaussianTheory g = GaussianTheory.massDeformation(heat(1, 4, 1.0), 0.5);
        for (double t : new double[] {0.25, 0.5, 1, 2}) {
            double h = 1e-4;
            double fd =
                    (g.monotone(t + h) - g.monotone(t - h)) / (2 * h)
                            - (g.monotone(t + 2 * h)
                                            - 2 * g.monotone(t + h)
                                            + 2 * g.monotone(t - h)
                                            - g.monotone(t - 2 * h))
                                    / (12 * h);
            Tol.assertRel(g.monotoneRate(t), fd, 1e-9, "dF/dt at " + t);
        }
    }

    @Test
    void monotoneDecreasesNaiveKlDoesNotForPositiveDeformations() {
        // docs/rgflow.md §2.2: F decreasing along the flow for every deformation; KL(P‖Q) increases
        // for 0 < δm² c_k(0) < 1
        // (per mode dKL/dt = ½(2 − 1/r)dr/dt, positive only while r = σ/c > ½)
        qt().withExamples(200)
                .forAll(
                        doubles().between(-0.95, 5.0),
                        doubles().between(0.05, 3.0),
                        doubles().between(0, 3.0),
                        doubles().between(1e-3, 1.0))
                .check(
                        (dm, m2, t, dt) -> {
                            GaussianTheory g =
                                    GaussianTheory.massDeformation(heat(1, 6, m2), dm * m2);
                            boolean monotone =
                                    g.monotone(t + dt) <= g.monotone(t) && g.monotoneRate(t) <= 0;
                            boolean klUp =
                                    dm <= 0
                                            || dm >= 1
                                            || g.naiveRelativeEntropy(t + dt)
                                                    >= g.naiveRelativeEntropy(t) - 1e-15;
                            return monotone && klUp;
                        });
    }

    @Test
    void naiveKlDecreasesForStrongDeformations() {
        // Counter-example to 'KL(P_t‖Q_t) increases for deformed theories' (docs/rgflow.md §2.2):
        // δm² c_0 = 2.4 on the
        // zero mode gives r(0) = 1/3.4 < ½, and KL(P‖Q) decreases for a while (found by the
        // property below).
        GaussianTheory g = GaussianTheory.massDeformation(heat(1, 6, 0.05), 2.4 * 0.05);
        assertTrue(
                g.naiveRelativeEntropy(2.2) < g.naiveRelativeEntropy(2.1),
                "KL decreases around t = 2");
        assertTrue(
                g.naiveRelativeEntropy(100) > g.naiveRelativeEntropy(2.2), "and increases later");
    }

    @Test
    void badInput() {
        assertThrows(IllegalArgumentException.class, () -> Lattice.of(1, 1));
        assertThrows(IllegalArgumentException.class, () -> Lattice.of(3, 4));
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> SpectralOperator.massiveLaplacian(Lattice.of(1, 4), Double.NaN));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        CovariancePath p = heat(1, 4, 1.0);
        IllegalArgumentException e2 =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> GaussianTheory.massDeformation(p, -2.0));
        assertTrue(e2.getMessage().contains("positive definite"), e2.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> GaussianTheory.massDeformation(p, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> p.covarianceAt(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> p.covarianceAt(-1));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        CovariancePath.heatKernel(
                                SpectralOperator.of(Lattice.of(1, 2), new double[] {1, -1})));
    }
}
