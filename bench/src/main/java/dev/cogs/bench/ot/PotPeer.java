package dev.cogs.bench.ot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs POT in a Python subprocess on the same circle→parabola clouds and reports its times
 * (measured inside Python with {@code time.perf_counter} around {@code ot.emd2} / {@code
 * ot.sinkhorn2} only) and values.
 */
public final class PotPeer {

    /**
     * POT's numbers for one size.
     *
     * @param n cloud size
     * @param emdCost {@code ot.emd2} value
     * @param emdSeconds best time of {@code ot.emd2}
     * @param emdWarning POT's warning text ("" if none)
     * @param sinkhornCost {@code ot.sinkhorn2} value
     * @param sinkhornSeconds best time of {@code ot.sinkhorn2}
     * @param sinkhornIterations POT's {@code niter}
     */
    public record Row(
            int n,
            double emdCost,
            double emdSeconds,
            String emdWarning,
            double sinkhornCost,
            double sinkhornSeconds,
            long sinkhornIterations) {}

    /**
     * The peer's output.
     *
     * @param version POT version string
     * @param numpy NumPy version string
     * @param rows one row per size
     */
    public record Output(String version, String numpy, List<Row> rows) {}

    static final String SCRIPT =
            String.join(
                    "\n",
                    "import json, sys, time, warnings",
                    "import numpy as np",
                    "import ot",
                    "warnings.simplefilter('ignore')",
                    "repeats = int(sys.argv[1]); stop = float(sys.argv[2]); itmax = int(sys.argv[3])",
                    "print('VERSION ' + ot.__version__ + ' ' + np.__version__, flush=True)",
                    "for arg in sys.argv[4:]:",
                    "    n_s, eps_s = arg.split(':'); n = int(n_s); eps = float(eps_s)",
                    "    i = np.arange(n)",
                    "    x = np.c_[np.cos(2 * np.pi * i / n), np.sin(2 * np.pi * i / n)]",
                    "    s = i / (n - 1)",
                    "    y = np.c_[s, s * s]",
                    "    a = np.full(n, 1.0 / n)",
                    "    C = ot.dist(x, y)",
                    "    best_e = best_s = float('inf')",
                    "    ot.emd2(a, a, C, numItermax=100000000)  # untimed first solve per size, as on the cogs side",
                    "    ot.sinkhorn2(a, a, C, eps, numItermax=itmax, stopThr=stop)",
                    "    for r in range(repeats):",
                    "        t = time.perf_counter()",
                    "        cost, log = ot.emd2(a, a, C, numItermax=100000000, log=True)",
                    "        best_e = min(best_e, time.perf_counter() - t)",
                    "    for r in range(repeats):",
                    "        t = time.perf_counter()",
                    "        sk, slog = ot.sinkhorn2(a, a, C, eps, numItermax=itmax, stopThr=stop, log=True)",
                    "        best_s = min(best_s, time.perf_counter() - t)",
                    "    print('RESULT ' + json.dumps({'n': n, 'emd': float(cost), 'emd_time': best_e,",
                    "        'emd_warning': str(log.get('warning') or ''), 'sinkhorn': float(sk), 'sinkhorn_time': best_s,",
                    "        'sinkhorn_niter': int(slog.get('niter', -1))}), flush=True)",
                    "");

    private PotPeer() {}

    /**
     * Runs the peer.
     *
     * @param python the interpreter
     * @param sizes cloud sizes
     * @param epsilons ε per size (passed exactly, so both sides use the same value)
     * @param repeats timed repetitions (best reported)
     * @param stopThr Sinkhorn stopping threshold
     * @param maxIter Sinkhorn iteration cap
     * @param log receives the reason if the peer is unavailable
     * @return the output, or empty with the reason printed to {@code log} if the peer is
     *     unavailable
     */
    public static Optional<Output> run(
            String python,
            int[] sizes,
            double[] epsilons,
            int repeats,
            double stopThr,
            int maxIter,
            PrintStream log) {
        Path script = null;
        try {
            script = Files.createTempFile("cogs-bench-ot-", ".py");
            Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
            List<String> cmd =
                    new ArrayList<>(
                            List.of(
                                    python,
                                    script.toString(),
                                    Integer.toString(repeats),
                                    Double.toString(stopThr),
                                    Integer.toString(maxIter)));
            for (int k = 0; k < sizes.length; k++) {
                cmd.add(sizes[k] + ":" + Double.toString(epsilons[k]));
            }
            Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(1, TimeUnit.HOURS) || p.exitValue() != 0) {
                log.println(
                        "peer unavailable: "
                                + python
                                + " exited with "
                                + p.exitValue()
                                + ": "
                                + err.trim());
                return Optional.empty();
            }
            ObjectMapper om = new ObjectMapper();
            String version = "?";
            String numpy = "?";
            List<Row> rows = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (line.startsWith("VERSION ")) {
                    String[] v = line.substring(8).trim().split(" ");
                    version = v[0];
                    numpy = v.length > 1 ? v[1] : "?";
                } else if (line.startsWith("RESULT ")) {
                    JsonNode j = om.readTree(line.substring(7));
                    rows.add(
                            new Row(
                                    j.get("n").asInt(),
                                    j.get("emd").asDouble(),
                                    j.get("emd_time").asDouble(),
                                    j.get("emd_warning").asText(),
                                    j.get("sinkhorn").asDouble(),
                                    j.get("sinkhorn_time").asDouble(),
                                    j.get("sinkhorn_niter").asLong()));
                }
            }
            return Optional.of(new Output(version, numpy, rows));
        } catch (IOException e) {
            log.println("peer unavailable: " + e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.println("peer unavailable: interrupted");
            return Optional.empty();
        } finally {
            if (script != null) {
                try {
                    Files.deleteIfExists(script);
                } catch (IOException ignored) {
                    // temp file cleanup is best effort
                }
            }
        }
    }
}
