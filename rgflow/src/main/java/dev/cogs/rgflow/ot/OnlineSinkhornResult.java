package dev.cogs.rgflow.ot;

import java.util.Objects;

/**
 * Result of a kernel-free Sinkhorn run ({@link OnlineSinkhorn}): everything but the plan, which is
 * {@code n × m} and is computed only on request ({@link OnlineSinkhorn#plan}, {@link
 * OnlineSinkhorn#planRow}).
 *
 * <p>Potentials are in the {@code KL(P‖a⊗b)} convention of {@link SinkhornResult}: {@code P_ij =
 * a_i b_j e^{(f_i + g_j − C_ij)/ε}}, {@code C_ij = ‖x_i − y_j‖²}; points of zero weight get their
 * c-transforms. Arrays are copied on construction and access; {@code equals} compares them by
 * reference.
 *
 * @param cost the linear term {@code ⟨P, C⟩}
 * @param objective the full objective {@code ⟨P,C⟩ + ε KL(P‖a⊗b)}, {@code KL(p‖q) = Σ p log(p/q) −
 *     Σp + Σq}
 * @param sourcePotential {@code f}, length {@code n}
 * @param targetPotential {@code g}, length {@code m}
 * @param epsilon the regularisation used
 * @param iterations iterations performed (all ε-stages)
 * @param marginalError marginal error in the chosen norm at the last check
 * @param status how the run ended
 */
public record OnlineSinkhornResult(
        double cost,
        double objective,
        double[] sourcePotential,
        double[] targetPotential,
        double epsilon,
        long iterations,
        double marginalError,
        SinkhornStatus status) {

    /**
     * Copies the arrays and checks for nulls.
     *
     * @param cost the linear term {@code ⟨P, C⟩}
     * @param objective the full objective {@code ⟨P,C⟩ + ε KL(P‖a⊗b)}
     * @param sourcePotential {@code f}, length {@code n}
     * @param targetPotential {@code g}, length {@code m}
     * @param epsilon the regularisation used
     * @param iterations iterations performed (all ε-stages)
     * @param marginalError marginal error in the chosen norm at the last check
     * @param status how the run ended
     * @throws NullPointerException if an array or the status is null
     */
    public OnlineSinkhornResult {
        sourcePotential = Objects.requireNonNull(sourcePotential, "sourcePotential").clone();
        targetPotential = Objects.requireNonNull(targetPotential, "targetPotential").clone();
        Objects.requireNonNull(status, "status");
    }

    /**
     * The sourcePotential component (a copy).
     *
     * @return {@code f}
     */
    @Override
    public double[] sourcePotential() {
        return sourcePotential.clone();
    }

    /**
     * The targetPotential component (a copy).
     *
     * @return {@code g}
     */
    @Override
    public double[] targetPotential() {
        return targetPotential.clone();
    }

    /**
     * @return whether the marginal error met the tolerance
     */
    public boolean converged() {
        return status == SinkhornStatus.CONVERGED;
    }

    /**
     * The dual value {@code ⟨a,f⟩ + ⟨b,g⟩}.
     *
     * @param a source weights
     * @param b target weights
     * @return the dual value (equal to {@link #objective()} at convergence for unit masses)
     * @throws IllegalArgumentException if the lengths differ from the potentials'
     */
    public double dualObjective(double[] a, double[] b) {
        if (a.length != sourcePotential.length || b.length != targetPotential.length) {
            throw new IllegalArgumentException(
                    "weights of length "
                            + a.length
                            + " and "
                            + b.length
                            + " vs potentials of length "
                            + sourcePotential.length
                            + " and "
                            + targetPotential.length);
        }
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] > 0) {
                s += a[i] * sourcePotential[i];
            }
        }
        for (int j = 0; j < b.length; j++) {
            if (b[j] > 0) {
                s += b[j] * targetPotential[j];
            }
        }
        return s;
    }
}
