package dev.cogs.io.weights;

import dev.cogs.io.Tensor;
import dev.cogs.io.TensorFile;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The train/test losses and accuracies a trainer logged into a checkpoint for the epoch the
 * checkpoint holds.
 *
 * <p>Two layouts are recognised. The luckmatters trainer saves {@code {"model": state_dict,
 * "results": [...]}}, where {@code results} lists one dict per evaluation so far with the keys
 * {@code epoch}, {@code train_loss}, {@code test_loss}, {@code train_acc}, {@code test_acc}: the
 * entry whose {@code epoch} equals the file's epoch is taken ({@link TensorFile#scalars()} paths
 * {@code results.<i>.<key>}). Otherwise the four keys (and optionally {@code epoch}, which must
 * then equal the file's epoch) are looked up at the top level: as scalars of a PyTorch file, as 0-d
 * tensors (a {@code .npz} written by {@code numpy.savez(..., train_loss=...)}), or as {@code
 * .safetensors} metadata strings (as {@code cogs reproduce --save-checkpoints} writes them).
 *
 * <p>Immutable.
 *
 * @param epoch the epoch
 * @param trainLoss the loss on the training split
 * @param testLoss the loss on the test split
 * @param trainAccuracy the accuracy on the training split, in [0, 1]
 * @param testAccuracy the accuracy on the test split, in [0, 1]
 */
public record LoggedEvaluation(
        int epoch, double trainLoss, double testLoss, double trainAccuracy, double testAccuracy) {

    /** The keys of the four values, as the luckmatters trainer names them. */
    public static final String TRAIN_LOSS = "train_loss";

    /** See {@link #TRAIN_LOSS}. */
    public static final String TEST_LOSS = "test_loss";

    /** See {@link #TRAIN_LOSS}. */
    public static final String TRAIN_ACC = "train_acc";

    /** See {@link #TRAIN_LOSS}. */
    public static final String TEST_ACC = "test_acc";

    /** The key of the epoch. */
    public static final String EPOCH = "epoch";

    /**
     * Validates the record.
     *
     * @param epoch the epoch
     * @param trainLoss the loss on the training split
     * @param testLoss the loss on the test split
     * @param trainAccuracy the accuracy on the training split, in [0, 1]
     * @param testAccuracy the accuracy on the test split, in [0, 1]
     * @throws IllegalArgumentException if the epoch is negative or an accuracy is outside [0, 1]
     */
    public LoggedEvaluation {
        if (epoch < 0) {
            throw new IllegalArgumentException("epoch (" + epoch + ") must be >= 0");
        }
        if (!(trainAccuracy >= 0 && trainAccuracy <= 1)
                || !(testAccuracy >= 0 && testAccuracy <= 1)) {
            throw new IllegalArgumentException(
                    "accuracies (" + trainAccuracy + ", " + testAccuracy + ") must be in [0, 1]");
        }
    }

    /**
     * The metadata a checkpoint writer stores for this evaluation (the top-level layout above),
     * numbers in Java's shortest round-trip decimal form.
     *
     * @return {@code epoch}, {@code train_loss}, {@code test_loss}, {@code train_acc}, {@code
     *     test_acc}
     */
    public Map<String, String> metadata() {
        java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
        m.put(EPOCH, Integer.toString(epoch));
        m.put(TRAIN_LOSS, Double.toString(trainLoss));
        m.put(TEST_LOSS, Double.toString(testLoss));
        m.put(TRAIN_ACC, Double.toString(trainAccuracy));
        m.put(TEST_ACC, Double.toString(testAccuracy));
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * The evaluation logged in a checkpoint for an epoch.
     *
     * <p>Non-finite values: a logged NaN or infinite loss is returned as it is (a diverged run); an
     * accuracy outside [0, 1] makes the entry unusable and gives an empty result.
     *
     * @param file the checkpoint's contents
     * @param epoch the checkpoint's epoch
     * @return the evaluation, or empty if the file logs none for this epoch
     */
    public static Optional<LoggedEvaluation> find(TensorFile file, int epoch) {
        Objects.requireNonNull(file, "file");
        Map<String, Double> s = file.scalars();
        for (int i = 0; s.containsKey("results." + i + "." + EPOCH); i++) {
            String p = "results." + i + ".";
            if (s.get(p + EPOCH) == epoch) {
                return of(
                        epoch,
                        s.get(p + TRAIN_LOSS),
                        s.get(p + TEST_LOSS),
                        s.get(p + TRAIN_ACC),
                        s.get(p + TEST_ACC));
            }
        }
        Double logged = top(file, EPOCH);
        if (logged != null && logged != epoch) {
            return Optional.empty();
        }
        return of(
                epoch,
                top(file, TRAIN_LOSS),
                top(file, TEST_LOSS),
                top(file, TRAIN_ACC),
                top(file, TEST_ACC));
    }

    private static Double top(TensorFile file, String key) {
        Double v = file.scalars().get(key);
        if (v != null) {
            return v;
        }
        Optional<Tensor> t = file.find(key);
        if (t.isPresent() && t.get().size() == 1) {
            return t.get().data()[0];
        }
        String m = file.metadata().get(key);
        if (m != null) {
            try {
                return Double.valueOf(m.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static Optional<LoggedEvaluation> of(
            int epoch, Double trainLoss, Double testLoss, Double trainAcc, Double testAcc) {
        if (trainLoss == null
                || testLoss == null
                || trainAcc == null
                || testAcc == null
                || !(trainAcc >= 0 && trainAcc <= 1)
                || !(testAcc >= 0 && testAcc <= 1)) {
            return Optional.empty();
        }
        return Optional.of(new LoggedEvaluation(epoch, trainLoss, testLoss, trainAcc, testAcc));
    }
}
