package dev.cogs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogs.algebra.Complex;
import dev.cogs.algebra.weights.Constructions;
import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.io.DType;
import dev.cogs.io.Tensor;
import dev.cogs.io.npy.NpyDtype;
import dev.cogs.io.npy.NpyWeights;
import dev.cogs.io.safetensors.Safetensors;
import dev.cogs.io.weights.WeightFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cogs analyze}: one net in every format gives the same analysis, runs as trajectories,
 * listing, export and one-line refusals (docs/cogs-math.md §13.7).
 */
class AnalyzeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Exit code and captured output of one command. */
    private record Outcome(int exit, String out, String err) {}

    private static synchronized Outcome cogs(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(Main.commandLine(), args);
            return new Outcome(
                    exit,
                    out.toString(StandardCharsets.UTF_8),
                    err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** The JSON analysis of a weight path, without the fields that name the file. */
    private static JsonNode analysis(Path weights, String... extra) throws IOException {
        List<String> args =
                new ArrayList<>(List.of("analyze", "--weights", weights.toString(), "--json"));
        args.addAll(List.of(extra));
        Outcome o = cogs(args.toArray(new String[0]));
        assertEquals(0, o.exit(), o.err());
        ObjectNode n = (ObjectNode) JSON.readTree(o.out());
        n.remove("weights");
        n.remove("format");
        return n;
    }

    /**
     * A perturbed z_F6 at d = 7 with float32 values, so that every float32 format holds it exactly.
     */
    private static RealWeights net() {
        RealWeights w = Constructions.f6(7, Complex.polar(1, 0.7)).toReal();
        SplittableRandom r = new SplittableRandom(3);
        double[][] parts = {w.uaFlat(), w.ubFlat(), w.wFlat()};
        for (double[] v : parts) {
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) (v[i] + 0.02 * (2 * r.nextDouble() - 1));
            }
        }
        return RealWeights.ofFlat(7, w.order(), parts[0], parts[1], parts[2]);
    }

    @Test
    void everyFormatAnalysesToTheSameResult(@TempDir Path dir) throws IOException {
        RealWeights w = net();
        NpyWeights.write(dir.resolve("npy"), w, NpyDtype.FLOAT32);
        WeightFiles.write(dir.resolve("w.safetensors"), w, DType.FLOAT32, Map.of());
        WeightFiles.write(dir.resolve("w.npz"), w, DType.FLOAT32, Map.of());
        // Another trainer's names, nested like a checkpoint, found with --keys.
        List<Tensor> other =
                List.of(
                        Tensor.of(
                                "net.fc_a.weight",
                                DType.FLOAT32,
                                new int[] {w.order(), 7},
                                w.uaFlat()),
                        Tensor.of(
                                "net.fc_b.weight",
                                DType.FLOAT32,
                                new int[] {w.order(), 7},
                                w.ubFlat()),
                        Tensor.of(
                                "net.out.weight",
                                DType.FLOAT32,
                                new int[] {7, w.order()},
                                w.wFlat()));
        Safetensors.write(dir.resolve("other.safetensors"), other, Map.of());
        JsonNode reference = analysis(dir.resolve("npy"));
        assertEquals(reference, analysis(dir.resolve("w.safetensors")));
        assertEquals(reference, analysis(dir.resolve("w.npz")));
        assertEquals(
                reference,
                analysis(
                        dir.resolve("other.safetensors"),
                        "--keys",
                        "Ua=net.fc_a.weight,Ub=net.fc_b.weight,W=net.out.weight"));
        // The progress measures are part of the analysis; a perturbed z_F6 classifies everything
        // with a margin
        // just below the maximum.
        JsonNode p = reference.get("progress");
        assertTrue(
                p.get("marginRatio").asDouble() > 0.5 && p.get("marginRatio").asDouble() < 1,
                p.toString());
        assertEquals(List.of(1, 2, 3), JSON.convertValue(p.get("keyFrequencies"), List.class));
    }

    @Test
    void listsExportsAndRefusesWithOneLine(@TempDir Path dir) throws IOException {
        RealWeights w = net();
        Path st = dir.resolve("w.safetensors");
        WeightFiles.write(st, w, DType.FLOAT32, Map.of());
        Outcome list = cogs("analyze", "--weights", st.toString(), "--list");
        assertEquals(0, list.exit());
        assertTrue(
                list.out().contains("layera.weight")
                        && list.out().contains("FLOAT32")
                        && list.out().contains("[" + w.order() + ", 7]"),
                list.out());
        Path npz = dir.resolve("back.npz");
        assertEquals(
                0, cogs("analyze", "--weights", st.toString(), "--export", npz.toString()).exit());
        assertEquals(analysis(st), analysis(npz));
        Path f64 = dir.resolve("exact");
        assertEquals(
                0,
                cogs(
                                "analyze",
                                "--weights",
                                npz.toString(),
                                "--export",
                                f64.toString(),
                                "--dtype",
                                "float64")
                        .exit());
        assertEquals(analysis(st), analysis(f64));

        Outcome missing = cogs("analyze", "--weights", st.toString(), "--keys", "W=nothing.weight");
        assertEquals(2, missing.exit());
        assertTrue(
                missing.err().startsWith("cogs analyze: " + st + ": no tensor nothing.weight"),
                missing.err());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        assertEquals(2, cogs("analyze").exit());
        assertEquals(
                2, cogs("analyze", "--weights", st.toString(), "--run", dir.toString()).exit());
        assertEquals(
                2, cogs("analyze", "--run", dir.toString(), "--export", npz.toString()).exit());
        Outcome dtype =
                cogs(
                        "analyze",
                        "--weights",
                        st.toString(),
                        "--export",
                        npz.toString(),
                        "--dtype",
                        "int8");
        assertEquals(2, dtype.exit());
        assertTrue(dtype.err().contains("--dtype int8"), dtype.err());
        Outcome pt =
                cogs(
                        "analyze",
                        "--weights",
                        st.toString(),
                        "--export",
                        dir.resolve("x.pt").toString());
        assertEquals(2, pt.exit());
        assertTrue(pt.err().contains("does not write torch.save files"), pt.err());
        Outcome twice =
                cogs("analyze", "--run", dir.toString(), "--out", dir.resolve("r").toString());
        assertEquals(2, twice.exit());
        assertTrue(twice.err().contains("no checkpoint files"), twice.err());
    }

    /** {@code docs/examples/torch_export.py}, found from the module folder upwards. */
    private static Path script() {
        Path d = Path.of("").toAbsolutePath();
        while (d != null && !Files.isRegularFile(d.resolve("docs/examples/torch_export.py"))) {
            d = d.getParent();
        }
        assertTrue(d != null, "docs/examples/torch_export.py not found");
        return d.resolve("docs/examples/torch_export.py");
    }

    private static boolean torchPresent() {
        try {
            Process p =
                    new ProcessBuilder("/usr/bin/python3", "-c", "import torch, numpy")
                            .redirectErrorStream(true)
                            .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void aTorchRunInTheAuthorsFormatAnalysesLikeItsExports(@TempDir Path dir) throws Exception {
        assumeTrue(
                torchPresent(),
                "PyTorch and NumPy are not installed for /usr/bin/python3 (Debian: apt-get "
                        + "install python3-torch), so no real torch.save run can be made here; the same formats are covered "
                        + "by files this test and the io tests write themselves");
        Path run = dir.resolve("run");
        Process p =
                new ProcessBuilder(
                                "/usr/bin/python3",
                                script().toString(),
                                run.toString(),
                                "--d",
                                "7",
                                "--q",
                                "12",
                                "--epochs",
                                "300",
                                "--formats")
                        .redirectErrorStream(true)
                        .start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS) && p.exitValue() == 0, log);
        JsonNode pt = analysis(run.resolve("model00300.pt"));
        assertEquals(pt, analysis(run.resolve("model00300.safetensors")));
        assertEquals(pt, analysis(run.resolve("model00300.npz")));
        assertEquals(pt, analysis(run.resolve("npy")));

        Path out = dir.resolve("report");
        Outcome o =
                cogs(
                        "analyze",
                        "--run",
                        run.toString(),
                        "--pattern",
                        "model{epoch}.pt",
                        "--out",
                        out.toString(),
                        "--json");
        assertEquals(0, o.exit(), o.err());
        JsonNode progress = JSON.readTree(out.resolve("progress.json").toFile()).get("runs").get(0);
        assertEquals(4, progress.get("checkpoints").asInt());
        assertEquals(
                4, progress.get("loggedEvaluations").asInt(), "the authors' results list is read");
        assertEquals(300, progress.get("analysedEpoch").asInt());
        JsonNode last = progress.get("points").get(3);
        assertEquals(pt.get("progress").get("margin"), last.get("margin"));
        // Two data-space implementations (algebra's and the progress measures'): rounding only.
        assertEquals(pt.get("fullDatasetLoss").asDouble(), last.get("loss").asDouble(), 1e-12);
        assertTrue(
                Files.readString(out.resolve("index.html"))
                        .contains("Progress measures along training"));
        for (String f :
                List.of(
                        "progress-loss.png",
                        "progress-margin.png",
                        "progress.csv",
                        "d7-matched.png",
                        "summary.json")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        Outcome missing =
                cogs(
                        "analyze",
                        "--run",
                        run.toString(),
                        "--pattern",
                        "model{epoch}.pt",
                        "--checkpoint",
                        "150",
                        "--out",
                        out.toString());
        assertEquals(2, missing.exit());
        assertEquals(
                "cogs analyze: " + run + ": no checkpoint of epoch 150 (the run has epochs 0..300)",
                missing.err().strip());
        // The default rule takes every weight file, so the folder's three files of epoch 300 are
        // refused by name.
        Outcome clash = cogs("analyze", "--run", run.toString(), "--out", out.toString());
        assertEquals(2, clash.exit());
        assertTrue(clash.err().contains("two checkpoints of epoch 300"), clash.err());
    }
}
