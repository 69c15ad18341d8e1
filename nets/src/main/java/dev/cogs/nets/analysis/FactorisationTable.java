package dev.cogs.nets.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The paper's factorisation table for one setting: every {@link Statistic} as mean ± standard error
 * over the seeds (runs) where it is defined.
 *
 * <p>This record is immutable.
 *
 * @param runs the per-seed statistics
 * @param estimates per statistic, empty if no run defines it
 */
public record FactorisationTable(
        List<RunStatistics> runs, Map<Statistic, Optional<SeedEstimate>> estimates) {

    /**
     * Copies.
     *
     * @param runs the per-seed statistics
     * @param estimates per statistic, empty if no run defines it
     * @throws IllegalArgumentException if a statistic is missing
     */
    public FactorisationTable {
        runs = List.copyOf(runs);
        Map<Statistic, Optional<SeedEstimate>> copy = new EnumMap<>(Statistic.class);
        copy.putAll(estimates);
        if (copy.size() != Statistic.values().length) {
            throw new IllegalArgumentException("estimates must cover every Statistic");
        }
        estimates = Collections.unmodifiableMap(copy);
    }

    /**
     * Aggregates runs (seeds) of one setting.
     *
     * @param runs the per-seed statistics
     * @return the table
     */
    public static FactorisationTable of(List<RunStatistics> runs) {
        Objects.requireNonNull(runs, "runs");
        Map<Statistic, Optional<SeedEstimate>> est = new EnumMap<>(Statistic.class);
        for (Statistic s : Statistic.values()) {
            List<Double> values = new ArrayList<>();
            for (RunStatistics r : runs) {
                OptionalDouble v = s.of(r);
                if (v.isPresent()) {
                    values.add(v.getAsDouble());
                }
            }
            est.put(
                    s,
                    values.isEmpty()
                            ? Optional.empty()
                            : Optional.of(
                                    SeedEstimate.of(
                                            values.stream()
                                                    .mapToDouble(Double::doubleValue)
                                                    .toArray())));
        }
        return new FactorisationTable(runs, est);
    }

    /**
     * The estimate of one statistic.
     *
     * @param statistic the column
     * @return its estimate, empty if no run defines it
     */
    public Optional<SeedEstimate> estimate(Statistic statistic) {
        return estimates.get(statistic);
    }
}
