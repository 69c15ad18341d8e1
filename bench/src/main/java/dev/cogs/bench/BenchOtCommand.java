package dev.cogs.bench;

import dev.cogs.bench.ot.OtBench;
import dev.cogs.cli.Main;
import dev.cogs.rgflow.ot.Sinkhorn;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ot}: Times exact OT and Sinkhorn against POT. */
@Command(name = "ot", mixinStandardHelpOptions = true,
        description = {"Times exact OT (network simplex) and Sinkhorn (ε = 0.1·mean C) on the documented"
            + " circle→parabola clouds in cogs and in POT (Python peer, same run), prints time ratios and"
            + " checks that the costs agree to 1e-9.",
            "Exit status: 0 ok, 3 disagreement or non-convergence."})
final class BenchOtCommand implements Callable<Integer> {

    @Option(names = "--sizes", split = ",", defaultValue = "500,1000,2000",
            description = "Cloud sizes (default 500,1000,2000).")
    private List<Integer> sizes;

    @Option(names = "--repeats", defaultValue = "7", description = "Timed repetitions, best reported (default 7).")
    private int repeats;

    @Option(names = "--threads", defaultValue = "2",
            description = "Threads of the parallel Sinkhorn run (default 2; a 1-thread run is always reported).")
    private int threads;

    @Option(names = "--python", defaultValue = "/usr/bin/python3", description = "Python with POT (default /usr/bin/python3).")
    private String python;

    @Option(names = "--no-peer", description = "Skip the POT peer.")
    private boolean noPeer;

    @Option(names = "--no-fork", description = "Measure in this JVM even if it runs the scalar Sinkhorn loops (by"
            + " default such a JVM forks one with --add-modules jdk.incubator.vector, as JMH forks its own).")
    private boolean noFork;

    @Override
    public Integer call() {
        if (repeats < 1 || threads < 1 || sizes.isEmpty() || sizes.stream().anyMatch(n -> n < 2)) {
            System.err.println("cogs bench ot: error: repeats and threads must be >= 1, sizes >= 2");
            return 1;
        }
        if (!noFork && "scalar".equals(Sinkhorn.innerLoops())
                && ModuleFinder.ofSystem().find("jdk.incubator.vector").isPresent()
                && !"false".equalsIgnoreCase(System.getProperty("cogs.simd", "true"))) {
            return fork();
        }
        int[] n = sizes.stream().mapToInt(Integer::intValue).toArray();
        return OtBench.run(n, repeats, threads, noPeer ? null : python, System.out);
    }

    /**
     * Re-runs this benchmark in a JVM with the Vector API module, on the same class path and with this JVM's
     * options; returns its status.
     */
    private int fork() {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // java.class.path is the resolved class path however this JVM was started: the jar of `java -jar`
        // (its manifest Class-Path applies again), or the distribution's lib/* as the launcher expanded it.
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(jvmOptions());
        cmd.addAll(List.of("--add-modules", "jdk.incubator.vector", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "bench", "ot", "--no-fork",
                "--sizes=" + sizes.stream().map(String::valueOf).collect(Collectors.joining(",")),
                "--repeats=" + repeats, "--threads=" + threads, "--python=" + python));
        if (noPeer) {
            cmd.add("--no-peer");
        }
        System.out.println("cogs bench ot: forking a JVM with --add-modules jdk.incubator.vector (SIMD Sinkhorn loops;"
                + " --no-fork measures this JVM's scalar loops instead)");
        System.out.flush();
        try {
            return new ProcessBuilder(cmd).inheritIO().start().waitFor();
        } catch (IOException e) {
            System.err.println("cogs bench ot: error: cannot start " + java + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /**
     * This JVM's options (the launcher's, {@code JAVA_OPTS}/{@code COGS_OPTS}, heap size, {@code -D} settings), so
     * that the forked JVM differs from this one by the Vector API module only. A debugger agent is left out: the
     * child would try to listen on the same port.
     */
    private static List<String> jvmOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-agentlib:jdwp") && !a.startsWith("-Xrunjdwp"))
                .collect(Collectors.toList());
    }
}
