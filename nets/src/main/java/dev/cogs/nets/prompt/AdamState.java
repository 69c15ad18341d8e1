package dev.cogs.nets.prompt;

/**
 * Adam's moment estimates for one parameter vector (Kingma and Ba, arXiv:1412.6980), with β₁ = 0.9,
 * β₂ = 0.999, ε = 1e-8 and bias correction. A mutable accumulator; not thread-safe.
 */
final class AdamState {

    static final double BETA1 = 0.9;
    static final double BETA2 = 0.999;
    static final double EPSILON = 1e-8;

    private final double[] m;
    private final double[] v;
    private int t;

    AdamState(int size) {
        m = new double[size];
        v = new double[size];
    }

    private AdamState(AdamState other) {
        m = other.m.clone();
        v = other.v.clone();
        t = other.t;
    }

    /** An independent copy (same moments and step count). */
    AdamState copy() {
        return new AdamState(this);
    }

    /**
     * One step \(p \mathrel{-}= \eta\,\hat m/(\sqrt{\hat v} + \varepsilon)\) on the first {@code
     * m.length} entries.
     */
    void applyStepInPlace(double[] p, double[] grad, double lr) {
        t++;
        double c1 = 1 - Math.pow(BETA1, t);
        double c2 = 1 - Math.pow(BETA2, t);
        double step = lr / c1;
        double root = 1 / Math.sqrt(c2);
        for (int i = 0; i < m.length; i++) {
            double g = grad[i];
            m[i] = BETA1 * m[i] + (1 - BETA1) * g;
            v[i] = BETA2 * v[i] + (1 - BETA2) * g * g;
            p[i] -= step * m[i] / (Math.sqrt(v[i]) * root + EPSILON);
        }
    }
}
