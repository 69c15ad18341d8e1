package dev.cogs.algebra.group;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Isomorphism invariants of a finite group: two isomorphic groups have equal summaries (the
 * converse fails in general, for example for some groups of order 16 and higher).
 *
 * <p>Obtained from {@link FiniteGroup#summary()}. Relabelling the elements of a group (any
 * bijection of the carrier, carried through the table) does not change its summary. This record is
 * immutable: the map and list are copied into unmodifiable collections.
 *
 * @param order the order \(|G|\), {@code >= 1}
 * @param abelian whether \(G\) is abelian
 * @param elementOrders the element-order histogram: element order ↦ number of elements of that
 *     order; the keys divide {@code order} and the counts sum to {@code order}
 * @param classSizes the conjugacy class sizes, sorted ascending; each divides {@code order} and
 *     they sum to it
 * @param classCount the number of conjugacy classes, {@code classSizes.size()}
 */
public record GroupSummary(
        int order,
        boolean abelian,
        SortedMap<Integer, Integer> elementOrders,
        List<Integer> classSizes,
        int classCount) {

    /**
     * Validates and copies.
     *
     * @param order the order
     * @param abelian whether abelian
     * @param elementOrders the element-order histogram
     * @param classSizes the class sizes, ascending
     * @param classCount the number of classes
     * @throws IllegalArgumentException if {@code order < 1}, the histogram or class sizes do not
     *     sum to the order, a key, count or size is not positive or does not divide the order, the
     *     sizes are not sorted, there is not exactly one element of order 1 or the smallest class
     *     size is not 1, {@code classCount != classSizes.size()}, or {@code abelian} disagrees with
     *     the class count
     * @throws NullPointerException if a collection or an entry is null
     */
    public GroupSummary {
        Objects.requireNonNull(elementOrders, "elementOrders");
        Objects.requireNonNull(classSizes, "classSizes");
        if (order < 1) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "order (%d) must be >= 1", order));
        }
        long total = 0;
        for (Map.Entry<Integer, Integer> e : elementOrders.entrySet()) {
            int k = Objects.requireNonNull(e.getKey(), "element order");
            int c = Objects.requireNonNull(e.getValue(), "count");
            if (k < 1 || order % k != 0 || c < 1) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "elementOrders entry %d -> %d: the order must divide %d and the count be >= 1",
                                k,
                                c,
                                order));
            }
            total += c;
        }
        if (total != order) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "elementOrders counts sum to %d, must be the order %d",
                            total,
                            order));
        }
        if (!Integer.valueOf(1).equals(elementOrders.get(1))) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "elementOrders must have exactly one element of order 1 (the identity), not %s",
                            elementOrders.get(1)));
        }
        List<Integer> sizes = new ArrayList<>(classSizes);
        total = 0;
        for (int i = 0; i < sizes.size(); i++) {
            int s = Objects.requireNonNull(sizes.get(i), "class size");
            if (s < 1 || order % s != 0) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "classSizes[%d] (%d) must be >= 1 and divide the order %d",
                                i,
                                s,
                                order));
            }
            if (i > 0 && s < sizes.get(i - 1)) {
                throw new IllegalArgumentException("classSizes must be sorted ascending: " + sizes);
            }
            total += s;
        }
        if (total != order) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "classSizes sum to %d, must be the order %d",
                            total,
                            order));
        }
        if (sizes.get(0) != 1) {
            throw new IllegalArgumentException(
                    "classSizes must start with 1 (the class of the identity): " + sizes);
        }
        if (classCount != sizes.size()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "classCount (%d) must be classSizes.size() (%d)",
                            classCount,
                            sizes.size()));
        }
        if (abelian != (classCount == order)) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "abelian (%b) contradicts %d classes for order %d",
                            abelian,
                            classCount,
                            order));
        }
        elementOrders = Collections.unmodifiableSortedMap(new TreeMap<>(elementOrders));
        classSizes = List.copyOf(sizes);
    }
}
