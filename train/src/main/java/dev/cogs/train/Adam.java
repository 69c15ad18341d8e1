package dev.cogs.train;

import dev.cogs.nets.run.TrainingConfig;

/**
 * Float32 Adam with coupled L2 weight decay (docs/cogs-math.md §8), element-wise over flat arrays.
 * Stateless: the moments live in caller-owned arrays. Not thread-safe with respect to those arrays.
 *
 * <p>Per parameter at step {@code t >= 1}: \(g = \nabla + \mathrm{wd}\,\theta\); \(m \leftarrow
 * \beta_1 m + (1-\beta_1) g\); \(v \leftarrow \beta_2 v + (1-\beta_2) g^2\); \(\theta' = \theta -
 * \frac{\mathrm{lr}}{1-\beta_1^t}\, m / (\sqrt{v}/\sqrt{1-\beta_2^t} + \epsilon)\), the operation
 * order of PyTorch's {@code torch.optim.Adam}. The bias corrections are computed in double and
 * rounded to float once per step; everything else is float arithmetic.
 */
final class Adam {

    private final float beta1;
    private final float oneMinusBeta1;
    private final float beta2;
    private final float oneMinusBeta2;
    private final float epsilon;
    private final float weightDecay;
    private final double learningRate;
    private final double beta1d;
    private final double beta2d;

    Adam(double learningRate, double beta1, double beta2, double epsilon, double weightDecay) {
        this.learningRate = learningRate;
        this.beta1d = beta1;
        this.beta2d = beta2;
        this.beta1 = (float) beta1;
        this.oneMinusBeta1 = (float) (1 - beta1);
        this.beta2 = (float) beta2;
        this.oneMinusBeta2 = (float) (1 - beta2);
        this.epsilon = (float) epsilon;
        this.weightDecay = (float) weightDecay;
    }

    static Adam of(TrainingConfig c) {
        return new Adam(c.learningRate(), c.beta1(), c.beta2(), c.epsilon(), c.weightDecay());
    }

    /**
     * One Adam step: reads {@code theta} and {@code grad}, updates {@code m}, {@code v} in place
     * and writes the new parameters into {@code out} ({@code out} may be {@code theta}).
     *
     * @return whether every new parameter is finite
     */
    boolean stepInto(float[] theta, float[] grad, float[] m, float[] v, int t, float[] out) {
        return stepInto(theta, grad, m, v, t, out, 0, theta.length);
    }

    /**
     * {@link #stepInto(float[], float[], float[], float[], int, float[])} on the indices {@code
     * [from, to)} only (the update is element-wise, so disjoint ranges can run on different
     * threads).
     *
     * @return whether every new parameter in the range is finite
     */
    boolean stepInto(
            float[] theta,
            float[] grad,
            float[] m,
            float[] v,
            int t,
            float[] out,
            int from,
            int to) {
        float stepSize = (float) (learningRate / (1 - Math.pow(beta1d, t)));
        float bc2Sqrt = (float) Math.sqrt(1 - Math.pow(beta2d, t));
        float b1 = beta1;
        float ob1 = oneMinusBeta1;
        float b2 = beta2;
        float ob2 = oneMinusBeta2;
        float eps = epsilon;
        float wd = weightDecay;
        // An accumulated product flags any NaN/Inf without a branch in the vectorised loop.
        float finite = 0f;
        for (int i = from; i < to; i++) {
            float th = theta[i];
            float g = grad[i] + wd * th;
            float mi = b1 * m[i] + ob1 * g;
            float vi = b2 * v[i] + ob2 * (g * g);
            m[i] = mi;
            v[i] = vi;
            float denom = (float) Math.sqrt(vi) / bc2Sqrt + eps;
            float nt = th - stepSize * (mi / denom);
            out[i] = nt;
            finite += nt * 0f;
        }
        return finite == 0f;
    }
}
