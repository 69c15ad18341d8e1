package dev.cogs.rgflow.ot;

import java.util.Locale;
import java.util.Objects;

/**
 * Kernel-free ("online") log-domain Sinkhorn between two point clouds for the squared Euclidean
 * cost {@code C_ij = ‖x_i − y_j‖²}: the cost is recomputed inside the SIMD log-sum-exp loops
 * instead of being read from a stored {@code n × m} matrix or kernel, so memory is {@code O((n +
 * m)·d)} and the problem size is bounded by time, not memory (docs/rgflow.md §6.2; the same idea as
 * the "online" reductions of KeOps/GeomLoss, Feydy et al., AISTATS 2019, arXiv:1810.08278).
 *
 * <p>Iterations as in {@link Sinkhorn}'s {@link SinkhornVariant#LOG_DOMAIN} form: {@code g_j ← −ε
 * LSE_i(log a_i + (f_i − C_ij)/ε)}, then {@code f_i ← −ε LSE_j(log b_j + (g_j − C_ij)/ε)}; a
 * log-sum-exp row runs once over the other cloud with a running maximum per SIMD lane, seeded with
 * the row's previous value (stabilised: no term is ever exponentiated above {@code e^{700}}, and a
 * row whose seed turns out far from its new value is redone against its true maximum). One
 * iteration costs {@code 2·n·m} exponentials. Stopping, error norm and ε-scaling follow {@link
 * OnlineSinkhornOptions}; with {@link OnlineSinkhornOptions#toDense()} the dense solver runs the
 * same iterations, and both agree to rounding (tested). The result holds the potentials, {@code
 * ⟨P,C⟩}, the full objective, the marginal error, the iterations and the status; the plan is
 * computed only on request, a row at a time ({@link #planRow}) or, for small problems, whole
 * ({@link #plan}).
 *
 * <p>The SIMD loops are the Vector API ones when the JVM runs with {@code --add-modules
 * jdk.incubator.vector} (see {@link Sinkhorn#innerLoops()}), otherwise plain Java loops, several
 * times slower.
 *
 * <p>Instances are immutable and thread-safe; {@code threads > 1} splits every half-iteration over
 * a private pool created and closed within each {@link #solve} call.
 *
 * <p>Non-finite values: clouds are finite by construction ({@link EmpiricalMeasure}); every {@code
 * checkEvery} iterations the potentials are checked, and a non-finite one stops the run with {@link
 * SinkhornStatus#NUMERICAL_FAILURE} and the last checked finite potentials.
 */
public final class OnlineSinkhorn {

    /** The largest plan {@link #plan} materialises: {@code 2^26} entries (512 MiB of doubles). */
    public static final long MAX_DENSE_PLAN_ENTRIES = 1L << 26;

    private final OnlineSinkhornOptions options;

    private OnlineSinkhorn(OnlineSinkhornOptions options) {
        this.options = options;
    }

    /**
     * A solver with the given options.
     *
     * @param options the options
     * @return the solver
     * @throws NullPointerException if {@code options} is null
     */
    public static OnlineSinkhorn of(OnlineSinkhornOptions options) {
        return new OnlineSinkhorn(Objects.requireNonNull(options, "options"));
    }

    /**
     * @return the options
     */
    public OnlineSinkhornOptions options() {
        return options;
    }

    /**
     * Solves entropic OT between the clouds' weighted points for {@code C_ij = ‖x_i − y_j‖²}.
     *
     * @param x source cloud (its weights are {@code a})
     * @param y target cloud (its weights are {@code b}, rescaled to the mass of {@code a})
     * @return potentials, costs and diagnostics (no plan)
     * @throws IllegalArgumentException if the dimensions differ or the masses differ by more than a
     *     relative {@code 1e-6}
     * @throws NullPointerException if a cloud is null
     */
    public OnlineSinkhornResult solve(EmpiricalMeasure x, EmpiricalMeasure y) {
        return solve(x, y, RowOps.fastest());
    }

    /**
     * {@link #solve(EmpiricalMeasure, EmpiricalMeasure)} with the given inner loops (tests compare
     * them).
     */
    OnlineSinkhornResult solve(EmpiricalMeasure x, EmpiricalMeasure y, RowOps ops) {
        requireSameDimension(x, y);
        double[] a = x.weights();
        double[] b = Marginals.requireBalanced(a, y.weights());
        try (Workers workers = Workers.of(options.threads())) {
            return new OnlineSinkhornEngine(x, y, a, b, options, workers, ops).run();
        }
    }

