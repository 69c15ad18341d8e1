package dev.cogs.nets.sweep;

import dev.cogs.algebra.group.FiniteGroup;
import dev.cogs.algebra.group.FiniteGroups;
import dev.cogs.nets.run.TrainingConfig;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The grid of a sweep (docs/sweeps.md §1): every combination of the axes group × q × wd × lr ×
 * seeds, each trained for {@code epochs} full-batch steps and analysed at {@code checkpointEpoch};
 * all other trainer settings (Adam constants, test fraction, evaluation schedule) come from {@code
 * base}, whose d, group, q, wd, lr, seed, epochs and checkpoint are ignored.
 *
 * <p>The task axis is a list of finite groups (docs/sweeps.md §1.2): the d axis of modular addition
 * is the list of the cyclic groups {@link FiniteGroups#cyclic(int) Z_d} ({@link #of}), any other
 * group trains on its composition table ({@link #ofGroups}, docs/cogs-math.md §14.8).
 *
 * <p>Every axis is non-empty and free of duplicates ({@link #of} removes duplicates and says so in
 * {@link #notes()}); the values obey {@link TrainingConfig}'s rules (|G| = d ≥ 3, q ≥ 1, wd finite
 * and ≥ 0, lr finite and &gt; 0). The record is immutable.
 *
 * @param groups the groups whose composition tables are learnt (Z_d for modular addition)
 * @param q hidden widths
 * @param weightDecay weight-decay coefficients
 * @param learningRate Adam learning rates
 * @param seeds seeds
 * @param epochs number of full-batch steps of every run, {@code >= 1}
 * @param checkpointEpoch analysed epoch, in {@code [0, epochs]}
 * @param base the other trainer settings
 * @param notes what {@link #of} changed (duplicates removed), for the user; empty if nothing
 */
public record SweepSpec(
        List<FiniteGroup> groups,
        List<Integer> q,
        List<Double> weightDecay,
        List<Double> learningRate,
        List<Long> seeds,
        int epochs,
        int checkpointEpoch,
        TrainingConfig base,
        List<String> notes) {

    /**
     * Validates every axis and value.
     *
     * @param groups the groups
     * @param q hidden widths
     * @param weightDecay weight decays
     * @param learningRate learning rates
     * @param seeds seeds
     * @param epochs steps per run
     * @param checkpointEpoch analysed epoch
     * @param base other trainer settings
     * @param notes notes for the user
     * @throws IllegalArgumentException naming the axis and the rule if an axis is empty, holds a
     *     duplicate or an invalid value, or the epochs or checkpoint are out of range
     * @throws NullPointerException if an argument or an element is null
     */
    public SweepSpec {
        groups = axis("group", groups);
        q = axis("q", q);
        weightDecay = axis("wd", weightDecay);
        learningRate = axis("lr", learningRate);
        seeds = axis("seeds", seeds);
        Objects.requireNonNull(base, "base");
        notes = List.copyOf(notes);
        for (FiniteGroup g : groups) {
            if (g.order() < 3) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "group %s has order %d: the task needs at least 3 elements",
                                g.name(),
                                g.order()));
            }
        }
        for (int x : q) {
            if (x < 1) {
                throw bad("q (%s) must be >= 1", x);
            }
        }
        for (double x : weightDecay) {
            if (!(x >= 0) || Double.isInfinite(x)) {
                throw bad("wd (%s) must be finite and >= 0", x);
            }
        }
        for (double x : learningRate) {
            if (!(x > 0) || Double.isInfinite(x)) {
                throw bad("lr (%s) must be finite and > 0", x);
            }
        }
        if (epochs < 1) {
            throw bad("epochs (%s) must be >= 1", epochs);
        }
        if (checkpointEpoch < 0 || checkpointEpoch > epochs) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "checkpoint (%d) must be in [0, epochs = %d]",
                            checkpointEpoch,
                            epochs));
        }
    }

    /**
     * A spec from axis values as the user gave them: duplicates are removed (first occurrence kept,
     * a note says which), and the checkpoint defaults to {@code max(0, epochs - 100)} as in the
     * paper (10 000 epochs, analysed at 9 900).
     *
     * @param d group orders: the groups Z_d (modular addition)
     * @param q hidden widths
     * @param weightDecay weight decays
     * @param learningRate learning rates
     * @param seeds seeds
     * @param epochs steps per run
     * @param checkpointEpoch analysed epoch, or {@code null} for {@code max(0, epochs - 100)}
     * @param base other trainer settings (e.g. {@code TrainingConfig.defaults(23)})
     * @return the spec
     * @throws IllegalArgumentException as the canonical constructor, or if a d is below 3
     */
    public static SweepSpec of(
            List<Integer> d,
            List<Integer> q,
            List<Double> weightDecay,
            List<Double> learningRate,
            List<Long> seeds,
            int epochs,
            Integer checkpointEpoch,
            TrainingConfig base) {
        List<String> notes = new ArrayList<>();
        Objects.requireNonNull(d, "d");
        if (d.isEmpty()) {
            throw new IllegalArgumentException("axis d is empty");
        }
        List<Integer> orders = distinct("d", d, notes);
        List<FiniteGroup> cyclic = new ArrayList<>();
        for (int x : orders) {
            if (x < 3) {
                throw bad("d (%s) must be >= 3", x);
            }
            cyclic.add(FiniteGroups.cyclic(x));
        }
        return build(
                cyclic, q, weightDecay, learningRate, seeds, epochs, checkpointEpoch, base, notes);
    }

    /**
     * A spec over a list of groups, as {@link #of} (duplicates removed with a note, the checkpoint
     * defaulting to {@code max(0, epochs - 100)}); {@code FiniteGroups.cyclic(d)} gives the same
     * runs, with the same keys, as {@code d} in {@link #of}.
     *
     * @param groups the groups
     * @param q hidden widths
     * @param weightDecay weight decays
     * @param learningRate learning rates
     * @param seeds seeds
     * @param epochs steps per run
     * @param checkpointEpoch analysed epoch, or {@code null} for {@code max(0, epochs - 100)}
     * @param base other trainer settings
     * @return the spec
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static SweepSpec ofGroups(
            List<FiniteGroup> groups,
            List<Integer> q,
            List<Double> weightDecay,
            List<Double> learningRate,
            List<Long> seeds,
            int epochs,
            Integer checkpointEpoch,
            TrainingConfig base) {
        List<String> notes = new ArrayList<>();
        return build(
                distinct("group", groups, notes),
                q,
                weightDecay,
                learningRate,
                seeds,
                epochs,
                checkpointEpoch,
                base,
                notes);
    }

    private static SweepSpec build(
            List<FiniteGroup> groups,
            List<Integer> q,
            List<Double> weightDecay,
            List<Double> learningRate,
            List<Long> seeds,
            int epochs,
            Integer checkpointEpoch,
            TrainingConfig base,
            List<String> notes) {
        int ck = checkpointEpoch != null ? checkpointEpoch : Math.max(0, epochs - 100);
        return new SweepSpec(
                groups,
                distinct("q", q, notes),
                distinct("wd", weightDecay, notes),
                distinct("lr", learningRate, notes),
                distinct("seeds", seeds, notes),
                epochs,
                ck,
                base,
                notes);
    }

    /**
     * The number of runs, the product of the axis lengths.
     *
     * @return |groups|·|q|·|wd|·|lr|·|seeds|
     */
    public int size() {
        return groups.size() * q.size() * weightDecay.size() * learningRate.size() * seeds.size();
    }

    /**
     * The orders of the groups, in the order of the group axis (the d axis of a sweep over Z_d).
     *
     * @return |G| for each group
     */
    public List<Integer> d() {
        return groups.stream().map(FiniteGroup::order).toList();
    }

    private static <T> List<T> axis(String name, List<T> values) {
        Objects.requireNonNull(values, name);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("axis " + name + " is empty");
        }
        List<T> copy = List.copyOf(values);
        if (new LinkedHashSet<>(copy).size() != copy.size()) {
            throw new IllegalArgumentException("axis " + name + " has duplicates: " + copy);
        }
        return copy;
    }

    private static <T> List<T> distinct(String name, List<T> values, List<String> notes) {
        Objects.requireNonNull(values, name);
        List<T> unique = new ArrayList<>(new LinkedHashSet<>(values));
        if (unique.size() != values.size()) {
            notes.add(
                    String.format(
                            Locale.ROOT,
                            "axis %s: %d duplicate value(s) removed, %s kept",
                            name,
                            values.size() - unique.size(),
                            unique));
        }
        return unique;
    }

    private static IllegalArgumentException bad(String format, Object value) {
        return new IllegalArgumentException(String.format(Locale.ROOT, format, value));
    }
}
