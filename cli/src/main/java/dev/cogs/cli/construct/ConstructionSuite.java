package dev.cogs.cli.construct;

import dev.cogs.algebra.weights.CogsLoss;
import dev.cogs.algebra.weights.Constructions;
import dev.cogs.algebra.weights.DataSpaceEvaluation;
import dev.cogs.algebra.weights.FourierNet;
import dev.cogs.algebra.weights.OptimalityReport;
import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.algebra.weights.WeightDecay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import dev.cogs.algebra.Complex;

/**
 * Builds and verifies the global constructions of spec §6 for one d.
 */
public final class ConstructionSuite {

    /** "Loss 0" in double precision: both losses of a global optimum must be at most this. */
    public static final double ZERO_LOSS = 1e-20;

    /**
     * Parameters of the suite.
     *
     * @param d odd group size, at least 3
     * @param nuPhase arg ν of the order-6 blocks (|ν| = 1)
     * @param xiPhase arg ξ of the order-4 blocks (|ξ| = 1, c₂ = +i)
     * @param k0 the order-6 frequency of z_F4/6, in [1, (d−1)/2]
     * @param memorisationMaxD largest d for which the order-d² memorisation net is verified
     */
    public record Options(int d, double nuPhase, double xiPhase, int k0, int memorisationMaxD) {

