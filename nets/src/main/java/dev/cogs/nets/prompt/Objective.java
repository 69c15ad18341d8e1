package dev.cogs.nets.prompt;

/**
 * The objective a prompt is fitted to, on the training inputs S (docs/yoneda-nets.md §2.3).
 *
 * <p>Both objectives are invariant under adding the same value to every class of an output column,
 * so they only see \(P_\perp o\).
 */
public sealed interface Objective {

    /**
     * The projected MSE \(\frac1{|S|}\sum_{b\in S}\|P_\perp(o(b) - e_{y(b)})\|^2\)
     * (docs/cogs-math.md §1).
     *
     * @return the MSE objective
     */
    static Objective mse() {
        return new Mse();
    }

    /**
     * Cross-entropy of the softmax of \(o(b)/T\) against \(y(b)\), averaged over S.
     *
     * @param temperature T, finite and &gt; 0 (0.05 in the experiment)
     * @return the cross-entropy objective
     * @throws IllegalArgumentException if T is not finite and positive
     */
    static Objective crossEntropy(double temperature) {
        return new CrossEntropy(temperature);
    }

    /** The projected mean squared error; the prompt kept is the iterate of least loss. */
    record Mse() implements Objective {}

    /**
     * Cross-entropy on the raw outputs divided by a temperature; the prompt kept is the last
     * iterate.
     *
     * @param temperature T, finite and &gt; 0
     */
    record CrossEntropy(double temperature) implements Objective {
        /**
         * Validates.
         *
         * @param temperature T
         * @throws IllegalArgumentException if T is not finite and positive
         */
        public CrossEntropy {
            if (!(temperature > 0) || Double.isInfinite(temperature)) {
                throw new IllegalArgumentException(
                        "temperature (" + temperature + ") must be finite and > 0");
            }
        }
    }
}
