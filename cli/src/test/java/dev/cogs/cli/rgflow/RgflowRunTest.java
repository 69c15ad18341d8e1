package dev.cogs.cli.rgflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.rgflow.flow.PolchinskiJko;
import dev.cogs.rgflow.lattice.CovariancePath;
import dev.cogs.rgflow.lattice.GaussianTheory;
import dev.cogs.rgflow.lattice.Lattice;
import dev.cogs.rgflow.lattice.SpectralOperator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code cogs rgflow} run on the mass deformation (closed form known: spec rows 28, 29c). */
class RgflowRunTest {

    @Test
    void massDeformationRunAgreesWithClosedForm(@TempDir Path dir) throws Exception {
        RgflowRun.Report r = RgflowRun.run(new RgflowRun.Config(RgflowRun.Theory.MASS, 1, 4, 1.0, 0.5, 1.0, 4, 0.05,
                600, 32, 7, PolchinskiJko.MapFamily.FOURIER_DIAGONAL));
        GaussianTheory g = GaussianTheory.massDeformation(
                CovariancePath.heatKernel(SpectralOperator.massiveLaplacian(Lattice.of(1, 4), 1)), 0.5);
        assertEquals(5, r.rows().size());
        double previous = Double.POSITIVE_INFINITY;
        for (RgflowRun.Row row : r.rows()) {
            // row 28: exact F, and the estimate within 4 standard errors
            assertEquals(g.monotone(row.time()), row.reference(), 1e-12);
            assertEquals(row.reference(), row.monotone(), 4 * row.monotoneError(), "F at " + row.time());
            assertTrue(row.monotone() < previous, "F decreases");
            previous = row.monotone();
            assertTrue(row.monotoneRate() <= 0);
        }
        // two-point: (P8) from the sampled G_0 is within sampling error of Σ_t(0,0) (row 29c: 0.089267437829 at t = 1)
        RgflowRun.Row last = r.rows().get(4);
        assertEquals(0.089267437829, last.twoPointExact()[0], 0.1 * 0.089267437829);
        assertEquals(last.twoPointExact()[0], last.twoPointJko()[0], 0.05 * last.twoPointExact()[0]);
        List<Path> files = RgflowPlots.write(r, dir);
        for (Path f : files) {
            assertTrue(Files.size(f) > 1000, f + " written");
        }
        String text = RgflowRun.format(r);
        assertTrue(text.contains("F exact"), text);
    }

    @Test
    void phi4RunWithSiteCubicMapsIsMonotoneAndConverges() {
        // default CLI family on a small φ⁴ lattice: JKO converges, F decreases (common random numbers),
        // and the JKO two-point function tracks (P8) within 2 %
        RgflowRun.Report r = RgflowRun.run(new RgflowRun.Config(RgflowRun.Theory.PHI4, 1, 4, 1.0, 6, 1.0, 4, 0.05,
                400, 16, 3, PolchinskiJko.MapFamily.FOURIER_SITE_CUBIC));
        assertTrue(r.jkoConverged());
        for (int i = 1; i < r.rows().size(); i++) {
            assertTrue(r.rows().get(i).monotone() < r.rows().get(i - 1).monotone(), "F decreases at row " + i);
            RgflowRun.Row row = r.rows().get(i);
            assertEquals(row.twoPointExact()[0], row.twoPointJko()[0], 0.02 * row.twoPointExact()[0]);
        }
    }

    @Test
    void badInputNamesTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RgflowRun.run(
                new RgflowRun.Config(RgflowRun.Theory.PHI4, 1, 1, 1.0, 6, 1, 2, 0.1, 100, 8, 1,
                        PolchinskiJko.MapFamily.FOURIER_DIAGONAL)));
        assertTrue(e.getMessage().contains("side (1)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RgflowRun.Config(RgflowRun.Theory.PHI4, 1, 4, 1.0, 6,
                1, 2, -0.1, 100, 8, 1, PolchinskiJko.MapFamily.AFFINE));
        assertThrows(IllegalArgumentException.class, () -> new RgflowRun.Config(RgflowRun.Theory.PHI4, 1, 4, 1.0,
                Double.NaN, 1, 2, 0.1, 100, 8, 1, PolchinskiJko.MapFamily.AFFINE));
        assertThrows(IllegalArgumentException.class, () -> RgflowRun.run(new RgflowRun.Config(RgflowRun.Theory.PHI4, 1,
                4, Double.NaN, 6, 1, 2, 0.1, 100, 8, 1, PolchinskiJko.MapFamily.FOURIER_DIAGONAL)));
    }
}
