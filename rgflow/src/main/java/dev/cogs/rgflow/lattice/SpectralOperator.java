package dev.cogs.rgflow.lattice;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

/**
 * A symmetric translation-invariant operator on a {@link Lattice}, stored by its eigenvalues
 * \(\lambda_k\) in the lattice's real Fourier basis: \(O = \sum_k \lambda_k e_k e_k^{\mathsf T}\).
 *
 * <p>Functions of such operators act mode by mode, so products, inverses, powers and exponentials
 * are exact. Instances are immutable; {@link #values()} returns a copy. {@code equals} compares the
 * lattice and the eigenvalues bitwise.
 *
 * <p>Non-finite values: factories reject NaN and infinite eigenvalues; {@link #inverse()}, {@link
 * #power(double)} and {@link #logDeterminant()} require positive eigenvalues.
 */
public final class SpectralOperator {

    private final Lattice lattice;
    private final double[] values;

    private SpectralOperator(Lattice lattice, double[] values) {
        this.lattice = lattice;
        this.values = values;
    }

    /**
     * The operator with the given per-mode eigenvalues.
     *
     * @param lattice the lattice
     * @param values eigenvalues, length N, finite
     * @return the operator
     * @throws IllegalArgumentException if the length is wrong or a value is not finite
     */
    public static SpectralOperator of(Lattice lattice, double[] values) {
        Objects.requireNonNull(lattice, "lattice");
        Objects.requireNonNull(values, "values");
        lattice.checkLength(values, "values");
        for (int k = 0; k < values.length; k++) {
            if (!Double.isFinite(values[k])) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT, "eigenvalue %d (%s) must be finite", k, values[k]));
            }
        }
        return new SpectralOperator(lattice, values.clone());
    }

    /**
     * The massive lattice Laplacian \(A = -\Delta_L + m^2\), eigenvalues \(a_k = m^2 + \hat
     * p_k^2\).
     *
     * @param lattice the lattice
     * @param massSquared m² &gt; 0 (keeps the zero mode normalisable)
     * @return A
     * @throws IllegalArgumentException if m² is not &gt; 0 (NaN included) or infinite
     */
    public static SpectralOperator massiveLaplacian(Lattice lattice, double massSquared) {
        Objects.requireNonNull(lattice, "lattice");
        if (!(massSquared > 0) || Double.isInfinite(massSquared)) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT, "mass squared (%s) must be finite and > 0", massSquared));
        }
        double[] a = new double[lattice.size()];
        for (int k = 0; k < a.length; k++) {
            a[k] = massSquared + lattice.momentumSquared(k);
        }
        return new SpectralOperator(lattice, a);
    }

    /**
     * The multiple {@code c·I} of the identity.
     *
     * @param lattice the lattice
     * @param c finite scalar
     * @return c·I
     */
    public static SpectralOperator scalar(Lattice lattice, double c) {
        double[] v = new double[lattice.size()];
        Arrays.fill(v, c);
        return of(lattice, v);
    }

    /**
     * @return the lattice
     */
    public Lattice lattice() {
        return lattice;
    }

    /**
     * @return a copy of the eigenvalues, indexed by mode
     */
    public double[] values() {
        return values.clone();
    }

    /**
     * @param mode mode index
     * @return eigenvalue \(\lambda_k\)
     */
    public double value(int mode) {
        return values[mode];
    }

    /**
     * @return N, the number of modes
     */
    public int size() {
        return values.length;
    }

    /**
     * Applies the operator to a field given by site values.
     *
     * @param field site values, length N
     * @return O·field (new array)
     */
    public double[] apply(double[] field) {
        double[] m = lattice.toModes(field);
        for (int k = 0; k < m.length; k++) {
            m[k] *= values[k];
        }
        return lattice.fromModes(m);
    }

    /**
     * Applies a scalar function mode by mode: \(f(O) = \sum_k f(\lambda_k)e_ke_k^{\mathsf T}\).
     *
     * @param f the function
     * @return f(O)
     * @throws IllegalArgumentException if f produces a non-finite value
     */
    public SpectralOperator map(DoubleUnaryOperator f) {
        double[] v = new double[values.length];
        for (int k = 0; k < v.length; k++) {
            v[k] = f.applyAsDouble(values[k]);
        }
        return of(lattice, v);
    }

    /**
     * @return \(O^{-1}\)
     * @throws ArithmeticException if an eigenvalue is zero
     */
    public SpectralOperator inverse() {
        for (double v : values) {
            if (v == 0.0) {
                throw new ArithmeticException("operator is singular (zero eigenvalue)");
            }
        }
        return map(v -> 1.0 / v);
    }

    /**
     * Real power of a positive operator.
     *
     * @param exponent the exponent
     * @return \(O^s\)
     * @throws IllegalArgumentException if the operator is not positive definite
     */
    public SpectralOperator power(double exponent) {
        requirePositiveDefinite("operator");
        return map(v -> Math.pow(v, exponent));
    }

    /**
     * @param s scale
     * @return \(e^{sO}\)
     */
    public SpectralOperator exp(double s) {
        return map(v -> Math.exp(s * v));
    }

    /**
     * @param other operator on the same lattice
     * @return the product (commuting, so order does not matter)
     */
    public SpectralOperator times(SpectralOperator other) {
        checkSame(other);
        double[] v = new double[values.length];
        for (int k = 0; k < v.length; k++) {
            v[k] = values[k] * other.values[k];
        }
        return of(lattice, v);
    }

    /**
     * @param other operator on the same lattice
     * @return the sum
     */
    public SpectralOperator plus(SpectralOperator other) {
        checkSame(other);
        double[] v = new double[values.length];
        for (int k = 0; k < v.length; k++) {
            v[k] = values[k] + other.values[k];
        }
        return of(lattice, v);
    }

    /**
     * @param c scalar
     * @return c·O
     */
    public SpectralOperator scale(double c) {
        return map(v -> c * v);
    }

    /**
     * @return the trace \(\sum_k\lambda_k\)
     */
    public double trace() {
        double s = 0.0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    /**
     * @return \(\log\det O = \sum_k\log\lambda_k\)
     * @throws IllegalArgumentException if not positive definite
     */
    public double logDeterminant() {
        requirePositiveDefinite("operator");
        double s = 0.0;
        for (double v : values) {
            s += Math.log(v);
        }
        return s;
    }

    /**
     * Matrix entry \(O(x,y) = \sum_k\lambda_k e_k(x)e_k(y)\).
     *
     * @param x site
     * @param y site
     * @return the entry
     */
    public double entry(int x, int y) {
        double s = 0.0;
        for (int k = 0; k < values.length; k++) {
            s += values[k] * lattice.basis(k, x) * lattice.basis(k, y);
        }
        return s;
    }

    /**
     * @return the dense N×N matrix (new array)
     */
    public double[][] dense() {
        int n = values.length;
        double[][] m = new double[n][n];
        for (int x = 0; x < n; x++) {
            for (int y = x; y < n; y++) {
                m[x][y] = entry(x, y);
                m[y][x] = m[x][y];
            }
        }
        return m;
    }

    /**
     * Throws unless every eigenvalue is &gt; 0.
     *
     * @param name name used in the message
     * @throws IllegalArgumentException naming the first non-positive eigenvalue
     */
    public void requirePositiveDefinite(String name) {
        for (int k = 0; k < values.length; k++) {
            if (!(values[k] > 0)) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "%s is not positive definite: eigenvalue %d is %s",
                                name,
                                k,
                                values[k]));
            }
        }
    }

    private void checkSame(SpectralOperator other) {
        if (!lattice.equals(other.lattice)) {
            throw new IllegalArgumentException(
                    "operators live on different lattices: " + lattice + " vs " + other.lattice);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpectralOperator
                && ((SpectralOperator) o).lattice.equals(lattice)
                && Arrays.equals(((SpectralOperator) o).values, values);
    }

    @Override
    public int hashCode() {
        return 31 * lattice.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "SpectralOperator" + Arrays.toString(values);
    }
}
