package dev.cogs.rgflow.lattice;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.rgflow.testing.Tol;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One- and two-site φ⁴ by quadrature: docs/rgflow.md §8 rows 32–36b (one site ~1e-8, two sites
 * ~1e-6; W₂ rows 1e-6), plus the identity checks (Schwinger–Dyson, (P8), finite-difference dF/dt,
 * (P7) speed vs W₂ by quantiles).
 */
class QuadratureTest {

    private static SmallLatticeQuadrature one;
    private static SmallLatticeQuadrature two;
    private static final double[] T = {0, 0.5, 1, 2, 4};

    @BeforeAll
    static void setUp() {
        // S_0 = φ²/2 + φ⁴/4, C(t) = e^{-t} (one site, m² = 1, heat kernel)
        one =
                SmallLatticeQuadrature.of(
                        PolchinskiFlow.heatKernel(
                                LatticeAction.of(
                                        Lattice.singleSite(), 1, LocalPotential.quartic(0.25))));
        // D = 1, L = 2, m² = 1 (A = [[3,−2],[−2,3]]), V_0 = ¼(φ₀⁴ + φ₁⁴)
        two =
                SmallLatticeQuadrature.of(
                        PolchinskiFlow.heatKernel(
                                LatticeAction.of(
                                        Lattice.of(1, 2), 1, LocalPotential.quartic(0.25))));
    }

    /**
     * Values quoted to d decimal places: half a unit in the last place plus the stated tolerance.
     */
    private static void assertDecimals(
            double expected, double actual, int decimals, double tol, String what) {
        Tol.assertClose(expected, actual, 0, 0.5 * Math.pow(10, -decimals) + tol, what);
    }

    @Test
    void row32MomentsAndSchwingerDyson() {
        SmallLatticeQuadrature.Snapshot s = one.at(0);
        assertDecimals(0.4679199170, s.twoPoint()[0][0], 10, 1e-10, "E[phi^2]");
        assertDecimals(0.5320800830, s.fourthMoment(), 10, 1e-10, "E[phi^4]");
        assertDecimals(0.87167967, s.sixthMoment(), 8, 1e-10, "E[phi^6]");
        Tol.assertClose(
                1.0,
                s.twoPoint()[0][0] + s.fourthMoment(),
                0,
                1e-12,
                "Schwinger-Dyson E[phi^2]+E[phi^4]");
    }

    @Test
    void row33To33cMonotoneRateAndNaiveKl() {
        double[] f = {0.1256831226, 0.0337115930, 0.0110612286, 0.0013622777, 0.0000238986};
        double[] rate = {-0.4358398339, -0.078354938, -0.023894341, -0.0027944821, -0.0000479538};
        int[] rateDp = {10, 9, 9, 10, 10};
        double[] kl = {0.0130694908, 0.0257765609, 0.0666169766, 0.1187840831, 0.1485776148};
        for (int i = 0; i < T.length; i++) {
            SmallLatticeQuadrature.Snapshot s = one.at(T[i]);
            // docs: one-site quadrature to ~1e-8; the quoted 10 decimals agree to ≤ 2e-10
            assertDecimals(f[i], s.monotone(), 10, 1e-9, "row 33 F(" + T[i] + ")");
            assertDecimals(
                    rate[i], s.monotoneRate(), rateDp[i], 1e-9, "row 33b dF/dt(" + T[i] + ")");
            assertDecimals(
                    kl[i], s.naiveRelativeEntropy(), 10, 1e-9, "row 33c KL(P|Q)(" + T[i] + ")");
            Tol.assertClose(1.0, s.schwingerDyson(), 0, 1e-10, "Schwinger-Dyson of P_t");
        }
        // row 33b at t = 0: −½E[φ⁶] = −½(3E[φ²] − E[φ⁴])
        SmallLatticeQuadrature.Snapshot s0 = one.at(0);
        Tol.assertClose(
                -0.5 * s0.sixthMoment(), s0.monotoneRate(), 0, 1e-12, "dF/dt(0) = -E[phi^6]/2");
        Tol.assertClose(
                s0.sixthMoment(),
                3 * s0.twoPoint()[0][0] - s0.fourthMoment(),
                0,
                1e-11,
                "E[phi^6] = 3E2 - E4");
        // → ½(1 − ln 2) as t → ∞
        Tol.assertClose(
                0.5 * (1 - Math.log(2)),
                one.at(30).naiveRelativeEntropy(),
                0,
                1e-10,
                "KL(P|Q) limit");
    }

