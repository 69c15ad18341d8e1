package dev.cogs.rgflow.lattice;

import java.util.Objects;

/**
 * The bare lattice action \(S_0(\varphi) = \tfrac12\varphi^{\mathsf T}A\varphi +
 * \sum_xU(\varphi_x)\) with \(A = -\Delta_L + m^2\) (docs/rgflow.md §4.1, §5), evaluated with the
 * nearest-neighbour stencil.
 *
 * <p>Immutable. Methods expect finite fields of length N.
 */
public final class LatticeAction {

    private final Lattice lattice;
    private final double massSquared;
    private final LocalPotential potential;
    private final SpectralOperator quadratic;

    private LatticeAction(Lattice lattice, double massSquared, LocalPotential potential) {
        this.lattice = lattice;
        this.massSquared = massSquared;
        this.potential = potential;
        this.quadratic = SpectralOperator.massiveLaplacian(lattice, massSquared);
    }

    /**
     * @param lattice the lattice
     * @param massSquared m² &gt; 0
     * @param potential U
     * @return the action
     * @throws IllegalArgumentException if m² is not &gt; 0 (NaN included)
     */
    public static LatticeAction of(Lattice lattice, double massSquared, LocalPotential potential) {
        Objects.requireNonNull(lattice, "lattice");
        Objects.requireNonNull(potential, "potential");
        return new LatticeAction(lattice, massSquared, potential);
    }

    /**
     * @return the lattice
     */
    public Lattice lattice() {
        return lattice;
    }

    /**
     * @return m²
     */
    public double massSquared() {
        return massSquared;
    }

    /**
     * @return U
     */
    public LocalPotential potential() {
        return potential;
    }

    /**
     * @return A = −Δ + m²
     */
    public SpectralOperator quadratic() {
        return quadratic;
    }

    /**
     * @return the heat-kernel covariance path \(C(t) = A^{-1}e^{-tA}\) of this action's free part
     */
    public CovariancePath heatKernelPath() {
        return CovariancePath.heatKernel(quadratic);
    }

    /**
     * (Aφ)_x by the stencil \((m^2 + 2D)\varphi_x - \sum_\mu(\varphi_{x+\mu} + \varphi_{x-\mu})\).
     *
     * @param phi field
     * @param out receives Aφ
     */
    void applyQuadratic(double[] phi, double[] out) {
        int d = lattice.dimension();
        for (int x = 0; x < phi.length; x++) {
            double s = (massSquared + 2 * d) * phi[x];
            for (int mu = 0; mu < d; mu++) {
                s -= phi[lattice.neighbour(x, mu, 1)] + phi[lattice.neighbour(x, mu, -1)];
            }
            out[x] = s;
        }
    }

    /**
     * @param phi field, length N
     * @return \(S_0(\varphi)\)
     */
    public double action(double[] phi) {
        lattice.checkLength(phi, "phi");
        double[] a = new double[phi.length];
        applyQuadratic(phi, a);
        double s = 0;
        for (int x = 0; x < phi.length; x++) {
            s += 0.5 * phi[x] * a[x] + potential.value(phi[x]);
        }
        return s;
    }

    /**
     * @param phi field, length N
     * @return \(\sum_xU(\varphi_x)\) (the bare interaction \(V_0\))
     */
    public double interaction(double[] phi) {
        double s = 0;
        for (double p : phi) {
            s += potential.value(p);
        }
        return s;
    }

    /**
     * @param phi field, length N
     * @return \(\nabla S_0 = A\varphi + U'(\varphi)\) (new array)
     */
    public double[] gradient(double[] phi) {
        lattice.checkLength(phi, "phi");
        double[] g = new double[phi.length];
        applyQuadratic(phi, g);
        for (int x = 0; x < phi.length; x++) {
            g[x] += potential.derivative(phi[x]);
        }
        return g;
    }
}
