package dev.cogs.nets.analysis;

import dev.cogs.algebra.weights.FourierNet;
import dev.cogs.algebra.weights.RealWeights;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * A whole training run analysed as a trajectory: every checkpoint goes through the
 * docs/cogs-math.md §9 pipeline ({@link StructurePoint}), the Fig. 3 sum potentials ({@link
 * PotentialPoint}) and the progress measures of docs/cogs-math.md §13 ({@link ProgressPoint}), and
 * one checkpoint (by default the last) is kept with its full {@link NetAnalysis}. This is how runs
 * trained elsewhere (PyTorch checkpoints, or cogs runs saved as checkpoint files) get the same
 * report as the runs {@code cogs reproduce} trains itself.
 *
 * <p>The key frequencies of the restricted and excluded loss are those with a non-zero order at the
 * analysed checkpoint (order_k &gt; 0, docs/cogs-math.md §9.2), fixed along the run as Nanda et al.
 * do.
 *
 * <p>This record is immutable (the lists are unmodifiable copies; {@link RealWeights} is
 * immutable).
 *
 * @param d the group size
 * @param q the number of hidden nodes
 * @param analysedEpoch the epoch of the analysed checkpoint
 * @param checkpoint the analysed checkpoint's weights
 * @param analysis the docs/cogs-math.md §9 analysis of the analysed checkpoint
 * @param progress the progress measures of every checkpoint, in epoch order
 * @param potentials the sum potentials of every checkpoint, in epoch order
 * @param structure the analysis counts of every checkpoint, in epoch order
 */
