package dev.cogs.rgflow.linalg;

/**
 * Reductions of real vectors ({@code double[]}) shared by the iterative solvers of the module.
 *
 * <p>Stateless; arguments are read, never modified.
 */
public final class Vectors {

    private Vectors() {}

    /**
     * The sup norm {@code max_i |x_i|}.
     *
     * <p>Non-finite values: NaN if an entry is NaN, {@code +∞} if an entry is infinite (and none is
     * NaN).
     *
     * @param x the vector
     * @return {@code max_i |x_i|}, {@code 0} for an empty vector
     */
    public static double maxAbs(double[] x) {
        double m = 0;
        for (double t : x) {
            m = Math.max(m, Math.abs(t));
        }
        return m;
    }

    /**
     * Whether every entry is finite.
     *
     * @param x the vector
     * @return {@code false} if an entry is NaN or infinite
     */
    public static boolean allFinite(double[] x) {
        for (double t : x) {
            if (!Double.isFinite(t)) {
                return false;
            }
        }
        return true;
    }
}
