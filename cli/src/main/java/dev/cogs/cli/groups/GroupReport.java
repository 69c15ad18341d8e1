package dev.cogs.cli.groups;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cogs.algebra.group.CharacterGroup;
import dev.cogs.cli.report.Plots;
import dev.cogs.nets.analysis.AbelianAnalysis;
import dev.cogs.nets.analysis.IrrepUsage;
import dev.cogs.nets.run.EvaluationPoint;
import dev.cogs.nets.run.TrainingConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The report of {@code cogs reproduce --group} (docs/cogs-math.md §14.8): {@code index.html},
 * {@code summary.json}, {@code runs.csv} and per setting the PNG plots {@code <p>-loss.png}, {@code
 * <p>-accuracy.png}, {@code <p>-usage.png} (nodes per character pair of Ĝ or per irrep, one bar per
 * seed) and, for abelian groups, {@code <p>-orders.png} (the per-character order histogram,
 * pooled), where {@code <p>} is the group's name.
 */
public final class GroupReport {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GroupReport() {}

    /**
     * The runs grouped by setting (everything but the seed), in first-appearance order.
     *
     * @param runs the runs
     * @return setting → runs
     */
    public static Map<TrainingConfig, List<GroupRun>> settings(List<GroupRun> runs) {
        Map<TrainingConfig, List<GroupRun>> m = new LinkedHashMap<>();
        for (GroupRun r : runs) {
            m.computeIfAbsent(r.config().withSeed(0), k -> new ArrayList<>()).add(r);
        }
        return m;
    }

    /**
     * The x labels and per-run values of the usage plot: character pairs (orders) or irreps
     * (nodes).
     */
    private static List<String> categories(GroupRun r) {
        if (r.abelian().isPresent()) {
            AbelianAnalysis a = r.abelian().get();
            CharacterGroup ch = CharacterGroup.of(r.config().group());
            return a.characters().stream()
                    .map(c -> CharacterLabels.label(ch, c))
                    .collect(Collectors.toList());
        }
        return r.irreps().entries().stream()
                .map(IrrepUsage.Entry::label)
                .collect(Collectors.toList());
    }

    private static List<Integer> values(GroupRun r) {
        if (r.abelian().isPresent()) {
            return r.abelian().get().frequencyOrders();
        }
        return r.irreps().entries().stream()
                .map(IrrepUsage.Entry::nodes)
                .collect(Collectors.toList());
    }

