package dev.cogs.cli.yoneda;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogs.yoneda.YonedaResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;

/**
 * The report of {@code cogs yoneda}: the category table, P1–P7 and every measurement as JSON, CSV
 * and HTML with one heat map of robust accuracy (tasks × arms) per net.
 */
public final class YonedaReport {

    private YonedaReport() {}

    /**
     * The result as a JSON tree: {@code d}, {@code category} (one entry per task), {@code
     * predictions} (P1–P7 with verdict and summary) and {@code measurements}.
     *
     * @param result the experiment's result
     * @return the JSON tree
     */
    public static ObjectNode json(YonedaResult result) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("d", result.options().d());
        ArrayNode category = root.putArray("category");
        for (YonedaResult.CategoryRow row : result.categoryTable()) {
            ObjectNode o = category.addObject();
            o.put("task", row.task().name());
            o.put("kind", row.kind().name());
            o.put("representable", row.representable());
            o.put("witness", row.witness());
        }
        ArrayNode predictions = root.putArray("predictions");
        for (YonedaResult.PredictionCheck check : result.predictions()) {
            ObjectNode o = predictions.addObject();
            o.put("id", check.id());
            o.put("statement", check.statement());
            o.put("verdict", check.verdict().name());
            o.put("summary", check.summary());
            o.put("failures", check.failures().size());
        }
        ArrayNode measurements = root.putArray("measurements");
        for (YonedaResult.Measurement m : result.measurements()) {
            ObjectNode o = measurements.addObject();
            o.put("net", m.net());
            o.put("task", m.task());
            o.put("arm", m.arm().name());
            o.put("budget", m.budget());
            o.put("robustCorrect", m.robustCorrect());
            o.put("inputs", m.inputs());
            o.put("loss", m.loss());
            o.put("relativeNorm", m.relativeNorm());
        }
        return root;
    }

    /**
     * The measurements as CSV, one line per net, task, arm and budget.
     *
     * @param result the experiment's result
     * @return the CSV text with a header line
     */
    public static String csv(YonedaResult result) {
        StringBuilder sb =
                new StringBuilder(
                        "net,task,arm,budget,robust_correct,inputs,robust_accuracy,loss,"
                                + "relative_norm\n");
        for (YonedaResult.Measurement m : result.measurements()) {
            sb.append(
                    String.format(
                            Locale.ROOT,
                            "%s,%s,%s,%s,%d,%d,%.6f,%.6g,%.6g%n",
                            m.net(),
                            m.task(),
                            m.arm().name(),
                            m.budget(),
                            m.robustCorrect(),
                            m.inputs(),
                            m.robustAccuracy(),
                            m.loss(),
                            m.relativeNorm()));
        }
        return sb.toString();
    }

    /**
     * Writes {@code yoneda.json}, {@code yoneda.csv}, {@code yoneda.html} and the heat maps into a
     * directory.
     *
     * @param result the experiment's result
     * @param out the directory, created if missing
     * @throws IOException if a file cannot be written
     */
    public static void write(YonedaResult result, Path out) throws IOException {
        Files.createDirectories(out);
        Files.writeString(
                out.resolve("yoneda.json"),
                new ObjectMapper()
                        .writerWithDefaultPrettyPrinter()
                        .writeValueAsString(json(result)),
                StandardCharsets.UTF_8);
        Files.writeString(out.resolve("yoneda.csv"), csv(result), StandardCharsets.UTF_8);
        StringBuilder html =
                new StringBuilder(
                                "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                                        + "<title>cogs yoneda</title></head><body><h1>Prompt tuning on CoGS nets, d = ")
                        .append(result.options().d())
                        .append(
                                "</h1>\n<h2>Category table</h2>\n<table border=\"1\">"
                                        + "<tr><th>task</th><th>kind</th><th>representable</th><th>witness</th></tr>\n");
        for (YonedaResult.CategoryRow row : result.categoryTable()) {
            html.append("<tr><td>")
                    .append(escape(row.task().name()))
                    .append("</td><td>")
                    .append(row.kind())
                    .append("</td><td>")
                    .append(row.representable())
                    .append("</td><td>")
                    .append(escape(row.witness()))
                    .append("</td></tr>\n");
        }
        html.append(
                "</table>\n<h2>Predictions</h2>\n<table border=\"1\"><tr><th>id</th><th>statement</th>"
                        + "<th>verdict</th><th>numbers</th></tr>\n");
        for (YonedaResult.PredictionCheck check : result.predictions()) {
            html.append("<tr><td>")
                    .append(check.id())
                    .append("</td><td>")
                    .append(escape(check.statement()))
                    .append("</td><td>")
                    .append(check.verdict())
                    .append("</td><td>")
                    .append(escape(check.summary()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n<h2>Robust accuracy, tasks &times; arms</h2>\n");
        for (String net : heatMaps(result, out)) {
            html.append("<p><img src=\"")
                    .append(net)
                    .append("\" alt=\"")
                    .append(net)
                    .append("\"></p>\n");
        }
        html.append(
                "<p>Data: <a href=\"yoneda.json\">yoneda.json</a>, <a href=\"yoneda.csv\">yoneda.csv</a>"
                        + "</p></body></html>\n");
        Files.writeString(out.resolve("yoneda.html"), html.toString(), StandardCharsets.UTF_8);
    }

    private static List<String> heatMaps(YonedaResult result, Path out) throws IOException {
        Map<String, List<YonedaResult.Measurement>> byNet = new LinkedHashMap<>();
        for (YonedaResult.Measurement m : result.measurements()) {
            byNet.computeIfAbsent(m.net(), k -> new ArrayList<>()).add(m);
        }
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, List<YonedaResult.Measurement>> e : byNet.entrySet()) {
            List<String> arms = new ArrayList<>();
            List<String> tasks = new ArrayList<>();
            for (YonedaResult.Measurement m : e.getValue()) {
                String arm = armLabel(m);
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
                            arms.indexOf(armLabel(m)), tasks.indexOf(m.task()), m.robustAccuracy()
                        });
            }
            HeatMapChart chart =
                    new HeatMapChartBuilder()
                            .width(Math.max(600, 90 * arms.size()))
                            .height(Math.max(400, 30 * tasks.size()))
                            .title("robust accuracy, " + e.getKey())
                            .build();
            chart.getStyler().setMin(0.0);
            chart.getStyler().setMax(1.0);
            chart.addSeries("robust accuracy", arms, tasks, heat);
            String file = "heatmap-" + e.getKey().replaceAll("[^A-Za-z0-9_-]", "_") + ".png";
            BitmapEncoder.saveBitmap(
                    chart, out.resolve(file).toString(), BitmapEncoder.BitmapFormat.PNG);
            files.add(file);
        }
        return files;
    }

    private static String armLabel(YonedaResult.Measurement m) {
        boolean free = m.arm() == YonedaResult.Arm.FREE_MSE || m.arm() == YonedaResult.Arm.FREE_CE;
        if (!free) {
            return m.arm().name();
        }
        return m.arm().name()
                + "@"
                + (Double.isInfinite(m.budget()) ? "inf" : String.valueOf(m.budget()));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
