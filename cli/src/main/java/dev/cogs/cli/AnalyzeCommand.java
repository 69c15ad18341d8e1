package dev.cogs.cli;

import dev.cogs.algebra.group.FiniteGroup;
import dev.cogs.algebra.weights.CogsLoss;
import dev.cogs.algebra.weights.FourierNet;
import dev.cogs.algebra.weights.OptimalityReport;
import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.cli.groups.AnalyzeGroup;
import dev.cogs.cli.groups.GroupOptions;
import dev.cogs.cli.report.ImportedRun;
import dev.cogs.cli.report.Plots;
import dev.cogs.cli.report.Summaries;
import dev.cogs.cli.report.TrajectoryReport;
import dev.cogs.cli.support.GroupSizes;
import dev.cogs.cli.support.OutputFolder;
import dev.cogs.cli.support.RunFailure;
import dev.cogs.cli.support.UsageError;
import dev.cogs.io.DType;
import dev.cogs.io.TensorFile;
import dev.cogs.io.TensorInfo;
import dev.cogs.io.WeightKeys;
import dev.cogs.io.weights.Checkpoint;
import dev.cogs.io.weights.Checkpoints;
import dev.cogs.io.weights.WeightFiles;
import dev.cogs.io.weights.WeightFormat;
import dev.cogs.nets.analysis.KeyFrequencyLoss;
import dev.cogs.nets.analysis.Margins;
import dev.cogs.nets.analysis.NetAnalysis;
import dev.cogs.nets.analysis.OrderHistogram;
import dev.cogs.nets.analysis.ProgressPoint;
import dev.cogs.nets.analysis.RunTrajectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code analyze}: Analyses imported nets (one file or folder) or whole runs (folders of
 * checkpoints).
 */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = {
            "Analyses imported nets into the algebraic constructions, or whole training runs as "
                    + "trajectories.",
            "--weights PATH: one net, either a folder holding Ua.npy (q x d), Ub.npy (q x d), W.npy (d x q), or one "
                    + "PyTorch (.pt/.pth, torch.save), .safetensors or .npz file whose tensors layera.weight, "
                    + "layerb.weight, layerc.weight (also under model.) are U_a, U_b, W -- PyTorch nn.Linear layout, "
                    + "never transposed; --keys names other tensors. Prints the loss, the docs/cogs-math.md section 9 "
                    + "analysis and the progress measures of section 13.",
            "--run DIR (repeatable): every checkpoint file of the folder (epoch from the file name, e.g. "
                    + "model09900.pt, or --pattern), analysed along training; writes the reproduce report plus the "
                    + "progress measures to --out.",
            "With --group or --group-table the net is read as a net on that group's composition table (input and "
                    + "output index = element index): characters on the axes for abelian groups, irreps otherwise.",
            "Exit code 0 on success, 2 on bad input (the message names the file and the tensor)."
        })
final class AnalyzeCommand implements Callable<Integer> {

    @Option(
            names = "--weights",
            paramLabel = "PATH",
            description =
                    "A folder of Ua.npy, Ub.npy, W.npy, or one .pt, .pth, .safetensors or .npz file.")
    private Path weights;

    @Option(
            names = "--run",
            paramLabel = "DIR",
            description =
                    "A folder of checkpoint files of one run "
                            + "(repeatable: the runs share one report).")
    private List<Path> runs = new ArrayList<>();

    @Option(
            names = "--keys",
            paramLabel = "Ua=..,Ub=..,W=..",
            description =
                    "Tensor names of U_a, U_b and W, "
                            + "e.g. Ua=fc_a.weight,W=out.weight (roles not named keep the defaults layera.weight, layerb.weight, "
                            + "layerc.weight).")
    private String keys;

    @Option(
            names = "--list",
            description =
                    "Print the tensors the file holds (with --run: the checkpoints and "
                            + "their epochs) instead of analysing.")
    private boolean list;

    @Option(
            names = "--export",
            paramLabel = "FILE",
            description =
                    "With --weights: write the net to FILE instead "
                            + "of analysing: .safetensors or .npz under the luckmatters names (layera.weight, ...), or, for a "
                            + "path without these extensions, a folder of Ua.npy, Ub.npy, W.npy.")
    private Path export;

    @Option(
            names = "--dtype",
            paramLabel = "TYPE",
            description =
                    "Element type of --export: float32 (default, "
                            + "PyTorch's) or float64 (exact for any net); float16 and bfloat16 for .safetensors.")
    private String dtype = "float32";

