package dev.cogs.cli.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cogs.cli.report.CompletedRun;
import dev.cogs.cli.report.RunCache;
import dev.cogs.nets.analysis.FactorisationTable;
import dev.cogs.nets.analysis.OrderHistogram;
import dev.cogs.nets.analysis.SeedEstimate;
import dev.cogs.nets.analysis.Statistic;
import dev.cogs.nets.run.TrainingConfig;
import dev.cogs.nets.sweep.SweepPlan;
import dev.cogs.nets.sweep.SweepSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The grid report of a sweep (docs/sweeps.md §5) over every run of the full plan found in the
 * output folder: the paper's Fig. 4 (order histograms, d × wd, one grid per q and lr), the
 * factorisation table of every (d, q, wd, lr) cell as a row of the paper's Table 2, the shares of
 * the solution types and the matched fraction against wd and q, test accuracy per cell, failed and
 * missing runs; {@code sweep.json} (one record per run), {@code sweep.csv} and {@code cells.csv}.
 */
public final class SweepReport {

    private static final ObjectMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The statistics plotted against wd and q. */
    private static final List<Statistic> SHARES =
            List.of(
                    Statistic.SOL_4_4CXI,
                    Statistic.SOL_6_NUSYN,
                    Statistic.SOL_6_4CSYNAB,
                    Statistic.SOL_OTHERS,
                    Statistic.MATCHED);

    private SweepReport() {}

    /**
     * One cell of the grid.
     *
     * @param config the cell's settings (seed 0)
     * @param planned the number of seeds the plan has for it
     * @param runs the finished runs found
     */
    public record Cell(TrainingConfig config, int planned, List<CompletedRun> runs) {
        /**
         * Copies the list.
         *
         * @param config the config
         * @param planned the planned
         * @param runs the runs
         */
        public Cell {
            runs = List.copyOf(runs);
        }

        /**
         * The factorisation table over the seeds found.
         *
         * @return the table
         */
        public FactorisationTable table() {
            return FactorisationTable.of(
                    runs.stream().map(r -> r.analysis().statistics()).toList());
        }

        /**
         * The pooled order histogram.
         *
         * @return the histogram
         */
        public OrderHistogram orders() {
            return OrderHistogram.of(runs.stream().map(CompletedRun::analysis).toList());
        }

        /**
         * Test accuracy over the seeds found.
         *
         * @return mean ± s.e.m., empty if no run is found
         */
        public Optional<SeedEstimate> testAccuracy() {
            if (runs.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(
                    SeedEstimate.of(
                            runs.stream()
                                    .mapToDouble(r -> r.record().last().testAccuracy())
                                    .toArray()));
        }
    }

    /**
     * What the report found.
     *
     * @param files the files written
     * @param found the finished runs, in plan order
     * @param failed key → message of the runs recorded as failed
     * @param missing the keys of runs neither finished nor failed
     * @param cells the cells in plan order
     */
    public record Result(
            List<Path> files,
            List<CompletedRun> found,
            Map<String, String> failed,
            List<String> missing,
            List<Cell> cells) {
        /**
         * Copies.
         *
         * @param files the files
         * @param found the found
         * @param failed the failed
         * @param missing the missing
         * @param cells the cells
         */
        public Result {
            files = List.copyOf(files);
            found = List.copyOf(found);
            failed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(failed));
            missing = List.copyOf(missing);
            cells = List.copyOf(cells);
        }
    }

