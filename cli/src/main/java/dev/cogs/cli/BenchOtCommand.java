package dev.cogs.cli;

import dev.cogs.cli.ot.OtBench;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ot}: Times exact OT and Sinkhorn against POT. */
@Command(name = "ot", mixinStandardHelpOptions = true,
        description = {"Times exact OT (network simplex) and Sinkhorn (ε = 0.1·mean C) on the spec's"
            + " circle→parabola clouds in cogs and in POT (Python peer, same run), prints time ratios and"
            + " checks that the costs agree to 1e-9.",
            "Exit status: 0 ok, 3 disagreement or non-convergence."})
final class BenchOtCommand implements Callable<Integer> {

    @Option(names = "--sizes", split = ",", defaultValue = "500,1000,2000",
            description = "Cloud sizes (default 500,1000,2000).")
    private List<Integer> sizes;

    @Option(names = "--repeats", defaultValue = "5", description = "Timed repetitions, best reported (default 5).")
    private int repeats;

    @Option(names = "--threads", defaultValue = "2",
            description = "Threads of the parallel Sinkhorn run (default 2; a 1-thread run is always reported).")
    private int threads;

    @Option(names = "--python", defaultValue = "/usr/bin/python3", description = "Python with POT (default /usr/bin/python3).")
    private String python;

    @Option(names = "--no-peer", description = "Skip the POT peer.")
    private boolean noPeer;

    @Override
    public Integer call() {
        if (repeats < 1 || threads < 1 || sizes.isEmpty() || sizes.stream().anyMatch(n -> n < 2)) {
            System.err.println("cogs bench ot: error: repeats and threads must be >= 1, sizes >= 2");
            return 1;
        }
        int[] n = sizes.stream().mapToInt(Integer::intValue).toArray();
        return OtBench.run(n, repeats, threads, noPeer ? null : python, System.out);
    }
}
