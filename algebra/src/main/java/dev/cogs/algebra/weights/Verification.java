package dev.cogs.algebra.weights;

import dev.cogs.algebra.weights.OptimalityReport.ConstraintClass;
import dev.cogs.algebra.weights.OptimalityReport.Residual;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything cogs can say about one net in one call: the loss measured twice (in data space on all
 * d² pairs, and from sum potentials), the accuracy, the order and weight norms, the {@link
 * OptimalityReport} (largest violation per constraint class) and the full list of violated
 * constraints of docs/cogs-math.md §3.4, each with its index, value and share of the loss.
 *
 * <pre>{@code
 * Verification v = Verification.of(Constructions.syn(31, 1));
 * System.out.println(v);          // one line: losses, accuracy, order, violated constraints per class
 * System.out.print(v.table());    // the same with every violated constraint, grouped by class
 * v.violations(ConstraintClass.R_STAR);   // R_a(2,1), R_b(2,1), R_a(29,30), R_b(29,30)
 * }</pre>
 *
 * <p>A constraint is violated when its residual's violation ({@link Residual#violation()}, code
 * units) exceeds {@link #tolerance()}; by default {@link #DEFAULT_TOLERANCE}. The listed residuals'
 * loss shares add up to at most the loss; those below the tolerance make up the rest.
 *
 * <p>Instances are immutable records. Losses are in the units of {@link CogsLoss} (the projected
 * MSE of docs/cogs-math.md §1).
 *
 * @param d the group size
 * @param order the number of hidden nodes q
 * @param dataSpaceLoss the projected MSE evaluated directly on all d² pairs, by the {@link
 *     DataSpaceEvaluator} given to {@code of} ({@link CogsLoss#evaluate} by default)
 * @param sumPotentialLoss the same loss from sum potentials ({@link CogsLoss#fullDataset}:
 *     \(d\sum|T|^2\) over the residuals of docs/cogs-math.md §3.2 with compensated summation, the
 *     Gram form for dense nets); the report's {@link OptimalityReport#loss()} is the same quantity
 *     summed plainly
 * @param accuracy the fraction of the d² pairs classified correctly
 * @param norms the weight norms
 * @param report the largest violation and the loss share per constraint class
 * @param tolerance the violation above which a constraint counts as violated, ≥ 0
 * @param violations every violated constraint, by class (R_g, R_c, R_*, R_n), then by decreasing
 *     violation, then in (k, m1, m2) order
 */
public record Verification(
        int d,
        int order,
        double dataSpaceLoss,
        double sumPotentialLoss,
        double accuracy,
        WeightNorms norms,
        OptimalityReport report,
        double tolerance,
        List<Residual> violations) {

    /**
     * The default violation tolerance, 1e-10 in code units: a single residual of that size
     * contributes about d·1e-20 to the loss, the scale of {@link ConstructionCheck#ZERO_LOSS},
     * while the residuals of the exact constructions stay below 1e-15.
     */
    public static final double DEFAULT_TOLERANCE = 1e-10;

    /**
     * The norms of a net's real weights (docs/cogs-math.md §1, §6.5).
     *
     * @param ua \(\|U_a\|^2\)
     * @param ub \(\|U_b\|^2\)
     * @param w \(\|W\|^2\)
     * @param total \(\|U_a\|^2 + \|U_b\|^2 + \|W\|^2\) ({@link RealWeights#normSquared()})
     * @param decayCost the weight-decay cost at the optimal per-node rescaling ({@link
     *     WeightDecay#balancedCost})
     */
    public record WeightNorms(double ua, double ub, double w, double total, double decayCost) {

        /**
         * The norms of real weights.
         *
         * @param weights the weights
         * @return their norms
         */
        public static WeightNorms of(RealWeights weights) {
            Objects.requireNonNull(weights, "weights");
            return new WeightNorms(
                    sumOfSquares(weights.uaFlat()),
                    sumOfSquares(weights.ubFlat()),
                    sumOfSquares(weights.wFlat()),
                    weights.normSquared(),
                    WeightDecay.balancedCost(weights));
        }

        private static double sumOfSquares(double[] x) {
            double s = 0;
            for (double v : x) {
                s += v * v;
            }
            return s;
        }
    }

    /**
     * Validates and copies.
     *
     * @param d see the record description
     * @param order see the record description
     * @param dataSpaceLoss see the record description
     * @param sumPotentialLoss see the record description
     * @param accuracy see the record description
     * @param norms see the record description
     * @param report see the record description
     * @param tolerance see the record description
     * @param violations see the record description
     * @throws IllegalArgumentException if the tolerance is negative or NaN
     * @throws NullPointerException if a component is null
     */
    public Verification {
        Objects.requireNonNull(norms, "norms");
        Objects.requireNonNull(report, "report");
        RealWeights.checkTolerance("tolerance", tolerance);
        violations = List.copyOf(violations);
    }

    /**
     * Verifies a net given in the Fourier domain, with {@link #DEFAULT_TOLERANCE}.
     *
     * <p>Cost: the data-space loss, O(d³q), dominates; the residuals cost as {@link
     * CogsLoss#residualForm}, once for the list and once for the loss.
     *
     * @param z the net; it must be the transform of real weights (conjugate symmetric, as every
     *     construction of {@link Constructions} and every transformed trained net is)
     * @return the verification
     * @throws IllegalArgumentException if the net is not conjugate symmetric
     */
    public static Verification of(FourierNet z) {
        return of(z, DEFAULT_TOLERANCE);
    }

    /**
     * Verifies a net given in the Fourier domain.
     *
     * @param z the net (conjugate symmetric)
     * @param tolerance the violation above which a constraint is listed, ≥ 0
     * @return the verification
     * @throws IllegalArgumentException if the net is not conjugate symmetric or the tolerance is
     *     negative or NaN
     */
    public static Verification of(FourierNet z, double tolerance) {
        return of(z, tolerance, DataSpaceEvaluator.pureJava());
    }

    /**
     * Verifies a net given in the Fourier domain, with its data-space loss and accuracy computed by
     * {@code dataSpace} (e.g. a BLAS evaluator; {@link DataSpaceEvaluator#pureJava()} is what the
     * other factories use).
     *
     * @param z the net (conjugate symmetric)
     * @param tolerance the violation above which a constraint is listed, ≥ 0
     * @param dataSpace how the data-space loss and accuracy are evaluated
     * @return the verification
     * @throws IllegalArgumentException if the net is not conjugate symmetric or the tolerance is
     *     negative or NaN, or as {@code dataSpace} throws
     * @throws NullPointerException if an argument is null
     */
    public static Verification of(FourierNet z, double tolerance, DataSpaceEvaluator dataSpace) {
        Objects.requireNonNull(z, "z");
        Objects.requireNonNull(dataSpace, "dataSpace");
        return of(z, z.toReal(), tolerance, dataSpace);
    }

    /**
     * Verifies real weights, with {@link #DEFAULT_TOLERANCE}.
     *
     * @param w the weights
     * @return the verification
     */
    public static Verification of(RealWeights w) {
        return of(w, DEFAULT_TOLERANCE);
    }

    /**
     * Verifies real weights.
     *
     * @param w the weights
     * @param tolerance the violation above which a constraint is listed, ≥ 0
     * @return the verification
     * @throws IllegalArgumentException if the tolerance is negative or NaN
     */
    public static Verification of(RealWeights w, double tolerance) {
        return of(w, tolerance, DataSpaceEvaluator.pureJava());
    }

    /**
     * Verifies real weights, with their data-space loss and accuracy computed by {@code dataSpace}.
     *
     * @param w the weights
     * @param tolerance the violation above which a constraint is listed, ≥ 0
     * @param dataSpace how the data-space loss and accuracy are evaluated
     * @return the verification
     * @throws IllegalArgumentException if the tolerance is negative or NaN, or as {@code dataSpace}
     *     throws
     * @throws NullPointerException if an argument is null
     */
    public static Verification of(RealWeights w, double tolerance, DataSpaceEvaluator dataSpace) {
        Objects.requireNonNull(w, "w");
        Objects.requireNonNull(dataSpace, "dataSpace");
        return of(FourierNet.fromReal(w), w, tolerance, dataSpace);
    }

    private static Verification of(
            FourierNet z, RealWeights w, double tolerance, DataSpaceEvaluator dataSpace) {
        RealWeights.checkTolerance("tolerance", tolerance);
        List<Residual> residuals = OptimalityReport.residuals(z);
        OptimalityReport report = OptimalityReport.from(z.d(), residuals);
        List<Residual> violated = new ArrayList<>();
        for (Residual r : residuals) {
            if (r.violation() > tolerance) {
                violated.add(r);
            }
        }
        // stable sort: within a class and a value, (k, m1, m2) order is kept
        violated.sort(
                Comparator.comparing(Residual::constraint)
                        .thenComparing(Comparator.comparingDouble(Residual::violation).reversed()));
        DataSpaceEvaluation data =
                Objects.requireNonNull(dataSpace.evaluate(w), "dataSpace.evaluate(w)");
        return new Verification(
                z.d(),
                z.order(),
                data.loss(),
                CogsLoss.fullDataset(z),
                data.accuracy(),
                WeightNorms.of(w),
                report,
                tolerance,
                violated);
    }

    /**
     * The violated constraints of one class, by decreasing violation.
     *
     * @param constraint the class
     * @return the residuals of that class above the tolerance
     */
    public List<Residual> violations(ConstraintClass constraint) {
        Objects.requireNonNull(constraint, "constraint");
        List<Residual> out = new ArrayList<>();
        for (Residual r : violations) {
            if (r.constraint() == constraint) {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Whether no constraint is violated above the tolerance (then \(\ell \le
     * d^3\,\mathrm{tolerance}^2\) up to the factor 4 of R_g and R_c).
     *
     * @return true if {@link #violations()} is empty
     */
    public boolean satisfiesEveryConstraint() {
        return violations.isEmpty();
    }

    /**
     * Whether the net is a global optimum at a loss bound: both losses at most {@code zeroLoss} and
     * every pair classified correctly.
     *
     * <p><b>Non-finite values.</b> A NaN loss or bound makes this false.
     *
     * @param zeroLoss the bound for "loss 0", e.g. {@link ConstructionCheck#ZERO_LOSS}
     * @return true if the net is a global optimum at that bound
     */
    public boolean isGlobalOptimum(double zeroLoss) {
        return dataSpaceLoss <= zeroLoss && sumPotentialLoss <= zeroLoss && accuracy == 1.0;
    }

    /**
     * A one-line summary: size, both losses, accuracy, weight norm and the number of violated
     * constraints per class.
     *
     * @return the summary
     */
    @Override
    public String toString() {
        StringBuilder sb =
                new StringBuilder(
                        String.format(
                                Locale.ROOT,
                                "Verification[d = %d, order %d: loss %.3e (data space), %.3e (sum potentials), accuracy %.2f%%, "
                                        + "|w|^2 %.4g; violated (> %.0e):",
                                d,
                                order,
                                dataSpaceLoss,
                                sumPotentialLoss,
                                100 * accuracy,
                                norms.total(),
                                tolerance));
        for (ConstraintClass c : ConstraintClass.values()) {
            sb.append(' ').append(c.label()).append(' ').append(count(c));
        }
        return sb.append(']').toString();
    }

    /**
     * A plain-text report: the losses, accuracy and norms, one line per constraint class (number
     * violated, largest violation, loss share), then every violated constraint with its value and
     * loss share, grouped by class. Lines end with {@code \n}.
     *
     * @return the table
     */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(
                String.format(
                        Locale.ROOT,
                        "net over Z_%d with %d hidden nodes (code units, target r_kkk = 1/(2d))\n",
                        d,
                        order));
        line(
                sb,
                "loss, data space (all d^2 pairs)",
                String.format(Locale.ROOT, "%.6e", dataSpaceLoss));
        line(sb, "loss, sum potentials", String.format(Locale.ROOT, "%.6e", sumPotentialLoss));
        line(sb, "accuracy", String.format(Locale.ROOT, "%.2f%%", 100 * accuracy));
        line(
                sb,
                "|U_a|^2, |U_b|^2, |W|^2",
                String.format(Locale.ROOT, "%.6g, %.6g, %.6g", norms.ua(), norms.ub(), norms.w()));
        line(
                sb,
                "|w|^2, balanced decay cost",
                String.format(Locale.ROOT, "%.6g, %.6g", norms.total(), norms.decayCost()));
        sb.append(
                String.format(
                        Locale.ROOT,
                        "%-6s %9s %11s %-16s %11s\n",
                        "class",
                        "violated",
                        "max",
                        "worst",
                        "loss share"));
        for (OptimalityReport.Violation v : report.violations()) {
            sb.append(
                    String.format(
                            Locale.ROOT,
                            "%-6s %9d %11.3e %-16s %11.3e\n",
                            v.constraint().label(),
                            count(v.constraint()),
                            v.max(),
                            v.index(),
                            v.lossShare()));
        }
        if (violations.isEmpty()) {
            sb.append(String.format(Locale.ROOT, "no constraint violated above %.0e\n", tolerance));
            return sb.toString();
        }
        sb.append(
                String.format(
                        Locale.ROOT,
                        "violated constraints (violation > %.0e), with value and loss share:\n",
                        tolerance));
        for (Residual r : violations) {
            sb.append(
                    String.format(
                            Locale.ROOT,
                            "  %-4s %-16s %11.4e %11.4e\n",
                            r.constraint().label(),
                            r.index(),
                            r.violation(),
                            r.lossShare(d)));
        }
        return sb.toString();
    }

    private long count(ConstraintClass c) {
        return violations.stream().filter(r -> r.constraint() == c).count();
    }

    private static void line(StringBuilder sb, String what, String value) {
        sb.append(String.format(Locale.ROOT, "%-34s %s", what, value)).append('\n');
    }
}