    /**
     * Loads every run of the full plan from {@code out} and writes the report there.
     *
     * @param out the output folder
     * @param plan the plan (its full plan is reported)
     * @return what was found and written
     * @throws IOException if writing fails
     */
    public static Result write(Path out, SweepPlan plan) throws IOException {
        System.setProperty("java.awt.headless", "true");
        SweepPlan full = plan.full();
        RunCache cache = new RunCache(out);
        List<CompletedRun> found = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        Map<TrainingConfig, List<CompletedRun>> byCell = new LinkedHashMap<>();
        Map<TrainingConfig, Integer> planned = new LinkedHashMap<>();
        for (TrainingConfig c : full.runs()) {
            TrainingConfig cell = c.withSeed(0);
            planned.merge(cell, 1, Integer::sum);
            List<CompletedRun> list = byCell.computeIfAbsent(cell, k -> new ArrayList<>());
            Optional<CompletedRun> r = cache.load(c);
            if (r.isPresent()) {
                found.add(r.get());
                list.add(r.get());
            } else {
                Optional<String> f = cache.failure(c);
                if (f.isPresent()) {
                    failed.put(c.key(), f.get());
                } else {
                    missing.add(c.key());
                }
            }
        }
        List<Cell> cells = new ArrayList<>();
        byCell.forEach((k, v) -> cells.add(new Cell(k, planned.get(k), v)));
        Files.createDirectories(out);
        List<Path> files = new ArrayList<>();
        StringBuilder html = new StringBuilder();
        SweepSpec spec = full.spec();
        html.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>cogs sweep")
                .append("</title>\n<style>")
                .append("body{font-family:sans-serif;max-width:1200px;margin:auto}")
                .append("table{border-collapse:collapse}")
                .append("td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}")
                .append("img{max-width:100%}</style></head><body>\n<h1>cogs sweep</h1>\n")
                .append("<p>Two-layer quadratic nets on modular addition (Tian, ")
                .append("arXiv:2410.01779) over the grid d &times; q &times; wd &times; lr ")
                .append("&times; seeds (docs/sweeps.md &sect;5), analysed as in ")
                .append("docs/cogs-math.md &sect;9. Values &times;100 except 0_non_46; ")
                .append("mean &plusmn; s.e.m. over seeds.</p>\n");
        html.append(
                String.format(
                        Locale.ROOT,
                        "<p>Plan: d %s, q %s, wd %s, lr %s, seeds %s; %d epochs, analysed at epoch"
                                + " %d; engine key %s. <b>%d of %d runs found</b>, %d failed,"
                                + " %d missing.</p>%n",
                        spec.d(),
                        spec.q(),
                        spec.weightDecay(),
                        spec.learningRate(),
                        spec.seeds(),
                        spec.epochs(),
                        spec.checkpointEpoch(),
                        TrainingConfig.engine(),
                        found.size(),
                        full.runs().size(),
                        failed.size(),
                        missing.size()));
        if (!missing.isEmpty() || !failed.isEmpty()) {
            html.append(
                    "<p><b>Partial sweep:</b> the figures and tables below cover the runs found;"
                            + " the runs listed at the end are missing or failed. Run the same"
                            + " command again (or the remaining shards) to complete it.</p>\n");
        }
        int maxOrder =
                Math.max(
                        10,
                        found.stream()
                                .flatMap(r -> r.analysis().frequencyOrders().stream())
                                .mapToInt(Integer::intValue)
                                .max()
                                .orElse(0));
        html.append("<h2>Order histograms (the paper's Fig. 4)</h2>\n");
        for (int q : spec.q()) {
            for (double lr : spec.learningRate()) {
                files.add(fig4(out, cells, spec, q, lr, maxOrder, html));
            }
        }
        html.append("<h2>Factorisation table per cell (rows of the paper's Table 2)</h2>\n");
        appendCellTable(html, cells);
        html.append("<h2>Shares against wd and q</h2>\n");
        files.addAll(shares(out, cells, spec, html));
        if (!failed.isEmpty()) {
            html.append("<h2>Failed runs</h2>\n<table><tr><th>run</th><th>message</th></tr>\n");
            failed.forEach(
                    (k, m) ->
                            html.append("<tr><td style=\"text-align:left\">")
                                    .append(escape(k))
                                    .append("</td><td style=\"text-align:left\">")
                                    .append(escape(m))
                                    .append("</td></tr>\n"));
            html.append("</table>\n");
        }
        if (!missing.isEmpty()) {
            html.append("<h2>Missing runs</h2>\n<ul>\n");
            missing.forEach(k -> html.append("<li>").append(escape(k)).append("</li>\n"));
            html.append("</ul>\n");
        }
        html.append(
                "<p>Numbers: <a href=\"sweep.json\">sweep.json</a> (one record per run), "
                        + "<a href=\"sweep.csv\">sweep.csv</a>, <a href=\"cells.csv\">cells.csv</a>."
                        + "</p>\n</body></html>\n");
        Path index = out.resolve("index.html");
        Files.writeString(index, html, StandardCharsets.UTF_8);
        files.add(index);
        files.add(writeJson(out, full, found, failed, missing));
        files.add(writeRunsCsv(out, found));
        files.add(writeCellsCsv(out, cells));
        return new Result(files, found, failed, missing, cells);
    }