        /**
         * Validates the options.
         *
         * @param d see the record description
         * @param nuPhase see the record description
         * @param xiPhase see the record description
         * @param k0 see the record description
         * @param memorisationMaxD see the record description
         * @throws IllegalArgumentException if d is even or &lt; 3, a phase is not finite, or k0 is out of range
         */
        public Options {
            if (d < 3 || d % 2 == 0) {
                throw new IllegalArgumentException("d (" + d + ") must be odd and >= 3");
            }
            if (!Double.isFinite(nuPhase) || !Double.isFinite(xiPhase)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "phases (nu %s, xi %s) must be finite", nuPhase, xiPhase));
            }
            if (k0 < 1 || k0 > (d - 1) / 2) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "k0 (%d) must be in [1, (d-1)/2] = [1, %d]", k0, (d - 1) / 2));
            }
        }

        /**
         * The spec's parameters (ν = e^{0.7i}, ξ = e^{0.3i}, k₀ = 1) at a given d.
         *
         * @param d odd group size
         * @return the options
         */
        public static Options defaults(int d) {
            return new Options(d, 0.7, 0.3, 1, 47);
        }

        Complex nu() {
            return Complex.polar(1, nuPhase);
        }

        Complex xi() {
            return Complex.polar(1, xiPhase);
        }
    }

    /**
     * The verified rows and any notes (skipped constructions).
     *
     * @param d the group size
     * @param rows one row per construction
     * @param notes human-readable notes
     * @param verified whether every row agrees with the theory (see {@link ConstructionRow#verified(double)})
     */
    public record Result(int d, List<ConstructionRow> rows, List<String> notes, boolean verified) {

        /**
         * Copies the lists.
         *
         * @param d see the record description
         * @param rows see the record description
         * @param notes see the record description
         * @param verified see the record description
         */
        public Result {
            rows = List.copyOf(rows);
            notes = List.copyOf(notes);
        }

        /**
         * A result whose {@code verified} flag is computed from its rows with {@link #ZERO_LOSS}.
         *
         * @param d the group size
         * @param rows the rows
         * @param notes the notes
         * @return the result
         */
        public static Result of(int d, List<ConstructionRow> rows, List<String> notes) {
            return new Result(d, rows, notes, rows.stream().allMatch(r -> r.verified(ZERO_LOSS)));
        }
    }

    private ConstructionSuite() {
    }

    /**
     * Builds z_F6, z_F4/6, memorisation (if d ≤ memorisationMaxD) and the non-global z_F4, and verifies each.
     *
     * @param o the options
     * @return the result
     */
    public static Result run(Options o) {
        int d = o.d();
        List<ConstructionRow> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        rows.add(evaluate("z_F6", "sum_k normalised z_nu * z_syn at every k", true,
                () -> Constructions.f6(d, o.nu())));
        rows.add(evaluate("z_F4/6", String.format(Locale.ROOT,
                "order-4 z_nu=i * z_xi at k != %d, order-6 z_nu * z_syn at k0 = %d cancelling their biases",
                o.k0(), o.k0()), true, () -> Constructions.f46(d, o.nu(), o.xi(), o.k0())));
        if (d <= o.memorisationMaxD()) {
            rows.add(evaluate("memorisation", "z_1 * z_2 rescaled: one node per pair, order d^2", true,
                    () -> Constructions.memorisation(d)));
        } else {
            notes.add(String.format(Locale.ROOT, "memorisation (order %d) skipped: d = %d > --memorisation-max-d %d "
                    + "(verification costs O(d^5))", d * d, d, o.memorisationMaxD()));
        }
        rows.add(evaluate("z_F4", "sum_k normalised z_nu=i * z_xi (NOT global: bias R_n uncancelled)", false,
                () -> Constructions.f4(d, o.xi())));
        return Result.of(d, rows, notes);
    }

    /**
     * Builds one net and verifies it.
     *
     * @param name row name
     * @param description row description
     * @param claimedGlobal whether the theory claims loss 0
     * @param build the construction
     * @return the row
     */
    public static ConstructionRow evaluate(String name, String description, boolean claimedGlobal,
            java.util.function.Supplier<FourierNet> build) {
        long start = System.nanoTime();
        FourierNet z = build.get();
        RealWeights w = z.toReal();
        DataSpaceEvaluation data = CogsLoss.evaluate(w);
        double sp = CogsLoss.fullDataset(z);
        OptimalityReport report = OptimalityReport.of(z);
        List<ConstructionRow.ViolationEntry> v = new ArrayList<>();
        String[] names = {"R_g", "R_c", "R_*", "R_n"};
        for (int i = 0; i < 4; i++) {
            OptimalityReport.Violation x = report.violations().get(i);
            v.add(new ConstructionRow.ViolationEntry(names[i], x.max(), x.index(), x.lossShare()));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new ConstructionRow(name, description, claimedGlobal, z.order(), data.loss(), sp, data.accuracy(),
                w.normSquared(), WeightDecay.balancedCost(w), v, seconds);
    }

    /**
     * A plain-text table of the result.
     *
     * @param r the result
     * @return the table, one line per row, with a header and the notes
     */
    public static String table(Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "CoGS global constructions, d = %d (arXiv:2410.01779 §6; code units, "
                + "target r_kkk = 1/(2d))%n", r.d()));
        String header = String.format(Locale.ROOT, "%-13s %-8s %6s %11s %11s %8s %10s %10s %9s %9s %9s %9s  %-16s %7s%n",
                "construction", "global", "order", "loss(data)", "loss(SP)", "acc", "|w|^2", "wd-cost",
                "R_g", "R_c", "R_*", "R_n", "worst", "time/s");
        sb.append(header);
        for (ConstructionRow row : r.rows()) {
            ConstructionRow.ViolationEntry worst = row.violations().get(0);
            for (ConstructionRow.ViolationEntry e : row.violations()) {
                if (e.max() > worst.max()) {
                    worst = e;
                }
            }
            sb.append(String.format(Locale.ROOT,
                    "%-13s %-8s %6d %11.3e %11.3e %7.2f%% %10.4f %10.3f %9.2e %9.2e %9.2e %9.2e  %-16s %7.3f%n",
                    row.name(), row.claimedGlobal() ? "yes" : "NO", row.order(), row.dataSpaceLoss(),
                    row.sumPotentialLoss(), 100 * row.accuracy(), row.weightNormSquared(), row.decayCost(),
                    row.violations().get(0).max(), row.violations().get(1).max(), row.violations().get(2).max(),
                    row.violations().get(3).max(), worst.max() > 0 ? worst.index() : "-", row.seconds()));
        }
        for (String note : r.notes()) {
            sb.append("note: ").append(note).append(System.lineSeparator());
        }
        sb.append(r.verified() ? "verified: every global construction has both losses <= 1e-20 and 100% accuracy; "
                + "z_F4 is not global" : "VERIFICATION FAILED").append(System.lineSeparator());
        return sb.toString();
    }
}
