package dev.cogs.rgflow.ot;

import java.util.Objects;

/**
 * A converged entropic transport, as returned by {@link Distances#sinkhorn(double[], double[],
 * CostMatrix, double)}: the Sinkhorn result and how it was obtained. Only converged results are
 * constructed: a run that ends otherwise makes {@code Distances} throw, so {@link #cost()} is
 * always the cost at the requested tolerance.
 *
 * @param result the Sinkhorn result (status {@link SinkhornStatus#CONVERGED})
 * @param variant the numerical form that produced it
 * @param logDomainFallback whether the requested scaling form underflowed or overflowed ({@link
 *     SinkhornStatus#NUMERICAL_FAILURE}) and the problem was solved again in the log domain
 */
public record EntropicTransport(
        SinkhornResult result, SinkhornVariant variant, boolean logDomainFallback) {

    /**
     * Validates the record.
     *
     * @param result the Sinkhorn result
     * @param variant the numerical form that produced it
     * @param logDomainFallback whether the log domain replaced a failed scaling run
     * @throws IllegalArgumentException if the result did not converge, or a fallback is claimed for
     *     a variant other than {@link SinkhornVariant#LOG_DOMAIN}
     */
    public EntropicTransport {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(variant, "variant");
        if (!result.converged()) {
            throw new IllegalArgumentException(
                    "Sinkhorn status " + result.status() + " is not CONVERGED");
        }
        if (logDomainFallback && variant != SinkhornVariant.LOG_DOMAIN) {
            throw new IllegalArgumentException("a fallback runs in the log domain, not " + variant);
        }
    }

    /**
     * The linear cost {@code ⟨P, C⟩} (POT's {@code sinkhorn2}).
     *
     * @return the cost
     */
    public double cost() {
        return result.cost();
    }

    /**
     * The full objective {@code ⟨P,C⟩ + ε KL(P‖a⊗b)}.
     *
     * @return the objective
     */
    public double objective() {
        return result.objective();
    }

    /**
     * The entropic plan (POT's {@code sinkhorn}).
     *
     * @return the plan
     */
    public TransportPlan plan() {
        return result.plan();
    }

    /**
     * The iterations of the run that converged (not counting a failed scaling attempt).
     *
     * @return the iterations
     */
    public long iterations() {
        return result.iterations();
    }
}
