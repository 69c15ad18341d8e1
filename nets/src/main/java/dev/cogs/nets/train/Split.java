package dev.cogs.nets.train;

import java.util.Arrays;
import java.util.Locale;

/**
 * A train/test split of the \(d^2\) pairs, indexed a-major: pair {@code (a, b)} has index {@code i = a*d + b}.
 * Immutable; accessors return copies.
 *
 * <p>Built by {@link Trainer#split(int, long, double)}: a seeded Fisher–Yates permutation of {@code 0..d²-1};
 * the first \(\lceil f d^2\rceil\) entries are the test set, the rest the training set, each in permutation
 * order.
 */
public final class Split {

    private final int d;
    private final int[] train;
    private final int[] test;

    Split(int d, int[] train, int[] test) {
        this.d = d;
        this.train = train.clone();
        this.test = test.clone();
        if (train.length + test.length != d * d) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "train (%d) + test (%d) must be d*d = %d", train.length, test.length, d * d));
        }
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
        return o instanceof Split && ((Split) o).d == d && Arrays.equals(((Split) o).train, train)
                && Arrays.equals(((Split) o).test, test);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * d + Arrays.hashCode(train)) + Arrays.hashCode(test);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Split[d=%d, train=%d, test=%d]", d, train.length, test.length);
    }
}
