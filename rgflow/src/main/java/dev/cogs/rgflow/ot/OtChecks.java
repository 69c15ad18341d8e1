package dev.cogs.rgflow.ot;

/**
 * Argument guards of the ot package. Every guard is written so that NaN fails it, and its message
 * names the argument and its value.
 */
final class OtChecks {

    private OtChecks() {}

    /** Requires {@code 0 < x < ∞}. */
    static void positiveFinite(String name, double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            throw new IllegalArgumentException(name + " (" + x + ") must be finite and > 0");
        }
    }

    /** Requires {@code x > 0} ({@code +∞} allowed). */
    static void positive(String name, double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException(name + " (" + x + ") must be > 0");
        }
    }

    /** Requires a count {@code x > 0}. */
    static void positive(String name, long x) {
        if (x <= 0) {
            throw new IllegalArgumentException(name + " (" + x + ") must be > 0");
        }
    }

    /** Requires a count {@code x ≥ 1}. */
    static void atLeastOne(String name, long x) {
        if (x < 1) {
            throw new IllegalArgumentException(name + " (" + x + ") must be >= 1");
        }
    }

    /**
     * Controls of the entropic solvers: {@code ε} finite and {@code > 0}, iteration cap and
     * tolerance {@code > 0}.
     */
    static void iterationControls(double epsilon, int maxIterations, double tolerance) {
        positiveFinite("epsilon", epsilon);
        positive("maxIterations", maxIterations);
        positive("tolerance", tolerance);
    }
}
