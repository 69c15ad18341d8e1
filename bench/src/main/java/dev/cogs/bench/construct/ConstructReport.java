package dev.cogs.bench.construct;

import dev.cogs.bench.env.BenchEnvironment;
import java.util.List;

/**
 * Everything {@code cogs bench construct} measured, as printed by {@code --json}
 * (docs/performance.md, Verification at scale). Immutable.
 *
 * @param benchmark "construct"
 * @param environment machine and build
 * @param options what was run
 * @param rows one row per d
 */
public record ConstructReport(
        String benchmark,
        BenchEnvironment environment,
        ConstructionBench.Options options,
        List<Row> rows) {

    /**
     * Copies the list.
     *
     * @param benchmark see the record description
     * @param environment see the record description
     * @param options see the record description
     * @param rows see the record description
     */
    public ConstructReport {
        rows = List.copyOf(rows);
    }

    /**
     * One d.
     *
     * @param timing cogs' median timings and results
     * @param dataSpaceFlops {@code 2·d³·order}: the multiply-adds of the direct evaluation, counted
     *     twice
     * @param dataSpaceGflops {@code dataSpaceFlops / dataSpaceSeconds / 1e9} (NaN if not measured)
     * @param peerSeconds the NumPy peer's data-space time (NaN if it did not run)
     * @param ratio cogs / NumPy data-space time (NaN without the peer)
     */
    public record Row(
            ConstructionBench.Timing timing,
            double dataSpaceFlops,
            double dataSpaceGflops,
            double peerSeconds,
            double ratio) {}
}
