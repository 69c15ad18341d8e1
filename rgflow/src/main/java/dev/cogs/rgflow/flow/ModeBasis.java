package dev.cogs.rgflow.flow;

/**
 * A real orthonormal basis \(e_0, …, e_{N-1}\) of \(\mathbb{R}^N\) in which the mobility and the
 * reference covariance of a JKO step are diagonal; for a translation-invariant problem on a
 * periodic lattice, the lattice's real Fourier basis.
 *
 * <p>Laws: {@code fromModes(toModes(x))} equals {@code x} up to rounding, and {@code toModes}
 * preserves the Euclidean norm (orthonormality), so a multiplier \(\alpha_k\) per mode changes
 * volumes by \(\prod_k\alpha_k\). Implementations are immutable and return fresh arrays.
 */
public interface ModeBasis {

    /**
     * The dimension N.
     *
     * @return N ≥ 1
     */
    int size();

    /**
     * Mode coefficients \(\hat x_k = e_k^{\mathsf T}x\).
     *
     * @param x a point, length N
     * @return a new array of N coefficients
     * @throws IllegalArgumentException if the length is not N
     */
    double[] toModes(double[] x);

    /**
     * The point \(x = \sum_k\hat x_ke_k\) with the given coefficients.
     *
     * @param modes N coefficients
     * @return a new array of length N
     * @throws IllegalArgumentException if the length is not N
     */
    double[] fromModes(double[] modes);
}
