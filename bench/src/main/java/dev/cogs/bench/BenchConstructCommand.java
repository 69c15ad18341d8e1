package dev.cogs.bench;

import dev.cogs.algebra.weights.ConstructionCheck;
import dev.cogs.algebra.weights.Constructions;
import dev.cogs.bench.construct.ConstructReport;
import dev.cogs.bench.construct.ConstructionBench;
import dev.cogs.bench.construct.NumpyPeer;
import dev.cogs.bench.env.BenchEnvironment;
import dev.cogs.cli.JsonOutput;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code construct}: Times building and verifying z_F4/6. */
@Command(
        name = "construct",
        mixinStandardHelpOptions = true,
        description = {
            "Times building and verifying z_F4/6 (order 2d) for several d: construction, real weights, "
                    + "loss from sum potentials (exact residual form and Gram form), optimality report, and the data-space "
                    + "loss over all d^2 pairs where affordable (O(d^4) extrapolation beyond --data-space-max-d).",
            "Median of --repetitions after a JIT warm-up. The data-space loss is also timed in NumPy "
                    + "(/usr/bin/python3) as a peer when available."
        })
final class BenchConstructCommand implements Callable<Integer> {

    @Option(
            names = "--sizes",
            split = ",",
            defaultValue = "23,127,509,1009",
            description = "Odd group sizes (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(
            names = "--repetitions",
            defaultValue = "5",
            description = "Timed repetitions (default: ${DEFAULT-VALUE}).")
    int repetitions;

    @Option(
            names = "--warmup",
            defaultValue = "10",
            description = "Warm-up runs at d = 23 (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(
            names = "--data-space-max-d",
            defaultValue = "127",
            description =
                    "Largest d whose data-space loss is measured (default: ${DEFAULT-VALUE}).")
    int dataSpaceMaxD;

    @Option(names = "--no-peer", description = "Skip the NumPy peer.")
    boolean noPeer;

    @Option(
            names = "--json",
            description = "Print the report as JSON (the table goes to standard error).")
    boolean json;

    @Override
    public Integer call() throws java.io.IOException {
        BenchEnvironment env = BenchEnvironment.capture();
        PrintStream out = json ? System.err : System.out;
        ConstructionBench.Options options;
        try {
            options = new ConstructionBench.Options(sizes, repetitions, warmup, dataSpaceMaxD);
        } catch (IllegalArgumentException e) {
            System.err.println("cogs bench construct: " + e.getMessage());
            return 2;
        }
        List<ConstructionBench.Timing> timings = ConstructionBench.run(options);
        double[] peer = new double[sizes.size()];
        boolean peerRan = false;
        for (int i = 0; i < peer.length; i++) {
            peer[i] = Double.NaN;
            int d = sizes.get(i);
            if (!noPeer && d <= dataSpaceMaxD) {
                ConstructionCheck.Options spec = ConstructionCheck.Options.defaults(d);
                OptionalDouble s =
                        NumpyPeer.dataSpaceSeconds(
                                Constructions.f46(d, spec.nu(), spec.xi(), spec.k0()).toReal(),
                                Math.max(1, Math.min(repetitions, 3)));
                if (s.isPresent()) {
                    peer[i] = s.getAsDouble();
                    peerRan = true;
                }
            }
        }
        out.print(ConstructionBench.table(timings, () -> peer));
        if (!noPeer && !peerRan) {
            out.println("peer unavailable (/usr/bin/python3 with numpy not found)");
        }
        List<ConstructReport.Row> rows = new ArrayList<>();
        for (int i = 0; i < timings.size(); i++) {
            ConstructionBench.Timing t = timings.get(i);
            double flops = 2.0 * t.d() * t.d() * t.d() * t.order();
            boolean measured = !t.dataSpaceEstimated() && !Double.isNaN(t.dataSpaceSeconds());
            rows.add(
                    new ConstructReport.Row(
                            t,
                            flops,
                            measured ? flops / t.dataSpaceSeconds() / 1e9 : Double.NaN,
                            peer[i],
                            measured ? t.dataSpaceSeconds() / peer[i] : Double.NaN));
            if (!Double.isNaN(peer[i])
                    && !t.dataSpaceEstimated()
                    && !Double.isNaN(t.dataSpaceSeconds())) {
                out.println(
                        String.format(
                                Locale.ROOT,
                                "d = %d: data-space loss Java %.4f s vs NumPy %.4f s (ratio NumPy/Java %.2f); "
                                        + "SP-loss verification is %.0fx faster than the Java data-space loss",
                                t.d(),
                                t.dataSpaceSeconds(),
                                peer[i],
                                peer[i] / t.dataSpaceSeconds(),
                                t.dataSpaceSeconds() / t.spLossSeconds()));
            }
        }
        if (json) {
            JsonOutput.print(new ConstructReport("construct", env, options, rows));
        }
        return 0;
    }
}