    @Test
    void row34MomentsAlongTheFlowEqualP8() {
        double[] e2 = {0.4107893361, 0.2958702324, 0.1255898966, 0.0181371459};
        double[] e4 = {0.4893582502, 0.2603323948, 0.0472766117, 0.0009868541};
        double g0 = one.at(0).twoPoint()[0][0];
        for (int i = 1; i < T.length; i++) {
            SmallLatticeQuadrature.Snapshot s = one.at(T[i]);
            assertDecimals(e2[i - 1], s.twoPoint()[0][0], 10, 1e-10, "E_t[phi^2] at " + T[i]);
            assertDecimals(e4[i - 1], s.fourthMoment(), 10, 1e-10, "E_t[phi^4] at " + T[i]);
            double c = Math.exp(-T[i]);
            Tol.assertClose(c + c * c * (g0 - 1), s.twoPoint()[0][0], 0, 1e-12, "(P8) at " + T[i]);
        }
    }

    @Test
    void row35WassersteinByQuantilesAndSpeed() {
        Tol.assertClose(0.0035257, one.w2Squared(0, 0.5), 0, 1e-6, "W2^2(P0,P0.5)");
        Tol.assertClose(0.0214327, one.w2Squared(0, 1), 0, 1e-6, "W2^2(P0,P1)");
        Tol.assertClose(0.1099323, one.w2Squared(0, 2), 0, 1e-6, "W2^2(P0,P2)");
        Tol.assertClose(0.0359314, one.w2Squared(1, 2), 0, 1e-6, "W2^2(P1,P2)");
        assertDecimals(0.26241161, one.at(0).speed(), 8, 1e-10, "(P7) speed at t=0");
        // 'Further identity checks': the (P7) speed equals lim W₂(P_0, P_h)/h (N = 1: v is a
        // gradient)
        // (quotients at h = 0.025, 0.0125, 0.00625 — they converge like v + ah + bh², with a large
        // a — and two
        // Richardson levels; extrapolation error ~1e-4 relative)
        double q1 = Math.sqrt(one.w2Squared(0, 0.025)) / 0.025;
        double q2 = Math.sqrt(one.w2Squared(0, 0.0125)) / 0.0125;
        double q3 = Math.sqrt(one.w2Squared(0, 0.00625)) / 0.00625;
        double r1 = 2 * q2 - q1;
        double r2 = 2 * q3 - q2;
        Tol.assertClose(0.26241161, (4 * r2 - r1) / 3, 3e-4, 0, "W2(P0,Ph)/h extrapolated");
    }

    @Test
    void row35bWeakCoupling() {
        for (double[] row :
                new double[][] {
                    {0.01, 2.9282530795e-3, 3.0994934928e-4},
                    {0.001, 4.5048345998e-5, 4.7832789711e-6}
                }) {
            SmallLatticeQuadrature q =
                    SmallLatticeQuadrature.of(
                            PolchinskiFlow.heatKernel(
                                    LatticeAction.of(
                                            Lattice.singleSite(),
                                            1,
                                            LocalPotential.quartic(row[0]))));
            Tol.assertClose(row[1], q.at(0).monotone(), 1e-9, 0, "F(0), g = " + row[0]);
            Tol.assertClose(row[2], q.at(1).monotone(), 1e-9, 0, "F(1), g = " + row[0]);
        }
    }

