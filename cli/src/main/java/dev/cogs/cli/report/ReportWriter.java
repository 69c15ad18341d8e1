package dev.cogs.cli.report;

import dev.cogs.algebra.Complex;
import dev.cogs.cli.report.Summaries.Setting;
import dev.cogs.nets.analysis.FactorType;
import dev.cogs.nets.analysis.Factorisation;
import dev.cogs.nets.analysis.FactorisationTable;
import dev.cogs.nets.analysis.GroupAnalysis;
import dev.cogs.nets.analysis.RunStatistics;
import dev.cogs.nets.analysis.SolutionKind;
import dev.cogs.nets.analysis.Statistic;
import dev.cogs.nets.analysis.StructurePoint;
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
import java.util.OptionalDouble;

/**
 * Writes the report folder: {@code index.html}, {@code summary.json}, {@code runs.csv}, {@code
 * groups.csv}, {@code table.csv}, {@code structure.csv} and, per setting, the PNG plots {@code
 * d<d>-loss.png}, {@code d<d>-accuracy.png}, {@code d<d>-orders.png}, {@code d<d>-potentials.png},
 * {@code d<d>-bias.png} and (for runs that recorded it) {@code d<d>-matched.png}, the matched
 * fraction along training.
 */
public final class ReportWriter {

    private ReportWriter() {}

    /**
     * Writes the report of the finished runs.
     *
     * @param dir the report folder
     * @param runs the finished runs (any mix of settings)
     * @param interrupted whether the command was interrupted (noted in the page)
     * @return the files written
     * @throws IOException if writing fails
     */
    public static List<Path> write(Path dir, List<CompletedRun> runs, boolean interrupted)
            throws IOException {
        return write(dir, runs, interrupted, "cogs reproduce", "");
    }

