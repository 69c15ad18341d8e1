package dev.cogs.rgflow.ot;

import java.util.Optional;

/**
 * The dense inner loops of the OT solvers: dot products, AXPYs and the kernel exponential of the
 * Sinkhorn engine, the reduced-cost minimum of the network simplex's pricing, and the log-sum-exp
 * rows of the kernel-free (online) Sinkhorn, over contiguous slices of {@code double[]} arrays. Two
 * implementations: {@link ScalarRowOps} (plain Java, always available) and {@code VectorRowOps}
 * (the incubating Vector API, used when the JVM runs with {@code --add-modules
 * jdk.incubator.vector}). They agree to rounding (summation order and fused multiply–adds differ),
 * which the tests check.
 */
interface RowOps {

    /** {@code Σ_t k[ko+t] · y[yo+t]}, {@code t < len}. */
    double dot(double[] k, int ko, double[] y, int yo, int len);

    /** {@code acc[ao+t] += s · k[ko+t]}, {@code t < len}. */
    void axpy(double s, double[] k, int ko, double[] acc, int ao, int len);

    /**
     * {@code acc[ao+t] += s1 · k[k1+t] + s2 · k[k2+t]}, {@code t < len}: two rows with one pass
     * over {@code acc}.
     */
    void axpy2(double s1, double[] k, int k1, double s2, int k2, double[] acc, int ao, int len);

    /**
     * {@code out[o+t] = exp((base + add[t] − c[o+t]) · scale)}, {@code t < len}: one kernel row.
     */
    void expRow(double base, double[] add, double[] c, double scale, double[] out, int o, int len);

    /**
     * One row of the scaling form's plan written over its kernel row, with its sums: {@code k[o+t]
     * ← p_t = s · k[o+t] · v[t]}, then {@code sums[0] = Σ_t p_t}, {@code sums[1] = Σ_t p_t c[o+t]},
     * {@code sums[2] = Σ_t p_t w[t]}, {@code t < len}. A non-finite entry makes {@code sums[0]}
     * non-finite.
     */
    void scaleRowInPlace(
            double s,
            double[] k,
            int o,
            double[] v,
            double[] c,
            double[] w,
            int len,
            double[] sums);

    /**
     * Whether {@code (c[co+t] + s) − p[po+t] < bound} for some {@code t < len}, the reduced costs
     * evaluated in exactly this order (no fused operations), so that a scalar rescan of the slice
     * sees the same values bit for bit. The pricing test of one chunk of arcs of the network
     * simplex.
     */
    boolean anyReducedCostBelow(
            double[] c, int co, double s, double[] p, int po, int len, double bound);

    /**
     * The log-sum-exp {@code log Σ_t exp(h[t] − scale · Σ_k (x[xo+k] − q[k·stride + t])²)}, {@code
     * t < len}, of one row of the kernel-free Sinkhorn (squared Euclidean cost computed on the fly
     * from the point coordinates, stored by coordinate: {@code q[k·stride + t]} is coordinate
     * {@code k} of point {@code t}).
     *
     * <p>One pass with a running maximum per lane: {@code guess} (e.g. the row's previous value)
     * seeds the maxima, and a lane is rescaled only when a term exceeds its maximum; if the guess
     * lies so far above the true maximum that the sum would lose precision, the row is recomputed
     * without it. Entries of {@code h} must be finite, {@code len ≥ 1}.
     */
    double logSumExpRow(
            double[] x,
            int xo,
            int d,
            double[] q,
            int stride,
            double[] h,
            double scale,
            int len,
            double guess);

    /**
     * The sums of one plan row of the kernel-free Sinkhorn: with {@code c_t = Σ_k (x[xo+k] −
     * q[k·stride + t])²} and {@code e_t = exp(h[t] − scale · c_t − shift)}, writes {@code out[0] =
     * Σ_t e_t}, {@code out[1] = Σ_t e_t c_t} and {@code out[2] = Σ_t e_t u[t]}, {@code t < len}.
     * The caller chooses {@code shift} (the row's log-sum-exp) so that no term exceeds about 1.
     */
    void planRowSums(
            double[] x,
            int xo,
            int d,
            double[] q,
            int stride,
            double[] h,
            double scale,
            int len,
            double shift,
            double[] u,
            double[] out);

    /** A short name for reports ("scalar" or "vector-256" …). */
    String name();

    /** The scalar implementation. */
    static RowOps scalar() {
        return ScalarRowOps.INSTANCE;
    }

    /**
     * The fastest implementation this JVM offers: the Vector API one if the {@code
     * jdk.incubator.vector} module is in the boot layer (and the {@code cogs.simd} system property
     * is not {@code false}), else the scalar one.
     */
    static RowOps fastest() {
        return Holder.FASTEST;
    }

    /** Whether the Vector API implementation can be used in this JVM. */
    static boolean vectorAvailable() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }

    /**
     * The Vector API implementation, if {@link #vectorAvailable()} and its class is on the class
     * path.
     *
     * <p>Looked up by name so that no class but {@code VectorRowOps} mentions the incubator module:
     * the build compiles that one class in its own javac execution (see the module's {@code
     * pom.xml}), and javadoc does not need the module.
     */
    static Optional<RowOps> vector() {
        if (!vectorAvailable()) {
            return Optional.empty();
        }
        try {
            Object ops =
                    Class.forName(RowOps.class.getPackageName() + ".VectorRowOps")
                            .getDeclaredMethod("create")
                            .invoke(null);
            return Optional.of((RowOps) ops);
        } catch (ReflectiveOperationException e) {
            // a build without the vector class (e.g. an IDE that skipped its javac execution): the
            // scalar loops
            return Optional.empty();
        }
    }

    /**
     * Lazily chosen once per JVM; the choice is a constant of the JVM's command line, not mutable
     * state.
     */
    final class Holder {
        static final RowOps FASTEST = choose();

        private Holder() {}

        private static RowOps choose() {
            if (!"false".equalsIgnoreCase(System.getProperty("cogs.simd", "true"))) {
                return vector().orElse(ScalarRowOps.INSTANCE);
            }
            return ScalarRowOps.INSTANCE;
        }
    }
}
