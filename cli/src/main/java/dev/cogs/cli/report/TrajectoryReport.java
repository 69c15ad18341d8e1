package dev.cogs.cli.report;

import dev.cogs.algebra.Complex;
import dev.cogs.nets.analysis.KeyFrequencyLoss;
import dev.cogs.nets.analysis.Margins;
import dev.cogs.nets.analysis.ProgressPoint;
import dev.cogs.nets.analysis.RunTrajectory;
import dev.cogs.nets.analysis.SpectralConcentration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;

/**
 * The report of runs analysed as trajectories ({@code cogs analyze --run}): the report {@code cogs
 * reproduce} writes ({@link ReportWriter}: orders, factorisation table, matched fraction and
 * potentials along training, Fig. 5 histograms) plus a section on the progress measures of
 * docs/cogs-math.md §13 with its plots ({@code progress-*.png}) and numbers ({@code progress.csv},
 * {@code progress.json}).
 */
public final class TrajectoryReport {

    private TrajectoryReport() {}

    /**
     * Writes the report folder.
     *
     * @param dir the folder
     * @param runs the analysed runs
     * @return the files written
     * @throws IOException if writing fails
     */
    public static List<Path> write(Path dir, List<ImportedRun> runs) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        Map<String, List<ProgressPoint>> points = new LinkedHashMap<>();
        Map<String, List<KeyFrequencyLoss>> losses = new LinkedHashMap<>();
        for (ImportedRun r : runs) {
            String key = label(r);
            points.put(key, r.trajectory().progress());
            losses.put(key, r.trajectory().keyFrequencyLosses());
        }
        List<Path> images = new ArrayList<>();
        Path loss = dir.resolve("progress-loss.png");
        ProgressPlots.losses(
                "Loss: full (solid), restricted (dashed), excluded (dotted)", points, losses, loss);
        images.add(loss);
        Path gini = dir.resolve("progress-gini.png");
        ProgressPlots.spectra(
                "Gini of Fourier norms (Ua solid, Ub dashed, W dotted)",
                "Gini",
                points,
                SpectralConcentration::gini,
                gini);
        images.add(gini);
        Path ipr = dir.resolve("progress-ipr.png");
        ProgressPlots.spectra(
                "IPR of Fourier norms (Ua solid, Ub dashed, W dotted)",
                "IPR",
                points,
                SpectralConcentration::ipr,
                ipr);
        images.add(ipr);
        Path nipr = dir.resolve("progress-neuron-ipr.png");
        ProgressPlots.spectra(
                "Per-node IPR, weighted mean (Ua solid, Ub dashed, W dotted)",
                "node IPR",
                points,
                SpectralConcentration::neuronIpr,
                nipr);
        images.add(nipr);
        Path norm = dir.resolve("progress-norm.png");
        ProgressPlots.scalar(
                "Total weight norm ||theta||_2",
                "||theta||_2",
                points,
                ProgressPoint::weightNorm,
                null,
                "",
                Double.NaN,
                norm);
        images.add(norm);
        Path margin = dir.resolve("progress-margin.png");
        ProgressPlots.scalar(
                "Normalised margin / gamma*(d) (dashed: nodes rebalanced)",
                "margin / (||theta||_{2,3}^3 gamma*)",
                points,
                ProgressPoint::marginRatio,
                p -> p.balancedNormalisedMargin() / Margins.maximum(p.d()),
                "balanced",
                1.0,
                margin);
        images.add(margin);
        ImportedRun first = runs.get(0);
        Path bias = dir.resolve("progress-bias-m1.png");
        ProgressPlots.biasM1(
                "|2d r_{a,k,1-k,k}|, " + label(first) + ": order 4 red, 6 blue",
                first.trajectory().progress(),
                first.trajectory().analysis().groups(),
                bias);
        images.add(bias);
        files.addAll(images);
        files.add(writeCsv(dir, runs));
        files.add(writeJson(dir, runs));
        StringBuilder html = new StringBuilder();
        html.append(
                        "<h2>Progress measures along training (docs/cogs-math.md &sect;13)</h2>\n<p>Restricted and ")
                .append(
                        "excluded loss (Nanda et al., arXiv:2301.05217): the loss on all d&sup2; pairs with only the ")
                .append(
                        "key-frequency directions &omega;<sup>k(a+b&minus;c)</sup> of the outputs kept, or with them ")
                .append(
                        "removed; key frequencies are those with a non-zero order at the analysed checkpoint. Gini ")
                .append(
                        "and IPR of the per-frequency Fourier norms of each layer (Nanda et al.; Gromov, ")
                .append(
                        "arXiv:2301.02679). Normalised margin over the L<sub>2,3</sub> norm cubed (Morwani et al., ")
                .append(
                        "arXiv:2311.07568) as a fraction of its maximum &gamma;*(d) = &radic;(2/27)/((d&minus;1)")
                .append(
                        "&radic;d), reached by z<sub>F6</sub>.</p>\n<table><tr><th>run</th><th>folder</th>")
                .append(
                        "<th>files</th><th>losses</th><th>key frequencies</th><th>analysed epoch</th>")
                .append(
                        "<th>loss</th><th>excluded</th><th>restricted</th><th>margin / &gamma;*</th>")
                .append("<th>time (s)</th></tr>\n");
        for (ImportedRun r : runs) {
            RunTrajectory t = r.trajectory();
            ProgressPoint p = analysed(t);
            KeyFrequencyLoss kl = p.keyFrequencyLoss(t.keyFrequencies());
            html.append(
                    String.format(
                            Locale.ROOT,
                            "<tr><td>%s</td><td style=\"text-align:left\">%s</td><td>%d</td>"
                                    + "<td>%s</td><td>%s</td><td>%d</td><td>%.3e</td><td>%.4f</td><td>%.3e</td><td>%.4f</td>"
                                    + "<td>%.1f</td></tr>%n",
                            escape(label(r)),
                            escape(r.folder().toString()),
                            t.progress().size(),
                            r.logged() == t.progress().size()
                                    ? "logged"
                                    : r.logged() == 0
                                            ? "all d&sup2; pairs"
                                            : r.logged() + " logged",
                            keys(t.keyFrequencies()),
                            t.analysedEpoch(),
                            p.loss(),
                            kl.excluded(),
                            kl.restricted(),
                            p.marginRatio(),
                            r.nanos() / 1e9));
        }
        html.append("</table>\n<p>Numbers: <a href=\"progress.csv\">progress.csv</a>, ")
                .append("<a href=\"progress.json\">progress.json</a>.</p>\n");
        for (Path f : images) {
            html.append("<p><img src=\"")
                    .append(f.getFileName())
                    .append("\" alt=\"")
                    .append(f.getFileName())
                    .append("\"></p>\n");
        }
        List<CompletedRun> completed = runs.stream().map(ImportedRun::completed).toList();
        files.addAll(ReportWriter.write(dir, completed, false, "cogs analyze", html.toString()));
        return files;
    }

    /** The label of a run in the progress section: its seed label and folder name. */
    static String label(ImportedRun r) {
        return "seed " + r.config().seed() + " (" + r.label() + ")";
    }

    static ProgressPoint analysed(RunTrajectory t) {
        return t.progress().stream()
                .filter(p -> p.epoch() == t.analysedEpoch())
                .findFirst()
                .orElseThrow();
    }

    static String keys(SortedSet<Integer> keys) {
        return keys.size() == 0 ? "none" : keys.toString().replace(" ", "");
    }

    private static Path writeCsv(Path dir, List<ImportedRun> runs) throws IOException {
        int n = (runs.get(0).trajectory().d() - 1) / 2;
        StringBuilder csv =
                new StringBuilder(
                        "run,folder,seed,epoch,loss,accuracy,restricted,excluded,gini_a,gini_b,"
                                + "gini_c,ipr_a,ipr_b,ipr_c,neuron_ipr_a,neuron_ipr_b,neuron_ipr_c,weight_norm,l23_cubed,"
                                + "balanced_l23_cubed,margin,normalised_margin,margin_ratio,balanced_margin_ratio");
        for (int k = 1; k <= n; k++) {
            csv.append(",rho_re_").append(k).append(",rho_im_").append(k);
        }
        for (int k = 1; k <= n; k++) {
            csv.append(",bias_m1_").append(k);
        }
        csv.append('\n');
        for (ImportedRun r : runs) {
            List<KeyFrequencyLoss> kl = r.trajectory().keyFrequencyLosses();
            List<ProgressPoint> pts = r.trajectory().progress();
            for (int i = 0; i < pts.size(); i++) {
                ProgressPoint p = pts.get(i);
                csv.append(
                        String.format(
                                Locale.ROOT,
                                "%s,%s,%d,%d,%s,%s,%s,%s",
                                csvText(r.label()),
                                csvText(r.folder().toString()),
                                r.config().seed(),
                                p.epoch(),
                                p.loss(),
                                p.accuracy(),
                                kl.get(i).restricted(),
                                kl.get(i).excluded()));
                for (SpectralConcentration s :
                        List.of(p.spectrumA(), p.spectrumB(), p.spectrumC())) {
                    csv.append(',').append(s.gini());
                }
                for (SpectralConcentration s :
                        List.of(p.spectrumA(), p.spectrumB(), p.spectrumC())) {
                    csv.append(',').append(s.ipr());
                }
                for (SpectralConcentration s :
                        List.of(p.spectrumA(), p.spectrumB(), p.spectrumC())) {
                    csv.append(',').append(s.neuronIpr());
                }
                csv.append(',')
                        .append(p.weightNorm())
                        .append(',')
                        .append(p.l23Cubed())
                        .append(',')
                        .append(p.balancedL23Cubed())
                        .append(',')
                        .append(p.margin())
                        .append(',')
                        .append(p.normalisedMargin())
                        .append(',')
                        .append(p.marginRatio())
                        .append(',')
                        .append(p.balancedNormalisedMargin() / Margins.maximum(p.d()));
                for (Complex z : p.diagonal()) {
                    csv.append(',').append(z.re()).append(',').append(z.im());
                }
                for (double b : p.biasM1()) {
                    csv.append(',').append(b);
                }
                csv.append('\n');
            }
        }
        Path f = dir.resolve("progress.csv");
        Files.writeString(f, csv, StandardCharsets.UTF_8);
        return f;
    }

    private static Path writeJson(Path dir, List<ImportedRun> runs) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ImportedRun r : runs) {
            RunTrajectory t = r.trajectory();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", r.label());
            m.put("folder", r.folder().toString());
            m.put("seed", r.config().seed());
            m.put("d", t.d());
            m.put("q", t.q());
            m.put("checkpoints", t.progress().size());
            m.put("loggedEvaluations", r.logged());
            m.put("analysedEpoch", t.analysedEpoch());
            m.put("keyFrequencies", t.keyFrequencies());
            m.put("marginMaximum", Margins.maximum(t.d()));
            m.put("seconds", r.nanos() / 1e9);
            List<KeyFrequencyLoss> kl = t.keyFrequencyLosses();
            List<Map<String, Object>> pts = new ArrayList<>();
            for (int i = 0; i < t.progress().size(); i++) {
                pts.add(pointMap(t.progress().get(i), kl.get(i)));
            }
            m.put("points", pts);
            out.add(m);
        }
        Path f = dir.resolve("progress.json");
        Json.MAPPER.writeValue(f.toFile(), Map.of("runs", out));
        return f;
    }

    /**
     * One progress point as a JSON tree (also printed by {@code cogs analyze --json}).
     *
     * @param p the point
     * @param kl its restricted and excluded loss
     * @return the tree
     */
    public static Map<String, Object> pointMap(ProgressPoint p, KeyFrequencyLoss kl) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("epoch", p.epoch());
        m.put("loss", p.loss());
        m.put("accuracy", p.accuracy());
        m.put("keyFrequencies", kl.keys());
        m.put("restrictedLoss", kl.restricted());
        m.put("excludedLoss", kl.excluded());
        Map<String, Object> spectra = new LinkedHashMap<>();
        spectra.put("Ua", spectrum(p.spectrumA()));
        spectra.put("Ub", spectrum(p.spectrumB()));
        spectra.put("W", spectrum(p.spectrumC()));
        m.put("spectra", spectra);
        m.put("weightNorm", p.weightNorm());
        m.put("l23Cubed", p.l23Cubed());
        m.put("balancedL23Cubed", p.balancedL23Cubed());
        m.put("margin", p.margin());
        m.put("normalisedMargin", finite(p.normalisedMargin()));
        m.put("marginRatio", finite(p.marginRatio()));
        m.put("balancedMarginRatio", finite(p.balancedNormalisedMargin() / Margins.maximum(p.d())));
        m.put("diagonal", p.diagonal().stream().map(z -> List.of(z.re(), z.im())).toList());
        m.put("biasM1", p.biasM1());
        return m;
    }

    private static Map<String, Object> spectrum(SpectralConcentration s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gini", finite(s.gini()));
        m.put("ipr", finite(s.ipr()));
        m.put("neuronIpr", finite(s.neuronIpr()));
        return m;
    }

    /** JSON has no NaN: undefined values (a zero layer) are written as null. */
    private static Object finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static String csvText(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
