package dev.cogs.rgflow.lattice;

/**
 * Sample mean and unbiased sample variance, shared by the Monte Carlo estimators of the package.
 */
final class SampleMoments {

    private SampleMoments() {}

    /**
     * {@code {m, s²}} with {@code m = Σv/n} and {@code s² = Σ(v − m)²/(n − 1)} ({@code 0} for one
     * value).
     *
     * @param v at least one value
     * @return a new array {@code {mean, variance}}
     */
    static double[] meanAndVariance(double[] v) {
        double m = 0;
        for (double x : v) {
            m += x;
        }
        m /= v.length;
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return new double[] {m, v.length > 1 ? s / (v.length - 1) : 0};
    }
}
