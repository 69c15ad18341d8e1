package dev.cogs.algebra.weights;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.group.CharacterGroup;
import dev.cogs.algebra.group.FiniteGroup;
import dev.cogs.algebra.weights.OptimalityReport.Residual;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Builds the global constructions over a finite abelian group (docs/cogs-math.md §14.4–§14.6) and
 * verifies each against the theory, as {@link ConstructionCheck} does over \(\mathbb{Z}_d\): z_F6,
 * z_F4/6, perfect memorisation (optional) and the non-global z_F4. Every net is checked in data
 * space on all n² pairs ({@link GroupTask#evaluate}) and from sum potentials ({@link
 * AbelianLoss#fullDataset}), with its accuracy, weight norms and {@link OptimalityReport}, and its
 * order is compared with the order predicted by the derivation.
 *
 * <p>A claimed global optimum is verified when both losses are at most {@link
 * ConstructionCheck#ZERO_LOSS}, every pair is classified correctly and the order is the predicted
 * one; z_F4 is verified when both losses equal the predicted \((2(n-1) - N_2)/n\) to 10⁻⁹ relative
 * and the order is the predicted one.
 */
public final class AbelianConstructionCheck {

    /**
     * Relative tolerance on the predicted loss of z_F4 (the losses are sums of ~n² terms of size
     * 1/n²).
     */
    public static final double F4_LOSS_TOLERANCE = 1e-9;

    private AbelianConstructionCheck() {}

    /**
     * Parameters of the check. Immutable and validated.
     *
     * @param group an abelian group of order at least 3
     * @param nuPhase arg ν of the order-6 blocks (|ν| = 1)
     * @param xiPhase arg ξ of the order-4 blocks (|ξ| = 1, c₂ = +i)
     * @param realNu the real ν' ≠ 0 of the order-2 blocks of z_F6 at characters of order 2
     * @param k0 the order-6 character of z_F4/6, a pair representative of order ≥ 3; 0 for the
     *     first one
     * @param memorisationMaxOrder largest |G| for which the order-n² memorisation net is built and
     *     verified
     */
    public record Options(
            FiniteGroup group,
            double nuPhase,
            double xiPhase,
            double realNu,
            int k0,
            int memorisationMaxOrder) {

        /**
         * Validates the options.
         *
         * @param group see the record description
         * @param nuPhase see the record description
         * @param xiPhase see the record description
         * @param realNu see the record description
         * @param k0 see the record description
         * @param memorisationMaxOrder see the record description
         * @throws IllegalArgumentException if the group is not abelian or has order &lt; 3, a phase
         *     is not finite, ν' is 0 or not finite, or k0 is neither 0 nor a pair representative of
         *     order ≥ 3
         */
        public Options {
            Objects.requireNonNull(group, "group");
            if (group.order() < 3) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "group %s has order %d; the task needs at least 3 classes",
                                group.name(),
                                group.order()));
            }
            if (!group.isAbelian()) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "group %s is not abelian: the constructions are built from characters; for non-abelian "
                                        + "groups only memorisation is a verified construction (docs/cogs-math.md §14.6)",
                                group.name()));
            }
            if (!Double.isFinite(nuPhase) || !Double.isFinite(xiPhase)) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "phases (nu %s, xi %s) must be finite",
                                nuPhase,
                                xiPhase));
            }
            if (!Double.isFinite(realNu) || realNu == 0) {
                throw new IllegalArgumentException(
                        "realNu (" + realNu + ") must be finite and non-zero");
            }
            if (k0 != 0) {
                CharacterGroup ch = CharacterGroup.of(group);
                if (k0 < 0
                        || k0 >= ch.size()
                        || !ch.pairRepresentatives().contains(k0)
                        || ch.conjugate(k0) == k0) {
                    throw new IllegalArgumentException(
                            String.format(
                                    Locale.ROOT,
                                    "k0 (%d) must be 0 or a pair representative of order >= 3 of %s",
                                    k0,
                                    group.name()));
                }
            }
        }

        /**
         * The documented parameters: ν = e^{0.7i}, ξ = e^{0.3i}, ν' = 1, the first complex
         * representative as k₀, memorisation up to order 47.
         *
         * @param group an abelian group of order at least 3
         * @return the options
         * @throws IllegalArgumentException if the group is not abelian or too small
         */
        public static Options defaults(FiniteGroup group) {
            return new Options(group, 0.7, 0.3, 1.0, 0, 47);
        }

        /**
         * ν on the unit circle.
         *
         * @return {@code Complex.polar(1, nuPhase)}
         */
        public Complex nu() {
            return Complex.polar(1, nuPhase);
        }

        /**
         * ξ on the unit circle.
         *
         * @return {@code Complex.polar(1, xiPhase)}
         */
        public Complex xi() {
            return Complex.polar(1, xiPhase);
        }
    }

    /**
     * One verified construction and what the theory predicts for it.
     *
     * @param row the measured row (losses, accuracy, norms, optimality report)
     * @param predictedOrder the order the derivation predicts
     * @param predictedLoss the loss the derivation predicts (0 for global optima)
     */
    public record Row(ConstructionRow row, int predictedOrder, double predictedLoss) {

        /**
         * Validates the record.
         *
         * @param row see the record description
         * @param predictedOrder see the record description
         * @param predictedLoss see the record description
         * @throws NullPointerException if {@code row} is null
         */
        public Row {
            Objects.requireNonNull(row, "row");
        }

        /**
         * Whether the row agrees with the theory (see the class Javadoc).
         *
         * @return true if verified
         */
        public boolean verified() {
            if (row.order() != predictedOrder) {
                return false;
            }
            if (row.claimedGlobal()) {
                return row.verified(ConstructionCheck.ZERO_LOSS);
            }
            double tol = F4_LOSS_TOLERANCE * predictedLoss;
            return Math.abs(row.dataSpaceLoss() - predictedLoss) <= tol
                    && Math.abs(row.sumPotentialLoss() - predictedLoss) <= tol;
        }
    }

    /**
     * The verified rows and the constructions left out.
     *
     * @param group the group
     * @param invariantFactors the invariant factors of G
     * @param orderTwoCharacters \(N_2\), the number of characters of order 2
     * @param rows one row per construction built, in the order z_F6, z_F4/6, memorisation, z_F4
     * @param skipped constructions not built (z_F4/6 and z_F4 for elementary abelian 2-groups,
     *     memorisation above {@link Options#memorisationMaxOrder()})
     */
    public record Result(
            FiniteGroup group,
            List<Integer> invariantFactors,
            int orderTwoCharacters,
            List<Row> rows,
            List<ConstructionCheck.Skipped> skipped) {

        /**
         * Copies the lists.
         *
         * @param group see the record description
         * @param invariantFactors see the record description
         * @param orderTwoCharacters see the record description
         * @param rows see the record description
         * @param skipped see the record description
         * @throws NullPointerException if an argument or element is null
         */
        public Result {
            Objects.requireNonNull(group, "group");
            invariantFactors = List.copyOf(invariantFactors);
            rows = List.copyOf(rows);
            skipped = List.copyOf(skipped);
        }

        /**
         * Whether every row agrees with the theory.
         *
         * @return true if every {@link Row#verified()}
         */
        public boolean verified() {
            return rows.stream().allMatch(Row::verified);
        }
    }

    /**
     * Builds z_F6, z_F4/6 (if G has a character of order ≥ 3), memorisation (if |G| ≤ {@link
     * Options#memorisationMaxOrder()}) and z_F4, and verifies each.
     *
     * <p>Cost: dominated by the data-space loss, O(n³q) per net (O(n⁵) for memorisation).
     *
     * @param o the options
     * @return the rows and the skipped constructions
     * @throws NullPointerException if {@code o} is null
     */
    public static Result run(Options o) {
        Objects.requireNonNull(o, "o");
        FiniteGroup g = o.group();
        CharacterGroup ch = CharacterGroup.of(g);
        int n = ch.size();
        int n2 = AbelianConstructions.orderTwoCount(ch);
        boolean complexPair = ch.pairRepresentatives().stream().anyMatch(k -> ch.conjugate(k) != k);
        List<Row> rows = new ArrayList<>();
        List<ConstructionCheck.Skipped> skipped = new ArrayList<>();
        rows.add(
                new Row(
                        evaluate(
                                g,
                                "z_F6",
                                "normalised z_nu * z_syn at every pair of order >= 3, z_nu' (real nu') "
                                        + "at every character of order 2",
                                true,
                                () -> AbelianConstructions.f6(ch, o.nu(), o.realNu())),
                        AbelianConstructions.f6Order(ch),
                        0.0));
        if (complexPair) {
            int k0 = o.k0() != 0 ? o.k0() : AbelianConstructions.defaultK0(ch);
            rows.add(
                    new Row(
                            evaluate(
                                    g,
                                    "z_F4/6",
                                    String.format(
                                            Locale.ROOT,
                                            "order-4 z_nu=i * z_xi at pairs of order >= 3 except k0 = %d, order-6 z_nu * z_syn at k0, single "
                                                    + "nodes at order-2 characters; k0 cancels every bias",
                                            k0),
                                    true,
                                    () -> AbelianConstructions.f46(ch, o.nu(), o.xi(), k0)),
                            AbelianConstructions.f46Order(ch),
                            0.0));
        } else {
            skipped.add(new ConstructionCheck.Skipped("z_F4/6", AbelianConstructions.f46Order(ch)));
        }
        if (n <= o.memorisationMaxOrder()) {
            rows.add(
                    new Row(
                            evaluate(
                                    g,
                                    "memorisation",
                                    "one node per pair (g1, g2), order n^2",
                                    true,
                                    () -> GroupNet.fromReal(ch, GroupTask.memorisation(g))),
                            n * n,
                            0.0));
        } else {
            skipped.add(new ConstructionCheck.Skipped("memorisation", n * n));
        }
        rows.add(
                new Row(
                        evaluate(
                                g,
                                "z_F4",
                                "order-4 z_nu=i * z_xi and single nodes, biases uncancelled (NOT "
                                        + "global)",
                                false,
                                () -> AbelianConstructions.f4(ch, o.xi())),
                        AbelianConstructions.f4Order(ch),
                        AbelianConstructions.f4Loss(ch)));
        return new Result(g, ch.decomposition().invariantFactors(), n2, rows, skipped);
    }

    private static ConstructionRow evaluate(
            FiniteGroup g,
            String name,
            String description,
            boolean claimedGlobal,
            Supplier<GroupNet> build) {
        long start = System.nanoTime();
        GroupNet z = build.get();
        RealWeights w = z.toReal();
        DataSpaceEvaluation data = GroupTask.evaluate(g, w);
        double sp = AbelianLoss.fullDataset(z);
        List<Residual> residuals = AbelianLoss.residuals(z);
        OptimalityReport report = OptimalityReport.from(z.size(), residuals);
        List<Residual> violated = new ArrayList<>();
        for (Residual r : residuals) {
            if (r.violation() > Verification.DEFAULT_TOLERANCE) {
                violated.add(r);
            }
        }
        violated.sort(
                Comparator.comparing(Residual::constraint)
                        .thenComparing(Comparator.comparingDouble(Residual::violation).reversed()));
        Verification v =
                new Verification(
                        z.size(),
                        z.order(),
                        data.loss(),
                        sp,
                        data.accuracy(),
                        Verification.WeightNorms.of(w),
                        report,
                        Verification.DEFAULT_TOLERANCE,
                        violated);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new ConstructionRow(name, description, claimedGlobal, v, seconds);
    }
}
