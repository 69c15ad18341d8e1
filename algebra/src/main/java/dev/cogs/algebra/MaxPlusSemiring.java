package dev.cogs.algebra;

import java.util.Locale;
import java.util.Objects;

/** The max-plus semiring ([−∞, +∞], max, +, −∞, 0) with −∞ absorbing; see {@link Semirings#maxPlus()}. */
record MaxPlusSemiring(Tolerance tolerance) implements Semiring<Double> {

    private static final Double ZERO = Double.NEGATIVE_INFINITY;
    private static final Double ONE = 0.0;

    MaxPlusSemiring {
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
        return Math.max(MinPlusSemiring.check(a, "a"), MinPlusSemiring.check(b, "b"));
    }

    @Override
    public Double multiply(Double a, Double b) {
        double x = MinPlusSemiring.check(a, "a");
        double y = MinPlusSemiring.check(b, "b");
        // The zero -inf absorbs, also against +inf (where IEEE would give NaN).
        if (x == Double.NEGATIVE_INFINITY || y == Double.NEGATIVE_INFINITY) {
            return ZERO;
        }
        return x + y;
    }

    @Override
    public boolean isZero(Double a) {
        return MinPlusSemiring.check(a, "a") == Double.NEGATIVE_INFINITY;
    }

    @Override
    public boolean equivalent(Double a, Double b) {
        return tolerance.test(MinPlusSemiring.check(a, "a"), MinPlusSemiring.check(b, "b"));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Semirings.maxPlus(%s)", tolerance);
    }
}
