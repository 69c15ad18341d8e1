package dev.cogs.cli;

import dev.cogs.algebra.weights.CogsLoss;
import dev.cogs.algebra.weights.FourierNet;
import dev.cogs.algebra.weights.OptimalityReport;
import dev.cogs.algebra.group.FiniteGroup;
import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.cli.groups.AnalyzeGroup;
import dev.cogs.cli.groups.GroupOptions;
import dev.cogs.cli.report.Summaries;
import dev.cogs.io.npy.NpyWeights;
import dev.cogs.nets.analysis.NetAnalysis;
import dev.cogs.nets.analysis.OrderHistogram;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code analyze}: Analyses imported weights (.npy) into the algebraic constructions. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyses imported weights (.npy) into the algebraic constructions.",
            "DIR holds Ua.npy (q x d), Ub.npy (q x d) and W.npy (d x q), float32 or float64 -- the layout of PyTorch "
                + "nn.Linear weights (out, in), so nets trained in PyTorch need no transposition.",
            "With --group or --group-table the net is read as a net on that group's composition table (input and "
                + "output index = element index): characters on the axes for abelian groups, irreps otherwise."})
final class AnalyzeCommand implements Callable<Integer> {

    @Option(names = "--weights", required = true, paramLabel = "DIR",
            description = "Directory with Ua.npy, Ub.npy, W.npy.")
    private Path weights;

    @Option(names = "--json", description = "Print machine-readable JSON instead of text.")
    private boolean json;

    @Mixin
    private GroupOptions group = new GroupOptions();

    @Override
    public Integer call() throws Exception {
        FiniteGroup g = null;
        if (group.given()) {
            try {
                g = group.single();
            } catch (IllegalArgumentException e) {
                System.err.println("cogs analyze: " + e.getMessage());
                return 2;
            }
        }
        RealWeights w;
        try {
            w = NpyWeights.read(weights);
        } catch (IOException e) {
            System.err.println("cogs analyze: " + e.getMessage());
            return 2;
        }
        if (g != null) {
            try {
                if (!GroupOptions.isOddCyclic(g)) {
                    if (json) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("weights", weights.toString());
                        m.putAll(AnalyzeGroup.json(g, w));
                        JsonOutput.print(m);
                    } else {
                        String text = AnalyzeGroup.text(g, w);
                        System.out.printf(Locale.ROOT, "weights: %s%n", weights);
                        System.out.print(text);
                    }
                    return 0;
                }
                if (g.order() != w.d()) {
                    throw new IllegalArgumentException("the weights have d = " + w.d() + " classes but group "
                            + g.name() + " has order " + g.order());
                }
            } catch (IllegalArgumentException e) {
                System.err.println("cogs analyze: " + e.getMessage());
                return 2;
            }
        }
        NetAnalysis a = NetAnalysis.of(w);
        double loss = CogsLoss.dataSpace(w);
        double acc = CogsLoss.accuracy(w);
        OptimalityReport opt = OptimalityReport.of(FourierNet.fromReal(w));
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("weights", weights.toString());
            m.put("fullDatasetLoss", loss);
            m.put("fullDatasetAccuracy", acc);
            Map<String, Object> o = new LinkedHashMap<>();
            for (OptimalityReport.Violation v : opt.violations()) {
                o.put(v.constraint().name(), Map.of("max", v.max(), "at", v.index(), "lossShare", v.lossShare()));
            }
            m.put("optimality", o);
            m.put("analysis", Summaries.analysisMap(a));
            JsonOutput.print(m);
            return 0;
        }
        System.out.printf(Locale.ROOT, "weights: %s%n", weights);
        System.out.printf(Locale.ROOT, "full-dataset loss %.4e, accuracy %.2f%%%n", loss, 100 * acc);
        System.out.print("optimality (largest violation per constraint class, code units):");
        for (OptimalityReport.Violation v : opt.violations()) {
            System.out.printf(Locale.ROOT, " %s %.3e at %s;", v.constraint(), v.max(), v.index());
        }
        System.out.println();
        System.out.print(Summaries.analysisText(a));
        System.out.printf(Locale.ROOT, "order histogram:%n%s", Summaries.histogramText(OrderHistogram.of(
                List.of(a))));
        return 0;
    }
}
