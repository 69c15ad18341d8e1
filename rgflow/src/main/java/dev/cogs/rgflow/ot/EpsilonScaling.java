package dev.cogs.rgflow.ot;

/**
 * ε-scaling schedule: stages {@code ε_k = max(ε, ε₀ q^k)}, each warm-started from the potentials of
 * the previous stage; intermediate stages run at most {@code stageIterations} iterations (or until
 * the tolerance), the final stage (at the target {@code ε}) uses the main iteration cap.
 *
 * @param initialEpsilon {@code ε₀}, finite and {@code > 0} (GeomLoss uses diameter^p)
 * @param factor {@code q ∈ (0, 1)}; {@code q = 1} disables scaling ({@link #none()})
 * @param stageIterations cap per intermediate stage, {@code > 0}
 */
public record EpsilonScaling(double initialEpsilon, double factor, int stageIterations) {

    /**
     * Validates the schedule.
     *
     * @param initialEpsilon {@code ε₀}, finite and {@code > 0} (GeomLoss uses diameter^p)
     * @param factor {@code q ∈ (0, 1)}; {@code q = 1} disables scaling ({@link #none()})
     * @param stageIterations cap per intermediate stage, {@code > 0}
     * @throws IllegalArgumentException if {@code ε₀} is not finite and {@code > 0}, {@code q ∉ (0,
     *     1]}, or {@code stageIterations ≤ 0}
     */
    public EpsilonScaling {
        OtChecks.positiveFinite("initialEpsilon", initialEpsilon);
        if (!(factor > 0 && factor <= 1)) {
            throw new IllegalArgumentException("factor (" + factor + ") must be in (0, 1]");
        }
        OtChecks.positive("stageIterations", stageIterations);
    }

    /**
     * @return no ε-scaling
     */
    public static EpsilonScaling none() {
        return new EpsilonScaling(1.0, 1.0, 1);
    }

    /**
     * @return whether stages are run before the target {@code ε}
     */
    public boolean enabled() {
        return factor < 1;
    }

    /**
     * The stages {@code ε₀, ε₀q, …} above {@code target}, then {@code target}; just {@code target}
     * if disabled.
     */
    double[] stages(double target) {
        if (!enabled() || initialEpsilon <= target) {
            return new double[] {target};
        }
        java.util.List<Double> list = new java.util.ArrayList<>();
        for (double e = initialEpsilon; e > target; e *= factor) {
            list.add(e);
        }
        list.add(target);
        double[] out = new double[list.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = list.get(k);
        }
        return out;
    }
}
