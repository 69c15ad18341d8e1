package dev.cogs.nets.run;

import dev.cogs.algebra.group.FiniteGroup;
import dev.cogs.algebra.group.FiniteGroups;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Immutable, validated configuration of one training run (docs/cogs-math.md §8).
 *
 * <p>Task: the composition table of a finite group {@code group} of order {@code d}: the pair (a,
 * b) of element indices has the label {@code group.multiply(a, b)}; by default \(\mathbb{Z}_d\)
 * ({@link FiniteGroups#cyclic(int)}, label \((a + b) \bmod d\), docs/cogs-math.md §1), any finite
 * group otherwise (docs/cogs-math.md §14.8).
 *
 * <p>Model: hidden width {@code q}, group order {@code d}; parameters \(U_a, U_b \in
 * \mathbb{R}^{q\times d}\), \(W \in \mathbb{R}^{d\times q}\). Optimiser: Adam with coupled L2
 * weight decay, \(g = \nabla\ell_{train} + \mathrm{wd}\,\theta\), \(m \leftarrow \beta_1 m +
 * (1-\beta_1) g\), \(v \leftarrow \beta_2 v + (1-\beta_2) g^2\), \(\theta \leftarrow \theta -
 * \mathrm{lr}\,\frac{m/(1-\beta_1^t)}{\sqrt{v}/\sqrt{1-\beta_2^t} + \epsilon}\). One epoch is one
 * full-batch step.
 *
 * <p>Split: a seeded permutation of the \(d^2\) a-major pair indices; the first \(n_{test} = \lceil
 * \mathrm{testFraction}\cdot d^2\rceil\) (computed as {@code Math.ceil(testFraction * d * d)} in
 * double, like the PyTorch reference) are the test set, the rest the training set.
 *
 * <p>Evaluation happens before the update of epoch {@code e} whenever {@code e % evalEvery == 0} or
 * {@code e < evalAllBelow}, and once more after the last step (epoch = number of steps done). The
 * checkpoint is the weights after {@code checkpointEpoch} Adam steps.
 *
 * @param d group order (number of classes and of input symbols per operand), {@code d >= 3}
 * @param q hidden width, {@code q >= 1}
 * @param weightDecay coupled L2 coefficient, finite and {@code >= 0}
 * @param learningRate Adam step size, finite and {@code > 0}
 * @param beta1 first-moment decay, in {@code [0, 1)}
 * @param beta2 second-moment decay, in {@code [0, 1)}
 * @param epsilon Adam denominator guard, finite and {@code > 0}
 * @param epochs number of full-batch steps, {@code >= 1}
 * @param seed seed of the generator that draws the initial weights and the split
 * @param testFraction fraction of the \(d^2\) pairs held out; both sets must be non-empty
 * @param evalEvery evaluation period in epochs, {@code >= 1}
 * @param evalAllBelow every epoch {@code e < evalAllBelow} is evaluated too, {@code >= 0}
 * @param checkpointEpoch number of steps after which the checkpoint is taken, in {@code [0,
 *     epochs]}
 * @param group the group whose composition table is learnt, of order d; {@code null} in the
 *     constructor stands for \(\mathbb{Z}_d\) (also when reading configurations written before the
 *     field existed)
 */
public record TrainingConfig(
        int d,
        int q,
        double weightDecay,
        double learningRate,
        double beta1,
        double beta2,
        double epsilon,
        int epochs,
        long seed,
        double testFraction,
        int evalEvery,
        int evalAllBelow,
        int checkpointEpoch,
        FiniteGroup group) {

    /** Identifies the numerical engine in {@link #key()}; bump when results would change bits. */
    private static final String ENGINE = "f32v5";

    /**
     * Validates every component.
     *
     * @param d group order (number of classes and of input symbols per operand), {@code d >= 3}
     * @param q hidden width, {@code q >= 1}
     * @param weightDecay coupled L2 coefficient, finite and {@code >= 0}
     * @param learningRate Adam step size, finite and {@code > 0}
     * @param beta1 first-moment decay, in {@code [0, 1)}
     * @param beta2 second-moment decay, in {@code [0, 1)}
     * @param epsilon Adam denominator guard, finite and {@code > 0}
     * @param epochs number of full-batch steps, {@code >= 1}
     * @param seed seed of the generator that draws the initial weights and the split
     * @param testFraction fraction of the \(d^2\) pairs held out; both sets must be non-empty
     * @param evalEvery evaluation period in epochs, {@code >= 1}
     * @param evalAllBelow every epoch {@code e < evalAllBelow} is evaluated too, {@code >= 0}
     * @param checkpointEpoch number of steps after which the checkpoint is taken, in {@code [0,
     *     epochs]}
     * @param group the group of order d, or {@code null} for \(\mathbb{Z}_d\)
     * @throws IllegalArgumentException naming the offending value and the rule, or if the group's
     *     order is not d
     */
    public TrainingConfig {
        if (d < 3) {
            throw bad("d (%d) must be >= 3", d);
        }
        if (q < 1) {
            throw bad("q (%d) must be >= 1", q);
        }
        if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
            throw bad("weightDecay (%s) must be finite and >= 0", weightDecay);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw bad("learningRate (%s) must be finite and > 0", learningRate);
        }
        if (!(beta1 >= 0 && beta1 < 1)) {
            throw bad("beta1 (%s) must be in [0, 1)", beta1);
        }
        if (!(beta2 >= 0 && beta2 < 1)) {
            throw bad("beta2 (%s) must be in [0, 1)", beta2);
        }
        if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw bad("epsilon (%s) must be finite and > 0", epsilon);
        }
        if (epochs < 1) {
            throw bad("epochs (%d) must be >= 1", epochs);
        }
        if (!(testFraction > 0 && testFraction < 1)) {
            throw bad("testFraction (%s) must be in (0, 1)", testFraction);
        }
        long pairs = (long) d * d;
        if (pairs > Integer.MAX_VALUE / 4) {
            throw bad("d (%d) is too large: d*d pairs exceed the supported size", d);
        }
        if (pairs * q > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "d*d*q (%d*%d*%d) exceeds the largest supported work array (2^31 - 9 floats)",
                            d,
                            d,
                            q));
        }
        int nTest = testCount(d, testFraction);
        if (nTest >= pairs) {
            throw bad("testFraction (%s) leaves no training pair for d = " + d, testFraction);
        }
        if (evalEvery < 1) {
            throw bad("evalEvery (%d) must be >= 1", evalEvery);
        }
        if (evalAllBelow < 0) {
            throw bad("evalAllBelow (%d) must be >= 0", evalAllBelow);
        }
        if (checkpointEpoch < 0 || checkpointEpoch > epochs) {
            throw bad(
                    "checkpointEpoch (%d) must be in [0, epochs = " + epochs + "]",
                    checkpointEpoch);
        }
        if (group == null) {
            group = FiniteGroups.cyclic(d);
        } else if (group.order() != d) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "group %s has order %d but d is %d",
                            group.name(),
                            group.order(),
                            d));
        }
    }

    /**
     * A configuration over \(\mathbb{Z}_d\), the modular-addition task (the canonical constructor
     * with {@code group = FiniteGroups.cyclic(d)}).
     *
     * @param d group order (number of classes and of input symbols per operand), {@code d >= 3}
     * @param q hidden width, {@code q >= 1}
     * @param weightDecay coupled L2 coefficient, finite and {@code >= 0}
     * @param learningRate Adam step size, finite and {@code > 0}
     * @param beta1 first-moment decay, in {@code [0, 1)}
     * @param beta2 second-moment decay, in {@code [0, 1)}
     * @param epsilon Adam denominator guard, finite and {@code > 0}
     * @param epochs number of full-batch steps, {@code >= 1}
     * @param seed seed of the generator that draws the initial weights and the split
     * @param testFraction fraction of the \(d^2\) pairs held out; both sets must be non-empty
     * @param evalEvery evaluation period in epochs, {@code >= 1}
     * @param evalAllBelow every epoch {@code e < evalAllBelow} is evaluated too, {@code >= 0}
     * @param checkpointEpoch number of steps after which the checkpoint is taken, in {@code [0,
     *     epochs]}
     * @throws IllegalArgumentException naming the offending value and the rule
     */
    public TrainingConfig(
            int d,
            int q,
            double weightDecay,
            double learningRate,
            double beta1,
            double beta2,
            double epsilon,
            int epochs,
            long seed,
            double testFraction,
            int evalEvery,
            int evalAllBelow,
            int checkpointEpoch) {
        this(
                d,
                q,
                weightDecay,
                learningRate,
                beta1,
                beta2,
                epsilon,
                epochs,
                seed,
                testFraction,
                evalEvery,
                evalAllBelow,
                checkpointEpoch,
                null);
    }

    /**
     * The paper's setup for group order {@code d} (docs/cogs-math.md §8): q = 512, wd = 5e-5, lr =
     * 0.01, Adam (0.9, 0.999, 1e-8), 10 000 epochs, seed 1, test fraction 0.1, evaluation every 100
     * epochs and at every epoch below 200, checkpoint after 9 900 steps.
     *
     * @param d group order, {@code >= 3}
     * @return the default configuration
     * @throws IllegalArgumentException if {@code d < 3}
     */
    public static TrainingConfig defaults(int d) {
        return new TrainingConfig(
                d, 512, 5e-5, 0.01, 0.9, 0.999, 1e-8, 10_000, 1L, 0.1, 100, 200, 9_900);
    }

    /**
     * The paper's setup ({@link #defaults(int)}) on the composition table of a group
     * (docs/cogs-math.md §14.8).
     *
     * @param group a finite group of order at least 3
     * @return the default configuration with d = |G|
     * @throws IllegalArgumentException if the order is below 3
     */
    public static TrainingConfig defaults(FiniteGroup group) {
        java.util.Objects.requireNonNull(group, "group");
        return new TrainingConfig(
                group.order(),
                512,
                5e-5,
                0.01,
                0.9,
                0.999,
                1e-8,
                10_000,
                1L,
                0.1,
                100,
                200,
                9_900,
                group);
    }

    /**
     * Whether the task is modular addition: the group is {@link FiniteGroups#cyclic(int)
     * FiniteGroups.cyclic(d)} (same table, name and labels).
     *
     * @return true for \(\mathbb{Z}_d\)
     */
    public boolean cyclic() {
        if (!group.name().equals("Z" + d)) {
            return false;
        }
        for (int a = 0; a < d; a++) {
            if (!group.label(a).equals(Integer.toString(a))) {
                return false;
            }
            for (int b = 0; b < d; b++) {
                if (group.multiply(a, b) != (a + b) % d) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Number of test pairs, \(\lceil f\, d^2\rceil\) evaluated in double as {@code Math.ceil(f * d
     * * d)}.
     *
     * @return the test-set size
     */
    public int testSize() {
        return testCount(d, testFraction);
    }

    /**
     * Number of training pairs, \(d^2 - n_{test}\).
     *
     * @return the training-set size
     */
    public int trainSize() {
        return d * d - testSize();
    }

    /**
     * Whether the weights before the update of epoch {@code e} are evaluated: {@code e % evalEvery
     * == 0} or {@code e < evalAllBelow}.
     *
     * @param epoch epoch index, {@code >= 0}
     * @return whether that epoch is an evaluation epoch
     */
    public boolean isEvaluationEpoch(int epoch) {
        return epoch % evalEvery == 0 || epoch < evalAllBelow;
    }

    /**
     * The numerical engine's key, the part of {@link #key()} after {@code cogs-}: it changes
     * whenever the trainer would produce other bits for the same configuration, so a cached run
     * written under another engine key is not trusted.
     *
     * @return e.g. {@code f32v3}
     */
    public static String engine() {
        return ENGINE;
    }

    /**
     * A file-name-safe string that identifies the run (all components, exact doubles, and the
     * engine version), for caching trained weights. Two configurations have the same key iff they
     * are equal.
     *
     * <p>Over \(\mathbb{Z}_d\) ({@link #cyclic()}) the key is that of earlier versions; any other
     * group adds {@code -g<name>-<crc>}, the group's name (characters other than letters and digits
     * replaced by {@code _}) and the CRC-32 of its Cayley table, so that two tables with the same
     * name do not share a key.
     *
     * @return the key, e.g. {@code cogs-f32v5-d23-q512-wd5.0E-5-lr0.01-...}
     */
    public String key() {
        String base =
                String.format(
                        Locale.ROOT,
                        "cogs-%s-d%d-q%d-wd%s-lr%s-b1_%s-b2_%s-eps%s-ep%d-seed%d-tf%s-ev%d-eb%d-ck%d",
                        ENGINE,
                        d,
                        q,
                        weightDecay,
                        learningRate,
                        beta1,
                        beta2,
                        epsilon,
                        epochs,
                        seed,
                        testFraction,
                        evalEvery,
                        evalAllBelow,
                        checkpointEpoch);
        if (cyclic()) {
            return base;
        }
        CRC32 crc = new CRC32();
        for (int[] row : group.table()) {
            for (int v : row) {
                crc.update(v >>> 24);
                crc.update(v >>> 16);
                crc.update(v >>> 8);
                crc.update(v);
            }
        }
        return String.format(
                Locale.ROOT,
                "%s-g%s-%08x",
                base,
                group.name().replaceAll("[^A-Za-z0-9]", "_"),
                crc.getValue());
    }

    /**
     * Copy with another hidden width.
     *
     * @param newQ hidden width
     * @return the new configuration
     * @throws IllegalArgumentException if invalid
     */
    public TrainingConfig withQ(int newQ) {
        return new TrainingConfig(
                d,
                newQ,
                weightDecay,
                learningRate,
                beta1,
                beta2,
                epsilon,
                epochs,
                seed,
                testFraction,
                evalEvery,
                evalAllBelow,
                checkpointEpoch,
                group);
    }

    /**
     * Copy with another group order, on \(\mathbb{Z}_{newD}\) (whatever the group was).
     *
     * @param newD group order
     * @return the new configuration
     * @throws IllegalArgumentException if invalid
     */
    public TrainingConfig withD(int newD) {
        return new TrainingConfig(
                newD,
                q,
                weightDecay,
                learningRate,
                beta1,
                beta2,
                epsilon,
                epochs,
                seed,
                testFraction,
                evalEvery,
                evalAllBelow,
                checkpointEpoch,
                null);
    }

    /**
     * Copy on the composition table of another group, with d = |G|.
     *
     * @param newGroup the group, of order at least 3
     * @return the new configuration
     * @throws IllegalArgumentException if invalid
     */
    public TrainingConfig withGroup(FiniteGroup newGroup) {
        java.util.Objects.requireNonNull(newGroup, "newGroup");
        return new TrainingConfig(
                newGroup.order(),
                q,
                weightDecay,
                learningRate,
                beta1,
                beta2,
                epsilon,
                epochs,
                seed,
                testFraction,
                evalEvery,
                evalAllBelow,
                checkpointEpoch,
                newGroup);
    }

    /**
     * Copy with another weight decay.
     *
     * @param newWeightDecay coupled L2 coefficient
     * @return the new configuration
     * @throws IllegalArgumentException if invalid
     */
    public TrainingConfig withWeightDecay(double newWeightDecay) {
        return new TrainingConfig(
                d,
                q,
                newWeightDecay,
                learningRate,
                beta1,
                beta2,
                epsilon,
                epochs,
                seed,
                testFraction,
                evalEvery,
                evalAllBelow,
                checkpointEpoch,
                group);
    }

    /**
     * Copy with another learning rate.
     *
     * @param newLearningRate Adam step size
     * @return the new configuration
     * @throws IllegalArgumentException if invalid
     */
    public TrainingConfig withLearningRate(double newLearningRate) {
        return new TrainingConfig(
                d,
                q,
                weightDecay,
                newLearningRate,
                beta1,
                beta2,
                epsilon,
                epochs,
                seed,
                testFraction,
                evalEvery,
                evalAllBelow,
                checkpointEpoch,
                group);
    }

    /**
     * Copy with other Adam constants.
     *
     * @param newBeta1 first-moment decay
     * @param newBeta2 second-moment decay
     * @param newEpsilon denominator guard
     * @return the new configuration
     * @throws IllegalArgumentException if invalid
     */
    public TrainingConfig withAdam(double newBeta1, double newBeta2, double newEpsilon) {
        return new TrainingConfig(
                d,
                q,
                weightDecay,
                learningRate,
                newBeta1,
                newBeta2,
                newEpsilon,
                epochs,
                seed,
                testFraction,
                evalEvery,
                evalAllBelow,
                checkpointEpoch,
                group);
    }

    /**
     * Copy with another number of epochs; the checkpoint epoch is clamped to the new number of
     * epochs.
     *
     * @param newEpochs number of steps
     * @return the new configuration
     * @throws IllegalArgumentException if invalid
     */
    public TrainingConfig withEpochs(int newEpochs) {
        return new TrainingConfig(
                d,
                q,
                weightDecay,
                learningRate,
                beta1,
                beta2,
                epsilon,
                newEpochs,
                seed,
                testFraction,
                evalEvery,
                evalAllBelow,
                Math.min(checkpointEpoch, Math.max(newEpochs, 0)),
                group);
    }

    /**
     * Copy with another seed.
     *
     * @param newSeed seed of the initial weights and the split
     * @return the new configuration
     */
    public TrainingConfig withSeed(long newSeed) {
        return new TrainingConfig(
                d,
                q,
                weightDecay,
                learningRate,
                beta1,
                beta2,
                epsilon,
                epochs,
                newSeed,
                testFraction,
                evalEvery,
                evalAllBelow,
                checkpointEpoch,
                group);
    }

    /**
     * Copy with another test fraction.
     *
     * @param newTestFraction held-out fraction
     * @return the new configuration
     * @throws IllegalArgumentException if invalid
     */
    public TrainingConfig withTestFraction(double newTestFraction) {
        return new TrainingConfig(
                d,
                q,
                weightDecay,
                learningRate,
                beta1,
                beta2,
                epsilon,
                epochs,
                seed,
                newTestFraction,
                evalEvery,
                evalAllBelow,
                checkpointEpoch,
                group);
    }

    /**
     * Copy with another evaluation schedule.
     *
     * @param newEvalEvery evaluation period
     * @param newEvalAllBelow epochs below this are all evaluated
     * @return the new configuration
     * @throws IllegalArgumentException if invalid
     */
    public TrainingConfig withEvaluation(int newEvalEvery, int newEvalAllBelow) {
        return new TrainingConfig(
                d,
                q,
                weightDecay,
                learningRate,
                beta1,
                beta2,
                epsilon,
                epochs,
                seed,
                testFraction,
                newEvalEvery,
                newEvalAllBelow,
                checkpointEpoch,
                group);
    }

    /**
     * Copy with another checkpoint epoch.
     *
     * @param newCheckpointEpoch number of steps before the checkpoint
     * @return the new configuration
     * @throws IllegalArgumentException if invalid
     */
    public TrainingConfig withCheckpointEpoch(int newCheckpointEpoch) {
        return new TrainingConfig(
                d,
                q,
                weightDecay,
                learningRate,
                beta1,
                beta2,
                epsilon,
                epochs,
                seed,
                testFraction,
                evalEvery,
                evalAllBelow,
                newCheckpointEpoch,
                group);
    }

    private static int testCount(int d, double testFraction) {
        return (int) Math.ceil(testFraction * d * d);
    }

    private static IllegalArgumentException bad(String format, Object value) {
        return new IllegalArgumentException(String.format(Locale.ROOT, format, value));
    }
}
