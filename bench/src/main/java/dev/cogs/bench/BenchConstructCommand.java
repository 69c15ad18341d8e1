package dev.cogs.bench;

import dev.cogs.algebra.weights.ConstructionCheck;
import dev.cogs.algebra.weights.Constructions;
import dev.cogs.bench.construct.ConstructReport;
import dev.cogs.bench.construct.ConstructionBench;
import dev.cogs.bench.construct.NumpyPeer;
import dev.cogs.bench.env.BenchEnvironment;
import dev.cogs.cli.JsonOutput;
import dev.cogs.cli.support.UsageError;
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
                    + "loss over all d^2 pairs: exactly from the single-frequency nodes (spectral, O(d^3), at every d) "
                    + "and directly where affordable (O(d^4) extrapolation beyond --data-space-max-d), by "
                    + "dgemm products (blas) and by the pure-Java loops (java), each with its GFLOP/s (2 d^3 order flops) "
                    + "and its share of the machine's dgemm rate, timed in the same run.",
            "Median of --repetitions after a JIT warm-up. The data-space loss is also timed in NumPy "
                    + "(/usr/bin/python3) as a peer when available.",
            "Exit code 0, 1 if an evaluator finds z_F4/6 not exact (a data-space loss above 1e-20 or a pair "
                    + "misclassified), 2 on bad input."
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
                    "Largest d whose direct data-space loss (blas, java) is measured; spectral is "
                            + "measured at every d (default: ${DEFAULT-VALUE}).")
    int dataSpaceMaxD;

    @Option(
            names = "--data-space",
            split = ",",
            paramLabel = "spectral|blas|java",
            description =
                    "Data-space evaluators timed, comma-separated: spectral (exact from the "
                            + "single-frequency nodes), blas (dgemm products through ND4J's OpenBLAS), "
                            + "java (the pure-Java loops); both = blas,java (default: "
                            + "spectral,blas,java).")
    List<String> dataSpace = List.of("spectral", "blas", "java");

    @Option(
            names = "--dgemm-size",
            defaultValue = "2048",
            description =
                    "Order of the square dgemm timed as the machine's double-precision limit at the start "
                            + "and after each d; 0 skips it (default: ${DEFAULT-VALUE}).")
    int dgemmSize;

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
        List<ConstructionBench.Evaluator> evaluators = evaluators();
        ConstructionBench.Options options;
        try {
            options =
                    new ConstructionBench.Options(
                            sizes, repetitions, warmup, dataSpaceMaxD, evaluators, dgemmSize);
        } catch (IllegalArgumentException e) {
            System.err.println("cogs bench construct: " + e.getMessage());
            return 2;
        }
        ConstructionBench.Result result = ConstructionBench.run(options);
        List<ConstructionBench.Timing> timings = result.timings();
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
        double machine = result.machineDgemmGflops();
        int threads = Runtime.getRuntime().availableProcessors();
        if (dgemmSize > 0) {
            out.println(
                    String.format(
                            Locale.ROOT,
                            "dgemm %d^3 double (ND4J's OpenBLAS, %d threads): %.1f GFLOP/s at the start,"
                                    + " fastest of the run %.1f GFLOP/s (the reference of %%dgemm)",
                            dgemmSize,
                            threads,
                            result.startDgemmGflops(),
                            machine));
        }
        out.print(ConstructionBench.table(result, () -> peer));
        if (!noPeer && !peerRan) {
            out.println("peer unavailable (/usr/bin/python3 with numpy not found)");
        }
        List<ConstructReport.Row> rows = new ArrayList<>();
        boolean exact = true;
        for (int i = 0; i < timings.size(); i++) {
            ConstructionBench.Timing t = timings.get(i);
            double flops = t.dataSpaceFlops();
            double blas = rate(t.blas(), flops);
            double java = rate(t.java(), flops);
            double blasOverSpectral =
                    t.blas().measured() && t.spectral().measured()
                            ? t.blas().seconds() / t.spectral().seconds()
                            : Double.NaN;
            rows.add(
                    new ConstructReport.Row(
                            t,
                            flops,
                            blas,
                            100 * blas / machine,
                            java,
                            100 * java / machine,
                            blasOverSpectral,
                            peer[i],
                            t.spectral().measured() ? t.spectral().seconds() / peer[i] : Double.NaN,
                            t.blas().measured() ? t.blas().seconds() / peer[i] : Double.NaN,
                            t.java().measured() ? t.java().seconds() / peer[i] : Double.NaN));
            // z_F4/6 is a global optimum: every evaluator must find a loss that is rounding noise
            // of zero and every one of the d^2 pairs classified correctly
            List<String> measured = new ArrayList<>();
            boolean same = true;
            for (ConstructionBench.Evaluator e : ConstructionBench.Evaluator.values()) {
                ConstructionBench.DataSpaceTime time = t.dataSpace(e);
                if (time.measured()) {
                    measured.add(
                            String.format(
                                    Locale.ROOT,
                                    "%s %.4f s (loss %.2e)",
                                    e.name().toLowerCase(Locale.ROOT),
                                    time.seconds(),
                                    time.loss()));
                    same &=
                            time.loss() <= ConstructionCheck.ZERO_LOSS
                                    && time.correct() == t.d() * t.d();
                }
            }
            exact &= same;
            if (!measured.isEmpty()) {
                out.println(
                        String.format(
                                Locale.ROOT,
                                "d = %d: data-space loss %s: %s%s",
                                t.d(),
                                String.join(", ", measured),
                                same
                                        ? "all <= 1e-20 with every pair correct"
                                        : "NOT EXACT (a loss above 1e-20 or a pair misclassified)",
                                Double.isNaN(blasOverSpectral)
                                        ? ""
                                        : String.format(
                                                Locale.ROOT,
                                                "; spectral %.1fx faster than blas",
                                                blasOverSpectral)));
            }
            if (t.blas().measured() && t.java().measured()) {
                out.println(
                        String.format(
                                Locale.ROOT,
                                "d = %d: direct data-space loss blas %.1f GFLOP/s (%.0f%% of dgemm) vs java"
                                        + " %.1f GFLOP/s: blas %.1fx faster",
                                t.d(),
                                blas,
                                100 * blas / machine,
                                java,
                                t.java().seconds() / t.blas().seconds()));
            }
            ConstructionBench.DataSpaceTime head = t.blas().measured() ? t.blas() : t.java();
            if (!Double.isNaN(peer[i]) && head.measured()) {
                out.println(
                        String.format(
                                Locale.ROOT,
                                "d = %d: data-space loss %s %.4f s vs NumPy %.4f s (ratio NumPy/cogs %.2f); "
                                        + "SP-loss verification is %.0fx faster than the %s data-space loss",
                                t.d(),
                                head == t.blas() ? "blas" : "java",
                                head.seconds(),
                                peer[i],
                                peer[i] / head.seconds(),
                                head.seconds() / t.spLossSeconds(),
                                head == t.blas() ? "blas" : "java"));
            }
        }
        if (json) {
            JsonOutput.print(
                    new ConstructReport(
                            "construct",
                            env,
                            options,
                            new ConstructReport.Dgemm(
                                    dgemmSize, threads, result.startDgemmGflops(), machine),
                            rows));
        }
        return exact ? 0 : 1;
    }

    private List<ConstructionBench.Evaluator> evaluators() {
        List<ConstructionBench.Evaluator> out = new ArrayList<>();
        for (String name : dataSpace) {
            if (name.equals("both")) {
                out.add(ConstructionBench.Evaluator.BLAS);
                out.add(ConstructionBench.Evaluator.JAVA);
                continue;
            }
            try {
                out.add(ConstructionBench.Evaluator.parse(name));
            } catch (IllegalArgumentException e) {
                throw new UsageError(
                        "--data-space " + name, "must be spectral, blas, java or both");
            }
        }
        return out;
    }

    private static double rate(ConstructionBench.DataSpaceTime t, double flops) {
        return t.measured() ? flops / t.seconds() / 1e9 : Double.NaN;
    }
}
