package dev.cogs.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One and two Adam steps against hand computation (docs/cogs-math.md §8 update rule). */
class AdamTest {

    @Test
    void firstTwoStepsMatchHandComputation() {
        double lr = 0.01;
        double wd = 0.5;
        Adam adam = new Adam(lr, 0.9, 0.999, 1e-8, wd);
        float[] theta = {0.5f, -1.25f, 0f};
        float[] grad = {0.1f, -0.25f, 0f};
        float[] m = new float[3];
        float[] v = new float[3];
        float[] out = new float[3];
        assertTrue(adam.stepInto(theta, grad, m, v, 1, out));
        // Step 1 by hand: g = grad + wd·θ = {0.35, -0.875, 0}; m = 0.1 g, v = 0.001 g²; the bias
        // corrections
        // give m̂ = g and √v̂ = |g|, so θ₁ = θ − lr · g / (|g| + 1e-8).
        double[] g1 = {0.1 + 0.25, -0.25 - 0.625, 0};
        double[] expected1 = new double[3];
        for (int i = 0; i < 3; i++) {
            expected1[i] = theta[i] - lr * g1[i] / (Math.abs(g1[i]) + 1e-8);
            // float arithmetic on O(1) values: a few ulps (6e-8 each)
            assertEquals(expected1[i], out[i], 3e-7, "step 1 entry " + i);
            assertEquals(0.1 * g1[i], m[i], 1e-8);
            assertEquals(0.001 * g1[i] * g1[i], v[i], 1e-9);
        }
        // Step 2 from θ₁ with the same raw gradient: g₂ = grad + wd·θ₁.
        float[] theta1 = out.clone();
        assertTrue(adam.stepInto(theta1, grad, m, v, 2, out));
        for (int i = 0; i < 3; i++) {
            double g2 = grad[i] + wd * theta1[i];
            double m2 = 0.9 * 0.1 * g1[i] + 0.1 * g2;
            double v2 = 0.999 * 0.001 * g1[i] * g1[i] + 0.001 * g2 * g2;
            double mHat = m2 / (1 - 0.9 * 0.9);
            double denom = Math.sqrt(v2) / Math.sqrt(1 - 0.999 * 0.999) + 1e-8;
            assertEquals(theta1[i] - lr * mHat / denom, out[i], 3e-7, "step 2 entry " + i);
        }
    }

    @Test
    void nonFiniteResultIsReportedAndInputKept() {
        Adam adam = new Adam(0.01, 0.9, 0.999, 1e-8, 0);
        float[] theta = {1f, 2f};
        float[] grad = {Float.NaN, 1f};
        float[] out = new float[2];
        assertFalse(adam.stepInto(theta, grad, new float[2], new float[2], 1, out));
        assertArrayEquals(new float[] {1f, 2f}, theta);
    }
}
