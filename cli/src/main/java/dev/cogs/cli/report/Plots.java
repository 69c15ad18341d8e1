package dev.cogs.cli.report;

import dev.cogs.nets.analysis.GroupAnalysis;
import dev.cogs.nets.analysis.PotentialPoint;
import dev.cogs.nets.analysis.StructurePoint;
import dev.cogs.nets.run.EvaluationPoint;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** PNG plots of the report (XChart, headless). */
public final class Plots {

    /** Width of every plot in pixels. */
    public static final int WIDTH = 900;

    /** Height of every plot in pixels. */
    public static final int HEIGHT = 520;

    static final Color[] PALETTE = {
        new Color(0x1f77b4),
        new Color(0xff7f0e),
        new Color(0x2ca02c),
        new Color(0xd62728),
        new Color(0x9467bd),
        new Color(0x8c564b),
        new Color(0xe377c2),
        new Color(0x7f7f7f)
    };

    private Plots() {}

    /**
     * Renders a tiny chart into memory once, so that Java2D, fonts and the PNG encoder are
     * initialised before a long run: after Ctrl-C (JVM shutdown in progress) they can no longer
     * register their own hooks, and the report of the finished runs must still be written.
     *
     * @throws IOException if encoding fails
     */
    public static void warmUp() throws IOException {
        System.setProperty("java.awt.headless", "true");
        XYChart c = xy("warm-up", "x", "y");
        c.addSeries("s", new double[] {0, 1}, new double[] {1, 2});
        CategoryChart h = new CategoryChartBuilder().width(50).height(40).build();
        h.addSeries("h", List.of("a"), List.of(1));
        javax.imageio.ImageIO.write(
                BitmapEncoder.getBufferedImage(c), "png", new java.io.ByteArrayOutputStream());
        javax.imageio.ImageIO.write(
                BitmapEncoder.getBufferedImage(h), "png", new java.io.ByteArrayOutputStream());
    }

    static XYChart xy(String title, String x, String y) {
        XYChart c =
                new XYChartBuilder()
                        .width(WIDTH)
                        .height(HEIGHT)
                        .title(title)
                        .xAxisTitle(x)
                        .yAxisTitle(y)
                        .build();
        c.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        c.getStyler().setMarkerSize(0);
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        return c;
    }

    static void save(Object chart, Path file) throws IOException {
        String name = file.toString();
        String base = name.endsWith(".png") ? name.substring(0, name.length() - 4) : name;
        if (chart instanceof XYChart) {
            BitmapEncoder.saveBitmap((XYChart) chart, base, BitmapEncoder.BitmapFormat.PNG);
        } else {
            BitmapEncoder.saveBitmap((CategoryChart) chart, base, BitmapEncoder.BitmapFormat.PNG);
        }
    }

    /**
     * Train and test loss (log scale) per seed, over a logarithmic epoch axis (the interesting part
     * is the first hundred epochs; epoch 0 is left out).
     *
     * @param title the title
     * @param histories seed label → history
     * @param file the PNG file
     * @throws IOException if writing fails
     */
    public static void loss(String title, Map<String, List<EvaluationPoint>> histories, Path file)
            throws IOException {
        XYChart c = xy(title, "epoch (log scale)", "loss (projected MSE)");
        c.getStyler().setYAxisLogarithmic(true);
        c.getStyler().setXAxisLogarithmic(true);
        int i = 0;
        for (var e : histories.entrySet()) {
            Color col = PALETTE[i++ % PALETTE.length];
            List<EvaluationPoint> h =
                    e.getValue().stream()
                            .filter(p -> p.epoch() > 0 && p.trainLoss() > 0 && p.testLoss() > 0)
                            .toList();
            if (h.isEmpty()) {
                continue;
            }
            XYSeries tr =
                    c.addSeries(
                            e.getKey() + " train",
                            h.stream().map(p -> (double) p.epoch()).toList(),
                            h.stream().map(EvaluationPoint::trainLoss).toList());
            tr.setLineColor(col);
            tr.setMarker(SeriesMarkers.NONE);
            XYSeries te =
                    c.addSeries(
                            e.getKey() + " test",
                            h.stream().map(p -> (double) p.epoch()).toList(),
                            h.stream().map(EvaluationPoint::testLoss).toList());
            te.setLineColor(col);
            te.setMarker(SeriesMarkers.NONE);
            te.setLineStyle(
                    new BasicStroke(
                            1.5f,
                            BasicStroke.CAP_BUTT,
                            BasicStroke.JOIN_MITER,
                            10f,
                            new float[] {6f, 4f},
                            0f));
        }
        save(c, file);
    }

