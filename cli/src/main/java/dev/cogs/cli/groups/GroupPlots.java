package dev.cogs.cli.groups;

import dev.cogs.cli.report.Plots;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/** PNG bar charts with characters of Ĝ or irreps on the x-axis (XChart, headless). */
public final class GroupPlots {

    private GroupPlots() {}

    /**
     * One bar series per seed over named categories (characters or irreps).
     *
     * @param title the title
     * @param xTitle the x-axis title
     * @param yTitle the y-axis title
     * @param categories the x labels
     * @param series series name → one value per category
     * @param file the PNG file
     * @throws IOException if writing fails
     */
    public static void bars(
            String title,
            String xTitle,
            String yTitle,
            List<String> categories,
            Map<String, List<? extends Number>> series,
            Path file)
            throws IOException {
        System.setProperty("java.awt.headless", "true");
        CategoryChart c =
                new CategoryChartBuilder()
                        .width(Plots.WIDTH)
                        .height(Plots.HEIGHT)
                        .title(title)
                        .xAxisTitle(xTitle)
                        .yAxisTitle(yTitle)
                        .build();
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        c.getStyler().setXAxisLabelRotation(categories.size() > 12 ? 90 : 0);
        for (Map.Entry<String, List<? extends Number>> e : series.entrySet()) {
            c.addSeries(e.getKey(), categories, List.copyOf(e.getValue()));
        }
        String name = file.toString();
        BitmapEncoder.saveBitmap(
                c,
                name.endsWith(".png") ? name.substring(0, name.length() - 4) : name,
                BitmapEncoder.BitmapFormat.PNG);
    }
}
