package dev.cogs.cli.yoneda;

import dev.cogs.nets.prompt.PromptClass;
import dev.cogs.yoneda.YonedaResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The PNG plots of the {@code cogs yoneda} report (XChart, headless). */
final class YonedaPlots {

    private static final Color[] PALETTE = {
        new Color(0x1f77b4),
        new Color(0xff7f0e),
        new Color(0x2ca02c),
        new Color(0xd62728),
        new Color(0x9467bd),
        new Color(0x8c564b),
        new Color(0xe377c2),
        new Color(0x7f7f7f),
        new Color(0xbcbd22),
        new Color(0x17becf)
    };

    /** Grey levels of the spectrum's magnitude bins, light to dark. */
    private static final int SPECTRUM_BINS = 6;

    private static final int SPECTRUM_SIZE = 620;

    private YonedaPlots() {}

    /**
     * A file name made of safe characters; the index keeps names apart that differ only in
     * characters replaced.
     */
    static String fileName(String prefix, int index, String name) {
        return prefix + "-" + index + "-" + name.replaceAll("[^A-Za-z0-9_-]", "_") + ".png";
    }

    /** A short arm label for the heat map's axis. */
    private static String shortArm(YonedaResult.Measurement m) {
        String budget =
                Double.isInfinite(m.budget())
                        ? "inf"
                        : String.format(Locale.ROOT, "%g", m.budget()).replaceAll("\\.?0+$", "");
        switch (m.arm()) {
            case ONE_HOT:
                return "one-hot";
            case SPAN:
                return "span";
            case SPAN_CE:
                return "span-CE";
            case FREE_MSE:
                return "free-MSE " + budget;
            case FREE_CE:
                return "free-CE " + budget;
            case FT_HEAD:
                return "FT-head";
            default:
                return "FT-full";
        }
    }

    private static void save(XYChart chart, Path file) throws IOException {
        String name = file.toString();
        BitmapEncoder.saveBitmap(
                chart, name.substring(0, name.length() - 4), BitmapEncoder.BitmapFormat.PNG);
    }

