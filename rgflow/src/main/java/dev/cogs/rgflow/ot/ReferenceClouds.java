package dev.cogs.rgflow.ot;

/**
 * The deterministic "circle → parabola" clouds of docs/rgflow.md §8, used by tests and the
 * benchmark: {@code x_i = (cos 2πi/n, sin 2πi/n)}, {@code y_j = (s_j, s_j²)} with {@code s_j =
 * j/(n−1)}, uniform weights.
 */
public final class ReferenceClouds {

    private ReferenceClouds() {}

    /**
     * Points on the unit circle.
     *
     * @param n number of points, {@code ≥ 1}
     * @return the uniform cloud {@code (cos 2πi/n, sin 2πi/n)}, {@code i = 0..n−1}
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public static EmpiricalMeasure circle(int n) {
        OtChecks.atLeastOne("n", n);
        double[][] p = new double[n][];
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * i / n;
            p[i] = new double[] {Math.cos(t), Math.sin(t)};
        }
        return EmpiricalMeasure.uniform(p);
    }

    /**
     * Points on the parabola {@code y = x²} over {@code [0, 1]}.
     *
     * @param n number of points, {@code ≥ 2}
     * @return the uniform cloud {@code (s_j, s_j²)}, {@code s_j = j/(n−1)}
     * @throws IllegalArgumentException if {@code n < 2}
     */
    public static EmpiricalMeasure parabola(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("n (" + n + ") must be >= 2");
        }
        double[][] p = new double[n][];
        for (int j = 0; j < n; j++) {
            double s = (double) j / (n - 1);
            p[j] = new double[] {s, s * s};
        }
        return EmpiricalMeasure.uniform(p);
    }
}
