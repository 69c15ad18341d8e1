package dev.cogs.nets.analysis;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * How much of a net the docs/cogs-math.md §9 analysis names, at one epoch of a run: the counts
 * behind the matched fraction of {@link RunStatistics}. Recorded along training by {@link
 * StructureTrajectory}, it shows whether the groups a checkpoint leaves unnamed are still
 * converging onto the constructions.
 *
 * <p>This record is immutable.
 *
 * @param epoch the epoch (weights before that epoch's update, i.e. after {@code epoch} steps)
 * @param n4 groups of size 4
 * @param n6 groups of size 6
 * @param factorable groups of size 4 or 6 that factorise (n4 + n6 − nf4 − nf6)
 * @param matched factorable groups named as one of the three constructions
 */
public record StructurePoint(int epoch, int n4, int n6, int factorable, int matched) {

    /**
     * Validates the counts.
     *
     * @param epoch the epoch (weights before that epoch's update, i.e. after {@code epoch} steps)
     * @param n4 groups of size 4
     * @param n6 groups of size 6
     * @param factorable groups of size 4 or 6 that factorise (n4 + n6 − nf4 − nf6)
     * @param matched factorable groups named as one of the three constructions
     * @throws IllegalArgumentException if a count is negative, {@code factorable > n4 + n6} or
     *     {@code matched > factorable}
     */
    public StructurePoint {
        if (epoch < 0
                || n4 < 0
                || n6 < 0
                || factorable < 0
                || matched < 0
                || factorable > n4 + n6
                || matched > factorable) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "inconsistent structure point: epoch=%d n4=%d n6=%d factorable=%d matched=%d (need counts >= 0, "
                                    + "factorable <= n4 + n6, matched <= factorable)",
                            epoch,
                            n4,
                            n6,
                            factorable,
                            matched));
        }
    }

    /**
     * The point of an analysed net.
     *
     * @param epoch the epoch label
     * @param statistics the net's statistics
     * @return the point
     */
    public static StructurePoint of(int epoch, RunStatistics statistics) {
        Objects.requireNonNull(statistics, "statistics");
        return new StructurePoint(
                epoch,
                statistics.n4(),
                statistics.n6(),
                statistics.factorable(),
                statistics.nuIXi() + statistics.nuSyn() + statistics.nuISynAb());
    }

    /**
     * The counts of two nets at the same epoch added, e.g. to pool seeds.
     *
     * @param other a point at the same epoch
     * @return the sums
     * @throws IllegalArgumentException if the epochs differ
     */
    public StructurePoint plus(StructurePoint other) {
        if (other.epoch != epoch) {
            throw new IllegalArgumentException(
                    "cannot add points of epochs " + epoch + " and " + other.epoch);
        }
        return new StructurePoint(
                epoch,
                n4 + other.n4,
                n6 + other.n6,
                factorable + other.factorable,
                matched + other.matched);
    }

    /**
     * Pools trajectories of several runs (e.g. the seeds of one setting): at each epoch recorded in
     * every run, the {@link #plus sums} of the counts. Epochs missing from some run are dropped, so
     * that every pooled point covers the same runs.
     *
     * @param trajectories one list of points per run (each in any order, an epoch at most once per
     *     run)
     * @return epoch → pooled point, sorted by epoch, unmodifiable; empty if there are no lists or
     *     one is empty
     * @throws NullPointerException if the list, a trajectory or a point is null
     * @throws IllegalArgumentException if a run records an epoch twice
     */
    public static NavigableMap<Integer, StructurePoint> pool(
            List<List<StructurePoint>> trajectories) {
        Objects.requireNonNull(trajectories, "trajectories");
        NavigableMap<Integer, StructurePoint> sum = new TreeMap<>();
        Map<Integer, Integer> seen = new TreeMap<>();
        for (List<StructurePoint> t : trajectories) {
            Map<Integer, StructurePoint> once = new TreeMap<>();
            for (StructurePoint p : Objects.requireNonNull(t, "trajectory")) {
                if (once.put(Objects.requireNonNull(p, "point").epoch(), p) != null) {
                    throw new IllegalArgumentException(
                            "a run records epoch " + p.epoch() + " twice");
                }
                sum.merge(p.epoch(), p, StructurePoint::plus);
                seen.merge(p.epoch(), 1, Integer::sum);
            }
        }
        sum.keySet().removeIf(e -> seen.get(e) != trajectories.size());
        return Collections.unmodifiableNavigableMap(sum);
    }

    /**
     * matched / factorable, as {@link RunStatistics#matched()}.
     *
     * @return the fraction, empty when no group factorises
     */
    public OptionalDouble matchedFraction() {
        return factorable == 0
                ? OptionalDouble.empty()
                : OptionalDouble.of((double) matched / factorable);
    }
}