public record RunTrajectory(
        int d,
        int q,
        int analysedEpoch,
        RealWeights checkpoint,
        NetAnalysis analysis,
        List<ProgressPoint> progress,
        List<PotentialPoint> potentials,
        List<StructurePoint> structure) {

    /**
     * Copies the lists.
     *
     * @param d the group size
     * @param q the number of hidden nodes
     * @param analysedEpoch the epoch of the analysed checkpoint
     * @param checkpoint the analysed checkpoint's weights
     * @param analysis the analysis of the analysed checkpoint
     * @param progress the progress measures, in epoch order
     * @param potentials the sum potentials, in epoch order
     * @param structure the analysis counts, in epoch order
     * @throws IllegalArgumentException if the three lists differ in length
     */
    public RunTrajectory {
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(analysis, "analysis");
        progress = List.copyOf(progress);
        potentials = List.copyOf(potentials);
        structure = List.copyOf(structure);
        if (progress.size() != potentials.size() || progress.size() != structure.size()) {
            throw new IllegalArgumentException(
                    "progress, potentials and structure must have one point per epoch");
        }
    }

    /**
     * One checkpoint of a run: its epoch and how to load its weights (called once, possibly on
     * another thread).
     *
     * @param epoch the epoch (weights after that many optimiser steps)
     * @param weights loads the weights; may throw the loader's one-line exception naming the file
     */
    public record Snapshot(int epoch, Supplier<RealWeights> weights) {

        /**
         * Validates the record.
         *
         * @param epoch the epoch
         * @param weights the loader
         * @throws IllegalArgumentException if the epoch is negative
         */
        public Snapshot {
            Objects.requireNonNull(weights, "weights");
            if (epoch < 0) {
                throw new IllegalArgumentException("epoch (" + epoch + ") must be >= 0");
            }
        }
    }

    /** The per-checkpoint results. */
    private record Analysed(
            int epoch,
            int d,
            int q,
            java.util.Optional<RealWeights> weights,
            NetAnalysis analysis,
            ProgressPoint progress,
            PotentialPoint potentials) {}

    /**
     * Analyses every checkpoint of a run, in parallel (on the common fork-join pool; the result
     * does not depend on the scheduling).
     *
     * <p>Cost per checkpoint: O(d³·q) for the outputs on all pairs plus the docs/cogs-math.md §9
     * factorisation (at most 720 column orders per group of six); about 0.1 s at d = 23, q = 512.
     *
     * @param snapshots the checkpoints, at least one, with distinct epochs (any order)
     * @param analysedEpoch the checkpoint to analyse in full; empty for the last one
     * @return the trajectory, in epoch order
     * @throws IllegalArgumentException if there is no snapshot, two share an epoch, the analysed
     *     epoch is not among them, or two checkpoints differ in d or q (naming both epochs); a
     *     loader's exception propagates
     */
    public static RunTrajectory analyse(List<Snapshot> snapshots, OptionalInt analysedEpoch) {
        Objects.requireNonNull(snapshots, "snapshots");
        Objects.requireNonNull(analysedEpoch, "analysedEpoch");
        if (snapshots.isEmpty()) {
            throw new IllegalArgumentException("a run needs at least one checkpoint");
        }
        List<Snapshot> sorted = new ArrayList<>(snapshots);
        sorted.sort((x, y) -> Integer.compare(x.epoch(), y.epoch()));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).epoch() == sorted.get(i - 1).epoch()) {
                throw new IllegalArgumentException(
                        "two checkpoints of epoch " + sorted.get(i).epoch());
            }
        }
        int analysed = analysedEpoch.orElse(sorted.get(sorted.size() - 1).epoch());
        if (sorted.stream().noneMatch(s -> s.epoch() == analysed)) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "no checkpoint of epoch %d (the run has " + "epochs %d..%d)",
                            analysed,
                            sorted.get(0).epoch(),
                            sorted.get(sorted.size() - 1).epoch()));
        }
        List<Analysed> results =
                IntStream.range(0, sorted.size())
                        .parallel()
                        .mapToObj(i -> one(sorted.get(i), sorted.get(i).epoch() == analysed))
                        .toList();
        Analysed first = results.get(0);
        List<ProgressPoint> progress = new ArrayList<>();
        List<PotentialPoint> potentials = new ArrayList<>();
        List<StructurePoint> structure = new ArrayList<>();
        Analysed kept = null;
        for (Analysed r : results) {
            if (r.d != first.d || r.q != first.q) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "checkpoint of epoch %d has d = %d, "
                                        + "q = %d but epoch %d has d = %d, q = %d",
                                r.epoch,
                                r.d,
                                r.q,
                                first.epoch,
                                first.d,
                                first.q));
            }
            progress.add(r.progress);
            potentials.add(r.potentials);
            structure.add(StructurePoint.of(r.epoch, r.analysis.statistics()));
            if (r.epoch == analysed) {
                kept = r;
            }
        }
        Objects.requireNonNull(kept, "analysed checkpoint");
        return new RunTrajectory(
                first.d,
                first.q,
                analysed,
                kept.weights.orElseThrow(),
                kept.analysis,
                progress,
                potentials,
                structure);
    }

    private static Analysed one(Snapshot s, boolean keepWeights) {
        RealWeights w = Objects.requireNonNull(s.weights().get(), "weights of epoch " + s.epoch());
        FourierNet z = FourierNet.fromReal(w);
        NetAnalysis a = NetAnalysis.of(z);
        // Only the analysed checkpoint's weights are kept, so a long run needs memory for one net
        // at a time.
        return new Analysed(
                s.epoch(),
                w.d(),
                w.order(),
                keepWeights ? java.util.Optional.of(w) : java.util.Optional.empty(),
                a,
                ProgressPoint.of(s.epoch(), w, z),
                PotentialPoint.of(s.epoch(), z));
    }

    /**
     * The epochs of the checkpoints.
     *
     * @return the epochs in increasing order
     */
    public List<Integer> epochs() {
        return progress.stream().map(ProgressPoint::epoch).toList();
    }

    /**
     * The key frequencies: k ∈ 1..(d−1)/2 with order_k &gt; 0 at the analysed checkpoint.
     *
     * @return the sorted set (empty if the analysed net has no active node)
     */
    public SortedSet<Integer> keyFrequencies() {
        return KeyFrequencyLoss.keyFrequencies(analysis);
    }

    /**
     * The restricted and excluded loss of the {@link #keyFrequencies()} at every checkpoint.
     *
     * @return one value per checkpoint, in epoch order
     */
    public List<KeyFrequencyLoss> keyFrequencyLosses() {
        SortedSet<Integer> keys = keyFrequencies();
        return progress.stream().map(p -> p.keyFrequencyLoss(keys)).toList();
    }
}
