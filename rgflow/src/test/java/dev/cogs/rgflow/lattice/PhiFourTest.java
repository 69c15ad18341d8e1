package dev.cogs.rgflow.lattice;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import dev.cogs.rgflow.flow.SampleCloud;
import dev.cogs.rgflow.testing.Tol;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * φ⁴ on small lattices: HMC with the Schwinger–Dyson diagnostic, exact transport of samples (P6)
 * against (P8) and quadrature (±4σ, fixed seeds), the monotone estimator, perturbation theory (row
 * 37).
 */
class PhiFourTest {

    private static final LatticeAction TWO_SITES =
            LatticeAction.of(Lattice.of(1, 2), 1, LocalPotential.quartic(0.25));
    private static HmcSampler.Result hmc;
    private static SmallLatticeQuadrature quad;

    private static RandomGenerator rng(long seed) {
        return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    }

    @BeforeAll
    static void sample() {
        // thin 4 with 8 leapfrog steps of ε ≈ 0.3: successive samples are nearly independent for m²
        // = 1
        hmc = HmcSampler.sample(TWO_SITES, new HmcOptions(3000, 200, 4, 0.3, 8), rng(2024));
        quad = SmallLatticeQuadrature.of(PolchinskiFlow.heatKernel(TWO_SITES));
    }

