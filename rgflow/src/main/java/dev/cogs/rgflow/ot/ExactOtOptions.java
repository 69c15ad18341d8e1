package dev.cogs.rgflow.ot;

/**
 * Options of the exact (network simplex) solver.
 *
 * <p>The pivot cap is {@code max(minimumCap, ⌈capFactor · (n + m)²⌉)}: proportional to the squared
 * problem size, since a fixed cap (POT's default {@code 1e5}) is too small for {@code n ≳ 2000}
 * (docs/rgflow.md §6.1).
 *
 * @param capFactor factor of {@code (n+m)²}, finite and {@code ≥ 0}
 * @param minimumCap lower bound of the cap, {@code > 0}
 */
public record ExactOtOptions(double capFactor, long minimumCap) {

    /**
     * Validates the options.
     *
     * @param capFactor factor of {@code (n+m)²}, finite and {@code ≥ 0}
     * @param minimumCap lower bound of the cap, {@code > 0}
     * @throws IllegalArgumentException if {@code capFactor} is negative, NaN or infinite, or {@code
     *     minimumCap ≤ 0}
     */
    public ExactOtOptions {
        if (!(capFactor >= 0) || Double.isInfinite(capFactor)) {
            throw new IllegalArgumentException(
                    "capFactor (" + capFactor + ") must be finite and >= 0");
        }
        OtChecks.positive("minimumCap", minimumCap);
    }

    /**
     * @return cap {@code max(100000, 10·(n+m)²)}
     */
    public static ExactOtOptions defaults() {
        return new ExactOtOptions(10.0, 100_000L);
    }

    /**
     * A fixed pivot cap.
     *
     * @param cap the cap, {@code > 0}
     * @return options with {@code capFactor = 0}
     * @throws IllegalArgumentException if {@code cap ≤ 0}
     */
    public static ExactOtOptions fixedCap(long cap) {
        return new ExactOtOptions(0.0, cap);
    }

    /**
     * The cap for a problem size.
     *
     * @param n number of sources
     * @param m number of sinks
     * @return the pivot cap
     */
    public long cap(int n, int m) {
        double s = (double) n + m;
        double c = Math.ceil(capFactor * s * s);
        return c >= Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(minimumCap, (long) c);
    }
}
