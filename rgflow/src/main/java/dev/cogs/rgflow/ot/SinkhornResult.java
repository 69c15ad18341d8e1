package dev.cogs.rgflow.ot;

import java.util.Objects;

/**
 * Result of a Sinkhorn run.
 *
 * <p>Potentials are in the {@code KL(P‖a⊗b)} convention: {@code P_ij = a_i b_j e^{(f_i + g_j −
 * C_ij)/ε}}; at convergence {@code OT_ε = ⟨a,f⟩ + ⟨b,g⟩} (balanced, unit mass). Arrays are copied
 * on construction and access; {@code equals} compares them by reference.
 *
 * @param plan dense plan {@code P}
 * @param cost the linear term {@code ⟨P, C⟩} (what POT's {@code sinkhorn2} returns)
 * @param objective the full objective {@code ⟨P,C⟩ + ε KL(P‖a⊗b)}, {@code KL(p‖q) = Σ p log(p/q) −
 *     Σp + Σq}
 * @param sourcePotential {@code f}
 * @param targetPotential {@code g}
 * @param epsilon the regularisation used
 * @param iterations iterations performed (all ε-stages)
 * @param marginalError final marginal error in the chosen norm
 * @param status how the run ended
 */
public record SinkhornResult(
        TransportPlan plan,
        double cost,
        double objective,
        double[] sourcePotential,
        double[] targetPotential,
        double epsilon,
        long iterations,
        double marginalError,
        SinkhornStatus status)
        implements TransportResult {

    /**
     * Copies the arrays and checks for nulls.
     *
     * @param plan dense plan {@code P}
     * @param cost the linear term {@code ⟨P, C⟩} (what POT's {@code sinkhorn2} returns)
     * @param objective the full objective {@code ⟨P,C⟩ + ε KL(P‖a⊗b)}, {@code KL(p‖q) = Σ p
     *     log(p/q) − Σp + Σq}
     * @param sourcePotential {@code f}
     * @param targetPotential {@code g}
     * @param epsilon the regularisation used
     * @param iterations iterations performed (all ε-stages)
     * @param marginalError final marginal error in the chosen norm
     * @param status how the run ended
     */
    public SinkhornResult {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(status, "status");
        sourcePotential = Objects.requireNonNull(sourcePotential, "sourcePotential").clone();
        targetPotential = Objects.requireNonNull(targetPotential, "targetPotential").clone();
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

    @Override
    public boolean converged() {
        return status == SinkhornStatus.CONVERGED;
    }

    /**
     * The dual value {@code ⟨a,f⟩ + ⟨b,g⟩}.
     *
     * @param a source weights
     * @param b target weights
     * @return the dual value (equal to {@link #objective()} at convergence for unit masses)
     */
    public double dualObjective(double[] a, double[] b) {
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
