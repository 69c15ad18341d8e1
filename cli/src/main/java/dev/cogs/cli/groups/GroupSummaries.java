package dev.cogs.cli.groups;

import dev.cogs.algebra.group.CharacterGroup;
import dev.cogs.algebra.weights.DataSpaceEvaluation;
import dev.cogs.algebra.weights.OptimalityReport;
import dev.cogs.cli.report.Summaries;
import dev.cogs.nets.analysis.AbelianAnalysis;
import dev.cogs.nets.analysis.Factorisation;
import dev.cogs.nets.analysis.GroupAnalysis;
import dev.cogs.nets.analysis.IrrepUsage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Text and JSON-ready maps of the analyses over groups: {@link AbelianAnalysis} with characters
 * labelled by their coordinates, and {@link IrrepUsage}.
 */
public final class GroupSummaries {

    private GroupSummaries() {}

    /**
     * The per-character orders as a histogram order → count (as docs/cogs-math.md §9.2, over the
     * representatives).
     *
     * @param a the analysis
     * @return the histogram, ascending orders
     */
    public static Map<Integer, Integer> orderHistogram(AbelianAnalysis a) {
        Map<Integer, Integer> h = new TreeMap<>();
        for (int o : a.frequencyOrders()) {
            h.merge(o, 1, Integer::sum);
        }
        return h;
    }