    /**
     * Row {@code i} of the plan, {@code P_ij = a_i b_j e^{(f_i + g_j − ‖x_i − y_j‖²)/ε}} ({@code b}
     * rescaled to the mass of {@code a} as in {@link #solve}), in {@code O(m)} memory.
     *
     * @param x the source cloud of the solve
     * @param y the target cloud of the solve
     * @param result its result
     * @param i source index
     * @return the {@code m} entries of row {@code i}
     * @throws IllegalArgumentException if the clouds do not match the result's potentials
     * @throws IndexOutOfBoundsException if {@code i} is not in {@code [0, n)}
     */
    public static double[] planRow(
            EmpiricalMeasure x, EmpiricalMeasure y, OnlineSinkhornResult result, int i) {
        requireMatching(x, y, result);
        Objects.checkIndex(i, x.size());
        double[] a = x.weights();
        double[] b = Marginals.requireBalanced(a, y.weights());
        double[] out = new double[y.size()];
        fillRow(
                x.pointsRowMajor(),
                y.pointsRowMajor(),
                x.dimension(),
                a[i],
                b,
                result.sourcePotential()[i],
                result.targetPotential(),
                result.epsilon(),
                i,
                out,
                0);
        return out;
    }

    /**
     * The whole plan as a dense {@code n × m} matrix, for problems with at most {@link
     * #MAX_DENSE_PLAN_ENTRIES} entries (use {@link #planRow} beyond).
     *
     * @param x the source cloud of the solve
     * @param y the target cloud of the solve
     * @param result its result
     * @return the plan
     * @throws IllegalArgumentException if the clouds do not match the result or {@code n·m} exceeds
     *     {@link #MAX_DENSE_PLAN_ENTRIES}
     */
    public static TransportPlan plan(
            EmpiricalMeasure x, EmpiricalMeasure y, OnlineSinkhornResult result) {
        requireMatching(x, y, result);
        int n = x.size();
        int m = y.size();
        if ((long) n * m > MAX_DENSE_PLAN_ENTRIES) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "a dense %dx%d plan has more than %d entries; use planRow",
                            n,
                            m,
                            MAX_DENSE_PLAN_ENTRIES));
        }
        double[] a = x.weights();
        double[] b = Marginals.requireBalanced(a, y.weights());
        double[] xs = x.pointsRowMajor();
        double[] ys = y.pointsRowMajor();
        double[] f = result.sourcePotential();
        double[] g = result.targetPotential();
        double[] out = new double[n * m];
        for (int i = 0; i < n; i++) {
            fillRow(xs, ys, x.dimension(), a[i], b, f[i], g, result.epsilon(), i, out, i * m);
        }
        return DensePlan.of(n, m, out);
    }

    private static void fillRow(
            double[] xs,
            double[] ys,
            int d,
            double ai,
            double[] b,
            double fi,
            double[] g,
            double eps,
            int i,
            double[] out,
            int o) {
        double inv = 1.0 / eps;
        for (int j = 0; j < b.length; j++) {
            if (ai == 0 || b[j] == 0) {
                out[o + j] = 0.0;
                continue;
            }
            double c = 0;
            for (int k = 0; k < d; k++) {
                double t = xs[i * d + k] - ys[j * d + k];
                c += t * t;
            }
            out[o + j] = ai * b[j] * Math.exp((fi + g[j] - c) * inv);
        }
    }

    private static void requireSameDimension(EmpiricalMeasure x, EmpiricalMeasure y) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.dimension() != y.dimension()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "dimension mismatch: source points have %d coordinates, target points %d",
                            x.dimension(),
                            y.dimension()));
        }
    }

    private static void requireMatching(
            EmpiricalMeasure x, EmpiricalMeasure y, OnlineSinkhornResult r) {
        requireSameDimension(x, y);
        Objects.requireNonNull(r, "result");
        int n = r.sourcePotential().length;
        int m = r.targetPotential().length;
        if (x.size() != n || y.size() != m) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "clouds of %d and %d points vs potentials of length %d and %d",
                            x.size(),
                            y.size(),
                            n,
                            m));
        }
    }
}
