package dev.cogs.rgflow.polchinski;

/**
 * The bare interaction \(U\) of a {@link PolchinskiStudy}: \(P_0 \propto
 * e^{-\frac12\varphi^{\mathsf T}A\varphi - \sum_xU(\varphi_x)}\), \(A = -\Delta_L + m^2\)
 * (docs/rgflow.md §5, §4.3).
 */
public enum BareTheory {
    /**
     * Lattice φ⁴, \(U = (\lambda/4!)\varphi^4\), coupling λ ≥ 0; sampled by HMC, no closed form.
     */
    PHI4,
    /**
     * Mass deformation \(U = \tfrac{\delta m^2}{2}\varphi^2\), coupling δm²: Gaussian, exact
     * samples, closed form.
     */
    MASS;

    /**
     * The coupling of the command-line study when none is given: λ = 6 for {@link #PHI4}, δm² = 0.5
     * for {@link #MASS}.
     *
     * @return the default coupling
     */
    public double defaultCoupling() {
        return this == PHI4 ? 6.0 : 0.5;
    }
}
