package dev.cogs.cli.report;

import dev.cogs.algebra.Complex;
import dev.cogs.nets.analysis.Factorisation;
import dev.cogs.nets.analysis.FactorisationTable;
import dev.cogs.nets.analysis.GroupAnalysis;
import dev.cogs.nets.analysis.NetAnalysis;
import dev.cogs.nets.analysis.OrderHistogram;
import dev.cogs.nets.analysis.RunStatistics;
import dev.cogs.nets.analysis.SeedEstimate;
import dev.cogs.nets.analysis.Statistic;
import dev.cogs.nets.analysis.StructurePoint;
import dev.cogs.nets.run.TrainingConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Text and JSON-ready views of analyses: console tables, the order histogram, and maps for Jackson.
 * The pooling over seeds itself is library code ({@link OrderHistogram}, {@link
 * StructurePoint#pool(List)}, {@link FactorisationTable}); this class only formats.
 */
public final class Summaries {

    private Summaries() {}

    /**
     * The runs of one setting (same d and hyper-parameters, several seeds).
     *
     * @param config the first run's configuration (seed aside, all runs share it)
     * @param runs the runs
     */
    public record Setting(TrainingConfig config, List<CompletedRun> runs) {
        /**
         * Copies the list.
         *
         * @param config the config
         * @param runs the runs
         */
        public Setting {
            runs = List.copyOf(runs);
        }

        /**
         * The factorisation table over the seeds.
         *
         * @return mean ± s.e.m. of every statistic
         */
        public FactorisationTable table() {
            return FactorisationTable.of(
                    runs.stream().map(r -> r.analysis().statistics()).toList());
        }

        /**
         * The pooled histogram of per-frequency orders.
         *
         * @return order → number of (seed, frequency) pairs
         */
        public OrderHistogram orderHistogram() {
            return OrderHistogram.of(runs.stream().map(CompletedRun::analysis).toList());
        }

        /**
         * The analysis counts along training, pooled over the seeds: at each epoch recorded in
         * every run, the sums of n4, n6, factorable and matched groups.
         *
         * @return epoch → pooled point, sorted by epoch; empty if a run has no recorded points
         */
        public NavigableMap<Integer, StructurePoint> pooledStructure() {
            return StructurePoint.pool(runs.stream().map(r -> r.record().structure()).toList());
        }
    }

    /**
     * One line of the pooled matched fraction along training, at most about ten epochs: multiples
     * of a step of about a tenth of the run, plus the analysed checkpoint and the last epoch.
     *
     * @param pooled the pooled points ({@link Setting#pooledStructure()})
     * @param checkpoint the analysed epoch
     * @return e.g. {@code "epoch 1000: 40.0%, 2000: 71.4%, ..."}, or empty text if there are no
     *     points
     */
    public static String structureText(
            NavigableMap<Integer, StructurePoint> pooled, int checkpoint) {
        if (pooled.isEmpty()) {
            return "";
        }
        int last = pooled.lastKey();
        int step =
                Math.max(
                        Reproduction.STRUCTURE_EVERY,
                        (last / 10 + Reproduction.STRUCTURE_EVERY - 1)
                                / Reproduction.STRUCTURE_EVERY
                                * Reproduction.STRUCTURE_EVERY);
        StringBuilder b = new StringBuilder("epoch");
        String sep = " ";
        for (StructurePoint p : pooled.values()) {
            int e = p.epoch();
            if (e == 0 || (e % step != 0 && e != checkpoint && e != last)) {
                continue;
            }
            b.append(sep)
                    .append(e)
                    .append(": ")
                    .append(
                            p.matchedFraction().isPresent()
                                    ? String.format(
                                            Locale.ROOT,
                                            "%.1f%%",
                                            100 * p.matchedFraction().getAsDouble())
                                    : "-");
            sep = ", ";
        }
        return b.toString();
    }

    /**
     * Groups runs by configuration without the seed, in first-appearance order.
     *
     * @param runs the runs
     * @return one setting per distinct configuration
     */
    public static List<Setting> settings(List<CompletedRun> runs) {
        Map<TrainingConfig, List<CompletedRun>> by = new LinkedHashMap<>();
        for (CompletedRun r : runs) {
            by.computeIfAbsent(r.record().config().withSeed(0), k -> new ArrayList<>()).add(r);
        }
        return by.values().stream().map(l -> new Setting(l.get(0).record().config(), l)).toList();
    }

    /**
     * The histogram as text with bars.
     *
     * @param h the pooled orders
     * @return lines "order count share bar"
     */
    public static String histogramText(OrderHistogram h) {
        StringBuilder sb = new StringBuilder("  order  count  share\n");
        for (var e : h.counts().entrySet()) {
            double share = h.share(e.getKey());
            sb.append(
                    String.format(
                            Locale.ROOT,
                            "  %5d  %5d  %5.1f%%  %s%n",
                            e.getKey(),
                            e.getValue(),
                            100 * share,
                            "#".repeat((int) Math.round(40 * share))));
        }
        return sb.toString();
    }

    /**
     * Formats an estimate in the paper's units.
     *
     * @param s the statistic
     * @param e the estimate
     * @return e.g. {@code "95.2 ± 1.3"} or {@code "n/a"}
     */
    public static String format(Statistic s, Optional<SeedEstimate> e) {
        boolean err = s == Statistic.ERR_4 || s == Statistic.ERR_6;
        return e.map(x -> x.format(s.percent() ? 100 : 1, s.percent() && !err ? 1 : 2))
                .orElse("n/a");
    }

    /**
     * The factorisation table as text (one statistic per line).
     *
     * @param t the table
     * @return the text
     */
    public static String tableText(FactorisationTable t) {
        StringBuilder sb = new StringBuilder();
        int seeds = t.runs().size();
        double n4 = t.runs().stream().mapToInt(RunStatistics::n4).average().orElse(0);
        double n6 = t.runs().stream().mapToInt(RunStatistics::n6).average().orElse(0);
        sb.append(
                String.format(
                        Locale.ROOT,
                        "  groups per run: n4 = %.1f, n6 = %.1f (mean over %d seed%s)%n",
                        n4,
                        n6,
                        seeds,
                        seeds == 1 ? "" : "s"));
        sb.append(
                String.format(
                        Locale.ROOT,
                        "  %-14s %-18s %s%n",
                        "statistic",
                        "mean ± s.e.m.",
                        "meaning"));
        for (Statistic s : Statistic.values()) {
            sb.append(
                    String.format(
                            Locale.ROOT,
                            "  %-14s %-18s %s%n",
                            s.label(),
                            format(s, t.estimate(s)),
                            meaning(s)));
        }
        return sb.toString();
    }

    static String meaning(Statistic s) {
        switch (s) {
            case SOL_4_4CXI:
                return "% z_{nu=i}*z_xi (order 4)";
            case SOL_6_NUSYN:
                return "% z_nu*z_syn (order 6)";
            case SOL_6_4CSYNAB:
                return "% z_{nu=i}*z_{syn,ab} (order 6)";
            case SOL_OTHERS:
                return "% other factorable groups";
            case NONFACT_4:
                return "% non-factorable among order-4 groups";
            case NONFACT_6:
                return "% non-factorable among order-6 groups";
            case ERR_4:
                return "mean factorisation residual, order 4 (x100)";
            case ERR_6:
                return "mean factorisation residual, order 6 (x100)";
            case NON_46:
                return "frequencies whose group is neither 4 nor 6";
            default:
                return "% of factorable groups matching the constructions";
        }
    }

    /**
     * One analysis as text: orders, groups with kinds and parameters, statistics.
     *
     * @param a the analysis
     * @return the text
     */
    public static String analysisText(NetAnalysis a) {
        StringBuilder sb = new StringBuilder();
        sb.append(
                String.format(
                        Locale.ROOT,
                        "d = %d, q = %d nodes, %d active (|A_k| > %.2f), %d at k = 0%n",
                        a.d(),
                        a.order(),
                        a.activeNodes(),
                        a.options().activity(),
                        a.constantNodes()));
        sb.append("per-frequency order (k = 1..")
                .append(a.frequencyOrders().size())
                .append("): ")
                .append(
                        a.frequencyOrders().stream()
                                .map(String::valueOf)
                                .collect(Collectors.joining(" ")))
                .append('\n');
        sb.append("groups:\n");
        for (GroupAnalysis g : a.groups()) {
            sb.append(
                    String.format(
                            Locale.ROOT,
                            "  k=%-3d size %-2d %-20s",
                            g.frequency(),
                            g.size(),
                            g.kind().label()));
            if (g.factorisation().isPresent()) {
                Factorisation f = g.factorisation().get();
                sb.append(
                        String.format(
                                Locale.ROOT,
                                " err %.4f  types (%s, %s)",
                                f.err(),
                                f.types().get(0).label(),
                                f.types().get(1).label()));
            }
            g.xi().ifPresent(x -> sb.append("  xi = ").append(complex(x)));
            g.nu().ifPresent(x -> sb.append("  nu = ").append(complex(x)));
            g.alpha().ifPresent(x -> sb.append("  alpha = ").append(complex(x)));
            g.beta().ifPresent(x -> sb.append("  beta = ").append(complex(x)));
            sb.append('\n');
        }
        RunStatistics s = a.statistics();
        sb.append(
                String.format(
                        Locale.ROOT,
                        "statistics: n4 = %d, n6 = %d, nf4 = %d, nf6 = %d, 0_non_46 = %d%n",
                        s.n4(),
                        s.n6(),
                        s.nf4(),
                        s.nf6(),
                        s.non46()));
        for (Statistic st : Statistic.values()) {
            if (st == Statistic.NON_46) {
                continue;
            }
            OptionalDouble v = st.of(s);
            sb.append(
                    String.format(
                            Locale.ROOT,
                            "  %-14s %s%n",
                            st.label(),
                            v.isPresent()
                                    ? String.format(Locale.ROOT, "%.1f", 100 * v.getAsDouble())
                                    : "n/a"));
        }
        return sb.toString();
    }

    /**
     * A complex number as text with modulus and argument in degrees.
     *
     * @param z the number
     * @return e.g. {@code "0.707+0.707i (|.| 1.000, arg 45.0°)"}
     */
    public static String complex(Complex z) {
        return String.format(
                Locale.ROOT,
                "%.3f%+.3fi (|.| %.3f, arg %.1f deg)",
                z.re(),
                z.im(),
                z.abs(),
                Math.toDegrees(z.arg()));
    }

    /**
     * One analysis as a JSON-ready map.
     *
     * @param a the analysis
     * @return nested maps and lists
     */
    public static Map<String, Object> analysisMap(NetAnalysis a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("d", a.d());
        m.put("q", a.order());
        m.put("activeNodes", a.activeNodes());
        m.put("constantNodes", a.constantNodes());
        m.put("frequencyOrders", a.frequencyOrders());
        List<Map<String, Object>> groups = new ArrayList<>();
        for (GroupAnalysis g : a.groups()) {
            Map<String, Object> gm = new LinkedHashMap<>();
            gm.put("k", g.frequency());
            gm.put("size", g.size());
            gm.put("kind", g.kind().label());
            gm.put("nodes", g.nodes());
            g.factorisation()
                    .ifPresent(
                            f -> {
                                gm.put("err", Double.isFinite(f.err()) ? f.err() : null);
                                gm.put("factorable", f.factorable());
                                gm.put("types", f.types().stream().map(t -> t.label()).toList());
                            });
            g.xi().ifPresent(x -> gm.put("xi", complexMap(x)));
            g.nu().ifPresent(x -> gm.put("nu", complexMap(x)));
            g.alpha().ifPresent(x -> gm.put("alpha", complexMap(x)));
            g.beta().ifPresent(x -> gm.put("beta", complexMap(x)));
            groups.add(gm);
        }
        m.put("groups", groups);
        m.put("statistics", statisticsMap(a.statistics()));
        return m;
    }

    /**
     * Per-run statistics as a JSON-ready map (fractions, not ×100; undefined values as null).
     *
     * @param s the statistics
     * @return the map
     */
    public static Map<String, Object> statisticsMap(RunStatistics s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n4", s.n4());
        m.put("n6", s.n6());
        m.put("nf4", s.nf4());
        m.put("nf6", s.nf6());
        for (Statistic st : Statistic.values()) {
            OptionalDouble v = st.of(s);
            m.put(st.label(), v.isPresent() ? v.getAsDouble() : null);
        }
        return m;
    }

    /**
     * A factorisation table as a JSON-ready map.
     *
     * @param t the table
     * @return statistic → {mean, sem, seeds} (fractions, not ×100)
     */
    public static Map<String, Object> tableMap(FactorisationTable t) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Statistic s : Statistic.values()) {
            m.put(
                    s.label(),
                    t.estimate(s)
                            .map(
                                    e -> {
                                        Map<String, Object> x = new LinkedHashMap<>();
                                        x.put("mean", e.mean());
                                        x.put(
                                                "sem",
                                                e.standardError().isPresent()
                                                        ? e.standardError().getAsDouble()
                                                        : null);
                                        x.put("seeds", e.seeds());
                                        return (Object) x;
                                    })
                            .orElse(null));
        }
        return m;
    }

    static Map<String, Object> complexMap(Complex z) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("re", z.re());
        m.put("im", z.im());
        m.put("abs", z.abs());
        m.put("argDegrees", Math.toDegrees(z.arg()));
        return m;
    }
}
