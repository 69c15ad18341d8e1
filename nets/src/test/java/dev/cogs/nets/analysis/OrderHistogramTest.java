package dev.cogs.nets.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.weights.Constructions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class OrderHistogramTest {

    /**
     * z_{F4/6} at d = 23 (docs/cogs-math.md §6.3): order 6 at k0 = 1, order 4 at the other ten
     * frequencies.
     */
    private static NetAnalysis f46() {
        return NetAnalysis.of(
                Constructions.f46(
                        23,
                        Complex.of(Math.cos(0.7), Math.sin(0.7)),
                        Complex.of(Math.cos(0.3), Math.sin(0.3)),
                        1));
    }

    /** z_{F6} at d = 23 (docs/cogs-math.md §6.1): order 6 at all eleven frequencies. */
    private static NetAnalysis f6() {
        return NetAnalysis.of(Constructions.f6(23, Complex.of(Math.cos(0.7), Math.sin(0.7))));
    }

    @Test
    void poolsTheOrdersOfTheConstructions() {
        // docs/cogs-math.md §6.1, §6.3: two z_{F4/6} give 2 × (ten 4s + one 6); z_{F6} adds eleven
        // 6s.
        OrderHistogram h = OrderHistogram.of(List.of(f46(), f46(), f6()));
        assertEquals(Map.of(4, 20, 6, 13), h.counts());
        assertEquals(List.of(4, 6), List.copyOf(h.counts().keySet()));
        assertEquals(33, h.total());
        assertEquals(20.0 / 33, h.share(4), 0.0);
        assertEquals(0.0, h.share(5), 0.0);
        OrderHistogram empty = OrderHistogram.of(List.of());
        assertEquals(0, empty.total());
        assertEquals(0.0, empty.share(4), 0.0);
    }

    @Test
    void countsAreCopiedAndValidated() {
        TreeMap<Integer, Integer> m = new TreeMap<>(Map.of(4, 3));
        OrderHistogram h = new OrderHistogram(m);
        m.put(6, 1);
        assertEquals(Map.of(4, 3), h.counts());
        assertThrows(UnsupportedOperationException.class, () -> h.counts().put(5, 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> new OrderHistogram(new TreeMap<>(Map.of(4, 0))));
        assertThrows(
                IllegalArgumentException.class,
                () -> new OrderHistogram(new TreeMap<>(Map.of(-1, 2))));
    }

    @Test
    void sharesSumToOneAndTotalCountsEveryPair() {
        // Independent counting: the histogram of a random multiset of orders, built entry by entry.
        qt().withExamples(200)
                .forAll(lists().of(integers().between(0, 12)).ofSizeBetween(1, 60))
                .check(
                        orders -> {
                            TreeMap<Integer, Integer> m = new TreeMap<>();
                            for (int o : orders) {
                                m.put(o, m.getOrDefault(o, 0) + 1);
                            }
                            OrderHistogram h = new OrderHistogram(m);
                            double sum = 0;
                            for (int o : h.counts().keySet()) {
                                sum += h.share(o);
                            }
                            return h.total() == orders.size() && Math.abs(sum - 1) <= 1e-12;
                        });
    }
}
