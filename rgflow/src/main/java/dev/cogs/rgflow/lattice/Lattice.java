package dev.cogs.rgflow.lattice;

import dev.cogs.rgflow.flow.ModeBasis;
import dev.cogs.rgflow.flow.SampleCloud;
import java.util.Locale;
import java.util.Objects;

/**
 * A periodic hypercubic lattice \(\Lambda_L = (\mathbb{Z}_L)^D\) with \(N = L^D\) sites, \(D \in
 * \{0, 1, 2\}\) (dimension 0 is a single site), together with its real orthonormal Fourier basis.
 *
 * <p>Sites are indexed {@code x = x0 + L·x1}. Modes are indexed the same way, {@code k = k0 +
 * L·k1}; the one-dimensional real basis is \(e_0 = 1/\sqrt{L}\), \(e_k(x) = \sqrt{2/L}\cos(2\pi
 * kx/L)\) for \(0 &lt; k &lt; L/2\), \(e_{L/2}(x) = (-1)^x/\sqrt{L}\) and \(e_k(x) =
 * \sqrt{2/L}\sin(2\pi kx/L)\) for \(L/2 &lt; k &lt; L\), so that real mode {@code k} has the same
 * lattice momentum \(\hat p^2_k = \sum_\mu 4\sin^2(\pi k_\mu/L)\) as the complex mode \(n = k\). In
 * two dimensions the basis is the tensor product. Every translation-invariant operator (in
 * particular \(A = -\Delta_L + m^2\)) is diagonal in this basis, which is the lattice's {@link
 * ModeBasis} for the JKO steps of {@code flow}.
 *
 * <p>Instances are immutable.
 */
public final class Lattice implements ModeBasis {

    private final int dimension;
    private final int side;
    private final int size;

    /** One-dimensional basis, {@code basis[k][x]}. */
    private final double[][] basis;

    private final double[] momentum1d;

    private Lattice(int dimension, int side) {
        this.dimension = dimension;
        this.side = side;
        this.size = dimension == 0 ? 1 : (dimension == 1 ? side : side * side);
        int l = dimension == 0 ? 1 : side;
        this.basis = new double[l][l];
        this.momentum1d = new double[l];
        for (int k = 0; k < l; k++) {
            double s = Math.sin(Math.PI * k / l);
            momentum1d[k] = dimension == 0 ? 0.0 : 4.0 * s * s;
            for (int x = 0; x < l; x++) {
                double v;
                if (k == 0) {
                    v = 1.0 / Math.sqrt(l);
                } else if (2 * k == l) {
                    v = (x % 2 == 0 ? 1.0 : -1.0) / Math.sqrt(l);
                } else if (2 * k < l) {
                    v = Math.sqrt(2.0 / l) * Math.cos(2.0 * Math.PI * k * x / l);
                } else {
                    v = Math.sqrt(2.0 / l) * Math.sin(2.0 * Math.PI * k * x / l);
                }
                basis[k][x] = v;
            }
        }
    }