    /**
     * Writes the report of the finished runs under another title, with an extra HTML section after
     * the settings (its files, if any, are written by the caller into the same folder).
     *
     * @param dir the report folder
     * @param runs the finished runs (any mix of settings)
     * @param interrupted whether the command was interrupted (noted in the page)
     * @param title the page title, e.g. {@code cogs analyze}
     * @param extraHtml HTML inserted after the settings, before the fitted parameters
     * @return the files written
     * @throws IOException if writing fails
     */
    public static List<Path> write(
            Path dir, List<CompletedRun> runs, boolean interrupted, String title, String extraHtml)
            throws IOException {
        System.setProperty("java.awt.headless", "true");
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        List<Setting> settings = Summaries.settings(runs);
        List<Map<String, Object>> jsonSettings = new ArrayList<>();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(escape(title))
                .append("</title>\n<style>")
                .append(
                        "body{font-family:sans-serif;max-width:1000px;margin:auto}table{border-collapse:collapse}")
                .append(
                        "td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}img{max-width:100%}")
                .append("</style></head><body>\n<h1>")
                .append(escape(title))
                .append("</h1>\n<p>Two-layer quadratic nets on modular ")
                .append(
                        "addition (Tian, arXiv:2410.01779), trained and decomposed into the algebraic constructions ")
                .append(
                        "(docs/cogs-math.md &sect;9). Values &times;100 except 0_non_46; mean &plusmn; s.e.m. over seeds.</p>\n");
        if (interrupted) {
            html.append("<p><b>Interrupted:</b> only finished runs are shown.</p>\n");
        }
        for (Setting s : settings) {
            TrainingConfig c = s.config();
            String p =
                    "d"
                            + c.d()
                            + (settings.stream().filter(x -> x.config().d() == c.d()).count() > 1
                                    ? "-" + Integer.toHexString(c.withSeed(0).hashCode())
                                    : "");
            Map<String, List<EvaluationPoint>> hist = new LinkedHashMap<>();
            for (CompletedRun r : s.runs()) {
                hist.put("seed " + r.record().config().seed(), r.record().history());
            }
            String desc = describe(c, s.runs().size());
            Path loss = dir.resolve(p + "-loss.png");
            Plots.loss("Loss, d = " + c.d() + " (solid train, dashed test)", hist, loss);
            Path acc = dir.resolve(p + "-accuracy.png");
            Plots.accuracy("Accuracy, d = " + c.d() + " (solid train, dashed test)", hist, acc);
            Path orders = dir.resolve(p + "-orders.png");
            Plots.orderHistogram(
                    "Per-frequency orders, d = "
                            + c.d()
                            + " ("
                            + s.runs().size()
                            + " seeds pooled, epoch "
                            + c.checkpointEpoch()
                            + ")",
                    s.orderHistogram().counts(),
                    orders);
            CompletedRun first = s.runs().get(0);
            Path pot = dir.resolve(p + "-potentials.png");
            Plots.potentialSums(
                    "Diagonal vs off-diagonal sum potentials, d = "
                            + c.d()
                            + ", seed "
                            + first.record().config().seed(),
                    c.d(),
                    first.record().potentials(),
                    pot);
            Path bias = dir.resolve(p + "-bias.png");
            Plots.biasByOrder(
                    "|2d r_{a,k,-k,k}| by frequency, d = "
                            + c.d()
                            + ", seed "
                            + first.record().config().seed()
                            + ": order 4 red, order 6 blue",
                    first.record().potentials(),
                    first.analysis().groups(),
                    bias);
            List<Path> images = new ArrayList<>(List.of(loss, acc, orders, pot, bias));
            var pooled = s.pooledStructure();
            if (!pooled.isEmpty()) {
                Map<String, List<StructurePoint>> perSeed = new LinkedHashMap<>();
                for (CompletedRun r : s.runs()) {
                    perSeed.put("seed " + r.record().config().seed(), r.record().structure());
                }
                Path matched = dir.resolve(p + "-matched.png");
                Plots.matchedAlongTraining(
                        "Groups matching the constructions along training, d = "
                                + c.d()
                                + " (black: seeds pooled; analysed epoch "
                                + c.checkpointEpoch()
                                + ")",
                        perSeed,
                        pooled,
                        matched);
                images.add(matched);
            }
            files.addAll(images);
            FactorisationTable table = s.table();
            html.append("<h2>").append(escape(desc)).append("</h2>\n");
            html.append(
                            "<h3>Factorisation table</h3>\n<table><tr><th>statistic</th><th>mean &plusmn; s.e.m.</th>")
                    .append("<th style=\"text-align:left\">meaning</th></tr>\n");
            for (Statistic st : Statistic.values()) {
                html.append("<tr><td>")
                        .append(st.label())
                        .append("</td><td>")
                        .append(escape(Summaries.format(st, table.estimate(st))))
                        .append("</td><td style=\"text-align:")
                        .append("left\">")
                        .append(escape(Summaries.meaning(st)))
                        .append("</td></tr>\n");
            }
            html.append(
                            "</table>\n<h3>Runs</h3>\n<table><tr><th>seed</th><th>train loss</th><th>test loss</th>")
                    .append(
                            "<th>train acc</th><th>test acc</th><th>n4</th><th>n6</th><th>matched</th><th>time (s)</th>")
                    .append("</tr>\n");
            for (CompletedRun r : s.runs()) {
                EvaluationPoint last = r.record().last();
                RunStatistics st = r.analysis().statistics();
                html.append(
                        String.format(
                                Locale.ROOT,
                                "<tr><td>%d</td><td>%.3e</td><td>%.3e</td><td>%.1f%%</td>"
                                        + "<td>%.1f%%</td><td>%d</td><td>%d</td><td>%s</td><td>%.1f</td></tr>%n",
                                r.record().config().seed(),
                                last.trainLoss(),
                                last.testLoss(),
                                100 * last.trainAccuracy(),
                                100 * last.testAccuracy(),
                                st.n4(),
                                st.n6(),
                                pct(st.matched()),
                                r.record().nanos() / 1e9));
            }
            html.append("</table>\n<h3>Order histogram</h3>\n<pre>")
                    .append(escape(Summaries.histogramText(s.orderHistogram())))
                    .append("</pre>\n");
            String along = Summaries.structureText(pooled, c.checkpointEpoch());
            if (!along.isEmpty()) {
                html.append("<p>Matched fraction along training (seeds pooled): ")
                        .append(escape(along))
                        .append("</p>\n");
            }
            appendImages(html, images);
            Map<String, Object> js = new LinkedHashMap<>();
            js.put("config", c.withSeed(0));
            js.put("seeds", s.runs().stream().map(r -> r.record().config().seed()).toList());
            js.put("orderHistogram", s.orderHistogram().counts());
            js.put("table", Summaries.tableMap(table));
            List<Map<String, Object>> jr = new ArrayList<>();
            for (CompletedRun r : s.runs()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("seed", r.record().config().seed());
                m.put("key", r.record().config().key());
                m.put("final", r.record().last());
                m.put("diverged", r.record().diverged());
                m.put("seconds", r.record().nanos() / 1e9);
                m.put("analysis", Summaries.analysisMap(r.analysis()));
                m.put("structure", r.record().structure());
                jr.add(m);
            }
            js.put("runs", jr);
            jsonSettings.add(js);
        }
        html.append(extraHtml);
        List<Path> fig5 = parameterHistograms(dir, runs);
        files.addAll(fig5);
        html.append(
                "<h2>Fitted parameters (paper's Fig. 5; pooled over every setting and seed)</h2>\n");
        appendImages(html, fig5);
        html.append(
                        "<p>Numbers: <a href=\"summary.json\">summary.json</a>, <a href=\"runs.csv\">runs.csv</a>, ")
                .append(
                        "<a href=\"groups.csv\">groups.csv</a>, <a href=\"table.csv\">table.csv</a>, ")
                .append("<a href=\"structure.csv\">structure.csv</a>.</p>\n")
                .append("</body></html>\n");
        Path index = dir.resolve("index.html");
        Files.writeString(index, html, StandardCharsets.UTF_8);
        Path json = dir.resolve("summary.json");
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("interrupted", interrupted);
        root.put("settings", jsonSettings);
        Json.MAPPER.writeValue(json.toFile(), root);
        files.add(index);
        files.add(json);
        files.addAll(writeCsv(dir, settings));
        return files;
    }