    private static Path fig4(
            Path out,
            List<Cell> cells,
            SweepSpec spec,
            int q,
            double lr,
            int maxOrder,
            StringBuilder html)
            throws IOException {
        List<String> rows = spec.d().stream().map(d -> "d = " + d).toList();
        List<String> cols = spec.weightDecay().stream().map(w -> "wd = " + w).toList();
        List<List<SortedMap<Integer, Integer>>> panels = new ArrayList<>();
        List<List<String>> titles = new ArrayList<>();
        for (int d : spec.d()) {
            List<SortedMap<Integer, Integer>> row = new ArrayList<>();
            List<String> rowTitles = new ArrayList<>();
            for (double wd : spec.weightDecay()) {
                Optional<Cell> cell = find(cells, d, q, wd, lr);
                int n = cell.map(x -> x.runs().size()).orElse(0);
                row.add(n == 0 ? null : cell.get().orders().counts());
                rowTitles.add(
                        String.format(
                                Locale.ROOT,
                                "d=%d wd=%s (%d/%d seeds)",
                                d,
                                wd,
                                n,
                                cell.map(Cell::planned).orElse(0)));
            }
            panels.add(row);
            titles.add(rowTitles);
        }
        String name =
                String.format(
                        Locale.ROOT,
                        "fig4-q%d%s.png",
                        q,
                        spec.learningRate().size() > 1 ? "-lr" + lr : "");
        Path file = out.resolve(name);
        GridPlots.histogramGrid(rows, cols, panels, titles, maxOrder, file);
        html.append(
                        String.format(
                                Locale.ROOT,
                                "<h3>q = %d, lr = %s (rows d, columns wd; seeds pooled)</h3>%n",
                                q,
                                lr))
                .append("<p><img src=\"")
                .append(name)
                .append("\" alt=\"")
                .append(name)
                .append("\"></p>\n");
        return file;
    }

    private static Optional<Cell> find(List<Cell> cells, int d, int q, double wd, double lr) {
        return cells.stream()
                .filter(
                        c ->
                                c.config().d() == d
                                        && c.config().q() == q
                                        && c.config().weightDecay() == wd
                                        && c.config().learningRate() == lr)
                .findFirst();
    }

    private static void appendCellTable(StringBuilder html, List<Cell> cells) {
        html.append("<table><tr><th>d</th><th>q</th><th>wd</th><th>lr</th><th>seeds</th>");
        for (Statistic s : Statistic.values()) {
            html.append("<th>").append(s.label()).append("</th>");
        }
        html.append("<th>test acc %</th><th>n4</th><th>n6</th></tr>\n");
        for (Cell c : cells) {
            TrainingConfig k = c.config();
            html.append(
                    String.format(
                            Locale.ROOT,
                            "<tr><td>%d</td><td>%d</td><td>%s</td><td>%s</td><td>%d/%d</td>",
                            k.d(),
                            k.q(),
                            k.weightDecay(),
                            k.learningRate(),
                            c.runs().size(),
                            c.planned()));
            if (c.runs().isEmpty()) {
                html.append(
                        "<td colspan=\""
                                + (Statistic.values().length + 3)
                                + "\" style=\"text-align:left\">no finished run</td></tr>\n");
                continue;
            }
            FactorisationTable t = c.table();
            for (Statistic s : Statistic.values()) {
                html.append("<td>").append(escape(format(s, t.estimate(s)))).append("</td>");
            }
            html.append("<td>")
                    .append(escape(c.testAccuracy().map(e -> e.format(100, 1)).orElse("n/a")))
                    .append("</td>");
            html.append(
                    String.format(
                            Locale.ROOT,
                            "<td>%.1f</td><td>%.1f</td></tr>%n",
                            mean(c, true),
                            mean(c, false)));
        }
        html.append("</table>\n");
    }