    /**
     * One heat map of robust accuracy, tasks × arms, per measured net.
     *
     * @return the file names, in net order
     */
    static List<String> heatMaps(YonedaResult result, Path out) throws IOException {
        Map<String, List<YonedaResult.Measurement>> byNet = new LinkedHashMap<>();
        for (YonedaResult.Measurement m : result.measurements()) {
            byNet.computeIfAbsent(m.net(), k -> new ArrayList<>()).add(m);
        }
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, List<YonedaResult.Measurement>> e : byNet.entrySet()) {
            List<String> arms = new ArrayList<>();
            List<String> tasks = new ArrayList<>();
            for (YonedaResult.Measurement m : e.getValue()) {
                String arm = shortArm(m);
                if (!arms.contains(arm)) {
                    arms.add(arm);
                }
                if (!tasks.contains(m.task())) {
                    tasks.add(m.task());
                }
            }
            List<Number[]> heat = new ArrayList<>();
            for (YonedaResult.Measurement m : e.getValue()) {
                heat.add(
                        new Number[] {
                            arms.indexOf(shortArm(m)), tasks.indexOf(m.task()), m.robustAccuracy()
                        });
            }
            HeatMapChart chart =
                    new HeatMapChartBuilder()
                            .width(Math.max(1100, 110 * arms.size()))
                            .height(Math.max(420, 34 * tasks.size()))
                            .title("robust accuracy, " + e.getKey() + " (tasks x arms)")
                            .build();
            chart.getStyler().setMin(0.0);
            chart.getStyler().setMax(1.0);
            chart.getStyler().setShowValue(true);
            chart.getStyler().setHeatMapValueDecimalPattern("0.00");
            chart.getStyler().setChartBackgroundColor(Color.WHITE);
            chart.addSeries("robust accuracy", arms, tasks, heat);
            String file = fileName("heatmap", files.size() + 1, e.getKey());
            String path = out.resolve(file).toString();
            BitmapEncoder.saveBitmap(
                    chart, path.substring(0, path.length() - 4), BitmapEncoder.BitmapFormat.PNG);
            files.add(file);
        }
        return files;
    }

    /**
     * The few-shot curves (docs/yoneda-nets.md §1.5): one chart per few-shot task and prompt
     * family, mean robust accuracy against k with one curve per net and the line k/d for reference.
     *
     * @return the file names
     */
    static List<String> fewShot(YonedaResult result, Path out) throws IOException {
        List<String> files = new ArrayList<>();
        int d = result.options().d();
        int index = 0;
        for (var task : result.options().fewShotTasks()) {
            index++;
            for (PromptClass c : PromptClass.values()) {
                XYChart chart =
                        new XYChartBuilder()
                                .width(620)
                                .height(420)
                                .title("few-shot, " + task.name() + ", " + c)
                                .xAxisTitle("k (training inputs)")
                                .yAxisTitle("mean robust accuracy on all d")
                                .build();
                chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
                chart.getStyler().setChartBackgroundColor(Color.WHITE);
                chart.getStyler().setYAxisMin(0.0);
                chart.getStyler().setYAxisMax(1.05);
                chart.getStyler().setMarkerSize(7);
                int i = 0;
                boolean any = false;
                for (YonedaResult.NetResult n : result.nets()) {
                    List<Double> ks = new ArrayList<>();
                    List<Double> acc = new ArrayList<>();
                    for (YonedaResult.FewShotResult r : n.fewShot()) {
                        if (r.task().name().equals(task.name()) && r.promptClass() == c) {
                            ks.add((double) r.k());
                            acc.add(r.meanRobustAccuracy());
                        }
                    }
                    if (ks.isEmpty()) {
                        continue;
                    }
                    XYSeries s = chart.addSeries(n.net().name(), ks, acc);
                    s.setLineColor(PALETTE[i % PALETTE.length]);
                    s.setMarkerColor(PALETTE[i % PALETTE.length]);
                    s.setMarker(SeriesMarkers.CIRCLE);
                    i++;
                    any = true;
                }
                if (!any) {
                    continue;
                }
                List<Integer> sizes = result.options().fewShotSizes();
                int kMax = sizes.stream().mapToInt(Integer::intValue).max().orElse(1);
                XYSeries ref =
                        chart.addSeries(
                                "k/d", new double[] {0, kMax}, new double[] {0, (double) kMax / d});
                ref.setLineColor(Color.GRAY);
                ref.setMarker(SeriesMarkers.NONE);
                ref.setLineStyle(dashed());
                String file = fileName("fewshot", index, task.name() + "-" + c.name());
                save(chart, out.resolve(file));
                files.add(file);
            }
        }
        return files;
    }

    private static BasicStroke dashed() {
        return new BasicStroke(
                1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
    }

    /** A filled square of a fixed size in pixels, whatever the styler's marker size. */
    private static final class Cell extends Marker {
        private final double size;

        Cell(double size) {
            this.size = size;
        }

        @Override
        public void paint(Graphics2D g, double x, double y, int markerSize) {
            g.fill(new Rectangle2D.Double(x - size / 2, y - size / 2, size, size));
        }
    }

    /** The centred frequency of k in (−d/2, d/2]. */
    private static int centred(int k, int d) {
        return k > d / 2 ? k - d : k;
    }

    /**
     * The task's 2-D spectrum \(|\hat Y(k_c, k_b)|/d\) as grey cells on the centred frequency
     * plane, with the three lines a prompt can reach drawn over it (docs/yoneda-nets.md §1.4): the
     * circulant line \(k_b = -k_c\) (translations), the Hankel line \(k_b = k_c\) (reflections,
     * free prompts only) and the bias line \(k_b = 0\).
     *
     * @param name the task's name
     * @param spectrum the moduli, {@code [k_c][k_b]}
     * @param file the PNG file
     */
    static void spectrum(String name, double[][] spectrum, Path file) throws IOException {
        int d = spectrum.length;
        int h = d / 2;
        XYChart chart =
                new XYChartBuilder()
                        .width(SPECTRUM_SIZE + 190)
                        .height(SPECTRUM_SIZE)
                        .title("|Y^(k_c, k_b)| / d of task " + name + " (darker = larger)")
                        .xAxisTitle("k_b (input frequency)")
                        .yAxisTitle("k_c (class frequency)")
                        .build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setXAxisMin(-h - 0.5);
        chart.getStyler().setXAxisMax(h + 0.5);
        chart.getStyler().setYAxisMin(-h - 0.5);
        chart.getStyler().setYAxisMax(h + 0.5);
        double cell = Math.max(3.0, 0.92 * (SPECTRUM_SIZE - 110) / d);
        List<List<Double>> xs = new ArrayList<>();
        List<List<Double>> ys = new ArrayList<>();
        for (int i = 0; i < SPECTRUM_BINS; i++) {
            xs.add(new ArrayList<>());
            ys.add(new ArrayList<>());
        }
        for (int kc = 0; kc < d; kc++) {
            for (int kb = 0; kb < d; kb++) {
                double v = spectrum[kc][kb] / d;
                if (!(v > 1e-9)) {
                    continue;
                }
                int bin = Math.min(SPECTRUM_BINS - 1, (int) Math.floor(v * SPECTRUM_BINS));
                xs.get(bin).add((double) centred(kb, d));
                ys.get(bin).add((double) centred(kc, d));
            }
        }
        Marker square = new Cell(cell);
        for (int i = 0; i < SPECTRUM_BINS; i++) {
            if (xs.get(i).isEmpty()) {
                continue;
            }
            int grey = 225 - (int) Math.round(200.0 * (i + 1) / SPECTRUM_BINS);
            XYSeries s =
                    chart.addSeries(
                            String.format(
                                    Locale.ROOT,
                                    "%.2f-%.2f",
                                    (double) i / SPECTRUM_BINS,
                                    (double) (i + 1) / SPECTRUM_BINS),
                            xs.get(i),
                            ys.get(i));
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(square);
            s.setMarkerColor(new Color(grey, grey, grey));
            s.setShowInLegend(false);
        }
        line(chart, "k_b = -k_c (f: translations)", -h, h, h, -h, new Color(0xd62728));
        line(chart, "k_b = k_c (g: reflections)", -h, -h, h, h, new Color(0x1f77b4));
        line(chart, "k_b = 0 (v: class bias)", 0, -h, 0, h, new Color(0x2ca02c));
        save(chart, file);
    }

    private static void line(
            XYChart chart, String name, double x0, double y0, double x1, double y1, Color c) {
        XYSeries s = chart.addSeries(name, new double[] {x0, x1}, new double[] {y0, y1});
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(c);
        s.setLineStyle(dashed());
    }
}
