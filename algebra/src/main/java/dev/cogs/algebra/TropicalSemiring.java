package dev.cogs.algebra;

import java.util.Locale;
import java.util.Objects;

/**
 * The tropical semirings over [−∞, +∞]: ([−∞, +∞], min, +, +∞, 0) and ([−∞, +∞], max, +, −∞, 0),
 * each with its zero absorbing in ⊗; see {@link Semirings#minPlus()} and {@link
 * Semirings#maxPlus()}.
 *
 * @param kind min-plus or max-plus
 * @param tolerance the equality under which the laws are claimed
 */
record TropicalSemiring(Kind kind, Tolerance tolerance) implements Semiring<Double> {

    /** Which of the two tropical semirings. */
    enum Kind {
        /** ⊕ = min, zero +∞. */
        MIN_PLUS(Double.POSITIVE_INFINITY, "minPlus"),
        /** ⊕ = max, zero −∞. */
        MAX_PLUS(Double.NEGATIVE_INFINITY, "maxPlus");

        private final Double zero;
        private final String factory;

        Kind(double zero, String factory) {
            this.zero = zero;
            this.factory = factory;
        }
    }

    private static final Double ONE = 0.0;

    TropicalSemiring {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tolerance, "tolerance");
    }

    @Override
    public Double zero() {
        return kind.zero;
    }

    @Override
    public Double one() {
        return ONE;
    }

    @Override
    public Double add(Double a, Double b) {
        double x = check(a, "a");
        double y = check(b, "b");
        return kind == Kind.MIN_PLUS ? Math.min(x, y) : Math.max(x, y);
    }

    @Override
    public Double multiply(Double a, Double b) {
        double x = check(a, "a");
        double y = check(b, "b");
        // The zero absorbs, also against the opposite infinity (where IEEE would give NaN).
        if (x == kind.zero || y == kind.zero) {
            return kind.zero;
        }
        return x + y;
    }

    @Override
    public boolean isZero(Double a) {
        return check(a, "a") == kind.zero.doubleValue();
    }

    @Override
    public boolean equivalent(Double a, Double b) {
        return tolerance.test(check(a, "a"), check(b, "b"));
    }

    private static double check(Double a, String name) {
        Objects.requireNonNull(a, name);
        if (Double.isNaN(a)) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT, "tropical semiring: %s (NaN) is not an element", name));
        }
        return a;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Semirings.%s(%s)", kind.factory, tolerance);
    }
}
