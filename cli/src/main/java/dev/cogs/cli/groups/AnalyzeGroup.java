package dev.cogs.cli.groups;

import dev.cogs.algebra.group.CharacterGroup;
import dev.cogs.algebra.group.FiniteGroup;
import dev.cogs.algebra.weights.AbelianLoss;
import dev.cogs.algebra.weights.DataSpaceEvaluation;
import dev.cogs.algebra.weights.GroupNet;
import dev.cogs.algebra.weights.GroupTask;
import dev.cogs.algebra.weights.OptimalityReport;
import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.nets.analysis.AbelianAnalysis;
import dev.cogs.nets.analysis.AnalysisOptions;
import dev.cogs.nets.analysis.IrrepUsage;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code cogs analyze --group G}: the loss and accuracy on all pairs of G and, for an abelian
 * group, the optimality report and the §9 pipeline over its characters ({@link AbelianAnalysis});
 * for a non-abelian group, the irrep usage ({@link IrrepUsage}) (docs/cogs-math.md §14.7).
 */
public final class AnalyzeGroup {

    private AnalyzeGroup() {}

    /**
     * The analysis as a JSON-ready map.
     *
     * @param g the group
     * @param w weights with {@code w.d() == |G|}
     * @return {@code group}, {@code abelian}, the loss map of {@link GroupSummaries#lossMap}, and
     *     {@code analysis} (abelian) or {@code irreps} (any group; also given for abelian groups)
     * @throws IllegalArgumentException if the weights do not have |G| classes
     */
    public static Map<String, Object> json(FiniteGroup g, RealWeights w) {
        checkSize(g, w);
        DataSpaceEvaluation e = GroupTask.evaluate(g, w);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("group", g.name());
        m.put("abelian", g.isAbelian());
        if (g.isAbelian()) {
            CharacterGroup ch = CharacterGroup.of(g);
            GroupNet z = GroupNet.fromReal(ch, w);
            m.putAll(GroupSummaries.lossMap(e, AbelianLoss.optimalityReport(z), ch));
            m.put(
                    "analysis",
                    GroupSummaries.abelianMap(AbelianAnalysis.of(z, AnalysisOptions.paper()), ch));
        } else {
            m.putAll(GroupSummaries.lossMap(e, null, null));
        }
        m.put("irreps", GroupSummaries.irrepMap(IrrepUsage.of(g, w)));
        return m;
    }

    /**
     * The analysis as text.
     *
     * @param g the group
     * @param w weights with {@code w.d() == |G|}
     * @return the text
     * @throws IllegalArgumentException if the weights do not have |G| classes
     */
    public static String text(FiniteGroup g, RealWeights w) {
        checkSize(g, w);
        DataSpaceEvaluation e = GroupTask.evaluate(g, w);
        StringBuilder sb = new StringBuilder();
        sb.append(
                String.format(
                        Locale.ROOT,
                        "group %s (order %d, %s): full-table loss %.4e, accuracy %.2f%%%n",
                        g.name(),
                        g.order(),
                        g.isAbelian() ? "abelian" : "not abelian",
                        e.loss(),
                        100 * e.accuracy()));
        if (g.isAbelian()) {
            CharacterGroup ch = CharacterGroup.of(g);
            GroupNet z = GroupNet.fromReal(ch, w);
            OptimalityReport opt = AbelianLoss.optimalityReport(z);
            sb.append("optimality (largest violation per constraint class, code units):");
            for (OptimalityReport.Violation v : opt.violations()) {
                sb.append(
                        String.format(
                                Locale.ROOT,
                                " %s %.3e at %s;",
                                v.constraint(),
                                v.max(),
                                CharacterLabels.index(ch, v)));
            }
            sb.append('\n');
            sb.append(
                    GroupSummaries.abelianText(AbelianAnalysis.of(z, AnalysisOptions.paper()), ch));
        } else {
            sb.append(GroupSummaries.irrepText(IrrepUsage.of(g, w)));
        }
        return sb.toString();
    }

    private static void checkSize(FiniteGroup g, RealWeights w) {
        if (w.d() != g.order()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "the weights have d = %d classes but group %s has order %d",
                            w.d(),
                            g.name(),
                            g.order()));
        }
    }
}
