package dev.cogs.cli.sweep;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The sweep report's figures: the paper's Fig. 4 grid and the shares against an axis. */
final class GridPlots {

    private static final int PANEL_W = 360;
    private static final int PANEL_H = 260;
    private static final Color[] PALETTE = {
        new Color(0x1f77b4),
        new Color(0xff7f0e),
        new Color(0x2ca02c),
        new Color(0xd62728),
        new Color(0x9467bd),
        new Color(0x8c564b)
    };

    private GridPlots() {}

    /**
     * A grid of order histograms: one panel per (row, column), empty panels where a cell has no
     * finished run.
     *
     * @param rows row labels, top to bottom
     * @param cols column labels, left to right
     * @param panels [row][col] histogram (order → count), or null for a missing cell
     * @param titles [row][col] panel title
     * @param maxOrder the largest order on the x axis
     * @param file the PNG file
     */
    static void histogramGrid(
            List<String> rows,
            List<String> cols,
            List<List<SortedMap<Integer, Integer>>> panels,
            List<List<String>> titles,
            int maxOrder,
            Path file)
            throws IOException {
        BufferedImage grid =
                new BufferedImage(
                        cols.size() * PANEL_W, rows.size() * PANEL_H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = grid.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, grid.getWidth(), grid.getHeight());
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < cols.size(); c++) {
                    CategoryChart ch =
                            new CategoryChartBuilder()
                                    .width(PANEL_W)
                                    .height(PANEL_H)
                                    .title(titles.get(r).get(c))
                                    .xAxisTitle("order")
                                    .yAxisTitle("frequencies")
                                    .build();
                    ch.getStyler().setLegendVisible(false);
                    ch.getStyler().setChartBackgroundColor(Color.WHITE);
                    ch.getStyler().setXAxisLabelRotation(0);
                    List<String> xs = new ArrayList<>();
                    List<Integer> ys = new ArrayList<>();
                    SortedMap<Integer, Integer> h = panels.get(r).get(c);
                    for (int o = 0; o <= maxOrder; o++) {
                        xs.add(Integer.toString(o));
                        ys.add(h == null ? 0 : h.getOrDefault(o, 0));
                    }
                    ch.addSeries("orders", xs, ys).setFillColor(PALETTE[0]);
                    g.drawImage(BitmapEncoder.getBufferedImage(ch), c * PANEL_W, r * PANEL_H, null);
                }
            }
        } finally {
            g.dispose();
        }
        ImageIO.write(grid, "png", file.toFile());
    }

    /**
     * Shares (×100) of the solution types and the matched fraction against one axis.
     *
     * @param title the title
     * @param xLabel the axis name
     * @param logX whether the axis is logarithmic
     * @param x the axis values
     * @param series statistic label → values (NaN where undefined), same length as x
     * @param file the PNG file
     */
    static void sharesAgainst(
            String title,
            String xLabel,
            boolean logX,
            double[] x,
            Map<String, double[]> series,
            Path file)
            throws IOException {
        XYChart c =
                new XYChartBuilder()
                        .width(900)
                        .height(520)
                        .title(title)
                        .xAxisTitle(xLabel)
                        .yAxisTitle("% (mean over seeds)")
                        .build();
        c.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setXAxisLogarithmic(logX);
        int i = 0;
        for (Map.Entry<String, double[]> e : new LinkedHashMap<>(series).entrySet()) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int k = 0; k < x.length; k++) {
                if (Double.isFinite(e.getValue()[k])) {
                    xs.add(x[k]);
                    ys.add(e.getValue()[k]);
                }
            }
            if (xs.isEmpty()) {
                continue;
            }
            XYSeries s = c.addSeries(e.getKey(), xs, ys);
            s.setLineColor(PALETTE[i % PALETTE.length]);
            s.setMarkerColor(PALETTE[i % PALETTE.length]);
            s.setMarker(SeriesMarkers.CIRCLE);
            i++;
        }
        if (i == 0) {
            c.addSeries("none", new double[] {x[0]}, new double[] {0});
        }
        String name = file.toString();
        BitmapEncoder.saveBitmap(
                c, name.substring(0, name.length() - 4), BitmapEncoder.BitmapFormat.PNG);
    }
}