    /**
     * Train and test accuracy per seed, over a logarithmic epoch axis (epoch 0 is left out).
     *
     * @param title the title
     * @param histories seed label → history
     * @param file the PNG file
     * @throws IOException if writing fails
     */
    public static void accuracy(
            String title, Map<String, List<EvaluationPoint>> histories, Path file)
            throws IOException {
        XYChart c = xy(title, "epoch (log scale)", "accuracy (%)");
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(100.0);
        c.getStyler().setXAxisLogarithmic(true);
        int i = 0;
        for (var e : histories.entrySet()) {
            Color col = PALETTE[i++ % PALETTE.length];
            List<EvaluationPoint> h = e.getValue().stream().filter(p -> p.epoch() > 0).toList();
            if (h.isEmpty()) {
                continue;
            }
            XYSeries tr =
                    c.addSeries(
                            e.getKey() + " train",
                            h.stream().map(p -> (double) p.epoch()).toList(),
                            h.stream().map(p -> 100 * p.trainAccuracy()).toList());
            tr.setLineColor(col);
            tr.setMarker(SeriesMarkers.NONE);
            XYSeries te =
                    c.addSeries(
                            e.getKey() + " test",
                            h.stream().map(p -> (double) p.epoch()).toList(),
                            h.stream().map(p -> 100 * p.testAccuracy()).toList());
            te.setLineColor(col);
            te.setMarker(SeriesMarkers.NONE);
            te.setLineStyle(
                    new BasicStroke(
                            1.5f,
                            BasicStroke.CAP_BUTT,
                            BasicStroke.JOIN_MITER,
                            10f,
                            new float[] {6f, 4f},
                            0f));
        }
        save(c, file);
    }

    /**
     * Histogram of phases in (−π, π] with vertical reference lines (the paper's Fig. 5 panels).
     *
     * @param title the title
     * @param xLabel the quantity, e.g. "arg ξ (rad)"
     * @param phases the phases, radians
     * @param bins number of equal bins over [−π, π]
     * @param references x positions of the reference lines, radians
     * @param file the PNG file
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if {@code bins < 1}
     */
    public static void phaseHistogram(
            String title,
            String xLabel,
            List<Double> phases,
            int bins,
            double[] references,
            Path file)
            throws IOException {
        if (bins < 1) {
            throw new IllegalArgumentException("bins (" + bins + ") must be >= 1");
        }
        int[] counts = new int[bins];
        double width = 2 * Math.PI / bins;
        for (double t : phases) {
            int b = (int) Math.floor((t + Math.PI) / width);
            counts[Math.min(bins - 1, Math.max(0, b))]++;
        }
        // drawn in units of π/4, so that the axis ticks (XChart steps by whole units here) fall on
        // multiples of π/4 and read as such
        double scale = 4 / Math.PI;
        XYChart c =
                xy(
                        title + " (" + phases.size() + " groups)",
                        xLabel.replace(" (rad)", "") + " (radians, ticks at multiples of π/4)",
                        "groups");
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        c.getStyler().setXAxisMin(-4.0);
        c.getStyler().setXAxisMax(4.0);
        c.setCustomXAxisTickLabelsFormatter(v -> piMultiple(v / 4));
        // bars drawn as a closed step outline: (left, 0) → (left, n) → (right, n) → (right, 0) per
        // bin
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        int top = 1;
        for (int b = 0; b < bins; b++) {
            double left = (-Math.PI + b * width) * scale;
            double right = (-Math.PI + (b + 1) * width) * scale;
            xs.addAll(List.of(left, left, right, right));
            ys.addAll(List.of(0.0, (double) counts[b], (double) counts[b], 0.0));
            top = Math.max(top, counts[b]);
        }
        XYSeries bars = c.addSeries("groups per bin", xs, ys);
        bars.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        bars.setLineColor(PALETTE[0]);
        bars.setLineStyle(new BasicStroke(2f));
        bars.setMarker(SeriesMarkers.NONE);
        StringBuilder refs = new StringBuilder();
        for (double ref : references) {
            refs.append(refs.length() == 0 ? "" : ", ").append(piMultiple(ref / Math.PI));
        }
        for (int r = 0; r < references.length; r++) {
            XYSeries line =
                    c.addSeries(
                            r == 0 ? "dashed: the paper's values " + refs : "ref " + r,
                            new double[] {references[r] * scale, references[r] * scale},
                            new double[] {0, top * 1.05});
            line.setShowInLegend(r == 0);
            line.setLineColor(Color.GRAY);
            line.setLineStyle(
                    new BasicStroke(
                            1f,
                            BasicStroke.CAP_BUTT,
                            BasicStroke.JOIN_MITER,
                            10f,
                            new float[] {4f, 4f},
                            0f));
            line.setMarker(SeriesMarkers.NONE);
        }
        save(c, file);
    }

