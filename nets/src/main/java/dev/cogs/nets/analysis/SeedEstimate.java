package dev.cogs.nets.analysis;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Mean and standard error of the mean of one statistic over seeds: s.e.m. = s/√n with the sample
 * standard deviation s (Bessel's correction, divisor n − 1), as in the paper's factorisation table.
 *
 * @param seeds n, the number of seeds where the statistic is defined (≥ 1)
 * @param mean the sample mean
 * @param standardError s/√n; empty when n = 1
 */
public record SeedEstimate(int seeds, double mean, OptionalDouble standardError) {

    /**
     * Validates.
     *
     * @param seeds n, the number of seeds where the statistic is defined (≥ 1)
     * @param mean the sample mean
     * @param standardError s/√n; empty when n = 1
     * @throws IllegalArgumentException if n &lt; 1, the mean is not finite, or the error is absent
     *     for n ≥ 2
     */
    public SeedEstimate {
        Objects.requireNonNull(standardError, "standardError");
        if (seeds < 1) {
            throw new IllegalArgumentException("seeds (" + seeds + ") must be >= 1");
        }
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("mean (" + mean + ") must be finite");
        }
        if (seeds > 1 != standardError.isPresent()) {
            throw new IllegalArgumentException(
                    "standardError must be present iff seeds (" + seeds + ") > 1");
        }
    }

    /**
     * Estimates from values.
     *
     * <p>Non-finite values: refused.
     *
     * @param values one value per seed, at least one, all finite
     * @return the estimate
     * @throws IllegalArgumentException if there is no value or a value is not finite
     */
    public static SeedEstimate of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("values must not be empty");
        }
        double sum = 0;
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("value (" + v + ") must be finite");
            }
            sum += v;
        }
        int n = values.length;
        double mean = sum / n;
        if (n == 1) {
            return new SeedEstimate(1, mean, OptionalDouble.empty());
        }
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return new SeedEstimate(n, mean, OptionalDouble.of(Math.sqrt(ss / (n - 1)) / Math.sqrt(n)));
    }

    /**
     * Formats as {@code mean ± sem} after multiplying by a scale (100 for the paper's percentages).
     *
     * @param scale the factor
     * @param decimals digits after the point
     * @return e.g. {@code "95.2 ± 1.3"}, or just the mean when n = 1
     */
    public String format(double scale, int decimals) {
        String f = "%." + decimals + "f";
        String m = String.format(Locale.ROOT, f, mean * scale);
        if (standardError.isEmpty()) {
            return m;
        }
        return m + " ± " + String.format(Locale.ROOT, f, standardError.getAsDouble() * scale);
    }
}
