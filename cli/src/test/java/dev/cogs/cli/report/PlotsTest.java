package dev.cogs.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.nets.analysis.StructurePoint;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pixels of the report plots: bars and lines where the data are, none elsewhere. */
class PlotsTest {

    @Test
    void phaseHistogramDrawsBarsOnlyWhereThereAreData(@TempDir Path dir) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path empty = dir.resolve("empty.png");
        Plots.phaseHistogram("empty", "arg", List.of(), 10, new double[0], empty);
        Path full = dir.resolve("full.png");
        // five phases in the bin (0, π/5]: a bar of height 5 there, nothing in the other nine bins
        Plots.phaseHistogram(
                "full",
                "arg",
                List.of(0.1, 0.2, 0.3, 0.4, 0.5),
                10,
                new double[] {Math.PI / 2},
                full);
        BufferedImage e = ImageIO.read(empty.toFile());
        BufferedImage f = ImageIO.read(full.toFile());
        assertEquals(Plots.WIDTH, f.getWidth());
        assertEquals(Plots.HEIGHT, f.getHeight());
        // bar colour above the baseline region: the bar of height 5 lies right of the centre (x =
        // 0), the left
        // half holds only empty bins; the empty plot has no bar
        int top = 60;
        int bottom = Plots.HEIGHT * 3 / 4;
        assertTrue(barPixels(f, f.getWidth() / 2, f.getWidth() * 3 / 4, top, bottom) > 50);
        assertEquals(0, barPixels(f, 0, f.getWidth() / 2 - 20, top, bottom));
        // with no data XChart centres the flat zero line vertically: nothing above it
        assertEquals(0, barPixels(e, 0, e.getWidth(), top, Plots.HEIGHT / 3));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        Plots.phaseHistogram(
                                "bad", "arg", List.of(), 0, new double[0], dir.resolve("bad.png")));
    }

    /** Fig. 5 ticks read as multiples of pi (issue 16): reduced fractions of pi/12. */
    @Test
    void phaseTicksAreMultiplesOfPi() {
        assertEquals("0", Plots.piMultiple(0.0));
        assertEquals("π", Plots.piMultiple(1.0));
        assertEquals("-π", Plots.piMultiple(-1.0));
        assertEquals("π/2", Plots.piMultiple(0.5));
        assertEquals("-3π/4", Plots.piMultiple(-0.75));
        assertEquals("2π/3", Plots.piMultiple(2.0 / 3));
        assertEquals("π/12", Plots.piMultiple(1.0 / 12));
        assertEquals("0.10π", Plots.piMultiple(0.1));
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

    @Test
    void matchedFractionLinesSitAtTheirValues(@TempDir Path dir) throws Exception {
        System.setProperty("java.awt.headless", "true");
        // seed 1 at 20 %, seed 2 at 80 %, pooled 50 % (4 + 16 of 40): the lines must be ordered
        // bottom to top
        List<StructurePoint> low =
                List.of(new StructurePoint(0, 5, 5, 10, 2), new StructurePoint(1000, 5, 5, 10, 2));
        List<StructurePoint> high =
                List.of(new StructurePoint(0, 5, 5, 10, 8), new StructurePoint(1000, 5, 5, 10, 8));
        Map<String, List<StructurePoint>> perSeed = new LinkedHashMap<>();
        perSeed.put("seed 1", low);
        perSeed.put("seed 2", high);
        Path file = dir.resolve("m.png");
        Plots.matchedAlongTraining("m", perSeed, StructurePoint.pool(List.of(low, high)), file);
        BufferedImage img = ImageIO.read(file.toFile());
        int x0 = img.getWidth() / 4;
        int x1 = img.getWidth() / 2;
        double blue = meanRow(img, 0x1f77b4, x0, x1);
        double orange = meanRow(img, 0xff7f0e, x0, x1);
        double black = meanRow(img, 0x000000, x0, x1);
        // image rows grow downwards: 20 % lowest on the page (largest row), 80 % highest, 50 %
        // half-way
        assertTrue(blue > black && black > orange, blue + " " + black + " " + orange);
        assertEquals((blue + orange) / 2, black, 0.05 * (blue - orange));
    }

    private static double meanRow(BufferedImage img, int rgb, int x0, int x1) {
        long sum = 0;
        int n = 0;
        for (int x = x0; x < x1; x++) {
            for (int y = 40; y < img.getHeight() - 60; y++) {
                if ((img.getRGB(x, y) & 0xffffff) == rgb) {
                    sum += y;
                    n++;
                }
            }
        }
        assertTrue(n > 0, "no pixels of colour " + Integer.toHexString(rgb));
        return (double) sum / n;
    }
}
