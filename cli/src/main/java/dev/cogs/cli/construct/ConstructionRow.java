package dev.cogs.cli.construct;

import java.util.List;
import java.util.Objects;

/**
 * One verified construction: the row printed by {@code cogs construct}.
 *
 * @param name short name (z_F6, z_F4/6, memorisation, z_F4)
 * @param description how it is built
 * @param claimedGlobal whether the theory says it is a global optimum
 * @param order number of hidden nodes
 * @param dataSpaceLoss projected MSE evaluated directly on all d² pairs (spec §1)
 * @param sumPotentialLoss the same loss from sum potentials (spec §3.2)
 * @param accuracy fraction of the d² pairs classified correctly
 * @param weightNormSquared \(\|U_a\|^2 + \|U_b\|^2 + \|W\|^2\)
 * @param decayCost weight-decay cost at the optimal per-node rescaling (spec §6.5)
 * @param violations largest violation per constraint class, in the order R_g, R_c, R_*, R_n
 * @param seconds wall time to build and verify
 */
public record ConstructionRow(String name, String description, boolean claimedGlobal, int order,
        double dataSpaceLoss, double sumPotentialLoss, double accuracy, double weightNormSquared,
        double decayCost, List<ViolationEntry> violations, double seconds) {

    /**
     * The largest violation of one constraint class.
     *
     * @param constraint R_g, R_c, R_* or R_n
     * @param max the largest violation (code units)
     * @param index the worst index, e.g. {@code R_n(3)}
     * @param lossShare this class's share of the loss
     */
    public record ViolationEntry(String constraint, double max, String index, double lossShare) {

        /**
         * Validates the entry.
         *
         * @param constraint see the record description
         * @param max see the record description
         * @param index see the record description
         * @param lossShare see the record description
         * @throws NullPointerException if a string is null
         */
        public ViolationEntry {
            Objects.requireNonNull(constraint, "constraint");
            Objects.requireNonNull(index, "index");
        }
    }

    /**
     * Validates the row and copies the violation list.
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
     * @param violations see the record description
     * @param seconds see the record description
     * @throws NullPointerException if a component is null
     */
    public ConstructionRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        violations = List.copyOf(violations);
    }

    /**
     * Whether the row agrees with the theory: a claimed global optimum has both losses ≤ the bound and
     * 100 % accuracy; a claimed non-optimum has a loss above the bound.
     *
     * @param zeroLoss the bound for "loss 0"
     * @return true if verified
     */
    public boolean verified(double zeroLoss) {
        boolean zero = dataSpaceLoss <= zeroLoss && sumPotentialLoss <= zeroLoss && accuracy == 1.0;
        return claimedGlobal ? zero : dataSpaceLoss > zeroLoss && sumPotentialLoss > zeroLoss;
    }
}