    @Option(
            names = "--pattern",
            paramLabel = "TEMPLATE",
            description =
                    "With --run: the checkpoint file names, "
                            + "{epoch} standing for the epoch's digits and * for any text, e.g. model{epoch}_*.pt (default: every "
                            + ".pt, .pth, .safetensors or .npz file, epoch = first number in the name).")
    private String pattern;

    @Option(
            names = "--checkpoint",
            paramLabel = "EPOCH",
            description = "With --run: the checkpoint analysed in " + "full (default: the last).")
    private Integer checkpoint;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "With --run: report folder (default ${DEFAULT-VALUE}).")
    private Path out = Path.of("cogs-analysis");

    @Option(
            names = "--wd",
            description =
                    "With --run: the weight decay the runs were trained with, a label in the "
                            + "report (default: the checkpoint's metadata, else 5e-5).")
    private Double wd;

    @Option(
            names = "--lr",
            description =
                    "With --run: the learning rate, a label in the report (default: the "
                            + "checkpoint's metadata, else 0.01).")
    private Double lr;

    @Option(names = "--json", description = "Print machine-readable JSON instead of text.")
    private boolean json;

    @Mixin private GroupOptions group = new GroupOptions();

    @Override
    public Integer call() throws Exception {
        if ((weights == null) == runs.isEmpty()) {
            throw new UsageError("--weights, --run", "give either --weights PATH or --run DIR");
        }
        if (export != null && weights == null) {
            throw new UsageError("--export", "needs --weights");
        }
        Set<Path> distinct = new HashSet<>();
        for (Path r : runs) {
            if (!distinct.add(r.toAbsolutePath().normalize())) {
                throw new UsageError(
                        "--run " + r,
                        "the folder is given twice (it would count one run twice); give each once");
            }
        }
        if (wd != null && (!(wd >= 0) || Double.isInfinite(wd))) {
            throw new UsageError("--wd " + wd, "must be finite and >= 0");
        }
        if (lr != null && (!(lr > 0) || Double.isInfinite(lr))) {
            throw new UsageError("--lr " + lr, "must be finite and > 0");
        }
        if (pattern != null
                && (pattern.indexOf("{epoch}") < 0
                        || pattern.indexOf("{epoch}") != pattern.lastIndexOf("{epoch}"))) {
            throw new UsageError(
                    "--pattern " + pattern, "must hold {epoch} exactly once, e.g. model{epoch}.pt");
        }
        if (checkpoint != null && checkpoint < 0) {
            throw new UsageError("--checkpoint " + checkpoint, "must be >= 0");
        }
        Optional<WeightKeys> k;
        try {
            k = keys == null ? Optional.empty() : Optional.of(WeightKeys.parse(keys));
        } catch (IllegalArgumentException e) {
            throw new UsageError("--keys " + keys, e.getMessage());
        }
        if (group.given()) {
            group.groups(); // an unknown name is refused before any file is read
        }
        if (weights != null) {
            return list ? listFile(weights) : export != null ? export(k) : analyseNet(k);
        }
        if (list) {
            return listRuns();
        }
        OutputFolder.Lock lock = OutputFolder.lock("--out", out);
        try {
            return analyseRuns(k);
        } finally {
            lock.close();
        }
    }

    private int listFile(Path path) throws java.io.IOException {
        TensorFile f = WeightFiles.read(path);
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> tensors = new ArrayList<>();
        for (TensorInfo t : f.listing()) {
            tensors.add(Map.of("name", t.name(), "dtype", t.dtype().name(), "shape", t.shape()));
        }
        if (json) {
            m.put("file", path.toString());
            m.put("format", WeightFiles.formatOf(path).name());
            m.put("tensors", tensors);
            m.put("skipped", f.skipped());
            m.put("scalars", f.scalars().size());
            m.put("metadata", f.metadata());
            JsonOutput.print(m);
            return 0;
        }
        System.out.printf(
                Locale.ROOT,
                "%s (%s): %d tensors%n",
                path,
                WeightFiles.formatOf(path),
                f.tensors().size());
        for (TensorInfo t : f.listing()) {
            System.out.printf(Locale.ROOT, "  %-40s %-8s %s%n", t.name(), t.dtype(), t.shape());
        }
        f.skipped()
                .forEach(
                        (n, why) ->
                                System.out.printf(Locale.ROOT, "  %-40s skipped: %s%n", n, why));
        if (!f.scalars().isEmpty()) {
            System.out.printf(
                    Locale.ROOT,
                    "  and %d plain numbers (e.g. %s)%n",
                    f.scalars().size(),
                    f.scalars().keySet().iterator().next());
        }
        if (!f.metadata().isEmpty()) {
            System.out.printf(Locale.ROOT, "  metadata: %s%n", f.metadata());
        }
        return 0;
    }

    private int export(Optional<WeightKeys> k) {
        DType t;
        try {
            t = DType.valueOf(dtype.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageError(
                    "--dtype " + dtype, "not one of float16, bfloat16, float32, float64");
        }
        RealWeights w = WeightFiles.readNet(weights, k);
        WeightFiles.write(export, w, t, Map.of("source", weights.toString()));
        System.out.printf(
                Locale.ROOT,
                "exported %s (q = %d, d = %d) to %s as %s%n",
                weights,
                w.order(),
                w.d(),
                export,
                t.name().toLowerCase(Locale.ROOT));
        return 0;
    }

    private int analyseNet(Optional<WeightKeys> k) throws java.io.IOException {
        FiniteGroup g = group.given() ? group.single() : null;
        RealWeights w = WeightFiles.readNet(weights, k);
        if (g != null) {
            if (!GroupOptions.isOddCyclic(g)) {
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("weights", weights.toString());
                    m.putAll(AnalyzeGroup.json(g, w));
                    JsonOutput.print(m);
                } else {
                    System.out.printf(Locale.ROOT, "weights: %s%n", weights);
                    System.out.print(AnalyzeGroup.text(g, w));
                }
                return 0;
            }
            if (g.order() != w.d()) {
                throw new UsageError(
                        "--group " + g.name(),
                        "the weights have d = "
                                + w.d()
                                + " classes but group "
                                + g.name()
                                + " has order "
                                + g.order());
            }
        }
        if (g == null) {
            GroupSizes.requireOdd("--weights " + weights, w.d());
        }
        double largest = largest(w);
        double loss = CogsLoss.dataSpace(w);
        if (!Double.isFinite(loss)) {
            throw new RunFailure(
                    "--weights " + weights,
                    String.format(
                            Locale.ROOT,
                            "the full-dataset loss overflows double precision (%s; largest |weight|"
                                    + " %.3e): the net is too large to analyse",
                            loss,
                            largest));
        }
        FourierNet z = FourierNet.fromReal(w);
        NetAnalysis a = NetAnalysis.of(z);
        double acc = CogsLoss.accuracy(w);
        OptimalityReport opt = OptimalityReport.of(z);
        ProgressPoint p = ProgressPoint.of(0, w, z);
        SortedSet<Integer> key = KeyFrequencyLoss.keyFrequencies(a);
        KeyFrequencyLoss kl = p.keyFrequencyLoss(key);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("weights", weights.toString());
            m.put("format", WeightFiles.formatOf(weights).name());
            m.put("fullDatasetLoss", loss);
            m.put("fullDatasetAccuracy", acc);
            Map<String, Object> o = new LinkedHashMap<>();
            for (OptimalityReport.Violation v : opt.violations()) {
                o.put(
                        v.constraint().name(),
                        Map.of("max", v.max(), "at", v.index(), "lossShare", v.lossShare()));
            }
            m.put("optimality", o);
            m.put("analysis", Summaries.analysisMap(a));
            Map<String, Object> progress = TrajectoryReport.pointMap(p, kl);
            progress.remove("epoch");
            progress.put("marginMaximum", Margins.maximum(w.d()));
            m.put("progress", progress);
            JsonOutput.print(m);
            return 0;
        }
        System.out.printf(
                Locale.ROOT,
                "weights: %s (%s, q = %d, d = %d)%n",
                weights,
                WeightFiles.formatOf(weights),
                w.order(),
                w.d());
        System.out.printf(
                Locale.ROOT, "full-dataset loss %.4e, accuracy %.2f%%%n", loss, 100 * acc);
        System.out.print("optimality (largest violation per constraint class, code units):");
        for (OptimalityReport.Violation v : opt.violations()) {
            System.out.printf(Locale.ROOT, " %s %.3e at %s;", v.constraint(), v.max(), v.index());
        }
        System.out.println();
        System.out.print(Summaries.analysisText(a));
        System.out.printf(
                Locale.ROOT,
                "order histogram:%n%s",
                Summaries.histogramText(OrderHistogram.of(List.of(a))));
        System.out.print(progressText(p, kl));
        return 0;
    }

    /** The largest absolute weight of a net. */
    private static double largest(RealWeights w) {
        double m = 0;
        for (double[][] part : new double[][][] {w.ua(), w.ub(), w.w()}) {
            for (double[] row : part) {
                for (double v : row) {
                    m = Math.max(m, Math.abs(v));
                }
            }
        }
        return m;
    }

    /** The progress measures of one net as text (docs/cogs-math.md §13). */
    static String progressText(ProgressPoint p, KeyFrequencyLoss kl) {
        StringBuilder sb = new StringBuilder("progress measures (docs/cogs-math.md section 13):\n");
        sb.append(
                String.format(
                        Locale.ROOT,
                        "  key frequencies %s: restricted loss %.4e, excluded loss %.4f "
                                + "(zero net: %.4f)%n",
                        keysText(kl.keys()),
                        kl.restricted(),
                        kl.excluded(),
                        1 - 1.0 / p.d()));
        sb.append(
                String.format(
                        Locale.ROOT,
                        "  Gini  Ua %.4f  Ub %.4f  W %.4f%n",
                        p.spectrumA().gini(),
                        p.spectrumB().gini(),
                        p.spectrumC().gini()));
        sb.append(
                String.format(
                        Locale.ROOT,
                        "  IPR   Ua %.4f  Ub %.4f  W %.4f   (per node: %.4f %.4f %.4f)%n",
                        p.spectrumA().ipr(),
                        p.spectrumB().ipr(),
                        p.spectrumC().ipr(),
                        p.spectrumA().neuronIpr(),
                        p.spectrumB().neuronIpr(),
                        p.spectrumC().neuronIpr()));
        sb.append(
                String.format(
                        Locale.ROOT,
                        "  weight norm %.4f; margin %.4e, normalised %.4e = %.4f gamma* "
                                + "(gamma*(%d) = %.4e; nodes rebalanced: %.4f gamma*)%n",
                        p.weightNorm(),
                        p.margin(),
                        p.normalisedMargin(),
                        p.marginRatio(),
                        p.d(),
                        Margins.maximum(p.d()),
                        p.balancedNormalisedMargin() / Margins.maximum(p.d())));
        sb.append("  |2d r_{a,k,1-k,k}| for k = 1..").append((p.d() - 1) / 2).append(':');
        for (double b : p.biasM1()) {
            sb.append(String.format(Locale.ROOT, " %.3f", b));
        }
        return sb.append(System.lineSeparator()).toString();
    }

    private int listRuns() throws java.io.IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Path dir : runs) {
            List<Checkpoint> cs = Checkpoints.list(dir, Optional.ofNullable(pattern));
            if (json) {
                List<Map<String, Object>> l = new ArrayList<>();
                for (Checkpoint c : cs) {
                    l.add(Map.of("epoch", c.epoch(), "file", c.path().getFileName().toString()));
                }
                m.put(dir.toString(), l);
            } else {
                System.out.printf(
                        Locale.ROOT,
                        "%s: %d checkpoints, epochs %d..%d%n",
                        dir,
                        cs.size(),
                        cs.get(0).epoch(),
                        cs.get(cs.size() - 1).epoch());
                for (Checkpoint c : cs) {
                    System.out.printf(
                            Locale.ROOT,
                            "  %6d  %s (%s)%n",
                            c.epoch(),
                            c.path().getFileName(),
                            WeightFormat.ofName(c.path().getFileName().toString())
                                    .map(Enum::name)
                                    .orElse("?"));
                }
            }
        }
        if (json) {
            JsonOutput.print(m);
        }
        return 0;
    }

    private int analyseRuns(Optional<WeightKeys> k) throws java.io.IOException {
        long start = System.nanoTime();
        List<ImportedRun> loaded = new ArrayList<>();
        Set<Long> seeds = new HashSet<>();
        for (int i = 0; i < runs.size(); i++) {
            ImportedRun r =
                    ImportedRun.load(
                            runs.get(i),
                            Optional.ofNullable(pattern),
                            k,
                            checkpoint == null ? OptionalInt.empty() : OptionalInt.of(checkpoint),
                            wd == null ? OptionalDouble.empty() : OptionalDouble.of(wd),
                            lr == null ? OptionalDouble.empty() : OptionalDouble.of(lr),
                            i + 1L);
            if (!group.given()) {
                GroupSizes.requireOdd("--run " + runs.get(i), r.config().d());
            }
            for (ProgressPoint p : r.trajectory().progress()) {
                if (!Double.isFinite(p.loss()) || !Double.isFinite(p.weightNorm())) {
                    throw new RunFailure(
                            "--run " + runs.get(i) + ", epoch " + p.epoch(),
                            "the loss or the weight norm overflows double precision (loss "
                                    + p.loss()
                                    + "): the checkpoint is too large to analyse");
                }
            }
            // Seeds label the runs of one setting in the report, so they must differ.
            long s = r.config().seed();
            while (!seeds.add(s)) {
                s++;
            }
            if (s != r.config().seed()) {
                r =
                        new ImportedRun(
                                r.label(),
                                r.folder(),
                                r.trajectory(),
                                r.history(),
                                r.logged(),
                                r.config().withSeed(s),
                                r.nanos());
            }
            loaded.add(r);
            if (!json) {
                System.out.print(runText(r));
            }
        }
        Plots.warmUp();
        List<Path> files = TrajectoryReport.write(out, loaded);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            List<Map<String, Object>> rs = new ArrayList<>();
            for (ImportedRun r : loaded) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("folder", r.folder().toString());
                x.put("seed", r.config().seed());
                x.put("checkpoints", r.trajectory().progress().size());
                x.put("analysedEpoch", r.trajectory().analysedEpoch());
                x.put("analysis", Summaries.analysisMap(r.trajectory().analysis()));
                x.put("seconds", r.nanos() / 1e9);
                rs.add(x);
            }
            m.put("runs", rs);
            m.put("report", out.resolve("index.html").toAbsolutePath().toString());
            m.put("seconds", seconds);
            JsonOutput.print(m);
            return 0;
        }
        System.out.printf(
                Locale.ROOT,
                "report: %s (%d files), %.1f s in all%n",
                out.resolve("index.html").toAbsolutePath(),
                files.size(),
                seconds);
        return 0;
    }

    /**
     * One run's summary: its files, the analysed checkpoint and the measures at about ten epochs.
     */
    static String runText(ImportedRun r) {
        RunTrajectory t = r.trajectory();
        StringBuilder sb = new StringBuilder();
        sb.append(
                String.format(
                        Locale.ROOT,
                        "%n== run %s: %d checkpoints, epochs %d..%d, d = %d, q = %d; seed label "
                                + "%d; losses %s; analysed epoch %d; %.1f s%n",
                        r.folder(),
                        t.progress().size(),
                        t.epochs().get(0),
                        t.epochs().get(t.epochs().size() - 1),
                        t.d(),
                        t.q(),
                        r.config().seed(),
                        r.logged() == 0
                                ? "on all d^2 pairs"
                                : r.logged() + " logged by the trainer",
                        t.analysedEpoch(),
                        r.nanos() / 1e9));
        sb.append("orders ").append(t.analysis().frequencyOrders()).append(System.lineSeparator());
        sb.append(Summaries.analysisText(t.analysis()));
        SortedSet<Integer> keys = t.keyFrequencies();
        sb.append(
                String.format(
                        Locale.ROOT,
                        "progress measures along training (key frequencies %s; gamma*(%d) = "
                                + "%.4e):%n",
                        keysText(keys),
                        t.d(),
                        Margins.maximum(t.d())));
        sb.append(
                String.format(
                        Locale.ROOT,
                        "%7s %10s %7s %10s %9s %7s %7s %7s %7s %7s %7s %8s %9s %8s %8s%n",
                        "epoch",
                        "loss",
                        "acc",
                        "restricted",
                        "excluded",
                        "giniA",
                        "giniB",
                        "giniC",
                        "iprA",
                        "iprB",
                        "iprC",
                        "|theta|",
                        "margin",
                        "m/gamma*",
                        "max|m1|"));
        List<KeyFrequencyLoss> kl = t.keyFrequencyLosses();
        int n = t.progress().size();
        int step = Math.max(1, (n - 1) / 10);
        for (int i = 0; i < n; i++) {
            ProgressPoint p = t.progress().get(i);
            if (i % step != 0 && i != n - 1 && p.epoch() != t.analysedEpoch()) {
                continue;
            }
            double m1 = p.biasM1().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            sb.append(
                    String.format(
                            Locale.ROOT,
                            "%7d %10.3e %6.1f%% %10.3e %9.4f %7.4f %7.4f %7.4f %7.4f %7.4f "
                                    + "%7.4f %8.3f %9.2e %8.4f %8.4f%n",
                            p.epoch(),
                            p.loss(),
                            100 * p.accuracy(),
                            kl.get(i).restricted(),
                            kl.get(i).excluded(),
                            p.spectrumA().gini(),
                            p.spectrumB().gini(),
                            p.spectrumC().gini(),
                            p.spectrumA().ipr(),
                            p.spectrumB().ipr(),
                            p.spectrumC().ipr(),
                            p.weightNorm(),
                            p.margin(),
                            p.marginRatio(),
                            m1));
        }
        return sb.toString();
    }

    /** A key-frequency set, compactly. */
    private static String keysText(SortedSet<Integer> keys) {
        return keys.isEmpty() ? "none" : keys.toString().replace(" ", "");
    }
}