    @Test
    void row35bPerturbativeRatio() {
        // docs/rgflow.md §2.2: F_exact/F⁽²⁾ at t = 0 is 0.6101 (g = 0.01), 0.9385 (g = 0.001); λ =
        // 24g, N = 1, C_t = e^{-t}
        for (double[] row : new double[][] {{0.01, 0.6101}, {0.001, 0.9385}}) {
            PolchinskiFlow f =
                    PolchinskiFlow.heatKernel(
                            LatticeAction.of(
                                    Lattice.singleSite(), 1, LocalPotential.quartic(row[0])));
            double ratio =
                    SmallLatticeQuadrature.of(f).at(0).monotone()
                            / f.perturbativeMonotone(24 * row[0], 0);
            assertDecimals(row[1], ratio, 4, 0, "F/F2 at g = " + row[0]);
        }
    }

    @Test
    void finiteDifferenceRateOneSite() {
        // 'Further identity checks': finite-difference dF/dt = −½E[V′²ċ] (φ⁴ one site: 7 digits)
        for (double t : new double[] {0.5, 2}) {
            double h = 1e-3;
            double fd =
                    (one.at(t - 2 * h).monotone()
                                    - 8 * one.at(t - h).monotone()
                                    + 8 * one.at(t + h).monotone()
                                    - one.at(t + 2 * h).monotone())
                            / (12 * h);
            Tol.assertRel(one.at(t).monotoneRate(), fd, 1e-7, "dF/dt at " + t);
        }
    }

    @Test
    void polchinskiAndFokkerPlanckResidualsOnOneSite() {
        // 'Further identity checks': (P1) ∂_tV = ½ċV″ − ½ċV′² and (P3) ∂_tp = ½ċp″ + (ċ/c)(φp)′ by
        // finite
        // differences (fourth-order stencils, h = 0.005 in t and φ), N = 1, C = e^{-t}, V_0 = φ⁴/4;
        // residuals
        // relative to the largest term ≤ 1e-7
        double zr = one.at(0).partitionRatio();
        for (double t : new double[] {0.3, 1}) {
            for (double phi : new double[] {0, 0.6, 1.3}) {
                double h = 5e-3;
                double dtV = d1(s -> v(s, phi), t, h);
                double dV = d1(x -> v(t, x), phi, h);
                double d2V = d2(x -> v(t, x), phi, h);
                double cdot = Math.exp(-t);
                double rhs = 0.5 * cdot * d2V - 0.5 * cdot * dV * dV;
                double scale =
                        Math.max(
                                Math.abs(dtV),
                                Math.max(
                                        Math.abs(0.5 * cdot * d2V),
                                        Math.abs(0.5 * cdot * dV * dV)));
                assertTrue(
                        Math.abs(dtV - rhs) <= 1e-7 * scale + 1e-12,
                        "(P1) residual " + (dtV - rhs) + " at t=" + t + ", phi=" + phi);
                Tol.assertClose(
                        dV,
                        one.effectiveInteraction(t, new double[] {phi})[1],
                        1e-8,
                        1e-10,
                        "V' analytic");
                double dtP = d1(s -> p(s, phi, zr), t, h);
                double d2P = d2(x -> p(t, x, zr), phi, h);
                double dFlux = d1(x -> x * p(t, x, zr), phi, h);
                double c = Math.exp(-t);
                double rhsP = 0.5 * cdot * d2P + cdot / c * dFlux;
                double scaleP =
                        Math.max(
                                Math.abs(dtP),
                                Math.max(Math.abs(0.5 * cdot * d2P), Math.abs(cdot / c * dFlux)));
                assertTrue(
                        Math.abs(dtP - rhsP) <= 1e-7 * scaleP + 1e-12,
                        "(P3) residual " + (dtP - rhsP) + " at t=" + t + ", phi=" + phi);
            }
        }
    }

    private static double v(double t, double phi) {
        return one.effectiveInteraction(t, new double[] {phi})[0];
    }

    private static double p(double t, double phi, double zr) {
        double c = Math.exp(-t);
        return Math.exp(-0.5 * phi * phi / c - v(t, phi)) / Math.sqrt(2 * Math.PI * c) / zr;
    }