    /**
     * A number of units of π as text: {@code 0}, {@code π}, {@code -π/2}, {@code 3π/4}, {@code
     * 2π/3}; the nearest multiple of π/12 when it is within 10⁻⁹, else the decimal with {@code π}.
     *
     * @param units the value divided by π
     * @return the label
     */
    static String piMultiple(Double units) {
        double v = units;
        long twelfths = Math.round(v * 12);
        if (Math.abs(v * 12 - twelfths) > 1e-9) {
            return String.format(java.util.Locale.ROOT, "%.2fπ", v);
        }
        if (twelfths == 0) {
            return "0";
        }
        long g = gcd(Math.abs(twelfths), 12);
        long num = twelfths / g;
        long den = 12 / g;
        String n = num == 1 ? "π" : num == -1 ? "-π" : num + "π";
        return den == 1 ? n : n + "/" + den;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /**
     * The matched fraction (docs/cogs-math.md §9) along training: one thin line per seed and the
     * seeds' pooled fraction (Σ matched / Σ factorable) in black.
     *
     * @param title the title
     * @param perSeed seed label → points
     * @param pooled epoch → pooled point
     * @param file the PNG file
     * @throws IOException if writing fails
     */
    public static void matchedAlongTraining(
            String title,
            Map<String, List<StructurePoint>> perSeed,
            Map<Integer, StructurePoint> pooled,
            Path file)
            throws IOException {
        XYChart c = xy(title, "epoch", "matched groups (% of factorable)");
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(100.0);
        int i = 0;
        for (var e : perSeed.entrySet()) {
            Color col = PALETTE[i++ % PALETTE.length];
            List<StructurePoint> pts =
                    e.getValue().stream().filter(p -> p.matchedFraction().isPresent()).toList();
            if (pts.isEmpty()) {
                continue;
            }
            XYSeries s =
                    c.addSeries(
                            e.getKey(),
                            pts.stream().map(p -> (double) p.epoch()).toList(),
                            pts.stream()
                                    .map(p -> 100 * p.matchedFraction().getAsDouble())
                                    .toList());
            s.setLineColor(col);
            s.setLineWidth(1f);
            s.setMarker(SeriesMarkers.NONE);
        }
        List<StructurePoint> pool =
                pooled.values().stream().filter(p -> p.matchedFraction().isPresent()).toList();
        if (!pool.isEmpty()) {
            XYSeries s =
                    c.addSeries(
                            "pooled",
                            pool.stream().map(p -> (double) p.epoch()).toList(),
                            pool.stream()
                                    .map(p -> 100 * p.matchedFraction().getAsDouble())
                                    .toList());
            s.setLineColor(Color.BLACK);
            s.setLineWidth(3f);
            s.setMarker(SeriesMarkers.NONE);
        }
        save(c, file);
    }

    /**
     * Histogram of per-frequency orders (bins 0..max, pooled).
     *
     * @param title the title
     * @param histogram order → count
     * @param file the PNG file
     * @throws IOException if writing fails
     */
    public static void orderHistogram(String title, Map<Integer, Integer> histogram, Path file)
            throws IOException {
        CategoryChart c =
                new CategoryChartBuilder()
                        .width(WIDTH)
                        .height(HEIGHT)
                        .title(title)
                        .xAxisTitle("per-frequency order (#{j : |A_kj| > 0.05})")
                        .yAxisTitle("frequencies (pooled over seeds)")
                        .build();
        c.getStyler().setLegendVisible(false);
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        int max =
                Math.max(
                        10,
                        histogram.keySet().stream().mapToInt(Integer::intValue).max().orElse(0));
        List<String> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (int o = 0; o <= max; o++) {
            xs.add(Integer.toString(o));
            ys.add(histogram.getOrDefault(o, 0));
        }
        c.addSeries("orders", xs, ys).setFillColor(PALETTE[0]);
        save(c, file);
    }

    /**
     * Σ_k 2d·Re r_kkk and the off-diagonal sum over epochs (paper's Fig. 3).
     *
     * @param title the title
     * @param d the group size (reference line at d − 1)
     * @param points the trajectory
     * @param file the PNG file
     * @throws IOException if writing fails
     */
    public static void potentialSums(String title, int d, List<PotentialPoint> points, Path file)
            throws IOException {
        XYChart c = xy(title, "epoch", "sum potential (paper units 2d·r)");
        List<Double> ep = points.stream().map(p -> (double) p.epoch()).toList();
        XYSeries diag =
                c.addSeries(
                        "diagonal: sum_k 2d Re r_kkk",
                        ep,
                        points.stream().map(PotentialPoint::diagonal).toList());
        diag.setLineColor(PALETTE[0]);
        diag.setMarker(SeriesMarkers.NONE);
        XYSeries off =
                c.addSeries(
                        "off-diagonal: sum of other 2d Re r_k1k2k",
                        ep,
                        points.stream().map(PotentialPoint::offDiagonal).toList());
        off.setLineColor(PALETTE[3]);
        off.setMarker(SeriesMarkers.NONE);
        if (!ep.isEmpty()) {
            XYSeries ref =
                    c.addSeries(
                            "optimum d - 1 = " + (d - 1),
                            List.of(ep.get(0), ep.get(ep.size() - 1)),
                            List.of((double) (d - 1), (double) (d - 1)));
            ref.setLineColor(Color.GRAY);
            ref.setMarker(SeriesMarkers.NONE);
            ref.setLineStyle(
                    new BasicStroke(
                            1f,
                            BasicStroke.CAP_BUTT,
                            BasicStroke.JOIN_MITER,
                            10f,
                            new float[] {3f, 3f},
                            0f));
        }
        save(c, file);
    }

    /**
     * |2d·r_{a,k,−k,k}| over epochs per frequency, coloured by the final group size (4 red, 6 blue,
     * other grey).
     *
     * @param title the title
     * @param points the trajectory
     * @param groups the final groups (k = 1..n)
     * @param file the PNG file
     * @throws IOException if writing fails
     */
    public static void biasByOrder(
            String title, List<PotentialPoint> points, List<GroupAnalysis> groups, Path file)
            throws IOException {
        XYChart c = xy(title, "epoch", "|2d r_{a,k,-k,k}|");
        List<Double> ep = points.stream().map(p -> (double) p.epoch()).toList();
        for (GroupAnalysis g : groups) {
            int k = g.frequency();
            Color col =
                    g.size() == 4
                            ? new Color(0xd62728)
                            : g.size() == 6 ? new Color(0x1f77b4) : Color.GRAY;
            String label = String.format(Locale.ROOT, "k=%d (order %d)", k, g.size());
            XYSeries s =
                    c.addSeries(label, ep, points.stream().map(p -> p.biasA().get(k - 1)).toList());
            s.setLineColor(col);
            s.setMarker(SeriesMarkers.NONE);
        }
        save(c, file);
    }
}
