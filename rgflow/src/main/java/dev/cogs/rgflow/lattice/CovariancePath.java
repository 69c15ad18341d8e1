package dev.cogs.rgflow.lattice;

import java.util.Locale;
import java.util.function.IntToDoubleFunction;

/**
 * A path of translation-invariant covariances \(C(t)\), \(t \ge 0\), non-increasing, with \(\dot
 * C(t) := -\,dC/dt \succeq 0\) (docs/rgflow.md §1.1 sign convention), given per Fourier mode.
 *
 * <p>Laws: \(c_k(t) &gt; 0\), \(\dot c_k(t) \ge 0\), \(\dot c_k = -\,dc_k/dt\).
 */
public interface CovariancePath {

    /**
     * @return the lattice
     */
    Lattice lattice();

    /**
     * @param mode mode k
     * @param t RG time ≥ 0
     * @return \(c_k(t)\)
     */
    double covariance(int mode, double t);

    /**
     * @param mode mode k
     * @param t RG time ≥ 0
     * @return \(\dot c_k(t) = -\,dc_k/dt \ge 0\)
     */
    double rate(int mode, double t);

    /**
     * @param t RG time ≥ 0
     * @return C(t) as a spectral operator
     * @throws IllegalArgumentException if t is negative, NaN or infinite
     */
    default SpectralOperator covarianceAt(double t) {
        checkTime(t);
        return perMode(k -> covariance(k, t));
    }

    /**
     * @param t RG time ≥ 0
     * @return \(\dot C(t)\) as a spectral operator
     * @throws IllegalArgumentException if t is negative, NaN or infinite
     */
    default SpectralOperator rateAt(double t) {
        checkTime(t);
        return perMode(k -> rate(k, t));
    }

    /** The spectral operator with eigenvalue {@code value(k)} on mode k. */
    private SpectralOperator perMode(IntToDoubleFunction value) {
        int n = lattice().size();
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            v[k] = value.applyAsDouble(k);
        }
        return SpectralOperator.of(lattice(), v);
    }

    /**
     * Heat-kernel regulator (docs/rgflow.md §4.2, default): \(C(t) = A^{-1}e^{-tA}\), \(\dot C(t) =
     * e^{-tA}\); per mode \(c_k = e^{-ta_k}/a_k\), \(\dot c_k = e^{-ta_k}\). In Λ-form \(K(z) =
     * e^{-z}\), \(t = \Lambda^{-2}\).
     *
     * @param a the positive-definite operator A (e.g. {@link SpectralOperator#massiveLaplacian})
     * @return the path
     * @throws IllegalArgumentException if A is not positive definite
     */
    static CovariancePath heatKernel(SpectralOperator a) {
        a.requirePositiveDefinite("A");
        return new HeatKernelPath(a);
    }

    /**
     * Regulator exponential in \(\hat p^2\) only (docs/rgflow.md §4.2): \(c_k(t) = e^{-t\hat
     * p_k^2}/(\hat p_k^2 + m^2)\), \(\dot c_k = \hat p_k^2 c_k\). The zero mode never flows (\(\dot
     * c_0 = 0\): degenerate metric; transport maps must be the identity there).
     *
     * @param lattice the lattice
     * @param massSquared m² &gt; 0
     * @return the path
     * @throws IllegalArgumentException if m² is not &gt; 0
     */
    static CovariancePath momentumRegulator(Lattice lattice, double massSquared) {
        SpectralOperator a = SpectralOperator.massiveLaplacian(lattice, massSquared);
        return new MomentumRegulatorPath(lattice, a);
    }

    /**
     * Validates an RG time.
     *
     * @param t the time
     * @throws IllegalArgumentException unless 0 ≤ t &lt; ∞
     */
    static void checkTime(double t) {
        if (!(t >= 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "RG time t (%s) must be finite and >= 0", t));
        }
    }
}

/** Heat-kernel path. */
final class HeatKernelPath implements CovariancePath {
    private final SpectralOperator a;

    HeatKernelPath(SpectralOperator a) {
        this.a = a;
    }

    @Override
    public Lattice lattice() {
        return a.lattice();
    }

    @Override
    public double covariance(int mode, double t) {
        double ak = a.value(mode);
        return Math.exp(-t * ak) / ak;
    }

    @Override
    public double rate(int mode, double t) {
        return Math.exp(-t * a.value(mode));
    }

    @Override
    public String toString() {
        return "HeatKernelPath[" + a + "]";
    }
}

/** p̂²-only regulator. */
final class MomentumRegulatorPath implements CovariancePath {
    private final Lattice lattice;
    private final SpectralOperator a;

    MomentumRegulatorPath(Lattice lattice, SpectralOperator a) {
        this.lattice = lattice;
        this.a = a;
    }

    @Override
    public Lattice lattice() {
        return lattice;
    }

    @Override
    public double covariance(int mode, double t) {
        return Math.exp(-t * lattice.momentumSquared(mode)) / a.value(mode);
    }

    @Override
    public double rate(int mode, double t) {
        return lattice.momentumSquared(mode) * covariance(mode, t);
    }
}
