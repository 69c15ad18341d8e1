package dev.cogs.algebra;

import java.util.Locale;
import java.util.Objects;

/** The field of finite doubles (ℝ, +, ×, 0, 1) with overflow checks; see {@link Fields#reals()}. */
record RealField(Tolerance tolerance) implements Field<Double> {

    private static final Double ZERO = 0.0;
    private static final Double ONE = 1.0;

    RealField {
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
        double x = check(a, "a");
        double y = check(b, "b");
        return finite(x + y, "+", x, y);
    }

    @Override
    public Double multiply(Double a, Double b) {
        double x = check(a, "a");
        double y = check(b, "b");
        return finite(x * y, "*", x, y);
    }

    @Override
    public Double negate(Double a) {
        return -check(a, "a");
    }

    @Override
    public Double subtract(Double a, Double b) {
        double x = check(a, "a");
        double y = check(b, "b");
        return finite(x - y, "-", x, y);
    }

    @Override
    public Double reciprocal(Double a) {
        double x = check(a, "a");
        if (x == 0.0) {
            throw new ArithmeticException("reals: reciprocal of 0");
        }
        return finite(1.0 / x, "/", 1.0, x);
    }

    @Override
    public Double divide(Double a, Double b) {
        double x = check(a, "a");
        double y = check(b, "b");
        if (y == 0.0) {
            throw new ArithmeticException(
                    String.format(Locale.ROOT, "reals: division of %s by 0", x));
        }
        return finite(x / y, "/", x, y);
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
        if (!Double.isFinite(a)) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "reals: %s (%s) must be finite", name, a));
        }
        return a;
    }

    private static Double finite(double r, String op, double x, double y) {
        if (!Double.isFinite(r)) {
            throw new ArithmeticException(
                    String.format(Locale.ROOT, "reals: %s %s %s overflows", x, op, y));
        }
        return r;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Fields.reals(%s)", tolerance);
    }
}
