package dev.cogs.algebra.weights;

/**
 * A way of evaluating a net directly in data space: the projected MSE and the accuracy on all d²
 * pairs (docs/cogs-math.md §1), as {@link CogsLoss#evaluate} defines them.
 *
 * <p>A strategy object for {@link Verification#of(FourierNet, double, DataSpaceEvaluator)} and
 * {@link ConstructionCheck#run(ConstructionCheck.Options, ConstructionCheck.Progress,
 * DataSpaceEvaluator)}: the library's own evaluator, {@link #pureJava()}, is the default and the
 * reference; a faster one (the {@code cogs-train} module's BLAS evaluator, which does the O(d³q)
 * products with dgemm) can be passed in their place. Implementations must be immutable and
 * thread-safe, and compute the same quantity as the reference: a direct evaluation in double
 * precision (residuals formed explicitly and squared, so that losses near 1e-30 are resolved, not a
 * Gram-matrix expansion that cancels), with the argmax taking the first maximum; they may differ
 * from it only in rounding.
 *
 * <p><b>Non-finite values.</b> {@link RealWeights} are finite, but outputs may overflow for huge
 * weights; an implementation either returns the non-finite loss as the reference does or throws
 * {@link IllegalArgumentException}, and says which.
 */
@FunctionalInterface
public interface DataSpaceEvaluator {

    /**
     * Evaluates the net on all d² pairs.
     *
     * @param w real weights
     * @return loss and accuracy over all d² pairs
     * @throws NullPointerException if {@code w} is null
     */
    DataSpaceEvaluation evaluate(RealWeights w);

    /**
     * The library's pure-Java evaluator, {@link CogsLoss#evaluate}: cache-tiled scalar loops over
     * the first inputs, spread over the common fork-join pool for large nets, summed in (a, b)
     * order with compensated summation (the result does not depend on the number of threads).
     *
     * <p><b>Non-finite values.</b> An overflowing output gives a non-finite loss, returned as is.
     *
     * @return the reference evaluator
     */
    static DataSpaceEvaluator pureJava() {
        return CogsLoss::evaluate;
    }

    /**
     * The exact spectral evaluator for nets whose hidden nodes are single-frequency, as the global
     * constructions' (O(d³ + dq) instead of O(d³q)), with {@code fallback} for every other net:
     * {@link SpectralDataSpace#of}.
     *
     * @param fallback the evaluator of nets that are not single-frequency
     * @return the spectral evaluator
     * @throws NullPointerException if {@code fallback} is null
     */
    static SpectralDataSpace spectral(DataSpaceEvaluator fallback) {
        return SpectralDataSpace.of(fallback);
    }
}
