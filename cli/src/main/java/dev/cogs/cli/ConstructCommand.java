package dev.cogs.cli;

import dev.cogs.algebra.group.FiniteGroup;
import dev.cogs.algebra.weights.AbelianConstructionCheck;
import dev.cogs.algebra.weights.ConstructionCheck;
import dev.cogs.algebra.weights.ConstructionRow;
import dev.cogs.algebra.weights.DataSpaceEvaluator;
import dev.cogs.algebra.weights.OptimalityReport;
import dev.cogs.algebra.weights.Verification;
import dev.cogs.cli.groups.ConstructGroup;
import dev.cogs.cli.groups.GroupOptions;
import dev.cogs.cli.support.GroupSizes;
import dev.cogs.cli.support.UsageError;
import dev.cogs.nets.analysis.ConstructionMargins;
import dev.cogs.nets.analysis.Margins;
import dev.cogs.train.BlasDataSpace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code construct}: Builds the CoGS global constructions and verifies them (loss, accuracy,
 * constraint violations).
 */
@Command(
        name = "construct",
        mixinStandardHelpOptions = true,
        description = {
            "Builds the CoGS global constructions (z_F6, z_F4/6, perfect memorisation, and the non-global "
                    + "z_F4) of arXiv:2410.01779 and verifies each: loss over all d^2 pairs in data space and from sum "
                    + "potentials, accuracy, weight norm, and the largest violation per constraint class "
                    + "(R_g, R_c, R_*, R_n). With --group or --group-table the constructions are built over any finite "
                    + "abelian group (characters of order 2 included); a non-abelian group gets perfect memorisation.",
            "Then prints each construction's normalised margin next to its maximum gamma*(d) (Morwani et al., "
                    + "arXiv:2311.07568; docs/cogs-math.md section 13.6).",
            "Exit code 0 if every claim is verified, 1 otherwise, 2 on bad input (one line naming the option),"
                    + " 130 interrupted."
        })
final class ConstructCommand implements Callable<Integer> {

    @Option(
            names = "--d",
            defaultValue = "23",
            description = "Odd group size d >= 3 (default: ${DEFAULT-VALUE}).")
    int d;

    @Option(names = "--json", description = "Print the rows as JSON instead of a table.")
    boolean json;

    @Option(
            names = "--nu-phase",
            defaultValue = "0.7",
            description = "arg(nu) of the order-6 blocks, |nu| = 1 (default: ${DEFAULT-VALUE}).")
    double nuPhase;

    @Option(
            names = "--xi-phase",
            defaultValue = "0.3",
            description = "arg(xi) of the order-4 blocks, |xi| = 1 (default: ${DEFAULT-VALUE}).")
    double xiPhase;

    @Option(
            names = "--k0",
            defaultValue = "1",
            description =
                    "The order-6 frequency of z_F4/6, 1 <= k0 <= (d-1)/2 (default: ${DEFAULT-VALUE}); with "
                            + "--group a character index of order >= 3 (default: the first one).")
    int k0;

    @Option(
            names = "--memorisation-max-d",
            defaultValue = "47",
            description =
                    "Largest d for which the order-d^2 memorisation net is verified (default: ${DEFAULT-VALUE}).")
    int memorisationMaxD;

    @Option(
            names = "--max-d",
            description =
                    "Largest d (or group order) verified; the data-space loss costs O(d^4), so a larger d"
                            + " is refused with the time estimate (default: "
                            + SPECTRAL_MAX_D
                            + " with --data-space spectral, "
                            + BLAS_MAX_D
                            + " with blas, "
                            + JAVA_MAX_D
                            + " with java).")
    Integer maxD;

    @Option(
            names = "--data-space",
            paramLabel = "spectral|blas|java",
            description =
                    "How the data-space loss of Z_d is evaluated: spectral (exact, O(d^3) for nets"
                            + " whose hidden nodes are single-frequency, as z_F6, z_F4/6 and z_F4; any"
                            + " other net, as memorisation, by blas), blas (dgemm products in double "
                            + "precision through ND4J's OpenBLAS, one worker per processor) or java (the "
                            + "pure-Java loops, the reference); all evaluate every pair "
                            + "(default: ${DEFAULT-VALUE}).")
    String dataSpace = "spectral";

    @Mixin private GroupOptions group = new GroupOptions();

    @Spec private CommandSpec spec;

    /**
     * The default --max-d with --data-space spectral: d = 1009 takes well under a minute, d = 2017
     * about two (docs/performance.md, "Verification at scale").
     */
    static final int SPECTRAL_MAX_D = 2017;

