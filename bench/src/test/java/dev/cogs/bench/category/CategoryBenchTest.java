package dev.cogs.bench.category;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryBenchTest {

    /**
     * One repetition of the whole workload: the brute-force peer (NatOracle from the category
     * test-jar) runs where its space is small and {@code run} throws if it disagrees with the
     * search.
     */
    @Test
    void workloadRunsAndTheBruteForcePeerAgrees() {
        List<CategoryBench.Row> rows = CategoryBench.run(7, 1, 100_000);
        assertEquals(5 * 7, rows.size());
        assertTrue(rows.stream().anyMatch(r -> r.bruteMillis() >= 0), "the peer ran at least once");
        assertTrue(CategoryBench.table(rows).contains("slowest operation"));
    }
}