    private static double mean(Cell c, boolean four) {
        return c.runs().stream()
                .mapToInt(
                        r -> four ? r.analysis().statistics().n4() : r.analysis().statistics().n6())
                .average()
                .orElse(Double.NaN);
    }

    /** As the reproduce report formats the factorisation table (Summaries.format). */
    static String format(Statistic s, Optional<SeedEstimate> e) {
        boolean err = s == Statistic.ERR_4 || s == Statistic.ERR_6;
        return e.map(x -> x.format(s.percent() ? 100 : 1, s.percent() && !err ? 1 : 2))
                .orElse("n/a");
    }

    private static List<Path> shares(Path out, List<Cell> cells, SweepSpec spec, StringBuilder html)
            throws IOException {
        List<Path> files = new ArrayList<>();
        if (spec.weightDecay().size() > 1) {
            for (int d : spec.d()) {
                for (int q : spec.q()) {
                    for (double lr : spec.learningRate()) {
                        double[] x = spec.weightDecay().stream().mapToDouble(v -> v).toArray();
                        Map<String, double[]> series = new LinkedHashMap<>();
                        for (Statistic s : SHARES) {
                            double[] y = new double[x.length];
                            for (int i = 0; i < x.length; i++) {
                                y[i] = meanOf(find(cells, d, q, x[i], lr), s);
                            }
                            series.put(s.label(), y);
                        }
                        String name =
                                String.format(
                                        Locale.ROOT, "shares-vs-wd-d%d-q%d-lr%s.png", d, q, lr);
                        Path f = out.resolve(name);
                        GridPlots.sharesAgainst(
                                String.format(
                                        Locale.ROOT,
                                        "Solution shares vs wd, d = %d, q = %d, lr = %s",
                                        d,
                                        q,
                                        lr),
                                "weight decay",
                                true,
                                x,
                                series,
                                f);
                        files.add(f);
                    }
                }
            }
        }
        if (spec.q().size() > 1) {
            for (int d : spec.d()) {
                for (double wd : spec.weightDecay()) {
                    for (double lr : spec.learningRate()) {
                        double[] x = spec.q().stream().mapToDouble(v -> v).toArray();
                        Map<String, double[]> series = new LinkedHashMap<>();
                        for (Statistic s : SHARES) {
                            double[] y = new double[x.length];
                            for (int i = 0; i < x.length; i++) {
                                y[i] = meanOf(find(cells, d, (int) x[i], wd, lr), s);
                            }
                            series.put(s.label(), y);
                        }
                        String name =
                                String.format(
                                        Locale.ROOT, "shares-vs-q-d%d-wd%s-lr%s.png", d, wd, lr);
                        Path f = out.resolve(name);
                        GridPlots.sharesAgainst(
                                String.format(
                                        Locale.ROOT,
                                        "Solution shares vs q, d = %d, wd = %s, lr = %s",
                                        d,
                                        wd,
                                        lr),
                                "hidden width q",
                                true,
                                x,
                                series,
                                f);
                        files.add(f);
                    }
                }
            }
        }
        if (files.isEmpty()) {
            html.append("<p>(only one wd and one q: nothing to plot against)</p>\n");
        }
        for (Path f : files) {
            html.append("<p><img src=\"")
                    .append(f.getFileName())
                    .append("\" alt=\"")
                    .append(f.getFileName())
                    .append("\"></p>\n");
        }
        return files;
    }

    private static double meanOf(Optional<Cell> cell, Statistic s) {
        if (cell.isEmpty() || cell.get().runs().isEmpty()) {
            return Double.NaN;
        }
        return cell.get().table().estimate(s).map(e -> 100 * e.mean()).orElse(Double.NaN);
    }

    private static Path writeJson(
            Path out,
            SweepPlan full,
            List<CompletedRun> found,
            Map<String, String> failed,
            List<String> missing)
            throws IOException {
        SweepSpec spec = full.spec();
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("d", spec.d());
        plan.put("q", spec.q());
        plan.put("wd", spec.weightDecay());
        plan.put("lr", spec.learningRate());
        plan.put("seeds", spec.seeds());
        plan.put("epochs", spec.epochs());
        plan.put("checkpoint", spec.checkpointEpoch());
        plan.put("runs", full.runs().size());
        root.put("plan", plan);
        root.put("engine", TrainingConfig.engine());
        root.put("complete", failed.isEmpty() && missing.isEmpty());
        root.put("runs", found.stream().map(RunSummary::of).toList());
        List<Map<String, String>> fl = new ArrayList<>();
        failed.forEach((k, m) -> fl.add(Map.of("key", k, "message", m)));
        root.put("failed", fl);
        root.put("missing", missing);
        Path f = out.resolve("sweep.json");
        MAPPER.writeValue(f.toFile(), root);
        return f;
    }

