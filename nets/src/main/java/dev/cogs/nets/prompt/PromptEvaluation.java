package dev.cogs.nets.prompt;

import java.util.Locale;

/**
 * The metrics of one prompt on a set of inputs (docs/yoneda-nets.md §2.4).
 *
 * @param loss the projected MSE averaged over the inputs
 * @param robustCorrect the inputs whose margin \(o_{y} - \max_{c\ne y} o_c\) exceeds τ
 * @param correct the inputs whose margin is positive (plain argmax accuracy, ties counting as
 *     wrong)
 * @param inputs the number of inputs evaluated
 * @param minMargin the smallest margin over the inputs (negative when some input is wrong)
 * @param tau the robust margin τ used
 */
public record PromptEvaluation(
        double loss, int robustCorrect, int correct, int inputs, double minMargin, double tau) {

    /**
     * Validates the counts.
     *
     * @param loss the loss
     * @param robustCorrect robust count
     * @param correct argmax count
     * @param inputs the number of inputs
     * @param minMargin the smallest margin
     * @param tau τ
     * @throws IllegalArgumentException unless 0 ≤ robustCorrect ≤ correct ≤ inputs and inputs ≥ 1
     */
    public PromptEvaluation {
        if (inputs < 1 || robustCorrect < 0 || robustCorrect > correct || correct > inputs) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "counts robust %d, correct %d of %d inputs are inconsistent",
                            robustCorrect,
                            correct,
                            inputs));
        }
    }

    /**
     * The robust accuracy.
     *
     * @return robustCorrect / inputs
     */
    public double robustAccuracy() {
        return (double) robustCorrect / inputs;
    }

    /**
     * The plain argmax accuracy.
     *
     * @return correct / inputs
     */
    public double accuracy() {
        return (double) correct / inputs;
    }
}
