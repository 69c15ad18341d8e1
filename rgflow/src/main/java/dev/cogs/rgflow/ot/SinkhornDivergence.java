package dev.cogs.rgflow.ot;

import java.util.Objects;

/**
 * Debiased Sinkhorn divergence between point clouds (Feydy et al., AISTATS 2019, arXiv:1810.08278):
 * {@code S_ε(α,β) = T(α,β) − ½T(α,α) − ½T(β,β)}, with {@code T} the full entropic objective or
 * POT's linear term as chosen by {@link DivergenceConvention}.
 *
 * <p>Non-finite values: as {@link Sinkhorn}; if any run does not converge the result says so
 * ({@code converged = false}).
 */
public final class SinkhornDivergence {

    private SinkhornDivergence() {}

    /**
     * Computes the divergence.
     *
     * @param x source cloud {@code α}
     * @param y target cloud {@code β}, same dimension and mass
     * @param cost the ground cost
     * @param options Sinkhorn options (the same for the three runs)
     * @param convention which value enters the formula
     * @return the divergence and its terms
     * @throws IllegalArgumentException on a dimension or mass mismatch
     */
    public static SinkhornDivergenceResult compute(
            EmpiricalMeasure x,
            EmpiricalMeasure y,
            GroundCost cost,
            SinkhornOptions options,
            DivergenceConvention convention) {
        Objects.requireNonNull(convention, "convention");
        Sinkhorn s = Sinkhorn.of(options);
        SinkhornResult xy = s.solve(x, y, cost);
        SinkhornResult xx = s.solve(x, x, cost);
        SinkhornResult yy = s.solve(y, y, cost);
        double txy = pick(xy, convention);
        double txx = pick(xx, convention);
        double tyy = pick(yy, convention);
        return new SinkhornDivergenceResult(
                txy - 0.5 * txx - 0.5 * tyy,
                txy,
                txx,
                tyy,
                convention,
                xy.converged() && xx.converged() && yy.converged());
    }

    private static double pick(SinkhornResult r, DivergenceConvention c) {
        return c == DivergenceConvention.FULL_OBJECTIVE ? r.objective() : r.cost();
    }
}
