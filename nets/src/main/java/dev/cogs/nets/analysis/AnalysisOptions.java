package dev.cogs.nets.analysis;

import java.util.Locale;

/**
 * The absolute thresholds of the analysis pipeline (docs/cogs-math.md §9, "Threshold summary").
 *
 * <p>They are absolute on purpose: they assume the 1/d-normalised DFT of the docs/cogs-math.md §2
 * and the scale of trained nets (|A_k| ≈ 0.15–0.18 at d = 23, ≈ 0.09–0.10 at d = 127). Use {@link
 * #paper()} for comparability with the paper.
 *
 * @param activity a node counts at frequency k if |A_{kj}| exceeds this (0.05)
 * @param signFlip the (−1,−1,1) node symmetry is undone when |τ_i − τ_0| exceeds this (0.2)
 * @param factorability a group of size q_k is factorable iff err ≤ factorability·√(3 q_k) (0.1)
 * @param typeTolerance tolerance t of the factor-type tests; "syn" uses t·√3 (0.1)
 */
public record AnalysisOptions(
        double activity, double signFlip, double factorability, double typeTolerance) {

    /**
     * Validates the thresholds.
     *
     * @param activity a node counts at frequency k if |A_{kj}| exceeds this (0.05)
     * @param signFlip the (−1,−1,1) node symmetry is undone when |τ_i − τ_0| exceeds this (0.2)
     * @param factorability a group of size q_k is factorable iff err ≤ factorability·√(3 q_k) (0.1)
     * @param typeTolerance tolerance t of the factor-type tests; "syn" uses t·√3 (0.1)
     * @throws IllegalArgumentException if a threshold is not finite and &gt; 0
     */
    public AnalysisOptions {
        check("activity", activity);
        check("signFlip", signFlip);
        check("factorability", factorability);
        check("typeTolerance", typeTolerance);
    }

    private static void check(String name, double v) {
        if (!(v > 0 && v < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "%s (%s) must be finite and > 0", name, v));
        }
    }

    /**
     * The paper's thresholds: 0.05, 0.2, 0.1, 0.1.
     *
     * @return the options of the docs/cogs-math.md §9
     */
    public static AnalysisOptions paper() {
        return new AnalysisOptions(0.05, 0.2, 0.1, 0.1);
    }

    /**
     * The factorability bound 0.1·√(3 q_k) for a group of the given size (0.3464 for 4, 0.4243 for
     * 6).
     *
     * @param groupSize q_k
     * @return the largest err of a factorable group
     */
    public double errBound(int groupSize) {
        return factorability * Math.sqrt(3.0 * groupSize);
    }
}
