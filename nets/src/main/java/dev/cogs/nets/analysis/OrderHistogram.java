package dev.cogs.nets.analysis;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The pooled histogram of per-frequency orders (docs/cogs-math.md §9, the paper's Fig. 4): over a
 * set of nets, how many (net, frequency) pairs have each order {@code order_k = #{j : |A_kj| >
 * 0.05}}, k = 1..(d−1)/2.
 *
 * <p>This record is immutable; {@link #counts()} is an unmodifiable sorted copy holding only the
 * orders that occur.
 *
 * @param counts order → number of (net, frequency) pairs with that order, sorted by order
 */
public record OrderHistogram(SortedMap<Integer, Integer> counts) {

    /**
     * Copies and validates the counts.
     *
     * @param counts order → number of (net, frequency) pairs with that order, sorted by order
     * @throws NullPointerException if {@code counts}, a key or a value is null
     * @throws IllegalArgumentException if an order is negative or a count is not positive
     */
    public OrderHistogram {
        Objects.requireNonNull(counts, "counts");
        SortedMap<Integer, Integer> copy = new TreeMap<>();
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            int order = Objects.requireNonNull(e.getKey(), "order");
            int count = Objects.requireNonNull(e.getValue(), "count");
            if (order < 0 || count < 1) {
                throw new IllegalArgumentException(
                        "order "
                                + order
                                + " has count "
                                + count
                                + "; orders must be >= 0 and counts >= 1");
            }
            copy.put(order, count);
        }
        counts = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * Pools the per-frequency orders of several analyses (e.g. the seeds of one setting).
     *
     * @param analyses the analyses
     * @return order → count over every analysis and frequency; empty if there are no frequencies
     * @throws NullPointerException if the list or an element is null
     */
    public static OrderHistogram of(List<NetAnalysis> analyses) {
        Objects.requireNonNull(analyses, "analyses");
        SortedMap<Integer, Integer> h = new TreeMap<>();
        for (NetAnalysis a : analyses) {
            for (int o : Objects.requireNonNull(a, "analysis").frequencyOrders()) {
                h.merge(o, 1, Integer::sum);
            }
        }
        return new OrderHistogram(h);
    }

    /**
     * The number of pooled (net, frequency) pairs.
     *
     * @return the sum of the counts
     */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The fraction of pooled pairs with a given order.
     *
     * @param order the order
     * @return count / {@link #total()}, 0 if the order does not occur or the histogram is empty
     */
    public double share(int order) {
        int total = total();
        return total == 0 ? 0 : (double) counts.getOrDefault(order, 0) / total;
    }
}
