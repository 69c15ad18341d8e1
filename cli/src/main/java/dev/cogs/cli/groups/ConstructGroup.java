package dev.cogs.cli.groups;

import dev.cogs.algebra.group.CharacterGroup;
import dev.cogs.algebra.group.FiniteGroup;
import dev.cogs.algebra.group.IrreducibleRepresentations;
import dev.cogs.algebra.weights.AbelianConstructionCheck;
import dev.cogs.algebra.weights.ConstructionCheck;
import dev.cogs.algebra.weights.ConstructionRow;
import dev.cogs.algebra.weights.DataSpaceEvaluation;
import dev.cogs.algebra.weights.GroupTask;
import dev.cogs.algebra.weights.OptimalityReport;
import dev.cogs.algebra.weights.RealWeights;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code cogs construct --group G}: the constructions over a finite abelian group
 * (docs/cogs-math.md §14.4–§14.5), or, for a non-abelian group, the one verified construction there
 * is, perfect memorisation (docs/cogs-math.md §14.6). Output as a table or as JSON.
 */
public final class ConstructGroup {

    private ConstructGroup() {}

    /**
     * The notes on skipped constructions.
     *
     * @param r the result
     * @param o the options
     * @return one line per skipped construction with the reason
     */
    public static List<String> notes(
            AbelianConstructionCheck.Result r, AbelianConstructionCheck.Options o) {
        List<String> notes = new ArrayList<>();
        for (ConstructionCheck.Skipped s : r.skipped()) {
            if (s.name().equals("memorisation")) {
                notes.add(
                        String.format(
                                Locale.ROOT,
                                "memorisation (order %d) skipped: |G| = %d > "
                                        + "--memorisation-max-d %d (verification costs O(n^5))",
                                s.order(),
                                r.group().order(),
                                o.memorisationMaxOrder()));
            } else {
                notes.add(
                        String.format(
                                Locale.ROOT,
                                "%s (order %d) skipped: every non-trivial character of %s "
                                        + "has order 2, so no order-6 block can cancel the biases (docs/cogs-math.md §14.5)",
                                s.name(),
                                s.order(),
                                r.group().name()));
            }
        }
        return notes;
    }

    /**
     * The abelian result as a JSON tree: {@code group}, {@code d} (= |G|), {@code
     * invariantFactors}, {@code orderTwoCharacters}, {@code rows} (the fields of {@code cogs
     * construct --json} plus {@code predictedOrder}, {@code predictedLoss} and {@code verified};
     * violation indices name characters by their coordinates), {@code notes} and {@code verified}.
     *
     * @param r the result
     * @param o the options
     * @return the tree
     */
    public static Map<String, Object> json(
            AbelianConstructionCheck.Result r, AbelianConstructionCheck.Options o) {
        CharacterGroup ch = CharacterGroup.of(r.group());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AbelianConstructionCheck.Row x : r.rows()) {
            ConstructionRow row = x.row();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", row.name());
            m.put("description", row.description());
            m.put("claimedGlobal", row.claimedGlobal());
            m.put("order", row.order());
            m.put("predictedOrder", x.predictedOrder());
            m.put("dataSpaceLoss", row.dataSpaceLoss());
            m.put("sumPotentialLoss", row.sumPotentialLoss());
            m.put("predictedLoss", x.predictedLoss());
            m.put("accuracy", row.accuracy());
            m.put("weightNormSquared", row.weightNormSquared());
            m.put("decayCost", row.decayCost());
            List<Map<String, Object>> violations = new ArrayList<>();
            for (OptimalityReport.Violation v : row.report().violations()) {
                Map<String, Object> vm = new LinkedHashMap<>();
                vm.put("constraint", v.constraint().label());
                vm.put("max", v.max());
                vm.put("index", CharacterLabels.index(ch, v));
                vm.put("lossShare", v.lossShare());
                violations.add(vm);
            }
            m.put("violations", violations);
            m.put("verified", x.verified());
            m.put("seconds", row.seconds());
            rows.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("group", r.group().name());
        root.put("d", r.group().order());
        root.put("invariantFactors", r.invariantFactors());
        root.put("orderTwoCharacters", r.orderTwoCharacters());
        root.put("rows", rows);
        root.put("notes", notes(r, o));
        root.put("verified", r.verified());
        return root;
    }

