package dev.cogs.rgflow.flow;

import java.util.Locale;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * A potential \(\Psi : \mathbb{R}^d \to \mathbb{R}\) defining the reference measure \(\pi \propto
 * e^{-\Psi}\) of the relative-entropy energy \(\mathrm{KL}(P\,\|\,\pi) = E_P[\Psi] + E_P[\log P] +
 * \text{const}\).
 *
 * <p>Implementations must be pure functions; {@link #gradient} writes \(\nabla\Psi(x)\) into {@code
 * out}.
 */
public interface Potential {

    /**
     * @return the dimension d
     */
    int dimension();

    /**
     * @param x point, length d
     * @return \(\Psi(x)\)
     */
    double value(double[] x);

    /**
     * Writes the gradient.
     *
     * @param x point, length d
     * @param out receives \(\nabla\Psi(x)\), length d
     */
    void gradient(double[] x, double[] out);

    /**
     * Gaussian reference \(N(0, \mathrm{diag}(v))\): \(\Psi(x) = \sum_k x_k^2/(2v_k)\).
     *
     * @param variances \(v_k &gt; 0\)
     * @return the potential
     * @throws IllegalArgumentException if a variance is not &gt; 0 (NaN included)
     */
    static Potential gaussian(double... variances) {
        double[] v = variances.clone();
        for (int k = 0; k < v.length; k++) {
            if (!(v[k] > 0) || Double.isInfinite(v[k])) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT, "variance %d (%s) must be finite and > 0", k, v[k]));
            }
        }
        return of(
                v.length,
                x -> {
                    double s = 0;
                    for (int k = 0; k < v.length; k++) {
                        s += x[k] * x[k] / (2 * v[k]);
                    }
                    return s;
                },
                (x, out) -> {
                    for (int k = 0; k < v.length; k++) {
                        out[k] = x[k] / v[k];
                    }
                });
    }

    /**
     * A potential from a value function and a gradient.
     *
     * @param dimension d ≥ 1
     * @param value \(\Psi\)
     * @param gradient writes \(\nabla\Psi(x)\) into its second argument
     * @return the potential
     */
    static Potential of(int dimension, ToDoubleFunction<double[]> value, Gradient gradient) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(gradient, "gradient");
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension (" + dimension + ") must be >= 1");
        }
        return new Potential() {
            @Override
            public int dimension() {
                return dimension;
            }

            @Override
            public double value(double[] x) {
                return value.applyAsDouble(x);
            }

            @Override
            public void gradient(double[] x, double[] out) {
                gradient.accept(x, out);
            }
        };
    }

    /** Gradient callback: writes \(\nabla\Psi(x)\) into {@code out}. */
    @FunctionalInterface
    interface Gradient {
        /**
         * @param x point
         * @param out receives the gradient
         */
        void accept(double[] x, double[] out);
    }
}
