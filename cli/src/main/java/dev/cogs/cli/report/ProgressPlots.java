package dev.cogs.cli.report;

import dev.cogs.nets.analysis.GroupAnalysis;
import dev.cogs.nets.analysis.KeyFrequencyLoss;
import dev.cogs.nets.analysis.ProgressPoint;
import dev.cogs.nets.analysis.SpectralConcentration;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * PNG plots of the progress measures along training (docs/cogs-math.md §13), one series per run.
 */
public final class ProgressPlots {

    private static final BasicStroke DASHED =
            new BasicStroke(
                    1.5f,
                    BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER,
                    10f,
                    new float[] {6f, 4f},
                    0f);
    private static final BasicStroke DOTTED =
            new BasicStroke(
                    1.5f,
                    BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER,
                    10f,
                    new float[] {2f, 3f},
                    0f);

    private ProgressPlots() {}

    private static XYSeries line(
            XYChart c,
            String name,
            List<ProgressPoint> points,
            ToDoubleFunction<ProgressPoint> y,
            Color color,
            BasicStroke stroke) {
        return lineAt(c, name, points, i -> y.applyAsDouble(points.get(i)), color, stroke);
    }

    private static XYSeries lineAt(
            XYChart c,
            String name,
            List<ProgressPoint> points,
            IntToDoubleFunction y,
            Color color,
            BasicStroke stroke) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        boolean log = c.getStyler().isYAxisLogarithmic();
        for (int i = 0; i < points.size(); i++) {
            double v = y.applyAsDouble(i);
            if (Double.isFinite(v) && (!log || v > 0)) {
                xs.add((double) points.get(i).epoch());
                ys.add(v);
            }
        }
        if (xs.isEmpty()) {
            return null;
        }
        XYSeries s = c.addSeries(name, xs, ys);
        s.setLineColor(color);
        s.setMarker(SeriesMarkers.NONE);
        if (stroke != null) {
            s.setLineStyle(stroke);
        }
        return s;
    }

    /**
     * Full-dataset loss (solid), restricted loss (dashed) and excluded loss (dotted) of each run's
     * key frequencies, log scale.
     *
     * @param title the title
     * @param runs run label → points
     * @param losses run label → restricted/excluded loss per point (same order)
     * @param file the PNG file
     * @throws IOException if writing fails
     */
    public static void losses(
            String title,
            Map<String, List<ProgressPoint>> runs,
            Map<String, List<KeyFrequencyLoss>> losses,
            Path file)
            throws IOException {
        XYChart c = Plots.xy(title, "epoch", "loss on all d^2 pairs");
        c.getStyler().setYAxisLogarithmic(true);
        int i = 0;
        for (var e : runs.entrySet()) {
            Color col = Plots.PALETTE[i++ % Plots.PALETTE.length];
            List<ProgressPoint> pts = e.getValue();
            List<KeyFrequencyLoss> kl = losses.get(e.getKey());
            line(c, e.getKey() + " full", pts, ProgressPoint::loss, col, null);
            lineAt(c, e.getKey() + " restricted", pts, j -> kl.get(j).restricted(), col, DASHED);
            lineAt(c, e.getKey() + " excluded", pts, j -> kl.get(j).excluded(), col, DOTTED);
        }
        Plots.save(c, file);
    }

    /**
     * One spectral measure of the three layers per run: a solid, b dashed, c dotted.
     *
     * @param title the title
     * @param yLabel the measure's name
     * @param runs run label → points
     * @param measure the measure of one layer
     * @param file the PNG file
     * @throws IOException if writing fails
     */
    public static void spectra(
            String title,
            String yLabel,
            Map<String, List<ProgressPoint>> runs,
            ToDoubleFunction<SpectralConcentration> measure,
            Path file)
            throws IOException {
        XYChart c = Plots.xy(title, "epoch", yLabel);
        int i = 0;
        for (var e : runs.entrySet()) {
            Color col = Plots.PALETTE[i++ % Plots.PALETTE.length];
            line(
                    c,
                    e.getKey() + " Ua",
                    e.getValue(),
                    p -> measure.applyAsDouble(p.spectrumA()),
                    col,
                    null);
            line(
                    c,
                    e.getKey() + " Ub",
                    e.getValue(),
                    p -> measure.applyAsDouble(p.spectrumB()),
                    col,
                    DASHED);
            line(
                    c,
                    e.getKey() + " W",
                    e.getValue(),
                    p -> measure.applyAsDouble(p.spectrumC()),
                    col,
                    DOTTED);
        }
        Plots.save(c, file);
    }

    /**
     * One scalar measure per run (solid), optionally a second one (dashed), with optional
     * horizontal guides.
     *
     * @param title the title
     * @param yLabel the axis label
     * @param runs run label → points
     * @param first the solid measure
     * @param second the dashed measure, or {@code null} for none
     * @param secondName the suffix of the dashed series
     * @param guide a y value drawn as a grey line, or NaN for none
     * @param file the PNG file
     * @throws IOException if writing fails
     */
    public static void scalar(
            String title,
            String yLabel,
            Map<String, List<ProgressPoint>> runs,
            ToDoubleFunction<ProgressPoint> first,
            ToDoubleFunction<ProgressPoint> second,
            String secondName,
            double guide,
            Path file)
            throws IOException {
        XYChart c = Plots.xy(title, "epoch", yLabel);
        int i = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (var e : runs.entrySet()) {
            Color col = Plots.PALETTE[i++ % Plots.PALETTE.length];
            line(c, e.getKey(), e.getValue(), first, col, null);
            if (second != null) {
                line(c, e.getKey() + " " + secondName, e.getValue(), second, col, DASHED);
            }
            for (ProgressPoint p : e.getValue()) {
                lo = Math.min(lo, p.epoch());
                hi = Math.max(hi, p.epoch());
            }
        }
        if (Double.isFinite(guide) && lo <= hi) {
            XYSeries g = c.addSeries("guide " + guide, List.of(lo, hi), List.of(guide, guide));
            g.setLineColor(Color.GRAY);
            g.setMarker(SeriesMarkers.NONE);
            g.setLineStyle(DOTTED);
        }
        Plots.save(c, file);
    }

    /**
     * |2d·r_{a,k,1−k,k}| per frequency along one run, coloured by the frequency's group size at the
     * analysed checkpoint (order 4 red, order 6 blue, other grey), as the CoGS paper's Fig. 3 shows
     * the m = 1 potential.
     *
     * @param title the title
     * @param points the run
     * @param groups the groups of the analysed checkpoint (index k − 1)
     * @param file the PNG file
     * @throws IOException if writing fails
     */
    public static void biasM1(
            String title, List<ProgressPoint> points, List<GroupAnalysis> groups, Path file)
            throws IOException {
        XYChart c = Plots.xy(title, "epoch", "|2d r_{a,k,1-k,k}|");
        int n = points.isEmpty() ? 0 : points.get(0).biasM1().size();
        for (int k = 1; k <= n; k++) {
            int size = k - 1 < groups.size() ? groups.get(k - 1).size() : 0;
            Color col =
                    size == 4 ? new Color(0xd62728) : size == 6 ? new Color(0x1f77b4) : Color.GRAY;
            int kk = k;
            line(
                    c,
                    "k=" + k + " (order " + size + ")",
                    points,
                    p -> p.biasM1().get(kk - 1),
                    col,
                    null);
        }
        Plots.save(c, file);
    }
}
