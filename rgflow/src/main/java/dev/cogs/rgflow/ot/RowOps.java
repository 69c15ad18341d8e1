package dev.cogs.rgflow.ot;

import java.util.Optional;

/**
 * The dense inner loops of the Sinkhorn engine: dot products, AXPYs and the kernel exponential over
 * contiguous slices of {@code double[]} arrays. Two implementations: {@link ScalarRowOps} (plain Java, always
 * available) and {@code VectorRowOps} (the incubating Vector API, used when the JVM runs with
 * {@code --add-modules jdk.incubator.vector}). They agree to rounding (summation order and fused
 * multiply–adds differ), which the tests check.
 */
interface RowOps {

    /** {@code Σ_t k[ko+t] · y[yo+t]}, {@code t < len}. */
    double dot(double[] k, int ko, double[] y, int yo, int len);

    /** {@code acc[ao+t] += s · k[ko+t]}, {@code t < len}. */
    void axpy(double s, double[] k, int ko, double[] acc, int ao, int len);

    /** {@code acc[ao+t] += s1 · k[k1+t] + s2 · k[k2+t]}, {@code t < len}: two rows with one pass over {@code acc}. */
    void axpy2(double s1, double[] k, int k1, double s2, int k2, double[] acc, int ao, int len);

    /** {@code out[o+t] = exp((base + add[t] − c[o+t]) · scale)}, {@code t < len}: one kernel row. */
    void expRow(double base, double[] add, double[] c, double scale, double[] out, int o, int len);

    /** A short name for reports ("scalar" or "vector-256" …). */
    String name();

    /** The scalar implementation. */
    static RowOps scalar() {
        return ScalarRowOps.INSTANCE;
    }

    /**
     * The fastest implementation this JVM offers: the Vector API one if the {@code jdk.incubator.vector} module
     * is in the boot layer (and the {@code cogs.simd} system property is not {@code false}), else the scalar
     * one.
     */
    static RowOps fastest() {
        return Holder.FASTEST;
    }

    /** Whether the Vector API implementation can be used in this JVM. */
    static boolean vectorAvailable() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }

    /**
     * The Vector API implementation, if {@link #vectorAvailable()} and its class is on the class path.
     *
     * <p>Looked up by name so that no class but {@code VectorRowOps} mentions the incubator module: the build
     * compiles that one class in its own javac execution (see the module's {@code pom.xml}), and javadoc does not
     * need the module.
     */
    static Optional<RowOps> vector() {
        if (!vectorAvailable()) {
            return Optional.empty();
        }
        try {
            Object ops = Class.forName(RowOps.class.getPackageName() + ".VectorRowOps").getDeclaredMethod("create")
                    .invoke(null);
            return Optional.of((RowOps) ops);
        } catch (ReflectiveOperationException e) {
            // a build without the vector class (e.g. an IDE that skipped its javac execution): the scalar loops
            return Optional.empty();
        }
    }

    /** Lazily chosen once per JVM; the choice is a constant of the JVM's command line, not mutable state. */
    final class Holder {
        static final RowOps FASTEST = choose();

        private Holder() {
        }

        private static RowOps choose() {
            if (!"false".equalsIgnoreCase(System.getProperty("cogs.simd", "true"))) {
                return vector().orElse(ScalarRowOps.INSTANCE);
            }
            return ScalarRowOps.INSTANCE;
        }
    }
}
