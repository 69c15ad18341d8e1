package dev.cogs.algebra;

import java.util.Locale;
import java.util.Objects;

/** The Viterbi semiring ([0, 1], max, ×, 0, 1); see {@link Semirings#maxTimesUnit()}. */
record MaxTimesUnitSemiring(Tolerance tolerance) implements Semiring<Double> {

    private static final Double ZERO = 0.0;
    private static final Double ONE = 1.0;

    MaxTimesUnitSemiring {
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
        return Math.max(check(a, "a"), check(b, "b"));
    }

    @Override
    public Double multiply(Double a, Double b) {
        return check(a, "a") * check(b, "b");
    }

    @Override
    public boolean isZero(Double a) {
        return check(a, "a") == 0.0;
    }

    @Override
    public boolean equivalent(Double a, Double b) {
        return tolerance.test(check(a, "a"), check(b, "b"));
    }

    private static double check(Double a, String name) {
        Objects.requireNonNull(a, name);
        if (!(a >= 0.0 && a <= 1.0)) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT, "max-times semiring: %s (%s) must be in [0, 1]", name, a));
        }
        return a;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Semirings.maxTimesUnit(%s)", tolerance);
    }
}
