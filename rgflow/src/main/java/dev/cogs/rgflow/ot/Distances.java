package dev.cogs.rgflow.ot;

import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * One-call optimal-transport distances, shaped like the most used calls of POT (Python Optimal
 * Transport; names and return conventions of POT 0.8.2, docs/rgflow.md §6.9):
 *
 * <table>
 *   <caption>POT calls and their counterparts</caption>
 *   <tr><th>POT</th><th>here</th><th>returns</th></tr>
 *   <tr><td>{@code ot.emd(a, b, M)}, {@code ot.emd2(a, b, M)}</td><td>{@link #emd}, {@link #emd2}</td>
 *       <td>exact plan and cost {@code ⟨P, M⟩}</td></tr>
 *   <tr><td>{@code ot.emd2(a, b, ot.dist(x, y)**p)}</td><td>{@link #wasserstein(double[][], double[][], double)}</td>
 *       <td>{@code W_p^p}, {@code W_p} and the plan</td></tr>
 *   <tr><td>{@code ot.sinkhorn(a, b, M, reg)}, {@code ot.sinkhorn2(…)}</td><td>{@link #sinkhorn}, {@link #sinkhorn2}</td>
 *       <td>entropic plan and its cost {@code ⟨P, M⟩}</td></tr>
 *   <tr><td>{@code ot.wasserstein_1d(u, v, u_w, v_w, p)}</td><td>{@link #wasserstein1D}</td>
 *       <td>{@code W_p^p} (POT) and {@code W_p}</td></tr>
 *   <tr><td>{@code ot.sliced_wasserstein_distance(x, y, a, b, n, p, seed)}</td><td>{@link #sliced}</td>
 *       <td>{@code SW_p} (POT) and {@code SW_p^p}</td></tr>
 * </table>
 *
 * <p>Point clouds are {@code double[n][dim]} arrays; weights are optional (uniform {@code 1/n} when
 * left out), non-negative, finite, with equal masses. Each call delegates to the solvers of this
 * package ({@link ExactOt#networkSimplex()}, {@link Sinkhorn}, {@link Wasserstein1D}, {@link
 * SlicedWasserstein}) and returns exactly what they compute.
 *
 * <p><b>Failures throw.</b> A result is returned only when the solver met its stopping rule;
 * otherwise the call throws {@link ArithmeticException} naming the status, the iterations and the
 * marginal error. When the scaling form of Sinkhorn under- or overflows ({@link
 * SinkhornStatus#NUMERICAL_FAILURE}, typical for ε below about {@code max C / 700}), the problem is
 * solved again in the log domain, and the result says so ({@link
 * EntropicTransport#logDomainFallback()}).
 *
 * <p>Stateless and thread-safe.
 */
public final class Distances {

    private Distances() {}

    // ------------------------------------------------------------------ exact

    /**
     * Exact optimal transport between weights for a cost matrix (POT {@code ot.emd}): plan, cost,
     * potentials.
     *
     * @param a source weights, length n
     * @param b target weights, length m, same mass as {@code a}
     * @param cost the n×m cost matrix
     * @return the optimal result
     * @throws IllegalArgumentException on invalid weights, mismatched shapes or unequal masses
     * @throws ArithmeticException if the network simplex stops at its pivot cap before optimality
     */
    public static ExactOtResult emd(double[] a, double[] b, CostMatrix cost) {
        ExactOtResult r = ExactOt.networkSimplex().solve(a, b, cost);
        if (!r.converged()) {
            throw new ArithmeticException(
                    String.format(
                            Locale.ROOT,
                            "exact OT stopped with status %s after %d pivots (marginal error %.3g) before optimality",
                            r.status(),
                            r.iterations(),
                            r.marginalError()));
        }
        return r;
    }

    /**
     * The exact transport cost {@code min_P ⟨P, C⟩} (POT {@code ot.emd2}).
     *
     * @param a source weights
     * @param b target weights, same mass
     * @param cost the cost matrix
     * @return the optimal cost
     * @throws IllegalArgumentException as {@link #emd}
     * @throws ArithmeticException as {@link #emd}
     */
    public static double emd2(double[] a, double[] b, CostMatrix cost) {
        return emd(a, b, cost).cost();
    }

    /**
     * The exact {@code W_p} between two uniformly weighted clouds, with the optimal plan; the
     * ground cost is {@code ‖x − y‖₂^p}.
     *
     * @param x source points, {@code n × dim}
     * @param y target points, {@code m × dim}
     * @param p the order, finite, {@code ≥ 1}
     * @return {@code W_p^p}, {@code W_p} and the plan
     * @throws IllegalArgumentException on empty or ragged clouds, non-finite points, a dimension
     *     mismatch or a bad {@code p}
     * @throws ArithmeticException as {@link #emd}
     */
    public static WassersteinTransport wasserstein(double[][] x, double[][] y, double p) {
        return wasserstein(x, null, y, null, p);
    }

    /**
     * The exact {@code W_p} between two weighted clouds, with the optimal plan; the ground cost is
     * {@code ‖x − y‖₂^p}.
     *
     * @param x source points, {@code n × dim}
     * @param a source weights, or {@code null} for uniform
     * @param y target points, {@code m × dim}
     * @param b target weights, or {@code null} for uniform; same mass as {@code a}
     * @param p the order, finite, {@code ≥ 1}
     * @return {@code W_p^p}, {@code W_p} and the plan
     * @throws IllegalArgumentException on invalid clouds or weights, unequal masses or a bad {@code
     *     p}
     * @throws ArithmeticException as {@link #emd}
     */
    public static WassersteinTransport wasserstein(
            double[][] x, double[] a, double[][] y, double[] b, double p) {
        checkOrder(p);
        EmpiricalMeasure mx = measure(x, a, "x");
        EmpiricalMeasure my = measure(y, b, "y");
        ExactOtResult r = emd(mx.weights(), my.weights(), groundCost(mx, my, p));
        WassersteinDistance w = WassersteinDistance.ofPowered(p, Math.max(0.0, r.cost()));
        return new WassersteinTransport(p, w.powered(), w.distance(), r);
    }

    // ------------------------------------------------------------------ entropic

    /**
     * Entropic transport by Sinkhorn (POT {@code ot.sinkhorn}) with POT's defaults ({@link
     * SinkhornOptions#of(double)}: scaling form, at most 1 000 iterations, tolerance 1e-9 on {@code
     * ‖Pᵀ1 − b‖₂}), falling back to the log domain when the scaling form fails numerically.
     *
     * @param a source weights
     * @param b target weights, same mass
     * @param cost the cost matrix
     * @param epsilon the regularisation ε, finite and {@code > 0}
     * @return the converged transport
     * @throws IllegalArgumentException on invalid input or ε
     * @throws ArithmeticException if the run (after a fallback, if any) does not converge within
     *     the iteration cap, or the log domain fails too
     */
    public static EntropicTransport sinkhorn(
            double[] a, double[] b, CostMatrix cost, double epsilon) {
        return sinkhorn(a, b, cost, SinkhornOptions.of(epsilon));
    }

    /**
     * Entropic transport by Sinkhorn with explicit options. If the options ask for the {@link
     * SinkhornVariant#SCALING} form and it ends in {@link SinkhornStatus#NUMERICAL_FAILURE}, the
     * same options are run again with {@link SinkhornVariant#LOG_DOMAIN}.
     *
     * @param a source weights
     * @param b target weights, same mass
     * @param cost the cost matrix
     * @param options the solver options
     * @return the converged transport
     * @throws IllegalArgumentException on invalid input
     * @throws ArithmeticException if the final run does not converge
     */
    public static EntropicTransport sinkhorn(
            double[] a, double[] b, CostMatrix cost, SinkhornOptions options) {
        Objects.requireNonNull(options, "options");
        SinkhornResult r = Sinkhorn.of(options).solve(a, b, cost);
        SinkhornVariant variant = options.variant();
        boolean fallback = false;
        String first = "";
        if (r.status() == SinkhornStatus.NUMERICAL_FAILURE && variant == SinkhornVariant.SCALING) {
            first =
                    String.format(
                            Locale.ROOT,
                            "the scaling form failed numerically after %d iterations, then ",
                            r.iterations());
            variant = SinkhornVariant.LOG_DOMAIN;
            fallback = true;
            r = Sinkhorn.of(options.withVariant(variant)).solve(a, b, cost);
        }
        if (!r.converged()) {
            throw new ArithmeticException(
                    String.format(
                            Locale.ROOT,
                            "Sinkhorn (epsilon %s) did not converge: %sthe %s form ended with %s after %d iterations, "
                                    + "marginal error %.3g > tolerance %.3g; raise maxIterations or epsilon, or use "
                                    + "epsilon scaling (SinkhornOptions)",
                            options.epsilon(),
                            first,
                            variant,
                            r.status(),
                            r.iterations(),
                            r.marginalError(),
                            options.tolerance()));
        }
        return new EntropicTransport(r, variant, fallback);
    }

    /**
     * The entropic transport cost {@code ⟨P, C⟩} (POT {@code ot.sinkhorn2}).
     *
     * @param a source weights
     * @param b target weights, same mass
     * @param cost the cost matrix
     * @param epsilon the regularisation ε
     * @return the linear cost of the converged entropic plan
     * @throws IllegalArgumentException as {@link #sinkhorn(double[], double[], CostMatrix, double)}
     * @throws ArithmeticException as {@link #sinkhorn(double[], double[], CostMatrix, double)}
     */
    public static double sinkhorn2(double[] a, double[] b, CostMatrix cost, double epsilon) {
        return sinkhorn(a, b, cost, epsilon).cost();
    }

    /**
     * Entropic transport between two uniformly weighted clouds for the squared Euclidean cost.
     *
     * @param x source points
     * @param y target points
     * @param epsilon the regularisation ε
     * @return the converged transport
     * @throws IllegalArgumentException on invalid clouds or ε
     * @throws ArithmeticException as {@link #sinkhorn(double[], double[], CostMatrix, double)}
     */
    public static EntropicTransport sinkhorn(double[][] x, double[][] y, double epsilon) {
        return sinkhorn(x, null, y, null, epsilon);
    }

    /**
     * Entropic transport between two weighted clouds for the squared Euclidean cost.
     *
     * @param x source points
     * @param a source weights, or {@code null} for uniform
     * @param y target points
     * @param b target weights, or {@code null} for uniform
     * @param epsilon the regularisation ε
     * @return the converged transport
     * @throws IllegalArgumentException on invalid clouds, weights or ε
     * @throws ArithmeticException as {@link #sinkhorn(double[], double[], CostMatrix, double)}
     */
    public static EntropicTransport sinkhorn(
            double[][] x, double[] a, double[][] y, double[] b, double epsilon) {
        EmpiricalMeasure mx = measure(x, a, "x");
        EmpiricalMeasure my = measure(y, b, "y");
        return sinkhorn(mx.weights(), my.weights(), CostMatrix.squaredEuclidean(mx, my), epsilon);
    }

    // ------------------------------------------------------------------ one dimension

    /**
     * The exact {@code W_p} between two uniformly weighted samples on the line (POT {@code
     * ot.wasserstein_1d}, which returns {@code W_p^p}).
     *
     * @param x source positions
     * @param y target positions
     * @param p the order, finite, {@code ≥ 1}
     * @return {@code W_p^p} and {@code W_p}
     * @throws IllegalArgumentException on empty samples, non-finite positions or a bad {@code p}
     */
    public static WassersteinDistance wasserstein1D(double[] x, double[] y, double p) {
        return Wasserstein1D.distance(x, y, p);
    }

    /**
     * The exact {@code W_p} between two weighted samples on the line.
     *
     * @param x source positions
     * @param a source weights, or {@code null} for uniform
     * @param y target positions
     * @param b target weights, or {@code null} for uniform
     * @param p the order, finite, {@code ≥ 1}
     * @return {@code W_p^p} and {@code W_p}
     * @throws IllegalArgumentException on invalid samples or weights, unequal masses or a bad
     *     {@code p}
     */
    public static WassersteinDistance wasserstein1D(
            double[] x, double[] a, double[] y, double[] b, double p) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        return Wasserstein1D.distance(
                x, a == null ? uniform(x.length) : a, y, b == null ? uniform(y.length) : b, p);
    }

    // ------------------------------------------------------------------ sliced

    /**
     * The sliced {@code SW_p} between two uniformly weighted clouds over {@code projections} random
     * directions (POT {@code ot.sliced_wasserstein_distance}, which returns {@code SW_p}). The
     * directions are normalised Gaussians drawn from {@code new SplittableRandom(seed)}: the same
     * seed gives the same value here, but not POT's value for that seed (NumPy draws other
     * directions); with the same directions the values agree ({@link #sliced(double[][], double[],
     * double[][], double[], double, double[][])}).
     *
     * @param x source points
     * @param y target points
     * @param p the order, finite, {@code ≥ 1}
     * @param projections the number of directions, {@code ≥ 1}
     * @param seed the seed of the directions
     * @return {@code SW_p^p} and {@code SW_p}
     * @throws IllegalArgumentException on invalid clouds, a bad {@code p} or {@code projections <
     *     1}
     */
    public static WassersteinDistance sliced(
            double[][] x, double[][] y, double p, int projections, long seed) {
        return sliced(x, null, y, null, p, projections, seed);
    }

    /**
     * The sliced {@code SW_p} between two weighted clouds over {@code projections} random
     * directions.
     *
     * @param x source points
     * @param a source weights, or {@code null} for uniform
     * @param y target points
     * @param b target weights, or {@code null} for uniform
     * @param p the order, finite, {@code ≥ 1}
     * @param projections the number of directions, {@code ≥ 1}
     * @param seed the seed of the directions
     * @return {@code SW_p^p} and {@code SW_p}
     * @throws IllegalArgumentException on invalid clouds or weights, a bad {@code p} or {@code
     *     projections < 1}
     */
    public static WassersteinDistance sliced(
            double[][] x,
            double[] a,
            double[][] y,
            double[] b,
            double p,
            int projections,
            long seed) {
        EmpiricalMeasure mx = measure(x, a, "x");
        EmpiricalMeasure my = measure(y, b, "y");
        return SlicedWasserstein.distance(mx, my, projections, new SplittableRandom(seed), p);
    }

    /**
     * The sliced {@code SW_p} between two weighted clouds over given directions (normalised to unit
     * length).
     *
     * @param x source points
     * @param a source weights, or {@code null} for uniform
     * @param y target points
     * @param b target weights, or {@code null} for uniform
     * @param p the order, finite, {@code ≥ 1}
     * @param directions at least one finite non-zero direction of the cloud dimension
     * @return {@code SW_p^p} and {@code SW_p}
     * @throws IllegalArgumentException on invalid clouds, weights or directions, or a bad {@code p}
     */
    public static WassersteinDistance sliced(
            double[][] x, double[] a, double[][] y, double[] b, double p, double[][] directions) {
        return SlicedWasserstein.distance(measure(x, a, "x"), measure(y, b, "y"), directions, p);
    }

    // ------------------------------------------------------------------ helpers

    private static EmpiricalMeasure measure(double[][] points, double[] weights, String name) {
        Objects.requireNonNull(points, name);
        return weights == null
                ? EmpiricalMeasure.uniform(points)
                : EmpiricalMeasure.of(points, weights);
    }

    private static double[] uniform(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0 / n);
        return w;
    }

    private static void checkOrder(double p) {
        if (!(p >= 1) || Double.isInfinite(p)) {
            throw new IllegalArgumentException("p (" + p + ") must be finite and >= 1");
        }
    }

    /** {@code ‖x − y‖₂^p}, with the squared-Euclidean fast path for p = 2. */
    private static CostMatrix groundCost(EmpiricalMeasure x, EmpiricalMeasure y, double p) {
        if (x.dimension() != y.dimension()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "dimension mismatch: x %d vs y %d",
                            x.dimension(),
                            y.dimension()));
        }
        if (p == 2) {
            return CostMatrix.squaredEuclidean(x, y);
        }
        return CostMatrix.between(x, y, p == 1 ? GroundCost.euclidean() : GroundCost.pNorm(2, p));
    }
}
