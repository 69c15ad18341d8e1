package dev.cogs.bench;

import dev.cogs.bench.ot.OtBench;
import dev.cogs.cli.JsonOutput;
import dev.cogs.cli.Main;
import dev.cogs.cli.support.RunFailure;
import dev.cogs.cli.support.UsageError;
import dev.cogs.rgflow.ot.Sinkhorn;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ot}: Times exact OT and Sinkhorn against POT, and the kernel-free Sinkhorn beyond POT's
 * memory.
 */
@Command(
        name = "ot",
        mixinStandardHelpOptions = true,
        description = {
            "Times exact OT (network simplex) and Sinkhorn (ε = 0.1·mean C) on the circle→parabola clouds"
                    + " in cogs and in POT (Python peer, same run, size by size), prints time ratios (cogs / POT) and checks"
                    + " that the costs agree to 1e-9. With --runs N the whole comparison runs N times and the median and"
                    + " spread of every ratio are printed. Then the kernel-free (online) Sinkhorn: agreement with the dense"
                    + " log-domain solver at --check-size, time per iteration at --online-size (with JAVA_OPTS=-Xmx64m it"
                    + " shows that no n×n array is held).",
            "Exit status: 0 ok, 3 disagreement or non-convergence."
        })
final class BenchOtCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Option(
            names = "--sizes",
            split = ",",
            defaultValue = "500,1000,2000,4000",
            description = "Cloud sizes (default: ${DEFAULT-VALUE}).")
    private List<Integer> sizes;

    @Option(
            names = {"--best-of", "--repeats"},
            defaultValue = "7",
            description =
                    "Timed repetitions of each measurement, the best counts (default: ${DEFAULT-VALUE}).")
    private int repeats;

    @Option(
            names = {"--runs", "--repeat"},
            defaultValue = "1",
            description =
                    "Runs of the whole comparison; the median and spread of each ratio are printed"
                            + " (default: ${DEFAULT-VALUE}; the acceptance uses 5; 0 skips the comparison with POT).")
    private int runs;

    @Option(
            names = "--threads",
            defaultValue = "2",
            description =
                    "Threads of the parallel Sinkhorn setting (default: ${DEFAULT-VALUE}; a 1-thread setting"
                            + " always runs, and the ratio is that of the faster one).")
    private int threads;

    @Option(
            names = "--python",
            defaultValue = "/usr/bin/python3",
            description = "Python with POT (default: ${DEFAULT-VALUE}).")
    private String python;

    @Option(names = "--no-peer", description = "Skip the POT peer.")
    private boolean noPeer;

    @Option(
            names = "--online-size",
            defaultValue = "50000",
            description =
                    "Cloud size of the kernel-free Sinkhorn timing, 0 to skip (default: ${DEFAULT-VALUE}).")
    private int onlineSize;

    @Option(
            names = "--online-iterations",
            defaultValue = "4",
            description =
                    "Iterations timed at --online-size; 0 runs to convergence (default: ${DEFAULT-VALUE}).")
    private int onlineIterations;

    @Option(
            names = "--check-size",
            defaultValue = "2000",
            description =
                    "Size at which the kernel-free and the dense log-domain Sinkhorn must agree to 1e-10, 0 to"
                            + " skip (default: ${DEFAULT-VALUE}).")
    private int checkSize;

    @Option(
            names = "--json",
            description = "Print the report as JSON (progress goes to standard error).")
    private boolean json;

    @Option(
            names = "--no-fork",
            description =
                    "Measure in this JVM even if it runs the scalar Sinkhorn loops (by"
                            + " default such a JVM forks one with --add-modules jdk.incubator.vector, as JMH forks its own).")
    private boolean noFork;

    @Override
    public Integer call() throws IOException {
        if (repeats < 1) {
            throw new UsageError("--best-of " + repeats, "must be >= 1");
        }
        if (runs < 0) {
            throw new UsageError("--runs " + runs, "must be >= 0");
        }
        if (threads < 1) {
            throw new UsageError("--threads " + threads, "must be >= 1");
        }
        for (int n : sizes) {
            if (n < 2) {
                throw new UsageError("--sizes", "a size must be >= 2, got " + n);
            }
        }
        if (onlineSize < 0 || onlineSize == 1) {
            throw new UsageError("--online-size " + onlineSize, "must be 0 (off) or >= 2");
        }
        if (onlineIterations < 0) {
            throw new UsageError("--online-iterations " + onlineIterations, "must be >= 0");
        }
        if (checkSize < 0 || checkSize == 1) {
            throw new UsageError("--check-size " + checkSize, "must be 0 (off) or >= 2");
        }
        if (!noFork
                && "scalar".equals(Sinkhorn.innerLoops())
                && ModuleFinder.ofSystem().find("jdk.incubator.vector").isPresent()
                && !"false".equalsIgnoreCase(System.getProperty("cogs.simd", "true"))) {
            return fork();
        }
        OtBench.Settings settings =
                new OtBench.Settings(
                        List.copyOf(sizes),
                        repeats,
                        runs,
                        threads,
                        noPeer ? null : python,
                        onlineSize,
                        onlineIterations,
                        checkSize);
        OtBench.Report report = OtBench.run(settings, json ? System.err : System.out, System.err);
        if (json) {
            JsonOutput.print(report);
        }
        return report.ok() ? 0 : 3;
    }

    /**
     * Re-runs this benchmark in a JVM with the Vector API module, on the same class path, with this
     * JVM's options and the same arguments; returns its status.
     */
    private int fork() {
        String java =
                ProcessHandle.current()
                        .info()
                        .command()
                        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // java.class.path is the resolved class path however this JVM was started: the jar of `java
        // -jar`
        // (its manifest Class-Path applies again), or the distribution's lib/* as the launcher
        // expanded it.
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(jvmOptions());
        cmd.addAll(
                List.of(
                        "--add-modules",
                        "jdk.incubator.vector",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "bench",
                        "ot",
                        "--no-fork"));
        // the parse result holds the whole command line ("bench ot ..."): pass on what follows "ot"
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        int ot = args.indexOf(spec.name());
        cmd.addAll(args.subList(ot + 1, args.size()));
        System.err.println(
                "cogs bench ot: forking a JVM with --add-modules jdk.incubator.vector (SIMD loops;"
                        + " --no-fork measures this JVM's scalar loops instead)");
        System.err.flush();
        try {
            return new ProcessBuilder(cmd).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new RunFailure("cannot start " + java, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /**
     * This JVM's options (the launcher's, {@code JAVA_OPTS}/{@code COGS_OPTS}, heap size, {@code
     * -D} settings), so that the forked JVM differs from this one by the Vector API module only. A
     * debugger agent is left out: the child would try to listen on the same port.
     */
    private static List<String> jvmOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-agentlib:jdwp") && !a.startsWith("-Xrunjdwp"))
                .collect(Collectors.toList());
    }
}
