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
 * @param dgemm the machine's dgemm rate: order, threads, the rate at the start and the fastest of
 *     the run (the reference of every percentage)
 * @param rows one row per d
 */
public record ConstructReport(
        String benchmark,
        BenchEnvironment environment,
        ConstructionBench.Options options,
        Dgemm dgemm,
        List<Row> rows) {

    /**
     * Copies the list.
     *
     * @param benchmark see the record description
     * @param environment see the record description
     * @param options see the record description
     * @param dgemm see the record description
     * @param rows see the record description
     */
    public ConstructReport {
        rows = List.copyOf(rows);
    }

    /**
     * The machine's double-precision limit, timed in the same run: {@code cblas_dgemm} of ND4J's
     * OpenBLAS on {@code size × size} matrices, best of 3, at the start and after each d.
     *
     * @param size matrix order (0: not timed)
     * @param threads OpenBLAS threads
     * @param startGflops the rate at the start
     * @param machineGflops the fastest rate of the run
     */
    public record Dgemm(int size, int threads, double startGflops, double machineGflops) {}

    /**
     * One d.
     *
     * @param timing cogs' median timings and results
     * @param dataSpaceFlops {@code 2·d³·order}: the multiply-adds of the direct evaluation, counted
     *     twice
     * @param blasGflops {@code dataSpaceFlops / blas seconds / 1e9} (NaN if not measured)
     * @param blasPercentOfDgemm {@code 100 · blasGflops / machine dgemm rate}
     * @param javaGflops {@code dataSpaceFlops / java seconds / 1e9} (NaN if not measured)
     * @param javaPercentOfDgemm {@code 100 · javaGflops / machine dgemm rate}
     * @param blasOverSpectral BLAS / spectral data-space time: how much faster the spectral
     *     evaluation is (NaN without either)
     * @param peerSeconds the NumPy peer's data-space time (NaN if it did not run)
     * @param spectralOverPeer spectral / NumPy data-space time (NaN without either)
     * @param blasOverPeer BLAS / NumPy data-space time (NaN without either)
     * @param javaOverPeer Java / NumPy data-space time (NaN without either)
     */
    public record Row(
            ConstructionBench.Timing timing,
            double dataSpaceFlops,
            double blasGflops,
            double blasPercentOfDgemm,
            double javaGflops,
            double javaPercentOfDgemm,
            double blasOverSpectral,
            double peerSeconds,
            double spectralOverPeer,
            double blasOverPeer,
            double javaOverPeer) {}
}
