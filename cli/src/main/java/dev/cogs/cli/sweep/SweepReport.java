package dev.cogs.cli.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cogs.algebra.group.FiniteGroup;
import dev.cogs.cli.groups.GroupOptions;
import dev.cogs.cli.groups.GroupReport;
import dev.cogs.cli.groups.GroupReproduction;
import dev.cogs.cli.groups.GroupRun;
import dev.cogs.cli.report.CompletedRun;
import dev.cogs.cli.report.RunCache;
import dev.cogs.nets.analysis.FactorisationTable;
import dev.cogs.nets.analysis.IrrepUsage;
import dev.cogs.nets.analysis.OrderHistogram;
import dev.cogs.nets.analysis.RunStatistics;
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
import java.util.TreeMap;

/**
 * The grid report of a sweep (docs/sweeps.md §5) over every run of the full plan found in the
 * output folder: the paper's Fig. 4 (order histograms, d × wd, one grid per q and lr), the
 * factorisation table of every (d, q, wd, lr) cell as a row of the paper's Table 2, the shares of
 * the solution types and the matched fraction against wd and q, test accuracy per cell, failed and
 * missing runs; {@code sweep.json} (one record per run), {@code sweep.csv} and {@code cells.csv}.
 *
 * <p>A cell on a group other than Z_d (d odd) (docs/sweeps.md §5.1) has no Fig. 4 panel: it gets
 * the section of {@code cogs reproduce --group}'s report ({@link GroupReport#section}: per seed the
 * accuracies and the per-character orders or the irrep usage, with its plots), a Table-2 row if the
 * group is abelian, and its group and analysis in the JSON and CSV files.
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
     * @param runs the finished runs found (Z_d, d odd)
     * @param groupRuns the finished runs found (any other group: the group path)
     */
    public record Cell(
            TrainingConfig config, int planned, List<CompletedRun> runs, List<GroupRun> groupRuns) {
        /**
         * Copies the lists.
         *
         * @param config the config
         * @param planned the planned
         * @param runs the runs
         * @param groupRuns the group runs
         */
        public Cell {
            runs = List.copyOf(runs);
            groupRuns = List.copyOf(groupRuns);
        }

        /**
         * Whether the cell's runs go through the group path ({@link SweepExecution#groupPath}).
         *
         * @return true for a group other than Z_d with d odd
         */
        public boolean groupPath() {
            return SweepExecution.groupPath(config);
        }

        /**
         * The number of finished runs found.
         *
         * @return |runs| + |groupRuns|
         */
        public int found() {
            return runs.size() + groupRuns.size();
        }

        /**
         * The per-run statistics over the character pairs: every run over Z_d, the runs of an
         * abelian group; empty for a non-abelian group.
         *
         * @return one entry per run found
         */
        public List<RunStatistics> statistics() {
            List<RunStatistics> s = new ArrayList<>();
            runs.forEach(r -> s.add(r.analysis().statistics()));
            groupRuns.forEach(r -> r.abelian().ifPresent(a -> s.add(a.statistics())));
            return s;
        }

        /**
         * The factorisation table over the seeds found (over Ĝ for an abelian group).
         *
         * @return the table
         */
        public FactorisationTable table() {
            return FactorisationTable.of(statistics());
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
            if (found() == 0) {
                return Optional.empty();
            }
            double[] acc = new double[found()];
            int i = 0;
            for (CompletedRun r : runs) {
                acc[i++] = r.record().last().testAccuracy();
            }
            for (GroupRun r : groupRuns) {
                acc[i++] = r.last().testAccuracy();
            }
            return Optional.of(SeedEstimate.of(acc));
        }

        /**
         * The pooled per-character order histogram of an abelian group's runs (docs/cogs-math.md
         * §14.7), or of the Z_d runs (§9.2).
         *
         * @return order → count, ascending; empty for a non-abelian group
         */
        public SortedMap<Integer, Integer> pooledOrders() {
            if (!groupPath()) {
                return runs.isEmpty() ? new TreeMap<>() : orders().counts();
            }
            SortedMap<Integer, Integer> h = new TreeMap<>();
            for (GroupRun r : groupRuns) {
                r.abelian()
                        .ifPresent(
                                a -> a.frequencyOrders().forEach(o -> h.merge(o, 1, Integer::sum)));
            }
            return h;
        }

        /**
         * The irrep usage of a group cell, averaged over its runs: per irrep (or conjugate pair)
         * the mean number of active nodes it carries and its mean share of the weight norm
         * (docs/cogs-math.md §14.7).
         *
         * @return label → {mean nodes, mean norm share}, in irrep order; empty without group runs
         */
        public Map<String, double[]> irrepUsage() {
            Map<String, double[]> m = new LinkedHashMap<>();
            for (GroupRun r : groupRuns) {
                for (IrrepUsage.Entry e : r.irreps().entries()) {
                    double[] v = m.computeIfAbsent(e.label(), k -> new double[2]);
                    v[0] += (double) e.nodes() / groupRuns.size();
                    v[1] += e.normShare() / groupRuns.size();
                }
            }
            return m;
        }
    }

    /**
     * What the report found.
     *
     * @param files the files written
     * @param found the finished runs over Z_d (d odd), in plan order
     * @param failed key → message of the runs recorded as failed
     * @param missing the keys of runs neither finished nor failed
     * @param cells the cells in plan order
     * @param groupFound the finished runs of the group path, in plan order
     */
    public record Result(
            List<Path> files,
            List<CompletedRun> found,
            Map<String, String> failed,
            List<String> missing,
            List<Cell> cells,
            List<GroupRun> groupFound) {
        /**
         * Copies.
         *
         * @param files the files
         * @param found the found
         * @param failed the failed
         * @param missing the missing
         * @param cells the cells
         * @param groupFound the group runs found
         */
        public Result {
            files = List.copyOf(files);
            found = List.copyOf(found);
            groupFound = List.copyOf(groupFound);
            failed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(failed));
            missing = List.copyOf(missing);
            cells = List.copyOf(cells);
        }

        /**
         * The number of finished runs found.
         *
         * @return |found| + |groupFound|
         */
        public int foundCount() {
            return found.size() + groupFound.size();
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
        List<GroupRun> groupFound = new ArrayList<>();
        List<RunSummary> summaries = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        Map<TrainingConfig, List<CompletedRun>> byCell = new LinkedHashMap<>();
        Map<TrainingConfig, List<GroupRun>> groupsByCell = new LinkedHashMap<>();
        Map<TrainingConfig, Integer> planned = new LinkedHashMap<>();
        for (TrainingConfig c : full.runs()) {
            TrainingConfig cell = c.withSeed(0);
            planned.merge(cell, 1, Integer::sum);
            List<CompletedRun> list = byCell.computeIfAbsent(cell, k -> new ArrayList<>());
            List<GroupRun> groupList = groupsByCell.computeIfAbsent(cell, k -> new ArrayList<>());
            Optional<CompletedRun> r =
                    SweepExecution.groupPath(c) ? Optional.empty() : cache.load(c);
            Optional<GroupRun> g =
                    SweepExecution.groupPath(c) ? GroupReproduction.load(c, out) : Optional.empty();
            if (r.isPresent()) {
                found.add(r.get());
                list.add(r.get());
                summaries.add(RunSummary.of(r.get()));
            } else if (g.isPresent()) {
                groupFound.add(g.get());
                groupList.add(g.get());
                summaries.add(RunSummary.of(g.get()));
            } else {
                Optional<String> f = cache.failure(c);
                if (f.isPresent()) {
                    failed.put(c.key(), f.get());
                } else {
                    missing.add(c.key());
                }
            }
        }
        SweepSpec spec = full.spec();
        List<Cell> cells = new ArrayList<>();
        byCell.forEach((k, v) -> cells.add(new Cell(k, planned.get(k), v, groupsByCell.get(k))));
        List<FiniteGroup> zd = spec.groups().stream().filter(GroupOptions::isOddCyclic).toList();
        boolean anyGroup = zd.size() < spec.groups().size();
        Files.createDirectories(out);
        List<Path> files = new ArrayList<>();
        StringBuilder html = new StringBuilder();
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
                .append("mean &plusmn; s.e.m. over seeds.")
                .append(
                        anyGroup
                                ? " Cells on other groups train on their composition tables and"
                                        + " are analysed over the characters of an abelian group or"
                                        + " the irreps (docs/cogs-math.md &sect;14.7, docs/sweeps.md"
                                        + " &sect;5.1)."
                                : "")
                .append("</p>\n");
        html.append(
                String.format(
                        Locale.ROOT,
                        "<p>Plan: %s, q %s, wd %s, lr %s, seeds %s; %d epochs, analysed at epoch"
                                + " %d; engine key %s. <b>%d of %d runs found</b>, %d failed,"
                                + " %d missing.</p>%n",
                        anyGroup
                                ? "groups "
                                        + escape(
                                                spec.groups().stream()
                                                        .map(FiniteGroup::name)
                                                        .toList()
                                                        .toString())
                                : "d " + spec.d(),
                        spec.q(),
                        spec.weightDecay(),
                        spec.learningRate(),
                        spec.seeds(),
                        spec.epochs(),
                        spec.checkpointEpoch(),
                        TrainingConfig.engine(),
                        found.size() + groupFound.size(),
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
        if (!zd.isEmpty()) {
            html.append("<h2>Order histograms (the paper's Fig. 4)</h2>\n");
            for (int q : spec.q()) {
                for (double lr : spec.learningRate()) {
                    files.add(fig4(out, cells, spec, zd, q, lr, maxOrder, html));
                }
            }
        }
        html.append("<h2>Factorisation table per cell (rows of the paper's Table 2)</h2>\n");
        appendCellTable(html, cells);
        html.append("<h2>Shares against wd and q</h2>\n");
        files.addAll(shares(out, cells, spec, html));
        if (anyGroup) {
            html.append(
                    "<h2>Cells on other groups (as cogs reproduce --group reports them)</h2>\n");
            for (Cell c : cells) {
                if (c.groupPath() && !c.groupRuns().isEmpty()) {
                    GroupReport.Section sec =
                            GroupReport.section(out, c.config(), c.groupRuns(), 3);
                    html.append(sec.html());
                    files.addAll(sec.images());
                }
            }
        }
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
        files.add(writeJson(out, full, summaries, failed, missing));
        files.add(writeRunsCsv(out, summaries));
        files.add(writeCellsCsv(out, cells));
        return new Result(files, found, failed, missing, cells, groupFound);
    }

    private static Path fig4(
            Path out,
            List<Cell> cells,
            SweepSpec spec,
            List<FiniteGroup> zd,
            int q,
            double lr,
            int maxOrder,
            StringBuilder html)
            throws IOException {
        List<String> rows = zd.stream().map(g -> "d = " + g.order()).toList();
        List<String> cols = spec.weightDecay().stream().map(w -> "wd = " + w).toList();
        List<List<SortedMap<Integer, Integer>>> panels = new ArrayList<>();
        List<List<String>> titles = new ArrayList<>();
        for (FiniteGroup g : zd) {
            int d = g.order();
            List<SortedMap<Integer, Integer>> row = new ArrayList<>();
            List<String> rowTitles = new ArrayList<>();
            for (double wd : spec.weightDecay()) {
                Optional<Cell> cell = find(cells, g, q, wd, lr);
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

    private static Optional<Cell> find(
            List<Cell> cells, FiniteGroup g, int q, double wd, double lr) {
        return cells.stream()
                .filter(
                        c ->
                                c.config().group().equals(g)
                                        && c.config().q() == q
                                        && c.config().weightDecay() == wd
                                        && c.config().learningRate() == lr)
                .findFirst();
    }

    private static void appendCellTable(StringBuilder html, List<Cell> cells) {
        html.append(
                "<table><tr><th>group</th><th>d</th><th>q</th><th>wd</th><th>lr</th>"
                        + "<th>seeds</th>");
        for (Statistic s : Statistic.values()) {
            html.append("<th>").append(s.label()).append("</th>");
        }
        html.append("<th>test acc %</th><th>n4</th><th>n6</th></tr>\n");
        for (Cell c : cells) {
            TrainingConfig k = c.config();
            html.append(
                    String.format(
                            Locale.ROOT,
                            "<tr><td>%s</td><td>%d</td><td>%d</td><td>%s</td><td>%s</td>"
                                    + "<td>%d/%d</td>",
                            escape(k.group().name()),
                            k.d(),
                            k.q(),
                            k.weightDecay(),
                            k.learningRate(),
                            c.found(),
                            c.planned()));
            if (c.found() == 0 || c.statistics().isEmpty()) {
                html.append(
                        "<td colspan=\""
                                + (Statistic.values().length + 3)
                                + "\" style=\"text-align:left\">"
                                + (c.found() == 0
                                        ? "no finished run"
                                        : "not abelian: irrep usage below; test acc "
                                                + escape(
                                                        c.testAccuracy()
                                                                .map(e -> e.format(100, 1))
                                                                .orElse("n/a"))
                                                + " %")
                                + "</td></tr>\n");
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
        return c.statistics().stream()
                .mapToInt(s -> four ? s.n4() : s.n6())
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
        List<FiniteGroup> abelian = spec.groups().stream().filter(FiniteGroup::isAbelian).toList();
        if (spec.weightDecay().size() > 1) {
            for (FiniteGroup g : abelian) {
                for (int q : spec.q()) {
                    for (double lr : spec.learningRate()) {
                        double[] x = spec.weightDecay().stream().mapToDouble(v -> v).toArray();
                        Map<String, double[]> series = new LinkedHashMap<>();
                        for (Statistic s : SHARES) {
                            double[] y = new double[x.length];
                            for (int i = 0; i < x.length; i++) {
                                y[i] = meanOf(find(cells, g, q, x[i], lr), s);
                            }
                            series.put(s.label(), y);
                        }
                        String name =
                                String.format(
                                        Locale.ROOT, "shares-vs-wd-%s-q%d-lr%s.png", tag(g), q, lr);
                        Path f = out.resolve(name);
                        GridPlots.sharesAgainst(
                                String.format(
                                        Locale.ROOT,
                                        "Solution shares vs wd, %s, q = %d, lr = %s",
                                        title(g),
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
            for (FiniteGroup g : abelian) {
                for (double wd : spec.weightDecay()) {
                    for (double lr : spec.learningRate()) {
                        double[] x = spec.q().stream().mapToDouble(v -> v).toArray();
                        Map<String, double[]> series = new LinkedHashMap<>();
                        for (Statistic s : SHARES) {
                            double[] y = new double[x.length];
                            for (int i = 0; i < x.length; i++) {
                                y[i] = meanOf(find(cells, g, (int) x[i], wd, lr), s);
                            }
                            series.put(s.label(), y);
                        }
                        String name =
                                String.format(
                                        Locale.ROOT,
                                        "shares-vs-q-%s-wd%s-lr%s.png",
                                        tag(g),
                                        wd,
                                        lr);
                        Path f = out.resolve(name);
                        GridPlots.sharesAgainst(
                                String.format(
                                        Locale.ROOT,
                                        "Solution shares vs q, %s, wd = %s, lr = %s",
                                        title(g),
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

    /** {@code d23} for Z_d (d odd: the file names of earlier versions), else the group's name. */
    private static String tag(FiniteGroup g) {
        return !GroupOptions.isOddCyclic(g)
                ? g.name().replaceAll("[^A-Za-z0-9]", "_")
                : "d" + g.order();
    }

    private static String title(FiniteGroup g) {
        return !GroupOptions.isOddCyclic(g) ? g.name() : "d = " + g.order();
    }

    private static double meanOf(Optional<Cell> cell, Statistic s) {
        if (cell.isEmpty() || cell.get().statistics().isEmpty()) {
            return Double.NaN;
        }
        return cell.get().table().estimate(s).map(e -> 100 * e.mean()).orElse(Double.NaN);
    }

    private static Path writeJson(
            Path out,
            SweepPlan full,
            List<RunSummary> found,
            Map<String, String> failed,
            List<String> missing)
            throws IOException {
        SweepSpec spec = full.spec();
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("group", spec.groups().stream().map(FiniteGroup::name).toList());
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
        root.put("runs", found);
        List<Map<String, String>> fl = new ArrayList<>();
        failed.forEach((k, m) -> fl.add(Map.of("key", k, "message", m)));
        root.put("failed", fl);
        root.put("missing", missing);
        Path f = out.resolve("sweep.json");
        MAPPER.writeValue(f.toFile(), root);
        return f;
    }

    private static Path writeRunsCsv(Path out, List<RunSummary> found) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("key,d,q,wd,lr,seed,epochs,checkpoint,seconds,diverged,train_loss,test_loss,")
                .append("train_acc,test_acc,orders");
        for (Statistic s : Statistic.values()) {
            sb.append(',').append(s.label());
        }
        sb.append(",group,full_table_acc,irrep_nodes\n");
        for (RunSummary s : found) {
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
            sb.append(',').append(csvText(s.group()));
            Object full = s.groupAnalysis().get("fullTableAccuracy");
            sb.append(',').append(full == null ? "" : full.toString());
            sb.append(',').append(irrepNodes(s.groupAnalysis()));
            sb.append('\n');
        }
        Path f = out.resolve("sweep.csv");
        Files.writeString(f, sb, StandardCharsets.UTF_8);
        return f;
    }

    /** {@code label:nodes} per irrep, space-separated, from a summary's group analysis. */
    private static String irrepNodes(Map<String, Object> analysis) {
        Object irreps = analysis.get("irreps");
        if (!(irreps instanceof Map<?, ?> m) || !(m.get("irreps") instanceof List<?> l)) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Object e : l) {
            if (e instanceof Map<?, ?> em) {
                parts.add(em.get("label") + ":" + em.get("nodes"));
            }
        }
        return String.join(" ", parts);
    }

    /** A CSV field: quoted if it holds a comma or a quote (a group from a table may). */
    private static String csvText(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static Path writeCellsCsv(Path out, List<Cell> cells) throws IOException {
        StringBuilder sb = new StringBuilder("d,q,wd,lr,seeds_found,seeds_planned");
        for (Statistic s : Statistic.values()) {
            sb.append(',').append(s.label()).append("_mean,").append(s.label()).append("_sem");
        }
        sb.append(",test_acc_mean,test_acc_sem,orders,group,irrep_usage\n");
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
                            c.found(),
                            c.planned()));
            FactorisationTable t = c.statistics().isEmpty() ? null : c.table();
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
                            c.pooledOrders().entrySet().stream()
                                    .map(e -> e.getKey() + ":" + e.getValue())
                                    .reduce((a, b) -> a + " " + b)
                                    .orElse(""));
            sb.append(',').append(csvText(k.group().name()));
            sb.append(',')
                    .append(
                            c.groupRuns().isEmpty() || k.group().isAbelian()
                                    ? ""
                                    : c.irrepUsage().entrySet().stream()
                                            .map(
                                                    e ->
                                                            String.format(
                                                                    Locale.ROOT,
                                                                    "%s:%.2f:%.4f",
                                                                    e.getKey(),
                                                                    e.getValue()[0],
                                                                    e.getValue()[1]))
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
