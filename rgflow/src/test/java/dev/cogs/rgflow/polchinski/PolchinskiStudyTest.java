package dev.cogs.rgflow.polchinski;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.rgflow.lattice.CovariancePath;
import dev.cogs.rgflow.lattice.GaussianTheory;
import dev.cogs.rgflow.lattice.Lattice;
import dev.cogs.rgflow.lattice.SpectralOperator;
import org.junit.jupiter.api.Test;

/**
 * The study behind {@code cogs rgflow}, on the mass deformation (closed form known: docs/rgflow.md
 * §8 rows 28, 29c) and φ⁴.
 */
class PolchinskiStudyTest {

    private static PolchinskiStudyOptions options(
            BareTheory theory,
            double coupling,
            int samples,
            int inner,
            long seed,
            PolchinskiJko.MapFamily maps) {
        return PolchinskiStudyOptions.defaults()
                .withTheory(theory)
                .withCoupling(coupling)
                .withLattice(1, 4)
                .withTimes(1.0, 4)
                .withTau(0.05)
                .withSamples(samples, inner)
                .withSeed(seed)
                .withMaps(maps);
    }

    @Test
    void massDeformationRunAgreesWithClosedForm() {
        PolchinskiStudyResult r =
                PolchinskiStudy.run(
                        options(
                                BareTheory.MASS,
                                0.5,
                                600,
                                32,
                                7,
                                PolchinskiJko.MapFamily.FOURIER_DIAGONAL));
        GaussianTheory g =
                GaussianTheory.massDeformation(
                        CovariancePath.heatKernel(
                                SpectralOperator.massiveLaplacian(Lattice.of(1, 4), 1)),
                        0.5);
        assertEquals(5, r.rows().size());
        assertEquals("exact F", r.referenceName());
        double previous = Double.POSITIVE_INFINITY;
        for (PolchinskiStudyResult.Row row : r.rows()) {
            // row 28: exact F, and the estimate within 4 standard errors
            assertEquals(g.monotone(row.time()), row.reference(), 1e-12);
            assertEquals(
                    row.reference(), row.monotone(), 4 * row.monotoneError(), "F at " + row.time());
            assertTrue(row.monotone() < previous, "F decreases");
            previous = row.monotone();
            assertTrue(row.monotoneRate() <= 0);
        }
        // two-point: (P8) from the sampled G_0 is within sampling error of Σ_t(0,0) (row 29c:
        // 0.089267437829 at t = 1)
        PolchinskiStudyResult.Row last = r.rows().get(4);
        assertEquals(0.089267437829, last.twoPointExact()[0], 0.1 * 0.089267437829);
        assertEquals(
                last.twoPointExact()[0], last.twoPointJko()[0], 0.05 * last.twoPointExact()[0]);
    }

    @Test
    void phi4RunWithSiteCubicMapsIsMonotoneAndConverges() {
        // default CLI family on a small φ⁴ lattice: JKO converges, F decreases (common random
        // numbers),
        // and the JKO two-point function tracks (P8) within 2 %
        PolchinskiStudyResult r =
                PolchinskiStudy.run(
                        options(
                                BareTheory.PHI4,
                                6,
                                400,
                                16,
                                3,
                                PolchinskiJko.MapFamily.FOURIER_SITE_CUBIC));
        assertTrue(r.jkoConverged());
        assertEquals("F2 (perturbative)", r.referenceName());
        for (int i = 1; i < r.rows().size(); i++) {
            assertTrue(
                    r.rows().get(i).monotone() < r.rows().get(i - 1).monotone(),
                    "F decreases at row " + i);
            PolchinskiStudyResult.Row row = r.rows().get(i);
            assertEquals(
                    row.twoPointExact()[0], row.twoPointJko()[0], 0.02 * row.twoPointExact()[0]);
        }
    }

    @Test
    void sameOptionsGiveTheSameNumbers() {
        // deterministic: one seeded generator, consumed in a fixed order
        PolchinskiStudyOptions o =
                options(BareTheory.MASS, 0.5, 50, 8, 11, PolchinskiJko.MapFamily.FOURIER_DIAGONAL)
                        .withTimes(0.5, 2);
        PolchinskiStudyResult a = PolchinskiStudy.run(o);
        PolchinskiStudyResult b = PolchinskiStudy.run(o);
        assertEquals(a.rows().size(), b.rows().size());
        for (int i = 0; i < a.rows().size(); i++) {
            PolchinskiStudyResult.Row x = a.rows().get(i);
            PolchinskiStudyResult.Row y = b.rows().get(i);
            assertEquals(x.monotone(), y.monotone(), 0.0);
            assertEquals(x.w2JkoVsExact(), y.w2JkoVsExact(), 0.0);
            assertEquals(x.twoPointJko()[1], y.twoPointJko()[1], 0.0);
        }
    }

