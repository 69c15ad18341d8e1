package dev.cogs.cli.rgflow;

import dev.cogs.rgflow.polchinski.PolchinskiStudyResult;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** PNG plots of a {@link PolchinskiStudyResult} (XChart, headless). */
public final class RgflowPlots {

    private RgflowPlots() {}

    /**
     * Writes {@code monotone.png} (F(t) with ±1σ error bars, the reference curve and the naive KL)
     * and {@code two-point.png} (exact G_t(0), G_t(1) and the JKO values).
     *
     * @param r the result
     * @param dir output directory (created)
     * @return the written files
     * @throws IOException on I/O failure
     */
    public static List<Path> write(PolchinskiStudyResult r, Path dir) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Files.createDirectories(dir);
        int n = r.rows().size();
        double[] t = new double[n];
        double[] f = new double[n];
        double[] fe = new double[n];
        double[] ref = new double[n];
        double[] kl = new double[n];
        double[] g0 = new double[n];
        double[] g1 = new double[n];
        double[] j0 = new double[n];
        double[] j1 = new double[n];
        for (int i = 0; i < n; i++) {
            PolchinskiStudyResult.Row row = r.rows().get(i);
            t[i] = row.time();
            f[i] = row.monotone();
            fe[i] = row.monotoneError();
            ref[i] = row.reference();
            kl[i] = row.naiveRelativeEntropy();
            g0[i] = row.twoPointExact()[0];
            g1[i] = row.twoPointExact()[1];
            j0[i] = row.twoPointJko()[0];
            j1[i] = row.twoPointJko()[1];
        }
        XYChart mono =
                chart(
                        "RG monotone F(t) = KL(P_t || N(0,C_t))  ("
                                + r.options().theory()
                                + ", D="
                                + r.options().dimension()
                                + ", L="
                                + r.options().side()
                                + ")",
                        "RG time t",
                        "relative entropy");
        XYSeries s = mono.addSeries("F(t) estimate (+-1 s.e.)", t, f, fe);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setLineColor(new Color(0x1f77b4));
        s.setMarkerColor(new Color(0x1f77b4));
        XYSeries sr = mono.addSeries(r.referenceName(), t, ref);
        sr.setMarker(SeriesMarkers.NONE);
        sr.setLineColor(new Color(0xff7f0e));
        XYSeries sk = mono.addSeries("naive KL(P_t || Q_t) (not monotone)", t, kl);
        sk.setMarker(SeriesMarkers.NONE);
        sk.setLineColor(new Color(0x7f7f7f));
        Path p1 = dir.resolve("monotone.png");
        save(mono, p1);
        XYChart two = chart("Two-point function along the flow", "RG time t", "G_t(r)");
        addLine(two, "G(0) exact (P8)", t, g0, new Color(0x2ca02c));
        addLine(two, "G(1) exact (P8)", t, g1, new Color(0xd62728));
        addMarkers(two, "G(0) JKO", t, j0, new Color(0x2ca02c));
        addMarkers(two, "G(1) JKO", t, j1, new Color(0xd62728));
        Path p2 = dir.resolve("two-point.png");
        save(two, p2);
        return List.of(p1, p2);
    }

    private static XYChart chart(String title, String x, String y) {
        XYChart c =
                new XYChartBuilder()
                        .width(900)
                        .height(520)
                        .title(title)
                        .xAxisTitle(x)
                        .yAxisTitle(y)
                        .build();
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setMarkerSize(7);
        return c;
    }

    private static void addLine(XYChart c, String name, double[] x, double[] y, Color color) {
        XYSeries s = c.addSeries(name, x, y);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
    }

    private static void addMarkers(XYChart c, String name, double[] x, double[] y, Color color) {
        XYSeries s = c.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.DIAMOND);
        s.setMarkerColor(color);
    }

    private static void save(XYChart chart, Path file) throws IOException {
        String name = file.toString();
        BitmapEncoder.saveBitmap(
                chart, name.substring(0, name.length() - 4), BitmapEncoder.BitmapFormat.PNG);
    }
}