    /**
     * Seconds of the whole verification at d = 1009 with the spectral data space (15.0 s measured
     * on the 2-core development machine, docs/performance.md, "Verification at scale"), the point
     * the O(d^3) estimate scales from.
     */
    static final double SPECTRAL_SECONDS_AT_1009 = 15;

    /** The default --max-d with --data-space blas: d = 1009 takes a few minutes. */
    static final int BLAS_MAX_D = 1009;

    /** The default --max-d with --data-space java. */
    static final int JAVA_MAX_D = 151;

    /**
     * Seconds of the whole verification at d = 201 without memorisation with the pure-Java
     * data-space loss (measured: 53 s on a loaded 2-core machine, about 30 s on an idle one), the
     * point the O(d^4) estimate scales from.
     */
    static final double SECONDS_AT_201 = 30;

    /**
     * The rate, in GFLOP/s, at which the BLAS evaluator's estimate counts the data-space flops:
     * about 70 % of the 2-core development machine's dgemm rate (docs/performance.md, "Verification
     * at scale"), rounded down.
     */
    static final double BLAS_GFLOPS = 50;

    /**
     * Estimated seconds of the verification at d with the pure-Java data-space loss, scaled as d^4
     * from a measured point.
     */
    static double estimatedSeconds(int d) {
        return SECONDS_AT_201 * Math.pow(d / 201.0, 4);
    }

    /**
     * Estimated seconds of the verification at d (without memorisation): with blas, the data-space
     * flops 2d^3 q of z_F6 (q = 3(d-1)), z_F4/6 (2d) and z_F4 (2(d-1)) at {@link #BLAS_GFLOPS}.
     */
    static double estimatedSeconds(int d, boolean blas) {
        if (!blas) {
            return estimatedSeconds(d);
        }
        double dd = d;
        return 2 * dd * dd * dd * (7 * dd - 5) / (BLAS_GFLOPS * 1e9);
    }

    /**
     * Estimated seconds of the verification at d (without memorisation) with the given data-space
     * evaluator: spectral scales {@link #SPECTRAL_SECONDS_AT_1009} as d^3, the others as {@link
     * #estimatedSeconds(int, boolean)}.
     */
    static double estimatedSeconds(int d, String evaluator) {
        if (evaluator.equals("spectral")) {
            return SPECTRAL_SECONDS_AT_1009 * Math.pow(d / 1009.0, 3);
        }
        return estimatedSeconds(d, evaluator.equals("blas"));
    }

    @Override
    public Integer call() throws Exception {
        if (memorisationMaxD < 0) {
            throw new UsageError("--memorisation-max-d " + memorisationMaxD, "must be >= 0");
        }
        if (!Double.isFinite(nuPhase)) {
            throw new UsageError("--nu-phase " + nuPhase, "must be finite");
        }
        if (!Double.isFinite(xiPhase)) {
            throw new UsageError("--xi-phase " + xiPhase, "must be finite");
        }
        if (!dataSpace.equals("spectral")
                && !dataSpace.equals("blas")
                && !dataSpace.equals("java")) {
            throw new UsageError("--data-space " + dataSpace, "must be spectral, blas or java");
        }
        if (maxD != null && maxD < 3) {
            throw new UsageError("--max-d " + maxD, "must be >= 3");
        }
        if (group.given()) {
            return callGroup();
        }
        GroupSizes.requireOdd("--d", d);
        requireSize(d, dataSpace);
        if (k0 < 1 || k0 > (d - 1) / 2) {
            throw new UsageError(
                    "--k0 " + k0, "must be in 1..(d-1)/2 = 1.." + (d - 1) / 2 + " for d = " + d);
        }
        ConstructionCheck.Options options =
                new ConstructionCheck.Options(d, nuPhase, xiPhase, k0, memorisationMaxD);
        if (d > 101) {
            System.err.printf(
                    Locale.ROOT,
                    "cogs construct: d = %d: verifying %d constructions, about %.0f s in all (O(d^%d),"
                            + " data space by %s)%n",
                    d,
                    d <= memorisationMaxD ? 4 : 3,
                    Math.max(1, estimatedSeconds(d, dataSpace)),
                    dataSpace.equals("spectral") ? 3 : 4,
                    dataSpace);
        }
        // spectral, blas: the margins come from the verification's own pass over the d^2 pairs
        MarginRecorder recorder =
                dataSpace.equals("spectral")
                        ? MarginRecorder.spectral(BlasDataSpace.get())
                        : dataSpace.equals("blas")
                                ? MarginRecorder.blas(BlasDataSpace.get())
                                : null;
        ConstructionCheck.Result result =
                ConstructionCheck.run(
                        options,
                        d > 101
                                ? stderrProgress(
                                        d, () -> recorder != null ? last(recorder.ran()) : "java")
                                : ConstructionCheck.Progress.NONE,
                        recorder != null ? recorder : DataSpaceEvaluator.pureJava());
        List<String> evaluators = new ArrayList<>();
        for (int i = 0; i < result.rows().size(); i++) {
            evaluators.add(recorder != null ? recorder.ran().get(i) : "java");
        }
        ConstructionMargins margins =
                ConstructionMargins.of(
                        d,
                        options.nu(),
                        options.xi(),
                        k0,
                        d <= memorisationMaxD,
                        recorder != null ? recorder::margin : Margins::margin);
        if (json) {
            Map<String, Object> root = json(result, options, evaluators);
            root.put("margins", marginsJson(margins));
            JsonOutput.print(root);
        } else {
            System.out.print(table(result, options));
            System.out.print(dataSpaceText(result, evaluators));
            System.out.print(marginsText(margins));
        }
        return result.verified() ? 0 : 1;
    }