    @Test
    void defaultsAreTheCommandLineSettings() {
        PolchinskiStudyOptions d = PolchinskiStudyOptions.defaults();
        assertEquals(BareTheory.PHI4, d.theory());
        assertEquals(6.0, d.coupling());
        assertEquals(8, d.side());
        assertEquals(1000, d.samples());
        assertEquals(JkoVariant.DILATION_THEN_JKO, d.variant());
        assertEquals(PolchinskiJko.MapFamily.FOURIER_SITE_CUBIC, d.maps());
        assertEquals(new dev.cogs.rgflow.lattice.HmcOptions(1000, 200, 3, 0.25, 8), d.hmc());
        assertEquals(0.5, BareTheory.MASS.defaultCoupling());
    }

    @Test
    void badInputNamesTheValue() {
        PolchinskiStudyOptions d = PolchinskiStudyOptions.defaults();
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> d.withLattice(1, 1));
        assertTrue(e.getMessage().contains("side (1)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> d.withTau(-0.1));
        assertTrue(e.getMessage().contains("tau (-0.1)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> d.withCoupling(Double.NaN));
        assertTrue(e.getMessage().contains("coupling (NaN)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> d.withMassSquared(Double.NaN));
        assertTrue(e.getMessage().contains("mass squared (NaN)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> d.withCoupling(-1));
        assertTrue(e.getMessage().contains("lambda (-1.0)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> d.withSamples(1000, 7));
        assertTrue(e.getMessage().contains("innerDraws (7)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> d.withHmc(200, 3, Double.NaN, 8));
        assertTrue(e.getMessage().contains("hmcStepSize (NaN)"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class, () -> d.withTimes(Double.POSITIVE_INFINITY, 10));
        assertThrows(IllegalArgumentException.class, () -> d.withTimes(1, 0));
        assertThrows(IllegalArgumentException.class, () -> d.withSamples(9, 64));
        assertThrows(NullPointerException.class, () -> d.withMaps(null));
        // the mass deformation accepts a negative δm² as an option, the theory rejects it if a mode
        // turns unstable
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        PolchinskiStudy.run(
                                d.withTheory(BareTheory.MASS)
                                        .withCoupling(-100)
                                        .withLattice(1, 4)
                                        .withSamples(10, 4)));
    }

    @Test
    void withersChangeOneOptionEach() {
        PolchinskiStudyOptions d = PolchinskiStudyOptions.defaults();
        PolchinskiStudyOptions f = d.withVariant(JkoVariant.LEFT_FROZEN);
        assertEquals(JkoVariant.LEFT_FROZEN, f.variant());
        assertEquals(d, f.withVariant(JkoVariant.DILATION_THEN_JKO));
        assertEquals(d, d.withTheory(BareTheory.MASS).withTheory(BareTheory.PHI4));
        assertEquals(d, d.withLattice(2, 3).withLattice(1, 8));
        assertEquals(d, d.withMassSquared(2).withMassSquared(1));
        assertEquals(d, d.withTimes(1, 3).withTimes(2, 10));
        assertEquals(d, d.withHmc(10, 1, 0.1, 2).withHmc(200, 3, 0.25, 8));
        assertEquals(d, d.withSeed(5).withSeed(1));
        // the variant reaches the JKO run only: the monotone estimates are the same numbers, the
        // JKO cloud is not
        PolchinskiStudyOptions o =
                options(BareTheory.MASS, 0.5, 50, 8, 11, PolchinskiJko.MapFamily.FOURIER_DIAGONAL)
                        .withTimes(0.5, 1);
        PolchinskiStudyResult split = PolchinskiStudy.run(o);
        PolchinskiStudyResult frozen = PolchinskiStudy.run(o.withVariant(JkoVariant.LEFT_FROZEN));
        assertEquals(split.rows().get(1).monotone(), frozen.rows().get(1).monotone(), 0.0);
        assertTrue(split.rows().get(1).twoPointJko()[0] != frozen.rows().get(1).twoPointJko()[0]);
    }
}
