package dev.cogs.cli.sweep;

import dev.cogs.algebra.group.CharacterGroup;
import dev.cogs.cli.groups.GroupRun;
import dev.cogs.cli.groups.GroupSummaries;
import dev.cogs.cli.report.CompletedRun;
import dev.cogs.nets.analysis.AbelianAnalysis;
import dev.cogs.nets.analysis.RunStatistics;
import dev.cogs.nets.analysis.Statistic;
import dev.cogs.nets.run.EvaluationPoint;
import dev.cogs.nets.run.TrainingConfig;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One run of a sweep as a small serialisable record: what a worker returns to the driver and what
 * {@code sweep.json} lists (docs/sweeps.md §5). A finished run carries its final metrics, the
 * per-frequency orders, the factorisation statistics and the matched fraction of its analysed
 * checkpoint; a failed run carries its message. A run on a group other than Z_d (d odd) carries the
 * analysis of docs/cogs-math.md §14.7 instead (docs/sweeps.md §5.1): for an abelian group the
 * per-character orders and statistics over the character pairs of Ĝ, for any group the irrep usage,
 * in {@link #groupAnalysis()}. Immutable.
 *
 * <p>Serialised with Java serialisation only between the processes of one sweep (driver and
 * workers), never stored.
 *
 * @serial exclude
 * @param key the cache key ({@link TrainingConfig#key()})
 * @param engine the numerical engine's key ({@link TrainingConfig#engine()})
 * @param settings the run's settings
 * @param status {@code ok}, {@code failed} or {@code stopped}
 * @param message the failure message; empty unless failed
 * @param fromCache whether the run was found in the cache rather than trained by this invocation
 * @param seconds the training wall time (0 unless ok)
 * @param diverged whether training produced a non-finite loss
 * @param trainLoss final training loss (NaN unless ok)
 * @param testLoss final test loss (NaN unless ok)
 * @param trainAccuracy final training accuracy (NaN unless ok)
 * @param testAccuracy final test accuracy (NaN unless ok)
 * @param frequencyOrders order_k for k = 1..(d−1)/2 at the analysed epoch (empty unless ok)
 * @param statistics n4, n6, nf4, nf6 and every {@link Statistic} by label, as fractions (a value is
 *     null where undefined; empty unless ok, and for non-abelian groups)
 * @param group the group's name ({@code Z23} for d = 23)
 * @param groupAnalysis empty for a run over Z_d (d odd); for any other group, as {@code cogs
 *     reproduce --group}'s {@code summary.json}: {@code abelian}, {@code fullTableLoss}, {@code
 *     fullTableAccuracy}, {@code characters} (abelian: the character pairs with their orders, kinds
 *     and factorisations, the order histogram and statistics) and {@code irreps} (the irrep usage);
 *     empty unless ok
 */
public record RunSummary(
        String key,
        String engine,
        RunSettings settings,
        String status,
        String message,
        boolean fromCache,
        double seconds,
        boolean diverged,
        double trainLoss,
        double testLoss,
        double trainAccuracy,
        double testAccuracy,
        List<Integer> frequencyOrders,
        Map<String, Double> statistics,
        String group,
        Map<String, Object> groupAnalysis)
        implements Serializable {

    private static final long serialVersionUID = 2L;

    /** Status of a finished run. */
    public static final String OK = "ok";

    /** Status of a run that threw. */
    public static final String FAILED = "failed";

    /** Status of a run stopped on request (not saved). */
    public static final String STOPPED = "stopped";

    /**
     * Copies the collections.
     *
     * @param key the key
     * @param engine the engine
     * @param settings the settings
     * @param status the status
     * @param message the message
     * @param fromCache the fromCache
     * @param seconds the seconds
     * @param diverged the diverged
     * @param trainLoss the trainLoss
     * @param testLoss the testLoss
     * @param trainAccuracy the trainAccuracy
     * @param testAccuracy the testAccuracy
     * @param frequencyOrders the frequencyOrders
     * @param statistics the statistics
     * @param group the group
     * @param groupAnalysis the group analysis
     */
    public RunSummary {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(status, "status");
        message = message == null ? "" : message;
        frequencyOrders = List.copyOf(frequencyOrders);
        statistics = Collections.unmodifiableMap(new LinkedHashMap<>(statistics));
        Objects.requireNonNull(group, "group");
        groupAnalysis = Collections.unmodifiableMap(new LinkedHashMap<>(groupAnalysis));
    }

    /**
     * The summary of a finished run.
     *
     * @param r the run
     * @return its summary
     */
    public static RunSummary of(CompletedRun r) {
        TrainingConfig c = r.record().config();
        EvaluationPoint last = r.record().last();
        return new RunSummary(
                c.key(),
                TrainingConfig.engine(),
                RunSettings.of(c),
                OK,
                "",
                r.fromCache(),
                r.record().nanos() / 1e9,
                r.record().diverged(),
                last.trainLoss(),
                last.testLoss(),
                last.trainAccuracy(),
                last.testAccuracy(),
                new ArrayList<>(r.analysis().frequencyOrders()),
                statistics(r.analysis().statistics()),
                c.group().name(),
                Map.of());
    }

    /**
     * The summary of a finished run on a group (the group path of docs/cogs-math.md §14.8): the
     * per-character orders and statistics for an abelian group, and the analysis of {@link
     * #groupAnalysis()}.
     *
     * @param r the run
     * @return its summary
     */
    public static RunSummary of(GroupRun r) {
        TrainingConfig c = r.config();
        EvaluationPoint last = r.last();
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("abelian", c.group().isAbelian());
        g.put("fullTableLoss", r.full().loss());
        g.put("fullTableAccuracy", r.full().accuracy());
        List<Integer> orders = List.of();
        Map<String, Double> st = Map.of();
        if (r.abelian().isPresent()) {
            AbelianAnalysis a = r.abelian().get();
            orders = a.frequencyOrders();
            st = statistics(a.statistics());
            g.put("characters", GroupSummaries.abelianMap(a, CharacterGroup.of(c.group())));
        }
        g.put("irreps", GroupSummaries.irrepMap(r.irreps()));
        return new RunSummary(
                c.key(),
                TrainingConfig.engine(),
                RunSettings.of(c),
                OK,
                "",
                r.fromCache(),
                r.nanos() / 1e9,
                r.diverged(),
                last.trainLoss(),
                last.testLoss(),
                last.trainAccuracy(),
                last.testAccuracy(),
                new ArrayList<>(orders),
                st,
                c.group().name(),
                plain(g));
    }

    private static Map<String, Double> statistics(RunStatistics s) {
        Map<String, Double> st = new LinkedHashMap<>();
        st.put("n4", (double) s.n4());
        st.put("n6", (double) s.n6());
        st.put("nf4", (double) s.nf4());
        st.put("nf6", (double) s.nf6());
        for (Statistic x : Statistic.values()) {
            OptionalDouble v = x.of(s);
            st.put(x.label(), v.isPresent() ? v.getAsDouble() : null);
        }
        return st;
    }

    /**
     * A deep copy into {@link LinkedHashMap}, {@link ArrayList}, strings, numbers and booleans, so
     * that the summary serialises and compares by value whatever collections the maps were built
     * from.
     */
    @SuppressWarnings("unchecked")
    private static <T> T plain(T x) {
        if (x instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return (T) out;
        }
        if (x instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(plain(v)));
            return (T) out;
        }
        return x;
    }

    /**
     * The summary of a run that did not finish.
     *
     * @param c the run
     * @param status {@link #FAILED} or {@link #STOPPED}
     * @param message what happened
     * @return its summary
     */
    public static RunSummary unfinished(TrainingConfig c, String status, String message) {
        return new RunSummary(
                c.key(),
                TrainingConfig.engine(),
                RunSettings.of(c),
                status,
                message,
                false,
                0,
                false,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                List.of(),
                Map.of(),
                c.group().name(),
                Map.of());
    }

    /**
     * Whether the run finished.
     *
     * @return {@code status == ok}
     */
    public boolean ok() {
        return OK.equals(status);
    }

    /**
     * The fraction of factorable groups matching the constructions.
     *
     * @return the {@link Statistic#MATCHED} value, or NaN if undefined or unfinished
     */
    public double matched() {
        Double m = statistics.get(Statistic.MATCHED.label());
        return m == null ? Double.NaN : m;
    }
}
