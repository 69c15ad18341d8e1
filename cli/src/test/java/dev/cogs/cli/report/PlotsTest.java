package dev.cogs.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The phase histogram of the Fig. 5 panels: bars where the data are, none elsewhere. */
class PlotsTest {

    @Test
    void phaseHistogramDrawsBarsOnlyWhereThereAreData(@TempDir Path dir) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path empty = dir.resolve("empty.png");
        Plots.phaseHistogram("empty", "arg", List.of(), 10, new double[0], empty);
        Path full = dir.resolve("full.png");
        // five phases in the bin (0, π/5]: a bar of height 5 there, nothing in the other nine bins
        Plots.phaseHistogram("full", "arg", List.of(0.1, 0.2, 0.3, 0.4, 0.5), 10, new double[] {Math.PI / 2}, full);
        BufferedImage e = ImageIO.read(empty.toFile());
        BufferedImage f = ImageIO.read(full.toFile());
        assertEquals(Plots.WIDTH, f.getWidth());
        assertEquals(Plots.HEIGHT, f.getHeight());
        // bar colour above the baseline region: the bar of height 5 lies right of the centre (x = 0), the left
        // half holds only empty bins; the empty plot has no bar
        int top = 60;
        int bottom = Plots.HEIGHT * 3 / 4;
        assertTrue(barPixels(f, f.getWidth() / 2, f.getWidth() * 3 / 4, top, bottom) > 50);
        assertEquals(0, barPixels(f, 0, f.getWidth() / 2 - 20, top, bottom));
        // with no data XChart centres the flat zero line vertically: nothing above it
        assertEquals(0, barPixels(e, 0, e.getWidth(), top, Plots.HEIGHT / 3));
        assertThrows(IllegalArgumentException.class,
                () -> Plots.phaseHistogram("bad", "arg", List.of(), 0, new double[0], dir.resolve("bad.png")));
    }

    private static int barPixels(BufferedImage img, int x0, int x1, int y0, int y1) {
        int n = 0;
        for (int x = x0; x < x1; x++) {
            for (int y = y0; y < y1; y++) {
                if ((img.getRGB(x, y) & 0xffffff) == 0x1f77b4) {
                    n++;
                }
            }
        }
        return n;
    }
}
