package dev.cogs.bench;

import dev.cogs.bench.sweep.SweepBench;
import dev.cogs.cli.JsonOutput;
import dev.cogs.cli.support.GroupSizes;
import dev.cogs.cli.support.UsageError;
import dev.cogs.cli.sweep.AxisValues;
import dev.cogs.cli.sweep.LocalEngine;
import dev.cogs.cli.sweep.SweepEngine;
import dev.cogs.cli.sweep.SweepEngines;
import dev.cogs.nets.run.TrainingConfig;
import dev.cogs.nets.sweep.SweepPlan;
import dev.cogs.nets.sweep.SweepSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sweep}: the overhead of a sweep on embedded Spark against the in-process engine, and their
 * agreement ({@link SweepBench}; docs/performance.md, Sweeps).
 *
 * <p>The Spark engine is found as {@code cogs sweep} finds it, through {@link SweepEngines} (a
 * {@link java.util.ServiceLoader} plug-in): this module does not depend on Spark, and without the
 * {@code cogs-spark} module on the class path the command says so in one line (exit 2).
 */
@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the same sweep on the local engine and on embedded Apache Spark, one after the other"
                    + " in this JVM (after an untimed warm-up run), times each from start to written"
                    + " report (Spark's start-up included), prints the ratio spark/local against the"
                    + " target 1.3 (ok or ABOVE TARGET) and checks that the two sweeps agree: run"
                    + " records equal apart from timings, weights byte for byte.",
            "Default: the acceptance's 8 runs, d 23, q 256,512, wd 5e-5,1e-4, seeds 1-2, 10000"
                    + " epochs (about 10 minutes per engine on 2 cores).",
            "Exit status: 0 the sweeps agree (whatever the ratio), 2 bad input or no Spark engine on"
                    + " the class path, 3 the sweeps disagree or a run failed."
        })
final class BenchSweepCommand implements Callable<Integer> {

    @Option(
            names = "--d",
            defaultValue = "23",
            paramLabel = "LIST",
            description = "Group orders (default: ${DEFAULT-VALUE}).")
    private String d;

    @Option(
            names = "--q",
            defaultValue = "256,512",
            paramLabel = "LIST",
            description = "Hidden widths (default: ${DEFAULT-VALUE}).")
    private String q;

    @Option(
            names = "--wd",
            defaultValue = "5e-5,1e-4",
            paramLabel = "LIST",
            description = "Weight decays (default: ${DEFAULT-VALUE}).")
    private String wd;

    @Option(
            names = "--lr",
            defaultValue = "0.01",
            paramLabel = "LIST",
            description = "Adam learning rates (default: ${DEFAULT-VALUE}).")
    private String lr;

    @Option(
            names = "--seeds",
            defaultValue = "1-2",
            paramLabel = "LIST",
            description = "Seeds (default: ${DEFAULT-VALUE}).")
    private String seeds;

    @Option(
            names = "--epochs",
            defaultValue = "10000",
            description = "Full-batch steps per run (default: ${DEFAULT-VALUE}).")
    private int epochs;

    @Option(
            names = "--master",
            defaultValue = "local[*]",
            description = "Spark master (default: ${DEFAULT-VALUE}).")
    private String master;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description =
                    "Scratch folder; its sub-folders warmup, local and spark are emptied first and"
                            + " kept (default: a temporary folder, deleted at the end).")
    private Path out;

    @Option(
            names = "--json",
            description = "Print the report as JSON (progress goes to standard error).")
    private boolean json;

    /** How the Spark engine is looked up; tests replace it to simulate its absence. */
    Function<String, Optional<SweepEngine>> engines = SweepEngines::find;

    @Override
    public Integer call() throws IOException {
        SweepPlan plan;
        try {
            plan =
                    SweepPlan.of(
                            SweepSpec.of(
                                    AxisValues.ints("d", d),
                                    AxisValues.ints("q", q),
                                    AxisValues.reals("wd", wd),
                                    AxisValues.reals("lr", lr),
                                    AxisValues.integers("seeds", seeds),
                                    epochs,
                                    null,
                                    TrainingConfig.defaults(23)));
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        for (int size : plan.spec().d()) {
            GroupSizes.requireOdd("--d", size);
        }
        SweepEngine spark =
                engines.apply("spark")
                        .orElseThrow(
                                () ->
                                        new UsageError(
                                                "spark engine",
                                                "not on the class path (the cogs-spark module,"
                                                        + " which the distribution includes)"));
        if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageError("--out " + out, "not a folder");
        }
        Path scratch = out != null ? out : Files.createTempDirectory("cogs-bench-sweep-");
        PrintStream o = json ? System.err : System.out;
        SweepBench.Report report;
        try {
            report = SweepBench.run(plan, master, scratch, new LocalEngine(), spark, o);
        } finally {
            if (out == null) {
                SweepBench.deleteTree(scratch);
            }
        }
        if (json) {
            JsonOutput.print(report);
        }
        return report.ok() ? 0 : 3;
    }
}
