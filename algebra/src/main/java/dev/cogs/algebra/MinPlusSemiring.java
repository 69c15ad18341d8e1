package dev.cogs.algebra;

import java.util.Locale;
import java.util.Objects;

/** The tropical semiring ([−∞, +∞], min, +, +∞, 0) with +∞ absorbing; see {@link Semirings#minPlus()}. */
record MinPlusSemiring(Tolerance tolerance) implements Semiring<Double> {

    private static final Double ZERO = Double.POSITIVE_INFINITY;
    private static final Double ONE = 0.0;

    MinPlusSemiring {
        Objects.requireNonNull(tolerance, "tolerance");
    }

    @Override
    public Double zero() {
        return ZERO;
    }

    @Override
    public Double one() {
        return ONE;
    }

    @Override
    public Double add(Double a, Double b) {
        return Math.min(check(a, "a"), check(b, "b"));
    }

    @Override
    public Double multiply(Double a, Double b) {
        double x = check(a, "a");
        double y = check(b, "b");
        // The zero +inf absorbs, also against -inf (where IEEE would give NaN).
        if (x == Double.POSITIVE_INFINITY || y == Double.POSITIVE_INFINITY) {
            return ZERO;
        }
        return x + y;
    }

    @Override
    public boolean isZero(Double a) {
        return check(a, "a") == Double.POSITIVE_INFINITY;
    }

    @Override
    public boolean equivalent(Double a, Double b) {
        return tolerance.test(check(a, "a"), check(b, "b"));
    }

    static double check(Double a, String name) {
        Objects.requireNonNull(a, name);
        if (Double.isNaN(a)) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "tropical semiring: %s (NaN) is not an element", name));
        }
        return a;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Semirings.minPlus(%s)", tolerance);
    }
}
