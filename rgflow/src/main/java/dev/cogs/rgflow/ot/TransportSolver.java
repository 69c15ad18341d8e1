package dev.cogs.rgflow.ot;

/**
 * A solver of the discrete transport problem between weights {@code a}, {@code b} for a cost matrix
 * {@code C}. Extension point: implementations must be deterministic (same input, same output) and
 * must not modify their arguments.
 *
 * @param <R> the result type
 */
@FunctionalInterface
public interface TransportSolver<R extends TransportResult> {

    /**
     * Solves the problem.
     *
     * @param a source weights, length {@code n}, non-negative and finite
     * @param b target weights, length {@code m}, non-negative and finite
     * @param cost {@code n×m} cost matrix
     * @return the result with diagnostics
     * @throws IllegalArgumentException on invalid weights, mismatched shapes, or (for balanced
     *     solvers) unequal masses
     */
    R solve(double[] a, double[] b, CostMatrix cost);

    /**
     * Convenience: solves between two clouds for a ground cost.
     *
     * @param x source cloud (its weights are {@code a})
     * @param y target cloud (its weights are {@code b})
     * @param ground the ground cost
     * @return the result
     * @throws IllegalArgumentException as {@link #solve(double[], double[], CostMatrix)} or on a
     *     dimension mismatch
     */
    default R solve(EmpiricalMeasure x, EmpiricalMeasure y, GroundCost ground) {
        return solve(x.weights(), y.weights(), CostMatrix.between(x, y, ground));
    }
}