    /** Standard error of a mean of independent values. */
    private static double se(double[] v) {
        double m = 0;
        for (double x : v) {
            m += x;
        }
        m /= v.length;
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (v.length - 1) / v.length);
    }

    @Test
    void hmcSatisfiesSchwingerDyson() {
        // docs/rgflow.md §5.1: E[φ_x ∂S/∂φ_x] = 1 for every x, within 4 batch-means standard errors
        assertTrue(hmc.finite());
        assertTrue(hmc.acceptanceRate() > 0.6, "acceptance " + hmc.acceptanceRate());
        assertTrue(hmc.schwingerDysonMaxZ() < 4, "SD z-score " + hmc.schwingerDysonMaxZ());
        // the per-site values behind the z-score
        double[] sd = hmc.schwingerDyson();
        double[] err = hmc.schwingerDysonError();
        for (int x = 0; x < sd.length; x++) {
            assertTrue(
                    err[x] > 0 && Math.abs(sd[x] - 1) <= hmc.schwingerDysonMaxZ() * err[x] + 1e-15,
                    "site " + x);
        }
    }

    @Test
    void hmcTwoPointMatchesRow36() {
        // row 36: E[φ₀²] = 0.34836475, E[φ₀φ₁] = 0.17938878 (2-D quadrature), ±4σ
        double[][] x = hmc.samples().points();
        double[] a = new double[x.length];
        double[] b = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            a[i] = x[i][0] * x[i][0];
            b[i] = x[i][0] * x[i][1];
        }
        double[][] g = hmc.samples().secondMoment();
        Tol.assertClose(0.34836475, g[0][0], 0, 4 * se(a), "E[phi0^2]");
        Tol.assertClose(0.17938878, g[0][1], 0, 4 * se(b), "E[phi0 phi1]");
    }

    @Test
    void exactTransportReproducesP8AndQuadrature() {
        // (P6) applied to exact-law samples: E_t[φ₀²] and E_t[φ₀φ₁] at t = 0.5, 1 (row 36b) within
        // ±4σ
        PolchinskiFlow flow = PolchinskiFlow.heatKernel(TWO_SITES);
        double[][] rows = {{0.5, 0.22450443, 0.20829646}, {1, 0.15265701, 0.15131082}};
        for (double[] r : rows) {
            SampleCloud xt = flow.transport(hmc.samples(), r[0], rng(7));
            double[][] pts = xt.points();
            double[] a = new double[pts.length];
            double[] b = new double[pts.length];
            for (int i = 0; i < pts.length; i++) {
                a[i] = pts[i][0] * pts[i][0];
                b[i] = pts[i][0] * pts[i][1];
            }
            double[][] g = xt.secondMoment();
            Tol.assertClose(r[1], g[0][0], 0, 4 * se(a), "E_t[phi0^2] at " + r[0]);
            Tol.assertClose(r[2], g[0][1], 0, 4 * se(b), "E_t[phi0 phi1] at " + r[0]);
        }
    }

    @Test
    void p8OnGaussianTheoryEqualsClosedForm() {
        // (P8) with G_0 = Σ_0 of the mass deformation reproduces Σ_t of docs/rgflow.md §4.3 (D = 2,
        // L = 4)
        Lattice lat = Lattice.of(2, 4);
        PolchinskiFlow flow =
                PolchinskiFlow.heatKernel(
                        LatticeAction.of(lat, 0.5, LocalPotential.quadratic(0.5)));
        GaussianTheory g = GaussianTheory.massDeformation(flow.path(), 0.5);
        double[][] gt = flow.twoPoint(g.covariance(0).dense(), 0.8);
        double[][] expected = g.covariance(0.8).dense();
        for (int x = 0; x < 16; x++) {
            for (int y = 0; y < 16; y++) {
                Tol.assertClose(expected[x][y], gt[x][y], 0, 1e-14, "Sigma(" + x + "," + y + ")");
            }
        }
    }

    @Test
    void estimatorAgreesWithQuadratureOnTwoSites() {
        MonotoneEstimator est =
                MonotoneEstimator.of(
                        PolchinskiFlow.heatKernel(TWO_SITES), hmc.samples(), 128, 20000, rng(99));
        double previous = Double.POSITIVE_INFINITY;
        for (double t : new double[] {0, 0.5, 1, 2}) {
            MonotoneEstimator.Estimate e = est.at(t);
            SmallLatticeQuadrature.Snapshot s = quad.at(t);
            Tol.assertClose(s.monotone(), e.monotone(), 0, 4 * e.monotoneError(), "F at " + t);
            Tol.assertClose(
                    s.monotoneRate(),
                    e.monotoneRate(),
                    0,
                    4 * e.monotoneRateError() + 2e-4,
                    "dF/dt at " + t);
            assertTrue(
                    e.monotone() < previous,
                    "estimated F decreases (common random numbers), t = " + t);
            previous = e.monotone();
        }
    }

    @Test
    void estimatorAgreesWithExactGaussianMonotone() {
        // mass deformation as a local potential, D = 1, L = 4, m² = 1, δm² = 0.5 (row 28), exact
        // P_0 samples
        Lattice lat = Lattice.of(1, 4);
        PolchinskiFlow flow =
                PolchinskiFlow.heatKernel(LatticeAction.of(lat, 1, LocalPotential.quadratic(0.5)));
        GaussianTheory g = GaussianTheory.massDeformation(flow.path(), 0.5);
        MonotoneEstimator est =
                MonotoneEstimator.of(flow, g.sample(0, 2000, rng(5)), 64, 20000, rng(6));
        double[] f = {0.049559968805, 0.012378824058, 0.004123503223};
        double[] rate = {-0.177489177, -0.028905700, -0.008723257};
        double[] t = {0, 0.5, 1};
        for (int i = 0; i < t.length; i++) {
            MonotoneEstimator.Estimate e = est.at(t[i]);
            Tol.assertClose(f[i], e.monotone(), 0, 4 * e.monotoneError(), "row 28 F at " + t[i]);
            Tol.assertClose(
                    rate[i],
                    e.monotoneRate(),
                    0,
                    4 * e.monotoneRateError(),
                    "row 29 dF/dt at " + t[i]);
        }
    }

    @Test
    void w2BracketContainsTheQuantileDistance() {
        // docs/rgflow.md §5.5 bracket vs row 35 (one-site φ⁴, exact W₂² by quantiles): lower ≤
        // 0.0214327 ≤ upper (upper ± 4σ);
        // for a Gaussian theory the lower bound is the exact W₂² of docs/rgflow.md §4.3 (row 29c:
        // W₂²(P_0,P_0.5) = 0.245567804531)
        LatticeAction one = LatticeAction.of(Lattice.singleSite(), 1, LocalPotential.quartic(0.25));
        PolchinskiFlow flow = PolchinskiFlow.heatKernel(one);
        SampleCloud x0 =
                HmcSampler.sample(one, new HmcOptions(4000, 200, 2, 0.5, 5), rng(31)).samples();
        PolchinskiFlow.W2Bracket b = flow.w2Bracket(x0, 0, 1, rng(32));
        assertTrue(b.lower() <= 0.0214327, "lower " + b.lower());
        assertTrue(b.upper() + 4 * b.upperError() >= 0.0214327, "upper " + b.upper());
        Lattice lat = Lattice.of(1, 4);
        PolchinskiFlow mass =
                PolchinskiFlow.heatKernel(LatticeAction.of(lat, 1, LocalPotential.quadratic(0.5)));
        GaussianTheory g = GaussianTheory.massDeformation(mass.path(), 0.5);
        SampleCloud y0 = g.sample(0, 4000, rng(33));
        PolchinskiFlow.W2Bracket bg = mass.w2Bracket(y0, 0, 0.5, rng(34));
        // the sampled mode variances carry relative error √(2/n) ≈ 2.2%: 4σ on W₂² ≈ 4·2.2%
        // (conservative)
        Tol.assertClose(0.245567804531, bg.lower(), 0.09, 0, "Gaussian lower bound = exact W2^2");
        assertTrue(bg.upper() >= bg.lower());
        assertThrows(IllegalArgumentException.class, () -> mass.w2Bracket(y0, 1, 0.5, rng(1)));
    }

    @Test
    void row37Perturbative() {
        PolchinskiFlow flow =
                PolchinskiFlow.heatKernel(
                        LatticeAction.of(Lattice.of(1, 4), 1, LocalPotential.phi4(1)));
        double[] t = {0, 0.5, 1};
        double[] f2 = {0.0214255144, 0.0053723608, 0.0018740236};
        double[] dm = {0, 0.1368706959, 0.1830310321};
        for (int i = 0; i < 3; i++) {
            Tol.assertClose(
                    f2[i], flow.perturbativeMonotone(1, t[i]), 0, 5e-11, "F2/lambda^2 at " + t[i]);
            Tol.assertClose(
                    dm[i], flow.oneLoopMassShift(1, t[i]), 0, 5e-11, "dm2/lambda at " + t[i]);
        }
    }

    @Test
    void monotoneDecreasesForRandomMassesAndCouplings() {
        // docs/rgflow.md §2.2: F(t) = KL(P_t‖N(0,C_t)) is non-increasing and dF/dt ≤ 0, one site by
        // quadrature
        qt().withExamples(12)
                .forAll(
                        doubles().between(0.2, 3.0),
                        doubles().between(0.01, 2.0),
                        doubles().between(0, 3.0))
                .check(
                        (m2, g, t) -> {
                            SmallLatticeQuadrature q =
                                    SmallLatticeQuadrature.of(
                                            PolchinskiFlow.heatKernel(
                                                    LatticeAction.of(
                                                            Lattice.singleSite(),
                                                            m2,
                                                            LocalPotential.quartic(g))));
                            SmallLatticeQuadrature.Snapshot a = q.at(t);
                            SmallLatticeQuadrature.Snapshot b = q.at(t + 0.1);
                            return a.monotone() > b.monotone()
                                    && a.monotoneRate() < 0
                                    && b.monotone() >= 0;
                        });
    }

    @Test
    void badInput() {
        assertThrows(IllegalArgumentException.class, () -> new HmcOptions(10, 0, 1, Double.NaN, 5));
        assertThrows(IllegalArgumentException.class, () -> new HmcOptions(0, 0, 1, 0.1, 5));
        assertThrows(
                IllegalArgumentException.class,
                () -> LatticeAction.of(Lattice.of(1, 4), Double.NaN, LocalPotential.quartic(1)));
        PolchinskiFlow flow = PolchinskiFlow.heatKernel(TWO_SITES);
        assertThrows(
                IllegalArgumentException.class, () -> flow.transport(hmc.samples(), -1, rng(1)));
        assertThrows(IllegalArgumentException.class, () -> flow.twoPoint(new double[3][3], 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> MonotoneEstimator.of(flow, hmc.samples(), 3, 10, rng(1)));
    }
}