    /**
     * The paper's Fig. 5 (docs/cogs-math.md §8), pooled over every run of the report: arg ξ of
     * z_{ν=i}*z_ξ groups (50 bins, lines ±π/4, ±3π/4); arg ν of z_ν*z_syn groups and of the ν = a₂
     * ≈ ±i factor of z_{ν=i}*z_{syn,αβ} groups (50 bins, lines ±π/2, ±π/3, ±2π/3); arg α and arg β
     * of z_{ν=i}*z_{syn,αβ} groups, plain z_syn counted as α = β = 1 (10 bins).
     */
    private static List<Path> parameterHistograms(Path dir, List<CompletedRun> runs)
            throws IOException {
        List<Double> xi = new ArrayList<>();
        List<Double> nu = new ArrayList<>();
        List<Double> alpha = new ArrayList<>();
        List<Double> beta = new ArrayList<>();
        for (CompletedRun r : runs) {
            for (GroupAnalysis g : r.analysis().groups()) {
                // the authors' convention (docs/cogs-math.md §12.13), as in the paper's Fig. 5
                List<Complex> p = g.authorsParameters();
                if (g.kind() == SolutionKind.NU_I_XI) {
                    xi.add(p.get(0).arg());
                }
                if (g.kind() == SolutionKind.NU_SYN) {
                    nu.add(p.get(0).arg());
                }
                if (g.kind() == SolutionKind.NU_I_SYN_AB) {
                    g.factorisation()
                            .map(Factorisation::first)
                            .filter(f -> f.type() == FactorType.ORDER_2_4C)
                            .ifPresent(f -> nu.add(f.parameters().get(0).arg()));
                    alpha.add(p.get(0).arg());
                    beta.add(p.get(1).arg());
                }
            }
        }
        String pooled =
                ", seeds "
                        + runs.stream()
                                .map(r -> Long.toString(r.record().config().seed()))
                                .distinct()
                                .collect(java.util.stream.Collectors.joining(","))
                        + " pooled";
        double q = Math.PI / 4;
        double t = Math.PI / 3;
        Path pXi = dir.resolve("fig5-arg-xi.png");
        Plots.phaseHistogram(
                "arg xi, z_{nu=i}*z_xi" + pooled,
                "arg xi (rad)",
                xi,
                50,
                new double[] {-3 * q, -q, q, 3 * q},
                pXi);
        Path pNu = dir.resolve("fig5-arg-nu.png");
        Plots.phaseHistogram(
                "arg nu, z_nu*z_syn and z_{nu=i}*z_syn" + pooled,
                "arg nu (rad)",
                nu,
                50,
                new double[] {-2 * t, -Math.PI / 2, -t, t, Math.PI / 2, 2 * t},
                pNu);
        Path pAlpha = dir.resolve("fig5-arg-alpha.png");
        Plots.phaseHistogram(
                "arg alpha, z_{nu=i}*z_{syn,ab}" + pooled,
                "arg alpha (rad)",
                alpha,
                10,
                new double[0],
                pAlpha);
        Path pBeta = dir.resolve("fig5-arg-beta.png");
        Plots.phaseHistogram(
                "arg beta, z_{nu=i}*z_{syn,ab}" + pooled,
                "arg beta (rad)",
                beta,
                10,
                new double[0],
                pBeta);
        return List.of(pXi, pNu, pAlpha, pBeta);
    }

    static String describe(TrainingConfig c, int seeds) {
        return String.format(
                Locale.ROOT,
                "d = %d, q = %d, wd = %s, lr = %s, %d epochs, %d seed%s, analysed epoch %d",
                c.d(),
                c.q(),
                c.weightDecay(),
                c.learningRate(),
                c.epochs(),
                seeds,
                seeds == 1 ? "" : "s",
                c.checkpointEpoch());
    }

