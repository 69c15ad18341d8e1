package dev.cogs.nets.run;

/**
 * Train/test metrics of the weights before the update of one epoch (docs/cogs-math.md §8).
 *
 * <p>Losses are the projected MSE of docs/cogs-math.md §1 (sum over classes, mean over samples),
 * accumulated in double from the float32 outputs; accuracies are the fraction of pairs whose raw
 * output's argmax (first maximum) is the label, the product ab in the task's group (\((a+b) \bmod
 * d\) for \(\mathbb{Z}_d\), docs/cogs-math.md §14.8).
 *
 * <p>Non-finite values: a diverged run may report a non-finite loss in its last point; accuracies
 * are always in [0, 1].
 *
 * @param epoch number of Adam steps applied to the evaluated weights
 * @param trainLoss projected MSE on the training split
 * @param testLoss projected MSE on the test split
 * @param trainAccuracy accuracy on the training split
 * @param testAccuracy accuracy on the test split
 */
public record EvaluationPoint(
        int epoch, double trainLoss, double testLoss, double trainAccuracy, double testAccuracy) {

    /**
     * Validates the epoch and the accuracies.
     *
     * @param epoch number of Adam steps applied to the evaluated weights
     * @param trainLoss projected MSE on the training split
     * @param testLoss projected MSE on the test split
     * @param trainAccuracy accuracy on the training split
     * @param testAccuracy accuracy on the test split
     * @throws IllegalArgumentException if {@code epoch < 0} or an accuracy is outside [0, 1]
     */
    public EvaluationPoint {
        if (epoch < 0) {
            throw new IllegalArgumentException("epoch (" + epoch + ") must be >= 0");
        }
        if (!(trainAccuracy >= 0 && trainAccuracy <= 1)) {
            throw new IllegalArgumentException(
                    "trainAccuracy (" + trainAccuracy + ") must be in [0, 1]");
        }
        if (!(testAccuracy >= 0 && testAccuracy <= 1)) {
            throw new IllegalArgumentException(
                    "testAccuracy (" + testAccuracy + ") must be in [0, 1]");
        }
    }
}
