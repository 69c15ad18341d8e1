package dev.cogs.rgflow.flow;

import java.util.Locale;

/** Argument guards of the flow package (NaN fails every guard). */
final class JkoChecks {
    private JkoChecks() {
    }

    static void positive(double x, String name) {
        if (!(x > 0) || Double.isInfinite(x)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s (%s) must be finite and > 0", name, x));
        }
    }

    static void finite(double x, String name) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s (%s) must be finite", name, x));
        }
    }

    static void step(double tau) {
        if (!(tau > 0) || Double.isInfinite(tau)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "step tau (%s) must be finite and > 0", tau));
        }
    }
}
