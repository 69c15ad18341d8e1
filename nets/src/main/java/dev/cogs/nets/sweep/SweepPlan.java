package dev.cogs.nets.sweep;

import dev.cogs.algebra.group.FiniteGroup;
import dev.cogs.nets.run.TrainingConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The runs of a sweep in a stable order (docs/sweeps.md §2): the group (d) outermost, then q, wd,
 * lr, and the seed innermost, so that the runs of one cell are adjacent. Each run is a {@link
 * TrainingConfig} whose {@link TrainingConfig#key()} (which names the numerical engine) is its
 * cache key, the same key that {@code cogs reproduce} uses for the same settings.
 *
 * <p>A plan may be one shard of the full plan: shard {@code i} of {@code n} holds the runs whose
 * 0-based index {@code j} in the full plan has {@code j mod n = i − 1} (round robin, so that the
 * shards get runs of every size). The shards of one {@code n} partition the full plan. The record
 * is immutable.
 *
 * @param spec the sweep
 * @param runs the runs of this plan (the whole grid, or one shard of it)
 * @param shard the 1-based shard index, in {@code [1, shards]}
 * @param shards the number of shards, {@code >= 1}; 1 for the full plan
 */
public record SweepPlan(SweepSpec spec, List<TrainingConfig> runs, int shard, int shards) {

    /**
     * Validates.
     *
     * @param spec the sweep
     * @param runs the runs
     * @param shard shard index
     * @param shards number of shards
     * @throws IllegalArgumentException if the shard is outside {@code 1..shards}
     * @throws NullPointerException if an argument is null
     */
    public SweepPlan {
        Objects.requireNonNull(spec, "spec");
        runs = List.copyOf(runs);
        if (shards < 1 || shard < 1 || shard > shards) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT, "shard %d/%d must satisfy 1 <= i <= n", shard, shards));
        }
    }

    /**
     * The full plan of a sweep.
     *
     * @param spec the sweep
     * @return all {@link SweepSpec#size()} runs in the stable order
     */
    public static SweepPlan of(SweepSpec spec) {
        Objects.requireNonNull(spec, "spec");
        List<TrainingConfig> runs = new ArrayList<>(spec.size());
        for (FiniteGroup g : spec.groups()) {
            for (int q : spec.q()) {
                for (double wd : spec.weightDecay()) {
                    for (double lr : spec.learningRate()) {
                        for (long seed : spec.seeds()) {
                            runs.add(config(spec, g, q, wd, lr, seed));
                        }
                    }
                }
            }
        }
        return new SweepPlan(spec, runs, 1, 1);
    }

    /**
     * One run's configuration: {@code base} with the given axis values, the spec's epochs and
     * checkpoint, on the composition table of {@code g} (over Z_d the configuration equals {@code
     * withD(d)}'s: the same group, hence the same key).
     */
    private static TrainingConfig config(
            SweepSpec spec, FiniteGroup g, int q, double wd, double lr, long seed) {
        return spec.base()
                .withGroup(g)
                .withQ(q)
                .withWeightDecay(wd)
                .withLearningRate(lr)
                .withEpochs(spec.epochs())
                .withCheckpointEpoch(spec.checkpointEpoch())
                .withSeed(seed);
    }

    /**
     * Shard {@code i} of {@code n} of this (full) plan.
     *
     * @param i the 1-based shard index
     * @param n the number of shards
     * @return the runs with 0-based index {@code j ≡ i − 1 (mod n)}, in the plan's order
     * @throws IllegalArgumentException if {@code n < 1} or {@code i} is outside {@code 1..n}
     * @throws IllegalStateException if this plan is itself a shard
     */
    public SweepPlan shard(int i, int n) {
        if (n < 1 || i < 1 || i > n) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "shard %d/%d must satisfy 1 <= i <= n", i, n));
        }
        if (shards != 1) {
            throw new IllegalStateException(
                    "shard " + shard + "/" + shards + " cannot be sharded again");
        }
        List<TrainingConfig> mine = new ArrayList<>();
        for (int j = i - 1; j < runs.size(); j += n) {
            mine.add(runs.get(j));
        }
        return new SweepPlan(spec, mine, i, n);
    }

    /**
     * The full plan this plan is a shard of (itself if it is the full plan).
     *
     * @return the full plan
     */
    public SweepPlan full() {
        return shards == 1 ? this : of(spec);
    }

    /**
     * The cache keys of the runs, in order.
     *
     * @return {@link TrainingConfig#key()} of every run
     */
    public List<String> keys() {
        return runs.stream().map(TrainingConfig::key).toList();
    }

    /**
     * The runs of one cell (group, q, wd, lr), in seed order.
     *
     * @param cell any run of the cell (its seed is ignored)
     * @return the runs of this plan with the same settings but the seed
     */
    public List<TrainingConfig> cell(TrainingConfig cell) {
        TrainingConfig c = cell.withSeed(0);
        return runs.stream().filter(r -> r.withSeed(0).equals(c)).toList();
    }
}