    /**
     * The console summary: per setting, one line per seed with its losses, accuracies and its
     * per-character orders (abelian) or the nodes per irrep and the used irreps (non-abelian), and
     * the pooled order histogram.
     *
     * @param runs the runs
     * @return the text
     */
    public static String text(List<GroupRun> runs) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<TrainingConfig, List<GroupRun>> s : settings(runs).entrySet()) {
            TrainingConfig c = s.getKey();
            List<GroupRun> rs = s.getValue();
            sb.append(
                    String.format(
                            Locale.ROOT,
                            "%n== %s (order %d, %s), q = %d, wd = %s, lr = %s, %d epochs, "
                                    + "analysed epoch %d%n",
                            c.group().name(),
                            c.d(),
                            c.group().isAbelian() ? "abelian" : "not abelian",
                            c.q(),
                            c.weightDecay(),
                            c.learningRate(),
                            c.epochs(),
                            c.checkpointEpoch()));
            List<String> cats = categories(rs.get(0));
            sb.append(
                            c.group().isAbelian()
                                    ? "per-character orders over "
                                    : "nodes per irrep over ")
                    .append(cats)
                    .append('\n');
            Map<Integer, Integer> pooled = new TreeMap<>();
            for (GroupRun r : rs) {
                EvaluationPoint last = r.last();
                sb.append(
                        String.format(
                                Locale.ROOT,
                                "  seed %d: train loss %.3e, test loss %.3e, train acc %.1f%%, "
                                        + "test acc %.1f%%, full-table acc %.1f%%; %s %s",
                                r.config().seed(),
                                last.trainLoss(),
                                last.testLoss(),
                                100 * last.trainAccuracy(),
                                100 * last.testAccuracy(),
                                100 * r.full().accuracy(),
                                c.group().isAbelian() ? "orders" : "nodes",
                                values(r)));
                if (r.abelian().isPresent()) {
                    var st = r.abelian().get().statistics();
                    sb.append(
                            String.format(
                                    Locale.ROOT,
                                    ", n4 = %d, n6 = %d, matched %s",
                                    st.n4(),
                                    st.n6(),
                                    st.matched().isPresent()
                                            ? String.format(
                                                    Locale.ROOT,
                                                    "%.0f%%",
                                                    100 * st.matched().getAsDouble())
                                            : "n/a"));
                    GroupSummaries.orderHistogram(r.abelian().get())
                            .forEach((k, v) -> pooled.merge(k, v, Integer::sum));
                } else {
                    sb.append(
                            String.format(
                                    Locale.ROOT,
                                    ", used %s, concentration %.3f",
                                    r.irreps().used(),
                                    r.irreps().meanConcentration().orElse(Double.NaN)));
                }
                sb.append('\n');
            }
            if (c.group().isAbelian()) {
                sb.append("per-character order histogram (seeds pooled): ")
                        .append(pooled)
                        .append('\n');
            } else {
                sb.append("norm share per irrep (mean over seeds): ");
                List<IrrepUsage.Entry> first = rs.get(0).irreps().entries();
                for (int e = 0; e < first.size(); e++) {
                    final int idx = e;
                    double mean =
                            rs.stream()
                                    .mapToDouble(r -> r.irreps().entries().get(idx).normShare())
                                    .average()
                                    .orElse(0);
                    sb.append(
                            String.format(
                                    Locale.ROOT, "%s %.1f%%  ", first.get(e).label(), 100 * mean));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * Writes the report.
     *
     * @param dir the report folder
     * @param runs the finished runs
     * @param interrupted whether the command was interrupted
     * @return the files written
     * @throws IOException if writing fails
     */
    public static List<Path> write(Path dir, List<GroupRun> runs, boolean interrupted)
            throws IOException {
        System.setProperty("java.awt.headless", "true");
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        StringBuilder html = new StringBuilder();
        html.append(
                        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>cogs reproduce --group</title>\n")
                .append(
                        "<style>body{font-family:sans-serif;max-width:1000px;margin:auto}table{border-collapse:")
                .append(
                        "collapse}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}img{max-width:100%}")
                .append(
                        "</style></head><body>\n<h1>cogs reproduce --group</h1>\n<p>Two-layer quadratic nets on the ")
                .append(
                        "composition table of a finite group (docs/cogs-math.md &sect;14): abelian groups are analysed ")
                .append(
                        "over their characters (pairs of conjugate characters on the axes, the &sect;9 pipeline per ")
                .append(
                        "pair), non-abelian groups over their irreducible representations (nodes carried and share of ")
                .append("the weight norm per irrep).</p>\n");
        if (interrupted) {
            html.append("<p><b>Interrupted:</b> only finished runs are shown.</p>\n");
        }
        List<Map<String, Object>> jsonSettings = new ArrayList<>();
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        for (Map.Entry<TrainingConfig, List<GroupRun>> s : settings(runs).entrySet()) {
            Section sec = section(dir, s.getKey(), s.getValue(), 2);
            files.addAll(sec.images());
            html.append(sec.html());
            csv.append(sec.csv());
            jsonSettings.add(sec.json());
        }
        html.append(
                        "<p>Numbers: <a href=\"summary.json\">summary.json</a>, <a href=\"runs.csv\">runs.csv</a>.</p>\n")
                .append("</body></html>\n");
        Path index = dir.resolve("index.html");
        Files.writeString(index, html, StandardCharsets.UTF_8);
        Path json = dir.resolve("summary.json");
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("interrupted", interrupted);
        root.put("settings", jsonSettings);
        MAPPER.writeValue(json.toFile(), root);
        Path runsCsv = dir.resolve("runs.csv");
        Files.writeString(runsCsv, csv, StandardCharsets.UTF_8);
        files.add(index);
        files.add(json);
        files.add(runsCsv);
        return files;
    }

    /** The header of {@code runs.csv} (and of the group rows of a sweep's tables). */
    public static final String CSV_HEADER =
            "group,d,q,weightDecay,learningRate,epochs,checkpoint,seed,trainLoss,"
                    + "testLoss,trainAccuracy,testAccuracy,fullAccuracy,activeNodes,values,seconds\n";

    /**
     * The report of one setting: its HTML, images, JSON and CSV rows.
     *
     * @param images the PNG files written
     * @param html the HTML section (heading, tables, images)
     * @param json the setting's {@code summary.json} entry
     * @param csv its rows of {@code runs.csv} (one per seed, no header)
     */
    public record Section(List<Path> images, String html, Map<String, Object> json, String csv) {
        /**
         * Copies.
         *
         * @param images see the record description
         * @param html see the record description
         * @param json see the record description
         * @param csv see the record description
         */
        public Section {
            images = List.copyOf(images);
            Objects.requireNonNull(html, "html");
            json = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(json));
            Objects.requireNonNull(csv, "csv");
        }
    }

    /**
     * Writes the plots of one setting (runs differing only in their seed) and returns its report
     * section, as {@code cogs reproduce --group} shows it: per seed the losses, accuracies, the
     * full-table accuracy and the active nodes; the per-character orders and kinds (abelian) or the
     * nodes and norm share per irrep (non-abelian); loss, accuracy and usage plots and, abelian,
     * the pooled order histogram. {@code cogs sweep} shows each cell of a non-Z_d group with it.
     *
     * @param dir the report folder (the PNGs go there, named after the group, q and the key)
     * @param c the setting (any run's configuration; the seed is ignored)
     * @param rs its runs, at least one
     * @param level the HTML heading level of the section (2 in the reproduce report)
     * @return the section
     * @throws IOException if a plot cannot be written
     * @throws IllegalArgumentException if {@code rs} is empty
     */
    public static Section section(Path dir, TrainingConfig c, List<GroupRun> rs, int level)
            throws IOException {
        if (rs.isEmpty()) {
            throw new IllegalArgumentException("a section needs at least one run");
        }
        StringBuilder html = new StringBuilder();
        StringBuilder csv = new StringBuilder();
        String p =
                c.group().name().replaceAll("[^A-Za-z0-9]", "_")
                        + "-q"
                        + c.q()
                        + "-"
                        + Integer.toHexString(c.key().hashCode());
        Map<String, List<EvaluationPoint>> hist = new LinkedHashMap<>();
        Map<String, List<? extends Number>> bars = new LinkedHashMap<>();
        for (GroupRun r : rs) {
            hist.put("seed " + r.config().seed(), r.history());
            bars.put("seed " + r.config().seed(), values(r));
        }
        List<Path> images = new ArrayList<>();
        Path loss = dir.resolve(p + "-loss.png");
        Plots.loss("Loss, " + c.group().name() + " (solid train, dashed test)", hist, loss);
        Path acc = dir.resolve(p + "-accuracy.png");
        Plots.accuracy("Accuracy, " + c.group().name() + " (solid train, dashed test)", hist, acc);
        images.add(loss);
        images.add(acc);
        Path usage = dir.resolve(p + "-usage.png");
        boolean abelian = c.group().isAbelian();
        GroupPlots.bars(
                abelian
                        ? "Per-character order #{j : |A_chi j| > 0.05}, " + c.group().name()
                        : "Active nodes carried per irrep, " + c.group().name(),
                abelian
                        ? "character chi (one per conjugate pair; coordinates in the invariant factors)"
                        : "irreducible representation (dimension + letter; a+b = conjugate pair)",
                abelian ? "order" : "nodes",
                categories(rs.get(0)),
                bars,
                usage);
        images.add(usage);
        Map<Integer, Integer> pooled = new TreeMap<>();
        if (abelian) {
            for (GroupRun r : rs) {
                GroupSummaries.orderHistogram(r.abelian().get())
                        .forEach((k, v) -> pooled.merge(k, v, Integer::sum));
            }
            Path orders = dir.resolve(p + "-orders.png");
            Plots.orderHistogram(
                    "Per-character orders, "
                            + c.group().name()
                            + " ("
                            + rs.size()
                            + " seeds pooled, epoch "
                            + c.checkpointEpoch()
                            + ")",
                    pooled,
                    orders);
            images.add(orders);
        }
        html.append(
                String.format(
                        Locale.ROOT,
                        "<h%d>%s (order %d, %s): q = %d, wd = %s, lr = %s, %d epochs, "
                                + "analysed epoch %d</h%d>%n",
                        level,
                        esc(c.group().name()),
                        c.d(),
                        abelian ? "abelian" : "not abelian",
                        c.q(),
                        c.weightDecay(),
                        c.learningRate(),
                        c.epochs(),
                        c.checkpointEpoch(),
                        level));
        html.append(
                        "<table><tr><th>seed</th><th>train loss</th><th>test loss</th><th>train acc</th>")
                .append(
                        "<th>test acc</th><th>full-table acc</th><th>active nodes</th><th>time (s)</th></tr>\n");
        for (GroupRun r : rs) {
            EvaluationPoint last = r.last();
            html.append(
                    String.format(
                            Locale.ROOT,
                            "<tr><td>%d</td><td>%.3e</td><td>%.3e</td><td>%.1f%%</td>"
                                    + "<td>%.1f%%</td><td>%.1f%%</td><td>%d</td><td>%.1f</td></tr>%n",
                            r.config().seed(),
                            last.trainLoss(),
                            last.testLoss(),
                            100 * last.trainAccuracy(),
                            100 * last.testAccuracy(),
                            100 * r.full().accuracy(),
                            r.irreps().activeNodes(),
                            r.nanos() / 1e9));
            csv.append(
                    String.format(
                            Locale.ROOT,
                            "%s,%d,%d,%s,%s,%d,%d,%d,%s,%s,%s,%s,%s,%d,\"%s\",%.3f%n",
                            c.group().name(),
                            c.d(),
                            c.q(),
                            c.weightDecay(),
                            c.learningRate(),
                            c.epochs(),
                            c.checkpointEpoch(),
                            r.config().seed(),
                            last.trainLoss(),
                            last.testLoss(),
                            last.trainAccuracy(),
                            last.testAccuracy(),
                            r.full().accuracy(),
                            r.irreps().activeNodes(),
                            values(r),
                            r.nanos() / 1e9));
        }
        html.append("</table>\n");
        List<String> cats = categories(rs.get(0));
        html.append("<h")
                .append(level + 1)
                .append(">")
                .append(
                        abelian
                                ? "Per-character orders (rows: one character per conjugate pair)"
                                : "Irrep usage: active nodes carried (share of the weight norm)")
                .append("</h")
                .append(level + 1)
                .append(">\n<table><tr><th>")
                .append(abelian ? "character" : "irrep")
                .append("</th>");
        for (GroupRun r : rs) {
            html.append("<th>seed ").append(r.config().seed()).append("</th>");
        }
        html.append("</tr>\n");
        for (int t = 0; t < cats.size(); t++) {
            html.append("<tr><td>").append(esc(cats.get(t))).append("</td>");
            for (GroupRun r : rs) {
                if (abelian) {
                    AbelianAnalysis a = r.abelian().get();
                    html.append("<td>")
                            .append(a.frequencyOrders().get(t))
                            .append(" ")
                            .append(esc(a.groups().get(t).kind().label()))
                            .append("</td>");
                } else {
                    IrrepUsage.Entry e = r.irreps().entries().get(t);
                    html.append(
                            String.format(
                                    Locale.ROOT,
                                    "<td>%d (%.1f%%)</td>",
                                    e.nodes(),
                                    100 * e.normShare()));
                }
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
        if (abelian) {
            html.append("<p>Per-character order histogram (seeds pooled): ")
                    .append(esc(pooled.toString()))
                    .append("</p>\n");
        } else {
            html.append("<p>Used irreps per seed: ")
                    .append(
                            esc(
                                    rs.stream()
                                            .map(
                                                    r ->
                                                            "seed "
                                                                    + r.config().seed()
                                                                    + " "
                                                                    + r.irreps().used())
                                            .collect(Collectors.joining("; "))))
                    .append("</p>\n");
        }
        for (Path img : images) {
            html.append("<p><img src=\"").append(img.getFileName()).append("\"></p>\n");
        }
        Map<String, Object> js = new LinkedHashMap<>();
        js.put("group", c.group().name());
        js.put("d", c.d());
        js.put("abelian", abelian);
        js.put("q", c.q());
        js.put("weightDecay", c.weightDecay());
        js.put("learningRate", c.learningRate());
        js.put("epochs", c.epochs());
        js.put("checkpointEpoch", c.checkpointEpoch());
        List<Map<String, Object>> jr = new ArrayList<>();
        for (GroupRun r : rs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("seed", r.config().seed());
            m.put("key", r.config().key());
            m.put("final", r.last());
            m.put("fullTableAccuracy", r.full().accuracy());
            m.put("fullTableLoss", r.full().loss());
            m.put("diverged", r.diverged());
            m.put("seconds", r.nanos() / 1e9);
            r.abelian()
                    .ifPresent(
                            a ->
                                    m.put(
                                            "characters",
                                            GroupSummaries.abelianMap(
                                                    a, CharacterGroup.of(r.config().group()))));
            m.put("irreps", GroupSummaries.irrepMap(r.irreps()));
            jr.add(m);
        }
        js.put("runs", jr);
        if (abelian) {
            js.put("orderHistogram", pooled);
        }
        return new Section(images, html.toString(), js, csv.toString());
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