    private static String pct(OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * v.getAsDouble()) : "n/a";
    }

    private static String num(OptionalDouble v) {
        return v.isPresent() ? Double.toString(v.getAsDouble()) : "";
    }

    private static List<Path> writeCsv(Path dir, List<Setting> settings) throws IOException {
        StringBuilder runs =
                new StringBuilder(
                        "d,q,weight_decay,learning_rate,epochs,seed,key,train_loss,test_loss,"
                                + "train_accuracy,test_accuracy,diverged,seconds,n4,n6,nf4,nf6");
        for (Statistic s : Statistic.values()) {
            runs.append(',').append(s.label());
        }
        runs.append('\n');
        StringBuilder groups =
                new StringBuilder(
                        "d,seed,k,size,kind,err,type1,type2,xi_re,xi_im,nu_re,nu_im,"
                                + "alpha_re,alpha_im,beta_re,beta_im\n");
        StringBuilder table = new StringBuilder("d,q,weight_decay,statistic,mean,sem,seeds\n");
        StringBuilder structure =
                new StringBuilder("d,q,weight_decay,epochs,seed,epoch,n4,n6,factorable,matched\n");
        for (Setting st : settings) {
            for (CompletedRun r : st.runs()) {
                TrainingConfig c = r.record().config();
                EvaluationPoint last = r.record().last();
                RunStatistics s = r.analysis().statistics();
                runs.append(
                        String.format(
                                Locale.ROOT,
                                "%d,%d,%s,%s,%d,%d,%s,%s,%s,%s,%s,%b,%.3f,%d,%d,%d,%d",
                                c.d(),
                                c.q(),
                                c.weightDecay(),
                                c.learningRate(),
                                c.epochs(),
                                c.seed(),
                                c.key(),
                                last.trainLoss(),
                                last.testLoss(),
                                last.trainAccuracy(),
                                last.testAccuracy(),
                                r.record().diverged(),
                                r.record().nanos() / 1e9,
                                s.n4(),
                                s.n6(),
                                s.nf4(),
                                s.nf6()));
                for (Statistic x : Statistic.values()) {
                    runs.append(',').append(num(x.of(s)));
                }
                runs.append('\n');
                for (StructurePoint sp : r.record().structure()) {
                    structure.append(
                            String.format(
                                    Locale.ROOT,
                                    "%d,%d,%s,%d,%d,%d,%d,%d,%d,%d%n",
                                    c.d(),
                                    c.q(),
                                    c.weightDecay(),
                                    c.epochs(),
                                    c.seed(),
                                    sp.epoch(),
                                    sp.n4(),
                                    sp.n6(),
                                    sp.factorable(),
                                    sp.matched()));
                }
                for (GroupAnalysis g : r.analysis().groups()) {
                    groups.append(
                            String.format(
                                    Locale.ROOT,
                                    "%d,%d,%d,%d,%s",
                                    c.d(),
                                    c.seed(),
                                    g.frequency(),
                                    g.size(),
                                    g.kind().label()));
                    if (g.factorisation().isPresent()) {
                        var f = g.factorisation().get();
                        groups.append(',')
                                .append(Double.isFinite(f.err()) ? Double.toString(f.err()) : "inf")
                                .append(',')
                                .append(f.types().get(0).label())
                                .append(',')
                                .append(f.types().get(1).label());
                    } else {
                        groups.append(",,,");
                    }
                    for (var z : List.of(g.xi(), g.nu(), g.alpha(), g.beta())) {
                        groups.append(',')
                                .append(z.map(v -> Double.toString(v.re())).orElse(""))
                                .append(',')
                                .append(z.map(v -> Double.toString(v.im())).orElse(""));
                    }
                    groups.append('\n');
                }
            }
            FactorisationTable t = st.table();
            for (Statistic x : Statistic.values()) {
                var e = t.estimate(x);
                table.append(
                        String.format(
                                Locale.ROOT,
                                "%d,%d,%s,%s,%s,%s,%s%n",
                                st.config().d(),
                                st.config().q(),
                                st.config().weightDecay(),
                                x.label(),
                                e.map(v -> Double.toString(v.mean())).orElse(""),
                                e.map(v -> num(v.standardError())).orElse(""),
                                e.map(v -> Integer.toString(v.seeds())).orElse("0")));
            }
        }
        Path a = dir.resolve("runs.csv");
        Path b = dir.resolve("groups.csv");
        Path c = dir.resolve("table.csv");
        Path e = dir.resolve("structure.csv");
        Files.writeString(a, runs, StandardCharsets.UTF_8);
        Files.writeString(b, groups, StandardCharsets.UTF_8);
        Files.writeString(c, table, StandardCharsets.UTF_8);
        Files.writeString(e, structure, StandardCharsets.UTF_8);
        return List.of(a, b, c, e);
    }

    /** One {@code <img>} paragraph per file (files in the report folder, linked by name). */
    private static void appendImages(StringBuilder html, List<Path> files) {
        for (Path f : files) {
            html.append("<p><img src=\"")
                    .append(f.getFileName())
                    .append("\" alt=\"")
                    .append(f.getFileName())
                    .append("\"></p>\n");
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("±", "&plusmn;");
    }
}
