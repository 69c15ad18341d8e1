package dev.cogs.rgflow.polchinski;

import java.util.Locale;

/** Argument guards of the polchinski package (NaN fails every guard). */
final class PolchinskiChecks {
    private PolchinskiChecks() {}

    static void step(double tau) {
        if (!(tau > 0) || Double.isInfinite(tau)) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "step tau (%s) must be finite and > 0", tau));
        }
    }

    static void positiveFinite(double x, String name) {
        if (!(x > 0) || Double.isInfinite(x)) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "%s (%s) must be finite and > 0", name, x));
        }
    }

    static void finite(double x, String name) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "%s (%s) must be finite", name, x));
        }
    }

    static void atLeast(long x, long min, String name) {
        if (x < min) {
            throw new IllegalArgumentException(name + " (" + x + ") must be >= " + min);
        }
    }
}
