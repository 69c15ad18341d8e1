package dev.cogs.rgflow.flow;

import java.util.Locale;
import java.util.Objects;

/** Argument guards of the flow package (NaN fails every guard). */
final class JkoChecks {
    private JkoChecks() {}

    static void positive(double x, String name) {
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

    static void step(double tau) {
        if (!(tau > 0) || Double.isInfinite(tau)) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "step tau (%s) must be finite and > 0", tau));
        }
    }

    /** Per-mode eigenvalues: non-null, length n, finite. */
    static void modeValues(double[] values, int n, String name) {
        Objects.requireNonNull(values, name);
        if (values.length != n) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "%s has %d values but the basis has size %d",
                            name,
                            values.length,
                            n));
        }
        for (int k = 0; k < n; k++) {
            if (!Double.isFinite(values[k])) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "%s eigenvalue %d (%s) must be finite",
                                name,
                                k,
                                values[k]));
            }
        }
    }

    /** Every eigenvalue &gt; 0 (same message as the lattice's spectral operators). */
    static void positiveDefinite(double[] values, String name) {
        for (int k = 0; k < values.length; k++) {
            if (!(values[k] > 0)) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "%s is not positive definite: eigenvalue %d is %s",
                                name,
                                k,
                                values[k]));
            }
        }
    }
}
