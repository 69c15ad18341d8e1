package dev.cogs.cli;

import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.cli.report.SeedList;
import dev.cogs.cli.report.StopSignals;
import dev.cogs.cli.support.GroupSizes;
import dev.cogs.cli.support.OutputFolder;
import dev.cogs.cli.support.UsageError;
import dev.cogs.cli.yoneda.TaskFile;
import dev.cogs.cli.yoneda.TrainedNets;
import dev.cogs.cli.yoneda.YonedaReport;
import dev.cogs.io.WeightKeys;
import dev.cogs.io.weights.WeightFiles;
import dev.cogs.nets.prompt.IdealityCertificate;
import dev.cogs.nets.prompt.PromptedNet;
import dev.cogs.train.Trainer;
import dev.cogs.yoneda.Construction;
import dev.cogs.yoneda.NamedNet;
import dev.cogs.yoneda.Task;
import dev.cogs.yoneda.YonedaExperiment;
import dev.cogs.yoneda.YonedaResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code yoneda}: Yuan's prompt-tuning theorem tested on CoGS nets (docs/yoneda-nets.md §4). */
@Command(
        name = "yoneda",
        mixinStandardHelpOptions = true,
        description = {
            "Tests Yuan's prompt-tuning theorem (arXiv:2211.16327) on ideal CoGS nets: the constructions"
                    + " z_F6, z_F4/6, z_M and nets trained in the paper's setting (seeds 1-5, taken from the run"
                    + " cache of --cache or trained now and cached there), plus any --weights. Writes the category"
                    + " table, every prompt arm per net and task, the few-shot curves, the task spectra and the"
                    + " predictions P1-P7 and checks 8-12 with their evidence (docs/yoneda-nets.md).",
            "Writes yoneda.html, yoneda.json, yoneda.csv and PNG plots into --out.",
            "",
            "Exit codes: 0 success, 2 bad input, 1 failure while running, 130 interrupted."
        })
final class YonedaCommand implements Callable<Integer> {

    private static final String NAME = "cogs yoneda: ";
    private static final String TRAINED = "trained";

    @Spec CommandSpec spec;

    @Option(
            names = "--d",
            defaultValue = "23",
            description = "Odd group size, at least 5 (default: ${DEFAULT-VALUE}).")
    int d;

    @Option(
            names = "--nets",
            defaultValue = "zF6,zF46,zM,trained",
            split = ",",
            paramLabel = "NET",
            description =
                    "Nets: any of zF6, zF46, zM, trained, or none (only --weights) (default:"
                            + " ${DEFAULT-VALUE}).")
    List<String> nets;

    @Option(
            names = "--seeds",
            defaultValue = "1-5",
            paramLabel = "LIST",
            description = "Seeds of the trained nets, e.g. 1-5 or 1,3 (default: ${DEFAULT-VALUE}).")
    String seeds;

    @Option(
            names = "--cache",
            paramLabel = "DIR",
            description =
                    "Report folder whose runs/ cache holds trained nets, e.g. the --out of cogs"
                            + " reproduce; missing runs are trained and saved there (default: --out).")
    Path cache;

    @Option(
            names = "--weights",
            paramLabel = "PATH",
            description =
                    "A further net: a folder of Ua.npy, Ub.npy, W.npy or a .pt, .pth, .safetensors or"
                            + " .npz file (repeatable). It must be ideal (right on all d^2 pairs).")
    List<Path> weights = new ArrayList<>();

    @Option(
            names = "--keys",
            paramLabel = "Ua=..,Ub=..,W=..",
            description =
                    "Tensor names in --weights files (roles not named keep the defaults"
                            + " layera.weight, layerb.weight, layerc.weight).")
    String keys;

    @Option(
            names = "--tasks",
            paramLabel = "default|FILE",
            defaultValue = "default",
            description =
                    "The tasks: the nine of docs/yoneda-nets.md section 1.2, or a JSON file with a list of"
                            + " tasks, each an array of d values in 0..d-1 or {\"name\": .., \"y\": [..]}"
                            + " (default: ${DEFAULT-VALUE}).")
    String tasks;

    @Option(
            names = "--budgets",
            defaultValue = "1,2,inf",
            split = ",",
            description =
                    "Norm budgets of the free prompts, > 0 or inf (default: ${DEFAULT-VALUE}).")
    List<String> budgets;

    @Option(
            names = "--restarts",
            defaultValue = "4",
            description = "Restarts per free prompt (default: ${DEFAULT-VALUE}).")
    int restarts;

    @Option(
            names = "--steps",
            defaultValue = "3000",
            description = "Steps per free prompt (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(
            names = "--fewshot",
            defaultValue = "1,2,3,5",
            split = ",",
            paramLabel = "K",
            description =
                    "Few-shot sizes k, each in 1..d, on b+3 and -b (default: ${DEFAULT-VALUE}).")
    List<Integer> fewShot;

