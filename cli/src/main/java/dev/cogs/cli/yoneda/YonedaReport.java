package dev.cogs.cli.yoneda;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogs.nets.analysis.PromptReach;
import dev.cogs.nets.prompt.PromptEvaluation;
import dev.cogs.yoneda.Task;
import dev.cogs.yoneda.YonedaResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The report of {@code cogs yoneda} (docs/yoneda-nets.md §3, §4): the nets and their ideality
 * certificates, the category table (verdict, witness, token, h(y), the unlabelled reading), the
 * net-independent Fourier predictions, P1–P7 and the trained-net checks 8–12 with every number
 * behind them, predicted against measured per (net, task, arm), a heat map of robust accuracy
 * (tasks × arms) per net, the few-shot curves with the held-out census, and per task the 2-D
 * spectrum with the reachable lines — as {@code yoneda.html} with PNG plots, {@code yoneda.json},
 * and the CSV files {@code yoneda.csv} (measurements), {@code yoneda-evidence.csv} and {@code
 * yoneda-fewshot.csv}.
 */
public final class YonedaReport {

    private YonedaReport() {}

    /**
     * The result as a JSON tree: {@code d}, {@code wallSeconds}, {@code cpuSeconds}, {@code
     * parallelism}, {@code nets}, {@code category} (one entry per task), {@code fourier}, {@code
     * predictions} and {@code trainedNetChecks} (each with its evidence), {@code measurements} and
     * {@code fewShot}.
     *
     * @param result the experiment's result
     * @return the JSON tree
     */
    public static ObjectNode json(YonedaResult result) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("d", result.options().d());
        root.put("wallSeconds", result.wallSeconds());
        root.put("cpuSeconds", result.cpuSeconds());
        root.put("parallelism", result.options().parallelism());
        ArrayNode nets = root.putArray("nets");
        for (YonedaResult.NetResult n : result.nets()) {
            ObjectNode o = nets.addObject();
            o.put("name", n.net().name());
            o.put("kind", n.net().kind().name());
            o.put("order", n.order());
            o.put("rmax", n.rmax());
            o.put("ideal", n.ideal());
            o.put("pretextCorrect", n.certificate().correct());
            o.put("pretextPairs", n.certificate().total());
            o.put("minMargin", n.certificate().minMargin());
            o.put("countHeadFailures", n.countHeadFailures());
            if (n.linearSpanRank().isPresent()) {
                o.put("linearSpanRank", n.linearSpanRank().getAsInt());
            }
            o.put("seconds", n.seconds());
        }
        ArrayNode category = root.putArray("category");
        for (YonedaResult.CategoryRow row : result.categoryTable()) {
            ObjectNode o = category.addObject();
            o.put("task", row.task().name());
            ArrayNode y = o.putArray("y");
            for (int v : row.task().y()) {
                y.add(v);
            }
            o.put("kind", row.kind().name());
            o.put("offsets", row.reading().offsets().size());
            o.put("representable", row.representable());
            o.put("witness", row.witness());
            if (row.reading().token().isPresent()) {
                o.put("token", row.reading().token().getAsInt());
            }
            o.put("hNumerator", row.reading().hardPromptAccuracy().numerator());
            o.put("hDenominator", row.reading().hardPromptAccuracy().denominator());
            o.put("h", row.hardPromptAccuracy());
            o.put("unlabelledRepresentable", row.reading().unlabelled().solvable());
        }
        ArrayNode fourier = root.putArray("fourier");
        for (YonedaResult.TaskPrediction p : result.taskPredictions()) {
            ObjectNode o = fourier.addObject();
            o.put("task", p.task().name());
            o.put("fourierBound", p.fourierBound());
            o.put("marginAllChannels", p.reach().margin());
            o.put("marginWithoutBias", p.reachWithoutBias().margin());
            o.put("marginOfSpan", p.reachOfSpan().margin());
        }
        checks(root.putArray("predictions"), result.predictions());
        checks(root.putArray("trainedNetChecks"), result.trainedNetChecks());
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
            o.put("predictedRobustAccuracy", m.predictedRobustAccuracy());
            o.put("lossLowerBound", m.lossLowerBound());
        }
        ArrayNode few = root.putArray("fewShot");
        for (YonedaResult.NetResult n : result.nets()) {
            for (YonedaResult.FewShotResult r : n.fewShot()) {
                ObjectNode o = few.addObject();
                o.put("net", n.net().name());
                o.put("task", r.task().name());
                o.put("promptClass", r.promptClass().name());
                o.put("k", r.k());
                o.put("meanRobustAccuracy", r.meanRobustAccuracy());
                ArrayNode draws = o.putArray("robustAccuracies");
                for (PromptEvaluation e : r.draws()) {
                    draws.add(e.robustAccuracy());
                }
                ObjectNode held = o.putObject("heldOut");
                held.put("answer", r.heldOut().answer());
                held.put("partner", r.heldOut().partner());
                held.put("constant", r.heldOut().constant());
                held.put("other", r.heldOut().other());
            }
        }
        return root;
    }

    private static void checks(ArrayNode array, List<YonedaResult.PredictionCheck> checks) {
        for (YonedaResult.PredictionCheck check : checks) {
            ObjectNode o = array.addObject();
            o.put("id", check.id());
            o.put("statement", check.statement());
            o.put("verdict", check.verdict().name());
            o.put("summary", check.summary());
            o.put("failures", check.failures().size());
            ArrayNode ev = o.putArray("evidence");
            for (YonedaResult.Evidence e : check.evidence()) {
                ObjectNode x = ev.addObject();
                x.put("net", e.net());
                x.put("task", e.task());
                x.put("quantity", e.quantity());
                x.put("measured", e.measured());
                x.put("predicted", e.predicted());
                x.put("holds", e.holds());
            }
        }
    }

    /**
     * The measurements as CSV, one line per net, task, arm and budget, with the predictions beside
     * them.
     *
     * @param result the experiment's result
     * @return the CSV text with a header line
     */
    public static String csv(YonedaResult result) {
        StringBuilder sb =
                new StringBuilder(
                        "net,task,arm,budget,robust_correct,inputs,robust_accuracy,loss,"
                                + "relative_norm,predicted_robust_accuracy,loss_lower_bound\n");
        for (YonedaResult.Measurement m : result.measurements()) {
            sb.append(
                    String.format(
                            Locale.ROOT,
                            "%s,%s,%s,%s,%d,%d,%.6f,%.6g,%.6g,%.6g,%.6g%n",
                            csvField(m.net()),
                            csvField(m.task()),
                            m.arm().name(),
                            m.budget(),
                            m.robustCorrect(),
                            m.inputs(),
                            m.robustAccuracy(),
                            m.loss(),
                            m.relativeNorm(),
                            m.predictedRobustAccuracy(),
                            m.lossLowerBound()));
        }
        return sb.toString();
    }

    /**
     * Every piece of evidence of P1–P7 and of checks 8–12 as CSV.
     *
     * @param result the experiment's result
     * @return the CSV text with a header line
     */
    public static String evidenceCsv(YonedaResult result) {
        StringBuilder sb =
                new StringBuilder("check,verdict,net,task,quantity,measured,predicted,holds\n");
        List<YonedaResult.PredictionCheck> all = new ArrayList<>(result.predictions());
        all.addAll(result.trainedNetChecks());
        for (YonedaResult.PredictionCheck c : all) {
            for (YonedaResult.Evidence e : c.evidence()) {
                sb.append(
                        String.format(
                                Locale.ROOT,
                                "%s,%s,%s,%s,%s,%.9g,%s,%s%n",
                                c.id(),
                                c.verdict(),
                                csvField(e.net()),
                                csvField(e.task()),
                                csvField(e.quantity()),
                                e.measured(),
                                csvField(e.predicted()),
                                e.holds()));
            }
        }
        return sb.toString();
    }

    /**
     * The few-shot points as CSV, with the held-out census.
     *
     * @param result the experiment's result
     * @return the CSV text with a header line
     */
    public static String fewShotCsv(YonedaResult result) {
        StringBuilder sb =
                new StringBuilder(
                        "net,task,prompt_class,k,draws,mean_robust_accuracy,held_out_answer,"
                                + "held_out_partner,held_out_constant,held_out_other\n");
        for (YonedaResult.NetResult n : result.nets()) {
            for (YonedaResult.FewShotResult r : n.fewShot()) {
                YonedaResult.HeldOutArgmax h = r.heldOut();
                sb.append(
                        String.format(
                                Locale.ROOT,
                                "%s,%s,%s,%d,%d,%.6f,%d,%d,%d,%d%n",
                                csvField(n.net().name()),
                                csvField(r.task().name()),
                                r.promptClass(),
                                r.k(),
                                r.draws().size(),
                                r.meanRobustAccuracy(),
                                h.answer(),
                                h.partner(),
                                h.constant(),
                                h.other()));
            }
        }
        return sb.toString();
    }

    private static String csvField(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    /**
     * The terminal summary: the nets, P1–P7 and checks 8–12 with their numbers, and the run's time.
     *
     * @param result the experiment's result
     * @return the text, one item a line
     */
    public static String text(YonedaResult result) {
        StringBuilder sb = new StringBuilder();
        int d = result.options().d();
        sb.append(String.format(Locale.ROOT, "cogs yoneda, d = %d%n", d));
        for (YonedaResult.NetResult n : result.nets()) {
            sb.append(
                    String.format(
                            Locale.ROOT,
                            "  net %-12s %-12s q = %4d  pretext %d/%d  %s%n",
                            n.net().name(),
                            n.net().kind(),
                            n.order(),
                            n.certificate().correct(),
                            n.certificate().total(),
                            n.ideal() ? "ideal" : "NOT IDEAL, left out"));
        }
        for (YonedaResult.PredictionCheck check : result.predictions()) {
            sb.append(check.id())
                    .append(' ')
                    .append(check.verdict())
                    .append(": ")
                    .append(check.summary())
                    .append('\n');
        }
        for (YonedaResult.PredictionCheck check : result.trainedNetChecks()) {
            sb.append(check.id())
                    .append(' ')
                    .append(check.verdict())
                    .append(": ")
                    .append(check.summary())
                    .append('\n');
        }
        sb.append(
                String.format(
                        Locale.ROOT,
                        "experiment: %.1f s wall, %.1f s CPU on %d threads%n",
                        result.wallSeconds(),
                        result.cpuSeconds(),
                        result.options().parallelism()));
        return sb.toString();
    }

    /**
     * Writes {@code yoneda.html}, {@code yoneda.json}, the three CSV files and the plots into a
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
        Files.writeString(
                out.resolve("yoneda-evidence.csv"), evidenceCsv(result), StandardCharsets.UTF_8);
        Files.writeString(
                out.resolve("yoneda-fewshot.csv"), fewShotCsv(result), StandardCharsets.UTF_8);
        Html h = new Html();
        int d = result.options().d();
        h.raw(
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>cogs yoneda</title>"
                        + "<style>body{font-family:sans-serif;max-width:1400px;margin:auto}"
                        + "table{border-collapse:collapse;margin:0.5em 0}"
                        + "td,th{border:1px solid #bbb;padding:2px 6px;font-size:90%}"
                        + ".pass{background:#d9f2d9}.fail{background:#f8d0d0}"
                        + ".na{background:#eee}</style></head><body>\n");
        h.raw("<h1>Prompt tuning on CoGS nets, d = " + d + "</h1>\n");
        h.text(
                "Yuan's prompt-tuning theorem (arXiv:2211.16327, read as in docs/yoneda-nets.md) on"
                        + " ideal CoGS nets. Answers are labelled by the pretext output class (the argmax"
                        + " over all d classes of the frozen W). The labelled statement is the Yoneda lemma"
                        + " Nat(h_*, R) = R(*); the unlabelled reading is shown only as the check P1'.");
        h.raw(
                String.format(
                        Locale.ROOT,
                        "<p>Experiment: %.1f s wall, %.1f s CPU on %d threads; %d restarts, %d steps,"
                                + " budgets %s, seed %d.</p>\n",
                        result.wallSeconds(),
                        result.cpuSeconds(),
                        result.options().parallelism(),
                        result.options().restarts(),
                        result.options().steps(),
                        result.options().budgets(),
                        result.options().seed()));
        netsSection(h, result);
        categorySection(h, result);
        fourierSection(h, result);
        h.raw("<h2>Predictions P1-P7 (docs/yoneda-nets.md section 2.5)</h2>\n");
        checkTable(h, result.predictions());
        h.raw("<h2>Checks 8-12 on the trained nets (docs/yoneda-nets.md section 5)</h2>\n");
        checkTable(h, result.trainedNetChecks());
        measuredSection(h, result);
        h.raw("<h2>Robust accuracy, tasks &times; arms</h2>\n");
        for (String file : YonedaPlots.heatMaps(result, out)) {
            h.image(file);
        }
        fewShotSection(h, result, out);
        h.raw(
                "<h2>Task spectra</h2>\n<p>|Y^(k_c, k_b)|/d of each task matrix after projection,"
                        + " with the lines a prompt can reach on a net of single-frequency nodes"
                        + " (docs/yoneda-nets.md section 1.4): k_b = -k_c (circulant part f, every"
                        + " prompt), k_b = k_c (Hankel part g, free prompts only) and k_b = 0 (class"
                        + " bias v). Energy off the three lines is out of reach.</p>\n");
        int index = 0;
        for (Task t : result.options().tasks()) {
            String file = YonedaPlots.fileName("spectrum", ++index, t.name());
            YonedaPlots.spectrum(t.name(), PromptReach.spectrum(t.y()), out.resolve(file));
            h.image(file);
        }
        h.raw(
                "<p>Data: <a href=\"yoneda.json\">yoneda.json</a>, <a href=\"yoneda.csv\">yoneda.csv</a>,"
                        + " <a href=\"yoneda-evidence.csv\">yoneda-evidence.csv</a>,"
                        + " <a href=\"yoneda-fewshot.csv\">yoneda-fewshot.csv</a></p></body></html>\n");
        Files.writeString(out.resolve("yoneda.html"), h.toString(), StandardCharsets.UTF_8);
    }

    private static void netsSection(Html h, YonedaResult result) {
        h.raw("<h2>Nets and their ideality certificates</h2>\n");
        h.row(
                true,
                "net",
                "kind",
                "q",
                "r_max",
                "pretext pairs right",
                "min margin",
                "count-head failures",
                "ideal",
                "seconds");
        for (YonedaResult.NetResult n : result.nets()) {
            h.rowClass(
                    n.ideal() ? "pass" : "fail",
                    n.net().name(),
                    n.net().kind().name(),
                    Integer.toString(n.order()),
                    num(n.rmax()),
                    n.certificate().correct() + " / " + n.certificate().total(),
                    num(n.certificate().minMargin()),
                    Integer.toString(n.countHeadFailures()),
                    n.ideal() ? "yes" : "no: left out",
                    String.format(Locale.ROOT, "%.1f", n.seconds()));
        }
        h.end();
    }

    private static void categorySection(Html h, YonedaResult result) {
        int d = result.options().d();
        h.raw("<h2>Category table (docs/yoneda-nets.md section 1.2)</h2>\n");
        h.row(
                true,
                "task",
                "y",
                "kind",
                "|S_y|",
                "labelled: representable",
                "witness",
                "token",
                "h(y)",
                "unlabelled (R1): representable");
        for (YonedaResult.CategoryRow row : result.categoryTable()) {
            h.row(
                    false,
                    row.task().name(),
                    shortTask(row.task()),
                    row.kind().name(),
                    Integer.toString(row.reading().offsets().size()),
                    row.representable() ? "yes" : "no",
                    row.witness(),
                    row.reading().token().isPresent()
                            ? Integer.toString(row.reading().token().getAsInt())
                            : "-",
                    row.reading().hardPromptAccuracy().numerator() + "/" + d,
                    row.reading().unlabelled().solvable() ? "yes" : "no");
        }
        h.end();
    }

    private static String shortTask(Task t) {
        int[] y = t.y();
        return y.length <= 12
                ? Arrays.toString(y)
                : Arrays.toString(Arrays.copyOf(y, 8)).replace("]", ", ...]");
    }

    private static void fourierSection(Html h, YonedaResult result) {
        h.raw(
                "<h2>Net-independent Fourier predictions (docs/yoneda-nets.md section 1.4)</h2>\n"
                        + "<p>B(y): the least loss any prompt can reach on a net of single-frequency nodes."
                        + " Argmax LP margin (&gt; 0: some output of that shape has argmax y).</p>\n");
        h.row(true, "task", "B(y)", "margin v+f+g", "margin f+g", "margin f+v (span)");
        for (YonedaResult.TaskPrediction p : result.taskPredictions()) {
            h.row(
                    false,
                    p.task().name(),
                    num(p.fourierBound()),
                    num(p.reach().margin()),
                    num(p.reachWithoutBias().margin()),
                    num(p.reachOfSpan().margin()));
        }
        h.end();
    }

    private static void checkTable(Html h, List<YonedaResult.PredictionCheck> checks) {
        h.row(true, "id", "statement", "verdict", "numbers");
        for (YonedaResult.PredictionCheck c : checks) {
            h.rowClass(
                    verdictClass(c.verdict()),
                    c.id(),
                    c.statement(),
                    c.verdict().name(),
                    c.summary());
        }
        h.end();
        for (YonedaResult.PredictionCheck c : checks) {
            if (c.evidence().isEmpty()) {
                continue;
            }
            h.raw(
                    "<details><summary>"
                            + Html.escape(c.id())
                            + ": "
                            + c.verdict()
                            + ", "
                            + c.evidence().size()
                            + " measurements, "
                            + c.failures().size()
                            + " against</summary>\n");
            h.row(true, "net", "task", "quantity", "measured", "predicted", "holds");
            for (YonedaResult.Evidence e : c.evidence()) {
                h.rowClass(
                        e.holds() ? "pass" : "fail",
                        e.net(),
                        e.task(),
                        e.quantity(),
                        num(e.measured()),
                        e.predicted(),
                        e.holds() ? "yes" : "NO");
            }
            h.end();
            h.raw("</details>\n");
        }
    }

    private static String verdictClass(YonedaResult.Verdict v) {
        switch (v) {
            case PASS:
                return "pass";
            case FAIL:
                return "fail";
            default:
                return "na";
        }
    }

    /**
     * The arm of a measurement as a label, with the budget for the free arms.
     *
     * @param m the measurement
     * @return e.g. {@code ONE_HOT} or {@code FREE_MSE@2.0}
     */
    static String armLabel(YonedaResult.Measurement m) {
        boolean free = m.arm() == YonedaResult.Arm.FREE_MSE || m.arm() == YonedaResult.Arm.FREE_CE;
        if (!free) {
            return m.arm().name();
        }
        return m.arm().name() + "@" + budgetText(m.budget());
    }

    private static String budgetText(double budget) {
        return Double.isInfinite(budget) ? "inf" : String.valueOf(budget);
    }

    /**
     * The arm label an evidence line speaks about, read off its quantity (the wording of the
     * library's predictions: "one-hot ...", "span-MSE ...", "free-MSE ... at rho=2.0", "least
     * free-MSE loss over budgets (rho=2.0)", "free-CE ...", "FT-head ..."), or empty.
     *
     * @param quantity the evidence's quantity
     * @return the label of {@link #armLabel}, if the quantity names an arm
     */
    static Optional<String> armOf(String quantity) {
        String q = quantity.startsWith("least ") ? quantity.substring(6) : quantity;
        String arm;
        if (q.startsWith("one-hot")) {
            arm = YonedaResult.Arm.ONE_HOT.name();
        } else if (q.startsWith("span-MSE")) {
            arm = YonedaResult.Arm.SPAN.name();
        } else if (q.startsWith("FT-head")) {
            arm = YonedaResult.Arm.FT_HEAD.name();
        } else if (q.startsWith("free-MSE") || q.startsWith("free-CE")) {
            int at = q.indexOf("rho=");
            if (at < 0) {
                return Optional.empty();
            }
            int end = at + 4;
            while (end < q.length() && "0123456789.Infinity".indexOf(q.charAt(end)) >= 0) {
                end++;
            }
            double rho = Double.parseDouble(q.substring(at + 4, end));
            arm =
                    (q.startsWith("free-MSE")
                                    ? YonedaResult.Arm.FREE_MSE.name()
                                    : YonedaResult.Arm.FREE_CE.name())
                            + "@"
                            + budgetText(rho);
        } else {
            return Optional.empty();
        }
        return Optional.of(arm);
    }

    private static void measuredSection(Html h, YonedaResult result) {
        h.raw(
                "<h2>Predicted against measured, per net, task and arm (docs/yoneda-nets.md section"
                        + " 3)</h2>\n<p>Robust accuracy counts input b only if its margin exceeds"
                        + " &tau; = "
                        + result.options().robustMargin()
                        + ", taken at the MSE-optimal iterate (MSE arms) or the last iterate (CE arms)."
                        + " Predicted accuracy: h(y) for one-hot (exact) and an upper bound for span on"
                        + " z_F6 and z_M; loss bound: L_lin(net, y) for free prompts. The last column"
                        + " lists the predictions and checks whose evidence names this cell.</p>\n");
        List<YonedaResult.PredictionCheck> all = new ArrayList<>(result.predictions());
        all.addAll(result.trainedNetChecks());
        String net = null;
        for (YonedaResult.Measurement m : result.measurements()) {
            if (!m.net().equals(net)) {
                if (net != null) {
                    h.end();
                }
                net = m.net();
                h.raw("<h3>" + Html.escape(net) + "</h3>\n");
                h.row(
                        true,
                        "task",
                        "arm",
                        "robust correct",
                        "predicted accuracy",
                        "loss",
                        "loss bound L_lin",
                        "|u|/r_max",
                        "checks");
            }
            String label = armLabel(m);
            Set<String> pass = new LinkedHashSet<>();
            Set<String> fail = new LinkedHashSet<>();
            for (YonedaResult.PredictionCheck c : all) {
                for (YonedaResult.Evidence e : c.evidence()) {
                    if (e.net().equals(m.net())
                            && e.task().equals(m.task())
                            && armOf(e.quantity()).map(label::equals).orElse(false)) {
                        (e.holds() ? pass : fail).add(c.id());
                    }
                }
            }
            pass.removeAll(fail);
            StringBuilder verdicts = new StringBuilder();
            for (String id : fail) {
                verdicts.append(id).append(" fail ");
            }
            for (String id : pass) {
                verdicts.append(id).append(" pass ");
            }
            h.rowClass(
                    fail.isEmpty() ? (pass.isEmpty() ? "" : "pass") : "fail",
                    m.task(),
                    label,
                    m.robustCorrect() + " / " + m.inputs(),
                    num(m.predictedRobustAccuracy()),
                    num(m.loss()),
                    num(m.lossLowerBound()),
                    num(m.relativeNorm()),
                    verdicts.toString().strip());
        }
        if (net != null) {
            h.end();
        }
    }

    private static void fewShotSection(Html h, YonedaResult result, Path out) throws IOException {
        h.raw(
                "<h2>Few-shot identification (docs/yoneda-nets.md section 1.5)</h2>\n<p>Mean robust"
                        + " accuracy on all d inputs over the draws, and where the argmax lands on the"
                        + " inputs left out of the fit, with (b_0, y_0) the first training example:"
                        + " the task's answer; the partner element of D_d through (b_0, y_0) (the"
                        + " reflection for a translation, and back); the constant y_0 (class bias v);"
                        + " anything else. Section 1.5 expects a one-example free fit to be an element of"
                        + " D_d, i.e. no constant and no other.</p>\n");
        h.row(
                true,
                "net",
                "task",
                "prompt",
                "k",
                "mean robust accuracy",
                "held out: answer",
                "partner",
                "constant y_0",
                "other");
        for (YonedaResult.NetResult n : result.nets()) {
            for (YonedaResult.FewShotResult r : n.fewShot()) {
                YonedaResult.HeldOutArgmax c = r.heldOut();
                h.row(
                        false,
                        n.net().name(),
                        r.task().name(),
                        r.promptClass().name(),
                        Integer.toString(r.k()),
                        num(r.meanRobustAccuracy()),
                        Integer.toString(c.answer()),
                        Integer.toString(c.partner()),
                        Integer.toString(c.constant()),
                        Integer.toString(c.other()));
            }
        }
        h.end();
        for (String file : YonedaPlots.fewShot(result, out)) {
            h.image(file);
        }
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }

    /** A small HTML builder: rows of escaped cells. Not thread-safe. */
    private static final class Html {
        private final StringBuilder sb = new StringBuilder();
        private boolean open;

        static String escape(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }

        void raw(String s) {
            sb.append(s);
        }

        void text(String s) {
            sb.append("<p>").append(escape(s)).append("</p>\n");
        }

        void image(String file) {
            sb.append("<p><img src=\"")
                    .append(file)
                    .append("\" alt=\"")
                    .append(file)
                    .append("\"></p>\n");
        }

        void row(boolean header, String... cells) {
            if (!open) {
                sb.append("<table>");
                open = true;
            }
            sb.append("<tr>");
            for (String c : cells) {
                sb.append(header ? "<th>" : "<td>")
                        .append(escape(c))
                        .append(header ? "</th>" : "</td>");
            }
            sb.append("</tr>\n");
        }

        void rowClass(String cls, String... cells) {
            if (!open) {
                sb.append("<table>");
                open = true;
            }
            sb.append(cls.isEmpty() ? "<tr>" : "<tr class=\"" + cls + "\">");
            for (String c : cells) {
                sb.append("<td>").append(escape(c)).append("</td>");
            }
            sb.append("</tr>\n");
        }

        void end() {
            if (open) {
                sb.append("</table>\n");
                open = false;
            }
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
