package dev.cogs.cli.report;

import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.nets.analysis.NetAnalysis;
import java.util.Objects;

/**
 * A finished run: its record, the analysed checkpoint weights and their analysis.
 *
 * @param record the cached record
 * @param checkpoint the analysed weights (checkpoint epoch)
 * @param analysis the docs/cogs-math.md §9 analysis of the checkpoint
 * @param fromCache whether the run was loaded from the cache rather than trained now
 */
public record CompletedRun(
        RunRecord record, RealWeights checkpoint, NetAnalysis analysis, boolean fromCache) {

    /**
     * Checks for nulls.
     *
     * @throws NullPointerException if an argument is null
     * @param record the record
     * @param checkpoint the checkpoint
     * @param analysis the analysis
     * @param fromCache the fromCache
     */
    public CompletedRun {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(analysis, "analysis");
    }
}