    private static Path writeRunsCsv(Path out, List<CompletedRun> found) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("key,d,q,wd,lr,seed,epochs,checkpoint,seconds,diverged,train_loss,test_loss,")
                .append("train_acc,test_acc,orders");
        for (Statistic s : Statistic.values()) {
            sb.append(',').append(s.label());
        }
        sb.append('\n');
        for (CompletedRun r : found) {
            RunSummary s = RunSummary.of(r);
            RunSettings x = s.settings();
            sb.append(
                    String.format(
                            Locale.ROOT,
                            "%s,%d,%d,%s,%s,%d,%d,%d,%.3f,%s,%s,%s,%s,%s,%s",
                            s.key(),
                            x.d(),
                            x.q(),
                            x.weightDecay(),
                            x.learningRate(),
                            x.seed(),
                            x.epochs(),
                            x.checkpointEpoch(),
                            s.seconds(),
                            s.diverged(),
                            s.trainLoss(),
                            s.testLoss(),
                            s.trainAccuracy(),
                            s.testAccuracy(),
                            String.join(
                                    " ",
                                    s.frequencyOrders().stream().map(String::valueOf).toList())));
            for (Statistic st : Statistic.values()) {
                Double v = s.statistics().get(st.label());
                sb.append(',').append(v == null ? "" : v.toString());
            }
            sb.append('\n');
        }
        Path f = out.resolve("sweep.csv");
        Files.writeString(f, sb, StandardCharsets.UTF_8);
        return f;
    }

    private static Path writeCellsCsv(Path out, List<Cell> cells) throws IOException {
        StringBuilder sb = new StringBuilder("d,q,wd,lr,seeds_found,seeds_planned");
        for (Statistic s : Statistic.values()) {
            sb.append(',').append(s.label()).append("_mean,").append(s.label()).append("_sem");
        }
        sb.append(",test_acc_mean,test_acc_sem,orders\n");
        for (Cell c : cells) {
            TrainingConfig k = c.config();
            sb.append(
                    String.format(
                            Locale.ROOT,
                            "%d,%d,%s,%s,%d,%d",
                            k.d(),
                            k.q(),
                            k.weightDecay(),
                            k.learningRate(),
                            c.runs().size(),
                            c.planned()));
            FactorisationTable t = c.runs().isEmpty() ? null : c.table();
            for (Statistic s : Statistic.values()) {
                Optional<SeedEstimate> e = t == null ? Optional.empty() : t.estimate(s);
                sb.append(',').append(e.map(x -> Double.toString(x.mean())).orElse(""));
                sb.append(',')
                        .append(
                                e.flatMap(
                                                x ->
                                                        x.standardError().isPresent()
                                                                ? Optional.of(
                                                                        Double.toString(
                                                                                x.standardError()
                                                                                        .getAsDouble()))
                                                                : Optional.<String>empty())
                                        .orElse(""));
            }
            Optional<SeedEstimate> acc = c.testAccuracy();
            sb.append(',').append(acc.map(x -> Double.toString(x.mean())).orElse(""));
            sb.append(',')
                    .append(
                            acc.filter(x -> x.standardError().isPresent())
                                    .map(x -> Double.toString(x.standardError().getAsDouble()))
                                    .orElse(""));
            sb.append(',')
                    .append(
                            c.runs().isEmpty()
                                    ? ""
                                    : c.orders().counts().entrySet().stream()
                                            .map(e -> e.getKey() + ":" + e.getValue())
                                            .reduce((a, b) -> a + " " + b)
                                            .orElse(""));
            sb.append('\n');
        }
        Path f = out.resolve("cells.csv");
        Files.writeString(f, sb, StandardCharsets.UTF_8);
        return f;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("±", "&plusmn;");
    }
}
