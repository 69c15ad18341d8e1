package dev.cogs.rgflow.ot;

import java.util.SplittableRandom;

/** Shared seeded generators for OT tests. */
final class OtFixtures {

    private OtFixtures() {
    }

    /** Positive weights summing to 1; with {@code allowZeros} about 15 % of them are exactly 0. */
    static double[] randomWeights(int n, SplittableRandom r, boolean allowZeros) {
        double[] w = new double[n];
        double s = 0;
        for (int i = 0; i < n; i++) {
            w[i] = allowZeros && n > 1 && r.nextDouble() < 0.15 ? 0.0 : r.nextDouble(0.05, 1);
            s += w[i];
        }
        if (s == 0) {
            w[0] = 1;
            s = 1;
        }
        for (int i = 0; i < n; i++) {
            w[i] /= s;
        }
        return w;
    }

    static double[] randomPoints1d(int n, SplittableRandom r) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble(-3, 3);
        }
        return x;
    }
}
