package dev.cogs.algebra.weights;

/**
 * Tables of \(\cos(2\pi n/d)\) and \(\sin(2\pi n/d)\), n ∈ Z_d, computed exactly per call (no
 * caching).
 */
final class Twiddles {

    private Twiddles() {}

    static double[] cos(int d) {
        double[] c = new double[d];
        for (int n = 0; n < d; n++) {
            c[n] = Math.cos(angle(n, d));
        }
        return c;
    }

    static double[] sin(int d) {
        double[] s = new double[d];
        for (int n = 0; n < d; n++) {
            s[n] = Math.sin(angle(n, d));
        }
        return s;
    }

    /** Angle reduced to [-π, π] before evaluating, so the tables are symmetric to the last bit. */
    private static double angle(int n, int d) {
        int m = n;
        if (2 * m > d) {
            m -= d;
        }
        return 2 * Math.PI * m / d;
    }
}