    /**
     * An abelian analysis as a JSON-ready map.
     *
     * @param a the analysis
     * @param ch the character group it was computed over
     * @return {@code group}, {@code d}, {@code q}, {@code activeNodes}, {@code constantNodes},
     *     {@code characters} (label, index, order in Ĝ, frequency order, group size, kind, err,
     *     factor types), {@code orderHistogram}, {@code statistics}
     */
    public static Map<String, Object> abelianMap(AbelianAnalysis a, CharacterGroup ch) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("group", a.group());
        m.put("d", a.size());
        m.put("q", a.order());
        m.put("activeNodes", a.activeNodes());
        m.put("constantNodes", a.constantNodes());
        List<Map<String, Object>> chars = new ArrayList<>();
        for (int t = 0; t < a.characters().size(); t++) {
            int chi = a.characters().get(t);
            GroupAnalysis g = a.groups().get(t);
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("character", CharacterLabels.label(ch, chi));
            cm.put("index", chi);
            cm.put("characterOrder", a.characterOrders().get(t));
            cm.put("order", a.frequencyOrders().get(t));
            cm.put("groupSize", g.size());
            cm.put("kind", g.kind().label());
            g.factorisation()
                    .ifPresent(
                            f -> {
                                cm.put("err", Double.isFinite(f.err()) ? f.err() : null);
                                cm.put("types", f.types().stream().map(x -> x.label()).toList());
                            });
            chars.add(cm);
        }
        m.put("characters", chars);
        m.put("orderHistogram", orderHistogram(a));
        m.put("statistics", Summaries.statisticsMap(a.statistics()));
        return m;
    }

    /**
     * An abelian analysis as text: one line per character pair.
     *
     * @param a the analysis
     * @param ch the character group
     * @return the text
     */
    public static String abelianText(AbelianAnalysis a, CharacterGroup ch) {
        StringBuilder sb = new StringBuilder();
        sb.append(
                String.format(
                        Locale.ROOT,
                        "%s: n = %d, q = %d nodes, %d active (|A_chi| > %.2f), %d at the "
                                + "trivial character%n",
                        a.group(),
                        a.size(),
                        a.order(),
                        a.activeNodes(),
                        a.options().activity(),
                        a.constantNodes()));
        sb.append(
                String.format(
                        Locale.ROOT,
                        "  %-12s %6s %6s %-20s %s%n",
                        "character",
                        "ord",
                        "order",
                        "kind",
                        "factorisation"));
        for (int t = 0; t < a.characters().size(); t++) {
            int chi = a.characters().get(t);
            GroupAnalysis g = a.groups().get(t);
            sb.append(
                    String.format(
                            Locale.ROOT,
                            "  %-12s %6d %6d %-20s",
                            CharacterLabels.label(ch, chi),
                            a.characterOrders().get(t),
                            a.frequencyOrders().get(t),
                            g.kind().label()));
            if (g.factorisation().isPresent()) {
                Factorisation f = g.factorisation().get();
                sb.append(
                        String.format(
                                Locale.ROOT,
                                " err %.4f (%s, %s)",
                                f.err(),
                                f.types().get(0).label(),
                                f.types().get(1).label()));
            }
            sb.append('\n');
        }
        sb.append("order histogram: ").append(orderHistogram(a)).append('\n');
        var s = a.statistics();
        sb.append(
                String.format(
                        Locale.ROOT,
                        "statistics: n4 = %d, n6 = %d, nf4 = %d, nf6 = %d, (4c,xi) = %d, "
                                + "(nu,syn) = %d, (4c,syn-ab) = %d, matched %s%n",
                        s.n4(),
                        s.n6(),
                        s.nf4(),
                        s.nf6(),
                        s.nuIXi(),
                        s.nuSyn(),
                        s.nuISynAb(),
                        s.matched().isPresent()
                                ? String.format(
                                        Locale.ROOT, "%.1f%%", 100 * s.matched().getAsDouble())
                                : "n/a"));
        return sb.toString();
    }

    /**
     * An irrep usage as a JSON-ready map.
     *
     * @param u the usage
     * @return {@code group}, {@code q}, {@code activeNodes}, {@code meanConcentration} (null if
     *     none), {@code irreps} (label, dimension, representations, order, nodes, normShare),
     *     {@code used}
     */
    public static Map<String, Object> irrepMap(IrrepUsage u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("group", u.group());
        m.put("q", u.order());
        m.put("activeNodes", u.activeNodes());
        m.put(
                "meanConcentration",
                u.meanConcentration().isPresent() ? u.meanConcentration().getAsDouble() : null);
        List<Map<String, Object>> irreps = new ArrayList<>();
        for (IrrepUsage.Entry e : u.entries()) {
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("label", e.label());
            em.put("dimension", e.dimension());
            em.put("representations", e.representations());
            em.put("order", e.order());
            em.put("nodes", e.nodes());
            em.put("normShare", e.normShare());
            irreps.add(em);
        }
        m.put("irreps", irreps);
        m.put("used", u.used());
        return m;
    }

    /**
     * An irrep usage as text, one line per irrep (or conjugate pair).
     *
     * @param u the usage
     * @return the text
     */
    public static String irrepText(IrrepUsage u) {
        StringBuilder sb = new StringBuilder();
        sb.append(
                String.format(
                        Locale.ROOT,
                        "%s: q = %d nodes, %d active (magnitude > %.2f), mean concentration "
                                + "%s%n",
                        u.group(),
                        u.order(),
                        u.activeNodes(),
                        u.activity(),
                        u.meanConcentration().isPresent()
                                ? String.format(
                                        Locale.ROOT, "%.3f", u.meanConcentration().getAsDouble())
                                : "n/a"));
        sb.append(
                String.format(
                        Locale.ROOT,
                        "  %-10s %4s %6s %6s %10s%n",
                        "irrep",
                        "dim",
                        "order",
                        "nodes",
                        "norm share"));
        for (IrrepUsage.Entry e : u.entries()) {
            sb.append(
                    String.format(
                            Locale.ROOT,
                            "  %-10s %4d %6d %6d %9.2f%%%n",
                            e.label(),
                            e.dimension(),
                            e.order(),
                            e.nodes(),
                            100 * e.normShare()));
        }
        sb.append("used irreps: ").append(u.used()).append('\n');
        return sb.toString();
    }

    /**
     * The loss, accuracy and (for abelian groups) optimality part of {@code cogs analyze --json}.
     *
     * @param e the data-space evaluation on all pairs of G
     * @param report the optimality report (abelian groups), or null
     * @param ch the character group (abelian groups), or null
     * @return {@code fullDatasetLoss}, {@code fullDatasetAccuracy} and, if given, {@code
     *     optimality}
     */
    public static Map<String, Object> lossMap(
            DataSpaceEvaluation e, OptimalityReport report, CharacterGroup ch) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fullDatasetLoss", e.loss());
        m.put("fullDatasetAccuracy", e.accuracy());
        if (report != null) {
            Map<String, Object> o = new LinkedHashMap<>();
            for (OptimalityReport.Violation v : report.violations()) {
                o.put(
                        v.constraint().name(),
                        Map.of(
                                "max",
                                v.max(),
                                "at",
                                CharacterLabels.index(ch, v),
                                "lossShare",
                                v.lossShare()));
            }
            m.put("optimality", o);
        }
        return m;
    }
}