    /**
     * The normalised margins of the constructions next to their maximum (docs/cogs-math.md §13.6):
     * {@code maximum} and one row per construction with its margin, L_{2,3} norm cubed (as built
     * and with balanced nodes), normalised margin and ratio to the maximum.
     */
    static Map<String, Object> marginsJson(ConstructionMargins m) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("maximum", m.maximum());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ConstructionMargins.Row r : m.rows()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", r.name());
            x.put("margin", r.margin());
            x.put("l23Cubed", r.l23Cubed());
            x.put("normalisedMargin", r.normalised());
            x.put("ratio", r.ratio());
            x.put("balancedL23Cubed", r.balancedL23Cubed());
            x.put("balancedNormalisedMargin", r.balancedNormalised());
            x.put("balancedRatio", r.balancedRatio());
            rows.add(x);
        }
        root.put("rows", rows);
        return root;
    }

    /** The margins as a text block printed after the table. */
    static String marginsText(ConstructionMargins m) {
        StringBuilder sb = new StringBuilder();
        sb.append(
                String.format(
                        Locale.ROOT,
                        "normalised margins on all d^2 pairs, margin / sum_j ||theta_j||^3 (Morwani "
                                + "et al. arXiv:2311.07568; docs/cogs-math.md 13.6): maximum gamma*(%d) = sqrt(2/27)/((d-1) sqrt d) = "
                                + "%.6e%n",
                        m.d(),
                        m.maximum()));
        sb.append(
                String.format(
                        Locale.ROOT,
                        "%-13s %10s %14s %13s %9s %17s%n",
                        "construction",
                        "margin",
                        "||theta||^3",
                        "normalised",
                        "/gamma*",
                        "balanced /gamma*"));
        for (ConstructionMargins.Row r : m.rows()) {
            sb.append(
                    String.format(
                            Locale.ROOT,
                            "%-13s %10.6f %14.6e %13.6e %9.6f %17.6f%n",
                            r.name(),
                            r.margin(),
                            r.l23Cubed(),
                            r.normalised(),
                            r.ratio(),
                            r.balancedRatio()));
        }
        return sb.toString();
    }

    /**
     * {@code --group}: Z_d (d odd) as with --d, any other abelian group, or memorisation for a
     * non-abelian one.
     */
    private Integer callGroup() throws Exception {
        FiniteGroup g;
        AbelianConstructionCheck.Options options = null;
        if (spec.commandLine().getParseResult().hasMatchedOption("--d")) {
            throw new UsageError(
                    "--d, --group", "give either --d or --group/--group-table, not both");
        }
        g = group.single();
        if (GroupOptions.isOddCyclic(g)) {
            d = g.order();
            group = new GroupOptions();
            return call();
        }
        // the group checks evaluate their data space in pure Java whatever --data-space says
        requireSize(g.order(), "java");
        if (g.isAbelian()) {
            int k = spec.commandLine().getParseResult().hasMatchedOption("--k0") ? k0 : 0;
            try {
                options =
                        new AbelianConstructionCheck.Options(
                                g, nuPhase, xiPhase, 1.0, k, memorisationMaxD);
            } catch (IllegalArgumentException e) {
                throw new UsageError("--group " + g.name(), e.getMessage());
            }
        }
        if (options == null) {
            Map<String, Object> tree = ConstructGroup.nonAbelian(g, memorisationMaxD);
            if (json) {
                JsonOutput.print(tree);
            } else {
                System.out.print(ConstructGroup.nonAbelianText(tree));
            }
            return (Boolean) tree.get("verified") ? 0 : 1;
        }
        AbelianConstructionCheck.Result result = AbelianConstructionCheck.run(options);
        if (json) {
            JsonOutput.print(ConstructGroup.json(result, options));
        } else {
            System.out.print(ConstructGroup.table(result, options));
        }
        return result.verified() ? 0 : 1;
    }

    private static String last(List<String> names) {
        return names.isEmpty() ? "?" : names.get(names.size() - 1);
    }

    /**
     * Which data-space evaluator verified each construction, one line: {@code data space: z_F6
     * spectral, z_F4/6 spectral, ...}.
     */
    static String dataSpaceText(ConstructionCheck.Result r, List<String> evaluators) {
        StringBuilder sb = new StringBuilder("data space:");
        for (int i = 0; i < r.rows().size(); i++) {
            sb.append(i == 0 ? " " : ", ")
                    .append(r.rows().get(i).name())
                    .append(' ')
                    .append(evaluators.get(i));
        }
        return sb.append(System.lineSeparator()).toString();
    }

    /**
     * Refuses a d whose verification would take more than a few minutes, with the estimate for the
     * data-space evaluator used ({@code evaluator}: spectral, blas or java).
     */
    private void requireSize(int order, String evaluator) {
        int max =
                maxD != null
                        ? maxD
                        : evaluator.equals("spectral")
                                ? SPECTRAL_MAX_D
                                : evaluator.equals("blas") ? BLAS_MAX_D : JAVA_MAX_D;
        if (order > max) {
            throw new UsageError(
                    "--d " + order,
                    String.format(
                            Locale.ROOT,
                            "the verification costs O(d^%d), about %s here with --data-space %s,"
                                    + " above --max-d %d (about %.0f s); raise --max-d to run it anyway",
                            evaluator.equals("spectral") ? 3 : 4,
                            duration(estimatedSeconds(order, evaluator)),
                            evaluator,
                            max,
                            Math.max(1, estimatedSeconds(max, evaluator))));
        }
    }

    private static String duration(double seconds) {
        if (seconds < 120) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        if (seconds < 7200) {
            return String.format(Locale.ROOT, "%.0f min", seconds / 60);
        }
        if (seconds < 48 * 3600) {
            return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
        }
        if (seconds < 2 * 365 * 86400.0) {
            return String.format(Locale.ROOT, "%.0f days", seconds / 86400);
        }
        return String.format(Locale.ROOT, "%,.0f years", seconds / (365.25 * 86400));
    }

    /**
     * One stderr line before and after each construction: the long checks (d above 101) would
     * otherwise print nothing for minutes; the second names the data-space evaluator that ran
     * ({@code evaluator}, asked when the construction is finished).
     */
    static ConstructionCheck.Progress stderrProgress(int d, Supplier<String> evaluator) {
        return new ConstructionCheck.Progress() {
            @Override
            public void started(String name, int index, int total) {
                System.err.printf(
                        Locale.ROOT,
                        "cogs construct: d = %d: [%d/%d] verifying %s ...%n",
                        d,
                        index,
                        total,
                        name);
            }

            @Override
            public void finished(ConstructionRow row) {
                System.err.printf(
                        Locale.ROOT,
                        "cogs construct: d = %d: %s verified in %.1f s (data space by %s)%n",
                        d,
                        row.name(),
                        row.seconds(),
                        evaluator.get());
            }
        };
    }

    /** One note per skipped construction, naming the option that skipped it. */
    static List<String> notes(ConstructionCheck.Result r, ConstructionCheck.Options o) {
        List<String> notes = new ArrayList<>();
        for (ConstructionCheck.Skipped s : r.skipped()) {
            notes.add(
                    String.format(
                            Locale.ROOT,
                            "%s (order %d) skipped: d = %d > --memorisation-max-d %d "
                                    + "(verification costs O(d^5))",
                            s.name(),
                            s.order(),
                            r.d(),
                            o.memorisationMaxD()));
        }
        return notes;
    }

    /**
     * The result as a JSON tree: {@code d}, {@code rows} (name, description, claimedGlobal, order,
     * both losses, accuracy, weight norm, decay cost, the four violations with constraint, max,
     * index and loss share, seconds, then the weight norms per part and every violated constraint
     * as {@link VerificationJson} writes them), {@code notes} and {@code verified}.
     */
    static Map<String, Object> json(ConstructionCheck.Result r, ConstructionCheck.Options o) {
        return json(r, o, null);
    }

    /**
     * As {@link #json(ConstructionCheck.Result, ConstructionCheck.Options)}, each row ending with
     * {@code dataSpace}, the evaluator of its data-space loss ({@code evaluators}, one per row;
     * none if null).
     */
    static Map<String, Object> json(
            ConstructionCheck.Result r, ConstructionCheck.Options o, List<String> evaluators) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ConstructionRow row : r.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", row.name());
            m.put("description", row.description());
            m.put("claimedGlobal", row.claimedGlobal());
            m.put("order", row.order());
            m.put("dataSpaceLoss", row.dataSpaceLoss());
            m.put("sumPotentialLoss", row.sumPotentialLoss());
            m.put("accuracy", row.accuracy());
            m.put("weightNormSquared", row.weightNormSquared());
            m.put("decayCost", row.decayCost());
            List<Map<String, Object>> violations = new ArrayList<>();
            for (OptimalityReport.Violation v : row.report().violations()) {
                Map<String, Object> vm = new LinkedHashMap<>();
                vm.put("constraint", v.constraint().label());
                vm.put("max", v.max());
                vm.put("index", v.index());
                vm.put("lossShare", v.lossShare());
                violations.add(vm);
            }
            m.put("violations", violations);
            m.put("seconds", row.seconds());
            m.put("weightNorms", VerificationJson.norms(row.verification().norms()));
            m.put("violated", VerificationJson.violated(row.verification()));
            if (evaluators != null) {
                m.put("dataSpace", evaluators.get(rows.size()));
            }
            rows.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("d", r.d());
        root.put("rows", rows);
        root.put("notes", notes(r, o));
        root.put("verified", r.verified());
        return root;
    }

    /** A plain-text table of the result: a header, one line per row, the notes and the verdict. */
    static String table(ConstructionCheck.Result r, ConstructionCheck.Options o) {
        StringBuilder sb = new StringBuilder();
        sb.append(
                String.format(
                        Locale.ROOT,
                        "CoGS global constructions, d = %d (arXiv:2410.01779 §6; code units, "
                                + "target r_kkk = 1/(2d))%n",
                        r.d()));
        String header =
                String.format(
                        Locale.ROOT,
                        "%-13s %-8s %6s %11s %11s %8s %10s %10s %9s %9s %9s %9s  %-16s %7s%n",
                        "construction",
                        "global",
                        "order",
                        "loss(data)",
                        "loss(SP)",
                        "acc",
                        "|w|^2",
                        "wd-cost",
                        "R_g",
                        "R_c",
                        "R_*",
                        "R_n",
                        "worst",
                        "time/s");
        sb.append(header);
        for (ConstructionRow row : r.rows()) {
            List<OptimalityReport.Violation> v = row.report().violations();
            OptimalityReport.Violation worst = v.get(0);
            for (OptimalityReport.Violation e : v) {
                if (e.max() > worst.max()) {
                    worst = e;
                }
            }
            sb.append(
                    String.format(
                            Locale.ROOT,
                            "%-13s %-8s %6d %11.3e %11.3e %7.2f%% %10.4f %10.3f %9.2e %9.2e %9.2e %9.2e  %-16s %7.3f%n",
                            row.name(),
                            row.claimedGlobal() ? "yes" : "NO",
                            row.order(),
                            row.dataSpaceLoss(),
                            row.sumPotentialLoss(),
                            100 * row.accuracy(),
                            row.weightNormSquared(),
                            row.decayCost(),
                            v.get(0).max(),
                            v.get(1).max(),
                            v.get(2).max(),
                            v.get(3).max(),
                            worst.max() > 0 ? worst.index() : "-",
                            row.seconds()));
        }
        for (ConstructionRow row : r.rows()) {
            Verification v = row.verification();
            if (!v.violations().isEmpty()) {
                StringBuilder counts = new StringBuilder();
                for (OptimalityReport.Violation c : v.report().violations()) {
                    int n = v.violations(c.constraint()).size();
                    if (n > 0) {
                        counts.append(counts.length() == 0 ? "" : ", ")
                                .append(c.constraint().label())
                                .append(' ')
                                .append(n);
                    }
                }
                sb.append(
                        String.format(
                                Locale.ROOT,
                                "%s: %d constraints violated above %.0e (%s); --json lists "
                                        + "them%n",
                                row.name(),
                                v.violations().size(),
                                v.tolerance(),
                                counts));
            }
        }
        for (String note : notes(r, o)) {
            sb.append("note: ").append(note).append(System.lineSeparator());
        }
        sb.append(
                        r.verified()
                                ? "verified: every global construction has both losses <= 1e-20 and 100% accuracy; "
                                        + "z_F4 is not global"
                                : "VERIFICATION FAILED")
                .append(System.lineSeparator());
        return sb.toString();
    }
}
