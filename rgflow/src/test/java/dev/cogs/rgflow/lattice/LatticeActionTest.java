package dev.cogs.rgflow.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import dev.cogs.rgflow.testing.Tol;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Local potentials and the bare action \(S_0 = \tfrac12\varphi^{\mathsf T}A\varphi +
 * \sum_xU(\varphi_x)\).
 */
class LatticeActionTest {

    @Test
    void evenQuarticIsHalfMuPhiSquaredPlusGPhiToTheFour() {
        LocalPotential u = LocalPotential.evenQuartic(-1.5, 0.25);
        qt().withExamples(300)
                .forAll(doubles().between(-5, 5))
                .check(
                        phi -> {
                            double p2 = phi * phi;
                            return Math.abs(u.value(phi) - (-0.75 * p2 + 0.25 * p2 * p2))
                                            <= 1e-12 * (1 + p2 * p2)
                                    && Math.abs(u.derivative(phi) - (-1.5 * phi + phi * p2))
                                            <= 1e-12 * (1 + Math.abs(phi * p2))
                                    && Math.abs(u.secondDerivative(phi) - (-1.5 + 3 * p2))
                                            <= 1e-12 * (1 + p2);
                        });
        // λφ⁴/4! and g φ⁴ are the special cases μ = 0
        assertEquals(
                LocalPotential.phi4(24).value(1.3),
                LocalPotential.evenQuartic(0, 1).value(1.3),
                1e-15);
        assertThrows(IllegalArgumentException.class, () -> LocalPotential.evenQuartic(-1, 0));
        assertThrows(
                IllegalArgumentException.class, () -> LocalPotential.evenQuartic(Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> LocalPotential.evenQuartic(1, -1));
    }

    @Test
    void secondDerivativeIsTheDerivativeOfTheDerivative() {
        // central differences of U′ (step 1e-5, error O(h²)·U‴ ≈ 1e-9 here) for every built-in
        // potential
        for (LocalPotential u :
                new LocalPotential[] {
                    LocalPotential.phi4(6),
                    LocalPotential.quartic(0.25),
                    LocalPotential.quadratic(-0.3),
                    LocalPotential.evenQuartic(-1, 0.5)
                }) {
            for (double phi : new double[] {-2, -0.3, 0, 0.7, 1.9}) {
                double h = 1e-5;
                double fd = (u.derivative(phi + h) - u.derivative(phi - h)) / (2 * h);
                Tol.assertClose(fd, u.secondDerivative(phi), 1e-8, 1e-8, u + " U'' at " + phi);
            }
        }
    }

    @Test
    void actionIsTheQuadraticFormPlusTheInteraction() {
        // quadratic() (spectral, Fourier basis) and interaction() (sum over sites) against action()
        // (stencil)
        for (int d = 0; d <= 2; d++) {
            Lattice lat = Lattice.of(d, 5);
            LocalPotential u = LocalPotential.evenQuartic(0.4, 0.1);
            LatticeAction s = LatticeAction.of(lat, 0.7, u);
            assertEquals(SpectralOperator.massiveLaplacian(lat, 0.7), s.quadratic());
            SplittableRandom r = new SplittableRandom(17 + d);
            double[] phi = new double[lat.size()];
            double v = 0;
            for (int x = 0; x < phi.length; x++) {
                phi[x] = r.nextDouble(-1.5, 1.5);
                v += 0.2 * phi[x] * phi[x] + 0.1 * Math.pow(phi[x], 4);
            }
            Tol.assertClose(v, s.interaction(phi), 1e-14, 0, "V_0 = sum_x U(phi_x), D = " + d);
            double[] a = s.quadratic().apply(phi);
            double quad = 0;
            for (int x = 0; x < phi.length; x++) {
                quad += 0.5 * phi[x] * a[x];
            }
            Tol.assertClose(
                    quad + s.interaction(phi), s.action(phi), 1e-12, 1e-14, "S_0, D = " + d);
        }
    }

    @Test
    void hmcDefaults() {
        // documented defaults for m² ~ 1: 200 burn-in, thin 2, ε = 0.15, 10 leapfrog steps
        assertEquals(new HmcOptions(500, 200, 2, 0.15, 10), HmcOptions.of(500));
        assertThrows(IllegalArgumentException.class, () -> HmcOptions.of(0));
    }

    @Test
    void spectralPowersAndProductsAreMatrixPowersAndProducts() {
        // in the dense site basis: A^{1/2}·A^{1/2} = A, A^{-1} = inverse(), and times() is the
        // matrix product
        Lattice lat = Lattice.of(2, 3);
        SpectralOperator a = SpectralOperator.massiveLaplacian(lat, 0.5);
        SpectralOperator b = a.exp(-0.3);
        double[][] root = a.power(0.5).dense();
        double[][] ad = a.dense();
        double[][] prod = a.times(b).dense();
        double[][] bd = b.dense();
        int n = lat.size();
        for (int x = 0; x < n; x++) {
            for (int y = 0; y < n; y++) {
                double rr = 0;
                double ab = 0;
                for (int z = 0; z < n; z++) {
                    rr += root[x][z] * root[z][y];
                    ab += ad[x][z] * bd[z][y];
                }
                Tol.assertClose(ad[x][y], rr, 0, 1e-13, "A^{1/2} A^{1/2} at " + x + "," + y);
                Tol.assertClose(ab, prod[x][y], 0, 1e-13, "A B at " + x + "," + y);
                Tol.assertClose(
                        a.inverse().entry(x, y),
                        a.power(-1).entry(x, y),
                        0,
                        1e-15,
                        "A^{-1} at " + x + "," + y);
            }
        }
        assertTrue(a.times(b).equals(b.times(a)), "commuting");
        assertThrows(IllegalArgumentException.class, () -> a.scale(-1).power(0.5));
        assertThrows(
                IllegalArgumentException.class,
                () -> a.times(SpectralOperator.massiveLaplacian(Lattice.of(1, 9), 0.5)));
    }

    @Test
    void logPartitionRatioOfTheMassDeformationIsTheClosedForm() {
        // Z_λ/Z_0 = E_{N(0,C_0)}[exp(−½δm² Σ_x φ_x²)] = Π_p (1 + δm² c_p(0))^{-1/2}, c_p(0) = 1/a_p
        // (docs/rgflow.md §4.3);
        // D = 1, L = 4, m² = 1, δm² = 0.5; 100 000 free draws give a standard error ≈ 1e-3, so 5e-3
        // is 5σ
        Lattice lat = Lattice.of(1, 4);
        PolchinskiFlow flow =
                PolchinskiFlow.heatKernel(LatticeAction.of(lat, 1, LocalPotential.quadratic(0.5)));
        GaussianTheory g = GaussianTheory.massDeformation(flow.path(), 0.5);
        java.util.random.RandomGenerator rng =
                java.util.random.RandomGeneratorFactory.of("L64X128MixRandom").create(12);
        MonotoneEstimator est = MonotoneEstimator.of(flow, g.sample(0, 50, rng), 16, 100_000, rng);
        double expected = 0;
        SpectralOperator a = SpectralOperator.massiveLaplacian(lat, 1);
        for (int p = 0; p < lat.size(); p++) {
            expected -= 0.5 * Math.log(1 + 0.5 / a.value(p));
        }
        Tol.assertClose(expected, est.logPartitionRatio(), 0, 5e-3, "log(Z_lambda/Z_0)");
        // the inner importance weights are a proper ESS: between 1 and the number of inner draws
        MonotoneEstimator.Estimate e = est.at(0.5);
        assertTrue(
                e.minInnerEffectiveSampleSize() >= 1 && e.minInnerEffectiveSampleSize() <= 16,
                "ESS " + e.minInnerEffectiveSampleSize());
    }
}
