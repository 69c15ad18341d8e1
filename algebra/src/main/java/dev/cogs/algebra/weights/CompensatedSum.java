package dev.cogs.algebra.weights;

/**
 * Neumaier's compensated summation (package-private, mutable accumulator, not thread-safe): the
 * error of the sum does not grow with the number of terms, which keeps the d²-term losses exact to
 * rounding.
 */
final class CompensatedSum {

    private double sum;
    private double compensation;

    void add(double x) {
        double t = sum + x;
        if (Math.abs(sum) >= Math.abs(x)) {
            compensation += (sum - t) + x;
        } else {
            compensation += (x - t) + sum;
        }
        sum = t;
    }

    double value() {
        return sum + compensation;
    }
}
