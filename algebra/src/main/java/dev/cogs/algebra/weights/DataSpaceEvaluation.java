package dev.cogs.algebra.weights;

/**
 * The result of evaluating a net on all d² pairs in data space (docs/cogs-math.md §1).
 *
 * @param loss the projected MSE \(\ell = \frac1{d^2}\sum_{a,b}\|P_\perp(o(a,b) - e_{a+b})\|^2\)
 * @param correct the number of pairs with \(\arg\max_c o_c(a,b) = a+b\) (first maximum on ties)
 * @param pairs the number of pairs, d²
 */
public record DataSpaceEvaluation(double loss, int correct, int pairs) {

    /**
     * Validates the counts.
     *
     * @param loss see the record description
     * @param correct see the record description
     * @param pairs see the record description
     * @throws IllegalArgumentException if the counts are inconsistent
     */
    public DataSpaceEvaluation {
        if (pairs <= 0 || correct < 0 || correct > pairs) {
            throw new IllegalArgumentException(
                    "correct (" + correct + ") must be in [0, pairs (" + pairs + ")]");
        }
    }

    /**
     * The accuracy, correct / pairs.
     *
     * @return the fraction of pairs classified correctly
     */
    public double accuracy() {
        return (double) correct / pairs;
    }
}