    private static double d1(java.util.function.DoubleUnaryOperator f, double x, double h) {
        return (f.applyAsDouble(x - 2 * h)
                        - 8 * f.applyAsDouble(x - h)
                        + 8 * f.applyAsDouble(x + h)
                        - f.applyAsDouble(x + 2 * h))
                / (12 * h);
    }

    private static double d2(java.util.function.DoubleUnaryOperator f, double x, double h) {
        return (-f.applyAsDouble(x - 2 * h)
                        + 16 * f.applyAsDouble(x - h)
                        - 30 * f.applyAsDouble(x)
                        + 16 * f.applyAsDouble(x + h)
                        - f.applyAsDouble(x + 2 * h))
                / (12 * h * h);
    }

    @Test
    void row36And36bTwoSites() {
        double[][] rows = {
            {0, 0.10049449, 0.34836475, 0.17938878},
            {0.5, 0.02573013, 0.22450443, 0.20829646},
            {1, 0.00856358, 0.15265701, 0.15131082}
        };
        SmallLatticeQuadrature.Snapshot s0 = two.at(0);
        for (double[] r : rows) {
            SmallLatticeQuadrature.Snapshot s = two.at(r[0]);
            assertDecimals(r[1], s.monotone(), 8, 1e-6 * r[1], "F at " + r[0]);
            assertDecimals(r[2], s.twoPoint()[0][0], 8, 1e-6 * r[2], "E[phi0^2] at " + r[0]);
            assertDecimals(r[3], s.twoPoint()[0][1], 8, 1e-6 * r[3], "E[phi0 phi1] at " + r[0]);
            Tol.assertClose(1.0, s.schwingerDyson(), 0, 1e-8, "Schwinger-Dyson at " + r[0]);
            Tol.assertClose(
                    s0.partitionRatio(), s.partitionRatio(), 1e-9, 0, "Z ratio t-independent");
            // (P8) to 8 digits
            double[][] p8 =
                    PolchinskiFlow.heatKernel(
                                    LatticeAction.of(
                                            Lattice.of(1, 2), 1, LocalPotential.quartic(0.25)))
                            .twoPoint(s0.twoPoint(), r[0]);
            Tol.assertClose(p8[0][0], s.twoPoint()[0][0], 0, 1e-9, "(P8) 00");
            Tol.assertClose(p8[0][1], s.twoPoint()[0][1], 0, 1e-9, "(P8) 01");
        }
        assertTrue(two.at(0.5).monotoneRate() < 0);
    }

    @Test
    void gaussianLimitMatchesClosedForm() {
        // U = ½δm²φ² through the quadrature equals the closed-form mass deformation (docs/rgflow.md
        // §4.3) on two sites
        Lattice lat = Lattice.of(1, 2);
        SmallLatticeQuadrature q =
                SmallLatticeQuadrature.of(
                        PolchinskiFlow.heatKernel(
                                LatticeAction.of(lat, 1, LocalPotential.quadratic(0.5))));
        GaussianTheory g =
                GaussianTheory.massDeformation(
                        CovariancePath.heatKernel(SpectralOperator.massiveLaplacian(lat, 1)), 0.5);
        for (double t : new double[] {0, 0.7}) {
            SmallLatticeQuadrature.Snapshot s = q.at(t);
            Tol.assertRel(g.monotone(t), s.monotone(), 1e-8, "F at " + t);
            Tol.assertRel(g.monotoneRate(t), s.monotoneRate(), 1e-8, "dF/dt at " + t);
            Tol.assertRel(g.naiveRelativeEntropy(t), s.naiveRelativeEntropy(), 1e-9, "KL at " + t);
        }
    }

    @Test
    void badInput() {
        PolchinskiFlow big =
                PolchinskiFlow.heatKernel(
                        LatticeAction.of(Lattice.of(1, 4), 1, LocalPotential.quartic(1)));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> SmallLatticeQuadrature.of(big));
        assertTrue(e.getMessage().contains("N = 4"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> two.w2Squared(0, 1));
        assertThrows(IllegalArgumentException.class, () -> one.at(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> LocalPotential.quartic(-1));
        assertThrows(IllegalArgumentException.class, () -> LocalPotential.phi4(Double.NaN));
    }
}