    /**
     * The lattice \((\mathbb{Z}_L)^D\).
     *
     * @param dimension D, one of 0 (a single site; {@code side} is then ignored and reported as 1),
     *     1, 2
     * @param side L ≥ 2 (for D ≥ 1); L² ≤ 4096 in two dimensions
     * @return the lattice
     * @throws IllegalArgumentException if D is not in {0,1,2}, L &lt; 2, or N &gt; 4096
     */
    public static Lattice of(int dimension, int side) {
        if (dimension < 0 || dimension > 2) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "dimension (%d) must be 0, 1 or 2", dimension));
        }
        if (dimension == 0) {
            return new Lattice(0, 1);
        }
        if (side < 2) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "lattice side (%d) must be >= 2", side));
        }
        if (side > 4096 || (dimension == 2 && side > 64)) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "lattice with side %d in dimension %d exceeds N = 4096 sites",
                            side,
                            dimension));
        }
        return new Lattice(dimension, side);
    }

    /**
     * A single site (D = 0, N = 1).
     *
     * @return the one-site lattice
     */
    public static Lattice singleSite() {
        return new Lattice(0, 1);
    }

    /**
     * @return the dimension D
     */
    public int dimension() {
        return dimension;
    }

    /**
     * @return the side L (1 for the single site)
     */
    public int side() {
        return side;
    }

    /**
     * @return the number of sites N = L^D (equal to the number of modes)
     */
    @Override
    public int size() {
        return size;
    }

    /**
     * Lattice momentum squared \(\hat p^2_k = \sum_\mu 4\sin^2(\pi k_\mu/L)\) of real mode {@code
     * k}, the eigenvalue of \(-\Delta_L\).
     *
     * @param mode mode index in [0, N)
     * @return \(\hat p^2_k \ge 0\)
     */
    public double momentumSquared(int mode) {
        checkIndex(mode);
        if (dimension <= 1) {
            return momentum1d[mode];
        }
        return momentum1d[mode % side] + momentum1d[mode / side];
    }

    /**
     * The index of the neighbour of site {@code x} in direction {@code mu} (0 ≤ mu &lt; D) at
     * offset {@code step} (periodic).
     *
     * @param site site index
     * @param mu direction
     * @param step offset, e.g. ±1
     * @return the neighbour's index
     */
    public int neighbour(int site, int mu, int step) {
        checkIndex(site);
        if (mu < 0 || mu >= dimension) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "direction (%d) must be in [0, %d)", mu, dimension));
        }
        int x0 = site % side;
        int x1 = site / side;
        if (mu == 0) {
            x0 = Math.floorMod(x0 + step, side);
        } else {
            x1 = Math.floorMod(x1 + step, side);
        }
        return x0 + side * x1;
    }

    /**
     * Mode coefficients \(\hat\varphi_k = \sum_x e_k(x)\varphi_x\) (orthonormal, so the transform
     * is its own transpose-inverse).
     *
     * @param field site values, length N
     * @return a new array of mode coefficients
     */
    @Override
    public double[] toModes(double[] field) {
        checkLength(field, "field");
        return transform(field, false);
    }

    /**
     * Site values \(\varphi_x = \sum_k e_k(x)\hat\varphi_k\).
     *
     * @param modes mode coefficients, length N
     * @return a new array of site values
     */
    @Override
    public double[] fromModes(double[] modes) {
        checkLength(modes, "modes");
        return transform(modes, true);
    }

    /**
     * Translation-averaged two-point function \(G(r) =
     * \tfrac1{nN}\sum_i\sum_x\varphi_{i,x}\varphi_{i,x+r}\) of a cloud of field configurations
     * along direction 0 (r = 0 … L−1), the low-variance estimator on a translation-invariant
     * lattice.
     *
     * @param samples n configurations of dimension N
     * @return G(r) for r = 0 … L−1 (length 1 for a single site)
     * @throws IllegalArgumentException if the configurations do not have N sites
     */
    public double[] twoPoint(SampleCloud samples) {
        Objects.requireNonNull(samples, "samples");
        checkLength(samples.point(0), "point");
        int l = side();
        double[] g = new double[l];
        for (int i = 0; i < samples.size(); i++) {
            double[] p = samples.point(i);
            for (int x = 0; x < size; x++) {
                int y = x;
                for (int r = 0; r < l; r++) {
                    g[r] += p[x] * p[y];
                    y = dimension == 0 ? y : neighbour(y, 0, 1);
                }
            }
        }
        for (int r = 0; r < l; r++) {
            g[r] /= (double) samples.size() * size;
        }
        return g;
    }

    /**
     * Basis value \(e_k(x)\).
     *
     * @param mode k
     * @param site x
     * @return \(e_k(x)\)
     */
    public double basis(int mode, int site) {
        checkIndex(mode);
        checkIndex(site);
        if (dimension <= 1) {
            return basis[mode][site];
        }
        return basis[mode % side][site % side] * basis[mode / side][site / side];
    }

    private double[] transform(double[] in, boolean inverse) {
        int l = basis.length;
        if (dimension <= 1) {
            double[] out = new double[l];
            apply1d(in, 0, 1, out, 0, 1, inverse);
            return out;
        }
        double[] tmp = new double[size];
        for (int row = 0; row < l; row++) {
            apply1d(in, row * l, 1, tmp, row * l, 1, inverse);
        }
        double[] out = new double[size];
        for (int col = 0; col < l; col++) {
            apply1d(tmp, col, l, out, col, l, inverse);
        }
        return out;
    }

    private void apply1d(
            double[] in,
            int inOff,
            int inStride,
            double[] out,
            int outOff,
            int outStride,
            boolean inverse) {
        int l = basis.length;
        for (int i = 0; i < l; i++) {
            double s = 0.0;
            for (int j = 0; j < l; j++) {
                double b = inverse ? basis[j][i] : basis[i][j];
                s += b * in[inOff + j * inStride];
            }
            out[outOff + i * outStride] = s;
        }
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= size) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "index (%d) must be in [0, %d)", i, size));
        }
    }

    void checkLength(double[] v, String name) {
        if (v.length != size) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "%s has length %d but the lattice has N = %d sites",
                            name,
                            v.length,
                            size));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Lattice
                && ((Lattice) o).dimension == dimension
                && ((Lattice) o).side == side;
    }

    @Override
    public int hashCode() {
        return 31 * dimension + side;
    }

    @Override
    public String toString() {
        return dimension == 0
                ? "Lattice[single site]"
                : String.format(Locale.ROOT, "Lattice[D=%d, L=%d, N=%d]", dimension, side, size);
    }
}
