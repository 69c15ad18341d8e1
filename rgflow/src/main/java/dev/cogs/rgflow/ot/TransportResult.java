package dev.cogs.rgflow.ot;

/**
 * What every transport solver reports: the plan, the linear cost {@code ⟨P, C⟩} and convergence
 * diagnostics. Specific solvers return records with more fields ({@link ExactOtResult}, {@link
 * SinkhornResult}).
 */
public interface TransportResult {

    /**
     * @return the transport plan
     */
    TransportPlan plan();

    /**
     * @return the linear cost {@code ⟨P, C⟩} (what POT's {@code emd2}/{@code sinkhorn2} return)
     */
    double cost();

    /**
     * @return iterations (pivots for the network simplex)
     */
    long iterations();

    /**
     * @return the final marginal error in the solver's stopping norm (0 for an optimal exact plan)
     */
    double marginalError();

    /**
     * @return whether the solver met its stopping rule within its iteration cap
     */
    boolean converged();
}
