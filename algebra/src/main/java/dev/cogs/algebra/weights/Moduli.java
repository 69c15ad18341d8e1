package dev.cogs.algebra.weights;

/**
 * Fast complex modulus (package-private): {@code sqrt(x² + y²)}, falling back to {@link Math#hypot}
 * near overflow.
 */
final class Moduli {

    private static final double SAFE = 1e150;

    private Moduli() {}

    static double of(double x, double y) {
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        if (ax < SAFE && ay < SAFE) {
            return Math.sqrt(x * x + y * y);
        }
        return Math.hypot(x, y);
    }
}
