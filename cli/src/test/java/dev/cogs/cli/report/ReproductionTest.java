package dev.cogs.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogs.io.npy.NpyWeights;
import dev.cogs.nets.analysis.StructurePoint;
import dev.cogs.nets.run.TrainingConfig;
import dev.cogs.train.Trainer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tiny runs (d = 5, q = 16, 30 epochs) through the real trainer, cache and report writer. */
class ReproductionTest {

    private static List<TrainingConfig> tiny() {
        TrainingConfig c =
                TrainingConfig.defaults(5)
                        .withQ(16)
                        .withEpochs(30)
                        .withCheckpointEpoch(20)
                        .withEvaluation(10, 5);
        return List.of(c.withSeed(1), c.withSeed(2));
    }

    private static PrintStream sink(ByteArrayOutputStream buf) {
        return new PrintStream(buf, true, StandardCharsets.UTF_8);
    }

    /** Trains one run into the cache under {@code dir}; returns its cache folder. */
    private static Path trainAndCache(Path dir, List<TrainingConfig> one) {
        Reproduction.run(
                one,
                new RunCache(dir),
                Trainer::train,
                () -> false,
                false,
                sink(new ByteArrayOutputStream()));
        return new RunCache(dir).dir(one.get(0));
    }

    @Test
    void writesPlotsJsonCsvAndCachesRuns(@TempDir Path dir) throws IOException {
        AtomicInteger calls = new AtomicInteger();
        Reproduction.RunTrainer counting =
                (c, l) -> {
                    calls.incrementAndGet();
                    return Trainer.train(c, l);
                };
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Reproduction.Outcome first =
                Reproduction.run(
                        tiny(), new RunCache(dir), counting, () -> false, false, sink(log));
        assertEquals(2, first.trained());
        assertEquals(2, calls.get());
        assertFalse(first.interrupted());
        // Evaluation epochs 0..4, 10, 20 and the final state after 30 steps → 8 history and
        // potential points.
        assertEquals(8, first.runs().get(0).record().potentials().size());
        assertEquals(8, first.runs().get(0).record().history().size());
        // The analysis along the run: epoch 0 (a multiple of STRUCTURE_EVERY), the checkpoint 20
        // and the end, 30.
        for (CompletedRun r : first.runs()) {
            List<StructurePoint> st = r.record().structure();
            assertEquals(List.of(0, 20, 30), st.stream().map(StructurePoint::epoch).toList());
            assertEquals(
                    StructurePoint.of(20, r.analysis().statistics()),
                    st.get(1),
                    "the checkpoint's point is the checkpoint's analysis");
        }
        List<Path> files = ReportWriter.write(dir, first.runs(), false);
        for (String png :
                List.of(
                        "d5-loss.png",
                        "d5-accuracy.png",
                        "d5-orders.png",
                        "d5-potentials.png",
                        "d5-bias.png",
                        "d5-matched.png",
                        "fig5-arg-xi.png",
                        "fig5-arg-nu.png",
                        "fig5-arg-alpha.png",
                        "fig5-arg-beta.png")) {
            Path f = dir.resolve(png);
            assertTrue(files.contains(f), png);
            BufferedImage img = ImageIO.read(f.toFile());
            assertEquals(Plots.WIDTH, img.getWidth(), png);
            assertEquals(Plots.HEIGHT, img.getHeight(), png);
        }
        JsonNode root = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        JsonNode setting = root.get("settings").get(0);
        assertEquals(5, setting.get("config").get("d").asInt());
        assertEquals(2, setting.get("runs").size());
        assertEquals(2, setting.get("runs").get(1).get("analysis").get("frequencyOrders").size());
        assertTrue(setting.get("table").has("matched"));
        List<String> runsCsv = Files.readAllLines(dir.resolve("runs.csv"));
        assertEquals(3, runsCsv.size(), "header + 2 runs");
        assertEquals(
                1 + 2 * 2,
                Files.readAllLines(dir.resolve("groups.csv")).size(),
                "header + 2 runs x 2 groups");
        assertEquals(
                1 + 2 * 3,
                Files.readAllLines(dir.resolve("structure.csv")).size(),
                "header + 2 runs x 3");
        assertEquals(3, setting.get("runs").get(0).get("structure").size());
        String html = Files.readString(dir.resolve("index.html"));
        assertTrue(html.contains("<img src=\"d5-orders.png\"") && html.contains("sol_4_4cxi"));

        // Same command again: every run comes from the cache, the trainer is not called.
        Reproduction.Outcome again =
                Reproduction.run(
                        tiny(), new RunCache(dir), counting, () -> false, false, sink(log));
        assertEquals(2, calls.get());
        assertEquals(0, again.trained());
        assertEquals(2, again.cached());
        for (int i = 0; i < 2; i++) {
            assertEquals(
                    first.runs().get(i).record(),
                    again.runs().get(i).record(),
                    "JSON round trip of the record");
            assertEquals(
                    first.runs().get(i).checkpoint(),
                    again.runs().get(i).checkpoint(),
                    "float64 .npy is exact");
            assertEquals(first.runs().get(i).analysis(), again.runs().get(i).analysis());
        }
        assertEquals(
                first.runs().get(0).checkpoint(),
                NpyWeights.read(new RunCache(dir).dir(tiny().get(0))));
    }

    @Test
    void stopRequestKeepsFinishedRunsAndSavesNothingHalfDone(@TempDir Path dir) {
        AtomicInteger calls = new AtomicInteger();
        // The stop arrives during the second run: the first is saved, the second is not.
        Reproduction.RunTrainer trainer =
                (c, l) -> {
                    calls.incrementAndGet();
                    return Trainer.train(c, l);
                };
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Reproduction.Outcome o =
                Reproduction.run(
                        tiny(),
                        new RunCache(dir),
                        trainer,
                        () -> calls.get() >= 2,
                        false,
                        sink(log));
        assertTrue(o.interrupted());
        assertEquals(1, o.runs().size());
        assertTrue(Files.exists(new RunCache(dir).dir(tiny().get(0)).resolve("run.json")));
        assertFalse(
                Files.exists(new RunCache(dir).dir(tiny().get(1))),
                "the stopped run is not cached");
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("stopped at epoch"));
    }

    @Test
    void recordsCachedBeforeTheStructureTrajectoryStillLoad(@TempDir Path dir) throws IOException {
        List<TrainingConfig> one = tiny().subList(0, 1);
        Path json = trainAndCache(dir, one).resolve("run.json");
        ObjectMapper m = new ObjectMapper();
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) m.readTree(json.toFile());
        assertTrue(node.has("structure"));
        node.remove("structure");
        m.writeValue(json.toFile(), node);
        var loaded = new RunCache(dir).load(one.get(0));
        assertTrue(loaded.isPresent(), "an older record is still a cache hit");
        assertTrue(loaded.get().record().structure().isEmpty());
    }

    @Test
    void corruptCacheEntriesAreRetrained(@TempDir Path dir) throws IOException {
        List<TrainingConfig> one = tiny().subList(0, 1);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Path w = trainAndCache(dir, one).resolve("W.npy");
        byte[] bytes = Files.readAllBytes(w);
        Files.write(w, java.util.Arrays.copyOf(bytes, bytes.length - 8));
        assertTrue(
                new RunCache(dir).load(one.get(0)).isEmpty(),
                "a truncated .npy is never half-loaded");
        Reproduction.Outcome o =
                Reproduction.run(
                        one, new RunCache(dir), Trainer::train, () -> false, false, sink(log));
        assertEquals(1, o.trained());
    }
}
