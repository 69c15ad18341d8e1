package dev.cogs.nets.run;

import java.util.Arrays;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * A train/test split of the \(d^2\) pairs, indexed a-major: pair {@code (a, b)} has index {@code i
 * = a*d + b}. Immutable; accessors return copies.
 *
 * <p>Built by {@link #seeded(int, long, double)}: a seeded Fisher–Yates permutation of {@code
 * 0..d²-1}; the first \(\lceil f d^2\rceil\) entries are the test set, the rest the training set,
 * each in permutation order.
 */
public final class Split {

    private static final String ALGORITHM = "L64X128MixRandom";

    private final int d;
    private final int[] train;
    private final int[] test;

    private Split(int d, int[] train, int[] test) {
        this.d = d;
        this.train = train.clone();
        this.test = test.clone();
        if (train.length + test.length != d * d) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "train (%d) + test (%d) must be d*d = %d",
                            train.length,
                            test.length,
                            d * d));
        }
    }

    /**
     * The train/test split of docs/cogs-math.md §8: a Fisher–Yates permutation of the \(d^2\)
     * a-major pair indices driven by an {@code L64X128MixRandom} seeded with {@code seed}; test =
     * the first \(\lceil f d^2\rceil\) entries (computed as {@code Math.ceil(testFraction * d *
     * d)}), train = the rest.
     *
     * @param d group order, {@code >= 3}
     * @param seed seed
     * @param testFraction held-out fraction in (0, 1), leaving both sets non-empty
     * @return the split
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Split seeded(int d, long seed, double testFraction) {
        if (d < 3 || (long) d * d > Integer.MAX_VALUE / 4) {
            throw new IllegalArgumentException(
                    "d (" + d + ") must be >= 3 and d*d must fit the index range");
        }
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException(
                    "testFraction (" + testFraction + ") must be in (0, 1)");
        }
        int total = d * d;
        int nTest = (int) Math.ceil(testFraction * d * d);
        if (nTest >= total) {
            throw new IllegalArgumentException(
                    "testFraction (" + testFraction + ") leaves no training pair for d = " + d);
        }
        RandomGenerator rng = RandomGeneratorFactory.of(ALGORITHM).create(seed);
        int[] perm = new int[total];
        for (int i = 0; i < total; i++) {
            perm[i] = i;
        }
        for (int i = total - 1; i > 0; i--) {
            int k = rng.nextInt(i + 1);
            int tmp = perm[i];
            perm[i] = perm[k];
            perm[k] = tmp;
        }
        int[] test = new int[nTest];
        int[] train = new int[total - nTest];
        System.arraycopy(perm, 0, test, 0, nTest);
        System.arraycopy(perm, nTest, train, 0, total - nTest);
        return new Split(d, train, test);
    }

    /**
     * Group order.
     *
     * @return d
     */
    public int d() {
        return d;
    }

    /**
     * Training pair indices, in permutation order.
     *
     * @return a copy of the indices
     */
    public int[] train() {
        return train.clone();
    }

    /**
     * Test pair indices, in permutation order.
     *
     * @return a copy of the indices
     */
    public int[] test() {
        return test.clone();
    }

    /**
     * Number of training pairs.
     *
     * @return the training-set size
     */
    public int trainSize() {
        return train.length;
    }

    /**
     * Number of test pairs.
     *
     * @return the test-set size
     */
    public int testSize() {
        return test.length;
    }

    /**
     * Membership mask over all \(d^2\) pairs.
     *
     * @return {@code mask[i]} is true iff pair {@code i} is in the training set
     */
    public boolean[] trainMask() {
        boolean[] mask = new boolean[d * d];
        for (int i : train) {
            mask[i] = true;
        }
        return mask;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Split
                && ((Split) o).d == d
                && Arrays.equals(((Split) o).train, train)
                && Arrays.equals(((Split) o).test, test);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * d + Arrays.hashCode(train)) + Arrays.hashCode(test);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT, "Split[d=%d, train=%d, test=%d]", d, train.length, test.length);
    }
}
