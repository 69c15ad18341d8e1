package dev.cogs.cli.rgflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.rgflow.polchinski.BareTheory;
import dev.cogs.rgflow.polchinski.PolchinskiJko;
import dev.cogs.rgflow.polchinski.PolchinskiStudy;
import dev.cogs.rgflow.polchinski.PolchinskiStudyOptions;
import dev.cogs.rgflow.polchinski.PolchinskiStudyResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text, JSON and plots of {@code cogs rgflow} for a small mass-deformation study. */
class RgflowOutputTest {

    @Test
    void textJsonAndPlots(@TempDir Path dir) throws Exception {
        PolchinskiStudyResult r =
                PolchinskiStudy.run(
                        PolchinskiStudyOptions.defaults()
                                .withTheory(BareTheory.MASS)
                                .withCoupling(0.5)
                                .withLattice(1, 4)
                                .withTimes(1.0, 4)
                                .withSamples(100, 8)
                                .withSeed(7)
                                .withMaps(PolchinskiJko.MapFamily.FOURIER_DIAGONAL));
        List<Path> files = RgflowPlots.write(r, dir);
        for (Path f : files) {
            assertTrue(Files.size(f) > 1000, f + " written");
        }
        String text = RgflowOutput.text(r);
        assertTrue(text.contains("F exact"), text);
        assertTrue(text.contains("dilation-then-JKO"), text);
        assertTrue(text.contains("W2^2 between 300-sample clouds"), text);
        assertEquals(3 + r.rows().size() + 1, text.lines().count(), text);
        RgflowOutput.Json json = RgflowOutput.json(r);
        assertEquals(r.options().seed(), json.config().seed());
        assertEquals(r.rows(), json.rows());
    }
}
