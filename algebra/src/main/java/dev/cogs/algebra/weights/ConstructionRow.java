package dev.cogs.algebra.weights;

import java.util.Objects;

/**
 * One built and verified construction of {@link ConstructionCheck}: the net's size, its loss measured twice
 * (directly in data space and from sum potentials), its accuracy and weight norms, and its
 * {@link OptimalityReport} (largest violation per constraint class).
 *
 * <p>Instances are immutable records. Losses are in the units of {@link CogsLoss} (the projected MSE of
 * docs/cogs-math.md §1); violations in code units (docs/cogs-math.md §3.4).
 *
 * @param name short name (z_F6, z_F4/6, memorisation, z_F4)
 * @param description how it is built
 * @param claimedGlobal whether the theory says it is a global optimum
 * @param order number of hidden nodes
 * @param dataSpaceLoss projected MSE evaluated directly on all d² pairs ({@link CogsLoss#evaluate})
 * @param sumPotentialLoss the same loss from sum potentials ({@link CogsLoss#fullDataset})
 * @param accuracy fraction of the d² pairs classified correctly
 * @param weightNormSquared \(\|U_a\|^2 + \|U_b\|^2 + \|W\|^2\) ({@link RealWeights#normSquared()})
 * @param decayCost weight-decay cost at the optimal per-node rescaling ({@link WeightDecay#balancedCost})
 * @param report the optimality report of the net (violations in the order R_g, R_c, R_*, R_n)
 * @param seconds wall time to build and verify (a diagnostic; not reproducible)
 */
public record ConstructionRow(String name, String description, boolean claimedGlobal, int order,
        double dataSpaceLoss, double sumPotentialLoss, double accuracy, double weightNormSquared,
        double decayCost, OptimalityReport report, double seconds) {

    /**
     * Validates the row.
     *
     * @param name see the record description
     * @param description see the record description
     * @param claimedGlobal see the record description
     * @param order see the record description
     * @param dataSpaceLoss see the record description
     * @param sumPotentialLoss see the record description
     * @param accuracy see the record description
     * @param weightNormSquared see the record description
     * @param decayCost see the record description
     * @param report see the record description
     * @param seconds see the record description
     * @throws NullPointerException if {@code name}, {@code description} or {@code report} is null
     */
    public ConstructionRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(report, "report");
    }

    /**
     * Whether the row agrees with the theory: a claimed global optimum has both losses at most
     * {@code zeroLoss} and 100 % accuracy; a claimed non-optimum has both losses above it.
     *
     * <p><b>Non-finite values.</b> A NaN loss is never "at most" nor "above" the bound, so a row with a NaN
     * loss is not verified; a NaN {@code zeroLoss} verifies nothing.
     *
     * @param zeroLoss the bound for "loss 0", e.g. {@link ConstructionCheck#ZERO_LOSS}
     * @return true if the row is verified
     */
    public boolean verified(double zeroLoss) {
        boolean zero = dataSpaceLoss <= zeroLoss && sumPotentialLoss <= zeroLoss && accuracy == 1.0;
        return claimedGlobal ? zero : dataSpaceLoss > zeroLoss && sumPotentialLoss > zeroLoss;
    }
}
