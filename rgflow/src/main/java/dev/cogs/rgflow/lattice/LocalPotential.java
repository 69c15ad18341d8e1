package dev.cogs.rgflow.lattice;

import java.util.Locale;

/**
 * A site-local interaction \(U:\mathbb{R}\to\mathbb{R}\), entering the bare action as
 * \(\sum_xU(\varphi_x)\).
 *
 * <p>Built-in potentials are even polynomials \(U(\varphi) = \tfrac{\mu}{2}\varphi^2 + g\varphi^4\)
 * with \(g \ge 0\) (μ may be negative: a mass shift of the Gaussian part).
 */
public interface LocalPotential {

    /**
     * @param phi field value
     * @return U(φ)
     */
    double value(double phi);

    /**
     * @param phi field value
     * @return U′(φ)
     */
    double derivative(double phi);

    /**
     * @param phi field value
     * @return U″(φ)
     */
    double secondDerivative(double phi);

    /**
     * Lattice φ⁴ in the convention \(U = (\lambda/4!)\varphi^4\) (docs/rgflow.md §2.2, §5).
     *
     * @param lambda λ ≥ 0, finite
     * @return the potential
     * @throws IllegalArgumentException if λ is negative, NaN or infinite
     */
    static LocalPotential phi4(double lambda) {
        checkNonNegative(lambda, "lambda");
        return new EvenQuartic(0.0, lambda / 24.0);
    }

    /**
     * \(U = g\varphi^4\) (docs/rgflow.md §8 rows 32–36 use g = 1/4).
     *
     * @param g g ≥ 0, finite
     * @return the potential
     * @throws IllegalArgumentException if g is negative, NaN or infinite
     */
    static LocalPotential quartic(double g) {
        checkNonNegative(g, "g");
        return new EvenQuartic(0.0, g);
    }

    /**
     * Mass deformation \(U = \tfrac{\delta m^2}{2}\varphi^2\) (a Gaussian theory, docs/rgflow.md
     * §4.3).
     *
     * @param deltaMassSquared δm², finite
     * @return the potential
     * @throws IllegalArgumentException if δm² is NaN or infinite
     */
    static LocalPotential quadratic(double deltaMassSquared) {
        if (!Double.isFinite(deltaMassSquared)) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT, "deltaMassSquared (%s) must be finite", deltaMassSquared));
        }
        return new EvenQuartic(deltaMassSquared, 0.0);
    }

    /**
     * \(U = \tfrac{\mu}{2}\varphi^2 + g\varphi^4\).
     *
     * @param mu μ, finite (may be negative)
     * @param g g ≥ 0, finite; g &gt; 0 if μ &lt; 0
     * @return the potential
     * @throws IllegalArgumentException on NaN/infinite values, g &lt; 0, or μ &lt; 0 with g = 0
     */
    static LocalPotential evenQuartic(double mu, double g) {
        if (!Double.isFinite(mu)) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "mu (%s) must be finite", mu));
        }
        checkNonNegative(g, "g");
        if (mu < 0 && g == 0) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "mu (%s) < 0 needs a quartic term g > 0 to stay bounded below",
                            mu));
        }
        return new EvenQuartic(mu, g);
    }

    private static void checkNonNegative(double x, String name) {
        if (!(x >= 0) || Double.isInfinite(x)) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "%s (%s) must be finite and >= 0", name, x));
        }
    }
}

/** \(U = \tfrac{\mu}{2}\varphi^2 + g\varphi^4\). */
record EvenQuartic(double mu, double g) implements LocalPotential {
    @Override
    public double value(double phi) {
        double p2 = phi * phi;
        return 0.5 * mu * p2 + g * p2 * p2;
    }

    @Override
    public double derivative(double phi) {
        return mu * phi + 4 * g * phi * phi * phi;
    }

    @Override
    public double secondDerivative(double phi) {
        return mu + 12 * g * phi * phi;
    }
}