    @Option(
            names = "--fewshot-draws",
            defaultValue = "10",
            paramLabel = "N",
            description =
                    "Random draws of k inputs per few-shot point (default: ${DEFAULT-VALUE}).")
    int fewShotDraws;

    @Option(
            names = "--fewshot-budget",
            defaultValue = "2",
            paramLabel = "RHO",
            description =
                    "Norm budget of the free few-shot prompts, > 0 or inf (default: ${DEFAULT-VALUE}).")
    String fewShotBudget;

    @Option(
            names = "--seed",
            defaultValue = "1",
            description = "Seed of the random starts and draws (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Worker threads (default: the available processors).")
    Integer threads;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "cogs-yoneda",
            description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--json", description = "Print the report's JSON instead of text.")
    boolean json;

    @Option(names = "--quick", description = "Few restarts and steps (a smoke run).")
    boolean quick;

    /** A refusal of the input: one line, exit 2. */
    private static final class BadInput extends Exception {
        private static final long serialVersionUID = 1L;

        BadInput(String message) {
            super(message);
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(err);
        } catch (BadInput e) {
            err.println(NAME + e.getMessage());
            err.flush();
            return 2;
        }
    }

    private int run(PrintWriter err) throws BadInput {
        PrintWriter outWriter = spec.commandLine().getOut();
        GroupSizes.requireOdd("--d", d);
        if (d < 5) {
            throw new UsageError("--d", "d = " + d + ": the yoneda experiment needs d >= 5");
        }
        if (restarts < 1) {
            throw new UsageError("--restarts " + restarts, "must be >= 1");
        }
        if (steps < 1) {
            throw new UsageError("--steps " + steps, "must be >= 1");
        }
        List<Double> values = new ArrayList<>();
        for (String b : budgets) {
            double v = budget("--budgets", b);
            if (values.contains(v)) {
                throw new UsageError("--budgets", b.strip() + " is listed twice; give each once");
            }
            values.add(v);
        }
        double fewBudget = budget("--fewshot-budget", fewShotBudget);
        Set<String> which = netNames();
        List<Long> seedList = List.of();
        if (which.contains(TRAINED)) {
            try {
                seedList = SeedList.parse(seeds);
            } catch (IllegalArgumentException e) {
                throw new BadInput("--seeds: " + e.getMessage());
            }
        }
        if (threads != null && threads < 1) {
            throw new BadInput("--threads: must be >= 1, got " + threads);
        }
        for (int k : fewShot) {
            if (k < 1 || k > d) {
                throw new BadInput(
                        String.format(
                                Locale.ROOT, "--fewshot: size %d is outside 1..%d (d)", k, d));
            }
        }
        YonedaExperiment.Options options;
        try {
            options = YonedaExperiment.Options.defaults(d);
        } catch (IllegalArgumentException e) {
            throw new BadInput("--d: " + e.getMessage());
        }
        List<Task> taskList = taskList();
        List<NamedNet> given = givenNets();
        List<Construction> constructions = new ArrayList<>();
        for (Construction c : Construction.values()) {
            if (which.contains(c.label())) {
                constructions.add(c);
            }
        }
        try {
            options =
                    options.withConstructions(constructions)
                            .withTasks(taskList)
                            .withBudgets(values)
                            .withRestarts(quick ? 1 : restarts)
                            .withSteps(quick ? Math.min(steps, 200) : steps)
                            .withFewShot(options.fewShotTasks(), fewShot, fewShotDraws)
                            .withFewShotBudget(fewBudget)
                            .withSeed(seed);
            if (threads != null) {
                options = options.withParallelism(threads);
            }
            options = options.withNets(given);
        } catch (IllegalArgumentException e) {
            throw new BadInput("options: " + e.getMessage());
        }
        OutputFolder.prepare("--out", out);
        List<NamedNet> all = new ArrayList<>(given);
        if (which.contains(TRAINED)) {
            Optional<TrainedNets.Loaded> loaded = trained(seedList, outWriter);
            if (loaded.isEmpty()) {
                return 1;
            }
            if (loaded.get().interrupted()) {
                err.println(
                        NAME
                                + "interrupted while training: the finished runs are cached in "
                                + (cache != null ? cache : out).resolve("runs"));
                err.flush();
                return 130;
            }
            all.addAll(loaded.get().nets());
            try {
                options = options.withNets(all);
            } catch (IllegalArgumentException e) {
                throw new BadInput("--weights: " + e.getMessage());
            }
        }
        if (options.constructions().isEmpty() && options.nets().isEmpty()) {
            throw new BadInput("--nets: no net to test (give --nets or --weights)");
        }
        YonedaResult result = YonedaExperiment.run(options);
        for (YonedaResult.NetResult n : result.nets()) {
            if (!n.ideal()) {
                err.printf(
                        Locale.ROOT,
                        "%s%s: not ideal (%d of %d pretext pairs right); left out%n",
                        NAME,
                        n.net().name(),
                        n.certificate().correct(),
                        n.certificate().total());
            }
        }
        err.flush();
        try {
            YonedaReport.write(result, out);
        } catch (IOException | UncheckedIOException e) {
            err.println(NAME + "writing the report to " + out + ": " + e.getMessage());
            err.flush();
            return 1;
        }
        if (json) {
            outWriter.println(YonedaReport.json(result).toPrettyString());
        } else {
            outWriter.print(YonedaReport.text(result));
            outWriter.println("wrote " + out.resolve("yoneda.html"));
        }
        outWriter.flush();
        return 0;
    }

