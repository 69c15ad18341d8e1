package dev.cogs.algebra;

import java.util.Locale;

/** Package-private implementations of {@link Tolerance}; all immutable records. */
final class Tolerances {

    private Tolerances() {}

    /** Numeric {@code ==}. */
    enum Exact implements Tolerance {
        INSTANCE;

        @Override
        public boolean accepts(double difference, double magnitude) {
            return difference == 0;
        }

        @Override
        public String toString() {
            return "Tolerance.exact()";
        }
    }

    /** At most n ulps apart. */
    record Ulps(int n) implements Tolerance {

        @Override
        public boolean accepts(double difference, double magnitude) {
            return difference <= n * Math.ulp(magnitude);
        }

        @Override
        public boolean test(double a, double b) {
            if (a == b) {
                return true;
            }
            if (Double.isNaN(a)
                    || Double.isNaN(b)
                    || Double.isInfinite(a)
                    || Double.isInfinite(b)) {
                return false;
            }
            // Map doubles onto a monotone long scale (±0.0 both map to 0) and count the steps
            // between them.
            long x = ordinal(a);
            long y = ordinal(b);
            long distance = Math.abs(x - y); // |x|, |y| < 2^63 - 2^52, so no overflow
            return distance <= n;
        }

        private static long ordinal(double v) {
            long bits = Double.doubleToRawLongBits(v);
            return bits < 0 ? -(bits & Long.MAX_VALUE) : bits;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Tolerance.ulps(%d)", n);
        }
    }

    /** |a-b| <= r max(|a|,|b|). */
    record Relative(double r) implements Tolerance {

        @Override
        public boolean accepts(double difference, double magnitude) {
            return difference <= r * magnitude;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Tolerance.relative(%s)", r);
        }
    }

    /** |a-b| <= a. */
    record Absolute(double a) implements Tolerance {

        @Override
        public boolean accepts(double difference, double magnitude) {
            return difference <= a;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Tolerance.absolute(%s)", a);
        }
    }

    /** Either of two tolerances. */
    record Either(Tolerance first, Tolerance second) implements Tolerance {

        @Override
        public boolean accepts(double difference, double magnitude) {
            return first.accepts(difference, magnitude) || second.accepts(difference, magnitude);
        }

        @Override
        public boolean test(double a, double b) {
            return first.test(a, b) || second.test(a, b);
        }

        @Override
        public String toString() {
            return first + ".or(" + second + ")";
        }
    }
}
