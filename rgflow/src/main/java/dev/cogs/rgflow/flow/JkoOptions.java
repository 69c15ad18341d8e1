package dev.cogs.rgflow.flow;

/**
 * Options of a numerical JKO step.
 *
 * @param tau step τ &gt; 0
 * @param maxIterations L-BFGS iteration cap &gt; 0
 * @param gradientTolerance stop when the max-norm of the objective's gradient is below this (&gt;
 *     0)
 */
public record JkoOptions(double tau, int maxIterations, double gradientTolerance) {

    /**
     * Validates (NaN fails).
     *
     * @param tau step τ &gt; 0
     * @param maxIterations L-BFGS iteration cap &gt; 0
     * @param gradientTolerance stop when the max-norm of the objective's gradient is below this
     *     (&gt; 0)
     */
    public JkoOptions {
        JkoChecks.step(tau);
        if (maxIterations <= 0) {
            throw new IllegalArgumentException("maxIterations (" + maxIterations + ") must be > 0");
        }
        JkoChecks.positive(gradientTolerance, "gradientTolerance");
    }

    /**
     * Defaults: 500 iterations, gradient tolerance 1e-10.
     *
     * @param tau the step
     * @return the options
     */
    public static JkoOptions of(double tau) {
        return new JkoOptions(tau, 500, 1e-10);
    }
}
