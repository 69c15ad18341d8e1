package dev.cogs.algebra.weights;

import java.util.Objects;

/**
 * One built and verified construction of {@link ConstructionCheck}: its name, what the theory
 * claims, its {@link Verification} (the loss measured twice, directly in data space and from sum
 * potentials, the accuracy, weight norms, the {@link OptimalityReport} and every violated
 * constraint) and the time it took.
 *
 * <p>Instances are immutable records. Losses are in the units of {@link CogsLoss} (the projected
 * MSE of docs/cogs-math.md §1); violations in code units (docs/cogs-math.md §3.4).
 *
 * @param name short name (z_F6, z_F4/6, memorisation, z_F4)
 * @param description how it is built
 * @param claimedGlobal whether the theory says it is a global optimum
 * @param verification the verification of the built net
 * @param seconds wall time to build and verify (a diagnostic; not reproducible)
 */
public record ConstructionRow(
        String name,
        String description,
        boolean claimedGlobal,
        Verification verification,
        double seconds) {

    /**
     * Validates the row.
     *
     * @param name see the record description
     * @param description see the record description
     * @param claimedGlobal see the record description
     * @param verification see the record description
     * @param seconds see the record description
     * @throws NullPointerException if {@code name}, {@code description} or {@code verification} is
     *     null
     */
    public ConstructionRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(verification, "verification");
    }

    /**
     * The number of hidden nodes.
     *
     * @return {@code verification().order()}
     */
    public int order() {
        return verification.order();
    }

    /**
     * The projected MSE evaluated directly on all d² pairs ({@link CogsLoss#evaluate}).
     *
     * @return {@code verification().dataSpaceLoss()}
     */
    public double dataSpaceLoss() {
        return verification.dataSpaceLoss();
    }

    /**
     * The same loss from sum potentials ({@link CogsLoss#fullDataset}).
     *
     * @return {@code verification().sumPotentialLoss()}
     */
    public double sumPotentialLoss() {
        return verification.sumPotentialLoss();
    }

    /**
     * The fraction of the d² pairs classified correctly.
     *
     * @return {@code verification().accuracy()}
     */
    public double accuracy() {
        return verification.accuracy();
    }

    /**
     * \(\|U_a\|^2 + \|U_b\|^2 + \|W\|^2\) ({@link RealWeights#normSquared()}).
     *
     * @return {@code verification().norms().total()}
     */
    public double weightNormSquared() {
        return verification.norms().total();
    }

    /**
     * The weight-decay cost at the optimal per-node rescaling ({@link WeightDecay#balancedCost}).
     *
     * @return {@code verification().norms().decayCost()}
     */
    public double decayCost() {
        return verification.norms().decayCost();
    }

    /**
     * The optimality report of the net (violations in the order R_g, R_c, R_*, R_n).
     *
     * @return {@code verification().report()}
     */
    public OptimalityReport report() {
        return verification.report();
    }

    /**
     * Whether the row agrees with the theory: a claimed global optimum has both losses at most
     * {@code zeroLoss} and 100 % accuracy; a claimed non-optimum has both losses above it.
     *
     * <p><b>Non-finite values.</b> A NaN loss is never "at most" nor "above" the bound, so a row
     * with a NaN loss is not verified; a NaN {@code zeroLoss} verifies nothing.
     *
     * @param zeroLoss the bound for "loss 0", e.g. {@link ConstructionCheck#ZERO_LOSS}
     * @return true if the row is verified
     */
    public boolean verified(double zeroLoss) {
        return claimedGlobal
                ? verification.isGlobalOptimum(zeroLoss)
                : dataSpaceLoss() > zeroLoss && sumPotentialLoss() > zeroLoss;
    }
}