    private static double budget(String option, String text) throws BadInput {
        double v;
        try {
            v =
                    "inf".equalsIgnoreCase(text.strip())
                            ? Double.POSITIVE_INFINITY
                            : Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new BadInput(option + ": not a number: " + text);
        }
        if (!(v > 0)) {
            throw new BadInput(option + ": a norm budget must be > 0, got " + text);
        }
        return v;
    }

    private Set<String> netNames() throws BadInput {
        Set<String> known = new LinkedHashSet<>();
        for (Construction c : Construction.values()) {
            known.add(c.label());
        }
        known.add(TRAINED);
        Set<String> which = new LinkedHashSet<>();
        for (String n : nets) {
            String name = n.strip();
            if (name.equals("none")) {
                continue;
            }
            if (!known.contains(name)) {
                throw new BadInput(
                        "--nets: unknown net '" + name + "' (known: " + known + " or none)");
            }
            which.add(name);
        }
        return which;
    }

    private List<Task> taskList() throws BadInput {
        if (tasks.equals("default")) {
            return Task.defaults(d, YonedaExperiment.Options.DEFAULT_SEED);
        }
        try {
            return TaskFile.read(Path.of(tasks), d);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new BadInput("--tasks " + tasks + ": " + e.getMessage());
        }
    }

    /** The --weights nets, each read, of size d and certified ideal. */
    private List<NamedNet> givenNets() throws BadInput {
        Optional<WeightKeys> k;
        try {
            k = keys == null ? Optional.empty() : Optional.of(WeightKeys.parse(keys));
        } catch (IllegalArgumentException e) {
            throw new BadInput("--keys: " + e.getMessage());
        }
        List<NamedNet> out = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Path p : weights) {
            RealWeights w;
            try {
                w = WeightFiles.readNet(p, k);
            } catch (IllegalArgumentException | UncheckedIOException e) {
                throw new BadInput("--weights " + p + ": " + e.getMessage());
            }
            if (w.d() != d) {
                throw new BadInput(
                        String.format(
                                Locale.ROOT,
                                "--weights %s: the net has d = %d but --d is %d",
                                p,
                                w.d(),
                                d));
            }
            IdealityCertificate c = PromptedNet.of(w).idealityCertificate();
            if (!c.passes()) {
                IdealityCertificate.PairFailure f = c.failures().get(0);
                throw new BadInput(
                        String.format(
                                Locale.ROOT,
                                "--weights %s: not an ideal net: %d of %d pretext pairs right (a = %d,"
                                        + " b = %d gives %d, not %d)",
                                p,
                                c.correct(),
                                c.total(),
                                f.a(),
                                f.b(),
                                f.predicted(),
                                (f.a() + f.b()) % d));
            }
            String base = p.getFileName() == null ? p.toString() : p.getFileName().toString();
            String name = base;
            for (int i = 2; !names.add(name); i++) {
                name = base + "-" + i;
            }
            out.add(NamedNet.trained(name, w));
        }
        return out;
    }

    /** Loads or trains the seeds; empty (after an error line) if a run cannot be saved. */
    private Optional<TrainedNets.Loaded> trained(List<Long> seedList, PrintWriter outWriter) {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicBoolean training = new AtomicBoolean(true);
        StopSignals.install(
                () -> {
                    if (!training.get() || !stop.compareAndSet(false, true)) {
                        Runtime.getRuntime().halt(130);
                    }
                    System.err.println(
                            "\n"
                                    + NAME
                                    + "stopping after the current training step (again to abort)");
                });
        Path dir = cache != null ? cache : out;
        try (PrintStream log = lines(outWriter)) {
            return Optional.of(
                    TrainedNets.load(
                            TrainedNets.configs(d, seedList), dir, Trainer::train, stop::get, log));
        } catch (UncheckedIOException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(NAME + "saving a trained run under " + dir.resolve("runs") + ": " + e);
            err.flush();
            return Optional.empty();
        } finally {
            training.set(false);
        }
    }

    /** A print stream whose lines go to the command's output as they are printed. */
    private static PrintStream lines(PrintWriter writer) {
        ByteArrayOutputStream bytes =
                new ByteArrayOutputStream() {
                    @Override
                    public synchronized void flush() {
                        writer.print(toString(StandardCharsets.UTF_8));
                        writer.flush();
                        reset();
                    }
                };
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