    /**
     * The abelian result as a plain-text table.
     *
     * @param r the result
     * @param o the options
     * @return the table, notes and verdict
     */
    public static String table(
            AbelianConstructionCheck.Result r, AbelianConstructionCheck.Options o) {
        CharacterGroup ch = CharacterGroup.of(r.group());
        StringBuilder sb = new StringBuilder();
        sb.append(
                String.format(
                        Locale.ROOT,
                        "CoGS global constructions over %s (order n = %d, invariant factors %s, "
                                + "%d character(s) of order 2; docs/cogs-math.md §14; code units, target r_kkk = 1/(2n))%n",
                        r.group().name(),
                        r.group().order(),
                        r.invariantFactors(),
                        r.orderTwoCharacters()));
        sb.append(
                String.format(
                        Locale.ROOT,
                        "%-13s %-7s %6s %9s %11s %11s %8s %10s %9s %9s %9s %9s  %-22s %7s%n",
                        "construction",
                        "global",
                        "order",
                        "predicted",
                        "loss(data)",
                        "loss(SP)",
                        "acc",
                        "wd-cost",
                        "R_g",
                        "R_c",
                        "R_*",
                        "R_n",
                        "worst",
                        "time/s"));
        for (AbelianConstructionCheck.Row x : r.rows()) {
            ConstructionRow row = x.row();
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
                            "%-13s %-7s %6d %9d %11.3e %11.3e %7.2f%% %10.3f %9.2e %9.2e %9.2e %9.2e  %-22s %7.3f%n",
                            row.name(),
                            row.claimedGlobal() ? "yes" : "NO",
                            row.order(),
                            x.predictedOrder(),
                            row.dataSpaceLoss(),
                            row.sumPotentialLoss(),
                            100 * row.accuracy(),
                            row.decayCost(),
                            v.get(0).max(),
                            v.get(1).max(),
                            v.get(2).max(),
                            v.get(3).max(),
                            worst.max() > 0 ? CharacterLabels.index(ch, worst) : "-",
                            row.seconds()));
        }
        for (String note : notes(r, o)) {
            sb.append("note: ").append(note).append(System.lineSeparator());
        }
        sb.append(
                        r.verified()
                                ? "verified: every global construction has both losses <= 1e-20, 100% accuracy and "
                                        + "the predicted order; z_F4 has the predicted loss (2(n-1) - N2)/n"
                                : "VERIFICATION FAILED")
                .append(System.lineSeparator());
        return sb.toString();
    }

    /**
     * A non-abelian group: the irrep dimensions and, if |G| is at most {@code
     * memorisationMaxOrder}, the verified memorisation net.
     *
     * @param g a non-abelian group
     * @param memorisationMaxOrder largest order for which memorisation is built
     * @return {@code group}, {@code d}, {@code abelian} (false), {@code irrepDimensions}, {@code
     *     rows} (memorisation: order, data-space loss, accuracy, verified), {@code notes}, {@code
     *     verified}
     */
    public static Map<String, Object> nonAbelian(FiniteGroup g, int memorisationMaxOrder) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("group", g.name());
        root.put("d", g.order());
        root.put("abelian", false);
        root.put("irrepDimensions", IrreducibleRepresentations.of(g).dimensions());
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        notes.add(
                g.name()
                        + " is not abelian: z_F6 and z_F4/6 are built from characters (docs/cogs-math.md §14); "
                        + "perfect memorisation is the construction verified for every group (docs/cogs-math.md §14.6)");
        boolean verified = true;
        if (g.order() <= memorisationMaxOrder) {
            long start = System.nanoTime();
            RealWeights m = GroupTask.memorisation(g);
            DataSpaceEvaluation e = GroupTask.evaluate(g, m);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", "memorisation");
            row.put("claimedGlobal", true);
            row.put("order", m.order());
            row.put("predictedOrder", g.order() * g.order());
            row.put("dataSpaceLoss", e.loss());
            row.put("accuracy", e.accuracy());
            verified = e.loss() <= ConstructionCheck.ZERO_LOSS && e.accuracy() == 1.0;
            row.put("verified", verified);
            row.put("seconds", (System.nanoTime() - start) / 1e9);
            rows.add(row);
        } else {
            notes.add(
                    String.format(
                            Locale.ROOT,
                            "memorisation (order %d) skipped: |G| = %d > --memorisation-max-d %d",
                            g.order() * g.order(),
                            g.order(),
                            memorisationMaxOrder));
        }
        root.put("rows", rows);
        root.put("notes", notes);
        root.put("verified", verified);
        return root;
    }

    /**
     * {@link #nonAbelian} as text.
     *
     * @param tree the tree of {@link #nonAbelian}
     * @return the text
     */
    @SuppressWarnings("unchecked")
    public static String nonAbelianText(Map<String, Object> tree) {
        StringBuilder sb = new StringBuilder();
        sb.append(
                String.format(
                        Locale.ROOT,
                        "%s: order %s, not abelian, irreps of dimensions %s%n",
                        tree.get("group"),
                        tree.get("d"),
                        tree.get("irrepDimensions")));
        for (Map<String, Object> row : (List<Map<String, Object>>) tree.get("rows")) {
            sb.append(
                    String.format(
                            Locale.ROOT,
                            "%-13s order %d, loss(data) %.3e, accuracy %.2f%%%n",
                            row.get("name"),
                            (Integer) row.get("order"),
                            (Double) row.get("dataSpaceLoss"),
                            100 * (Double) row.get("accuracy")));
        }
        for (String note : (List<String>) tree.get("notes")) {
            sb.append("note: ").append(note).append(System.lineSeparator());
        }
        sb.append((Boolean) tree.get("verified") ? "verified" : "VERIFICATION FAILED")
                .append(System.lineSeparator());
        return sb.toString();
    }
}
