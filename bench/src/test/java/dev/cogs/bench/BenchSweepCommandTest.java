package dev.cogs.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogs.cli.Main;
import dev.cogs.cli.sweep.LocalEngine;
import dev.cogs.cli.sweep.RunSettings;
import dev.cogs.cli.sweep.RunSummary;
import dev.cogs.cli.sweep.SweepEngine;
import dev.cogs.cli.sweep.SweepEngines;
import dev.cogs.nets.run.TrainingConfig;
import dev.cogs.spark.SparkSweepEngine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code cogs bench sweep} on a tiny sweep (d = 5, 300 epochs, two seeds): on embedded Spark (the
 * engine found through the service loader, as {@code cogs sweep} finds it), with a stand-in engine,
 * and without any Spark engine. Nothing is timed: the tests check what was computed, written and
 * deleted, and that the report's figures are consistent with each other.
 */
class BenchSweepCommandTest {

    private static final String[] TINY = {
        "bench",
        "sweep",
        "--d",
        "5",
        "--q",
        "8",
        "--wd",
        "1e-4",
        "--seeds",
        "1-2",
        "--epochs",
        "300",
        "--json"
    };

    private record Run(int exit, String out, String err) {}

    /** Runs {@code cogs args…}, with the Spark engine looked up by {@code engines}. */
    private static Run run(Function<String, Optional<SweepEngine>> engines, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            // created after the redirection: picocli's error writer wraps System.err as it is now
            CommandLine cl = Main.commandLine();
            BenchSweepCommand cmd =
                    cl.getSubcommands().get("bench").getSubcommands().get("sweep").getCommand();
            if (engines != null) {
                cmd.engines = engines;
            }
            int status = Main.run(cl, args);
            return new Run(
                    status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** The tiny sweep with options added or, where it has them, replaced. */
    private static String[] with(String... more) {
        List<String> a = new ArrayList<>(List.of(TINY));
        for (int i = 0; i < more.length; i += 2) {
            int at = a.indexOf(more[i]);
            if (at >= 0) {
                a.set(at + 1, more[i + 1]);
            } else {
                a.add(more[i]);
                a.add(more[i + 1]);
            }
        }
        return a.toArray(new String[0]);
    }

    /** The two runs' keys, from the settings (the checkpoint defaults to epochs − 100). */
    private static List<String> keys() {
        return List.of(1L, 2L).stream()
                .map(
                        s ->
                                TrainingConfig.defaults(5)
                                        .withQ(8)
                                        .withWeightDecay(1e-4)
                                        .withEpochs(300)
                                        .withCheckpointEpoch(200)
                                        .withSeed(s)
                                        .key())
                .toList();
    }

    @Test
    void onEmbeddedSparkTheTwoSweepsAgreeAndTheReportIsConsistent(@TempDir Path tmp)
            throws IOException {
        assertTrue(
                SweepEngines.find("spark").orElseThrow() instanceof SparkSweepEngine,
                "the spark engine is found as a plug-in");
        Run r = run(null, with("--master", "local[2]", "--out", tmp.toString()));
        assertEquals(0, r.exit(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("sweep", j.get("benchmark").asText());
        assertEquals(2, j.get("plan").get("runs").asInt());
        assertEquals(TrainingConfig.engine(), j.get("plan").get("engineKey").asText());
        JsonNode local = j.get("local");
        JsonNode spark = j.get("spark");
        assertEquals("local", local.get("engine").asText());
        assertEquals("spark", spark.get("engine").asText());
        for (JsonNode t : List.of(local, spark)) {
            assertEquals(2, t.get("runs").asInt());
            assertEquals(0, t.get("failed").asInt());
            assertEquals(
                    t.get("engineSeconds").asDouble() + t.get("reportSeconds").asDouble(),
                    t.get("seconds").asDouble(),
                    1e-6, // three readings of one clock, rounded to the nanosecond
                    t.toString());
        }
        assertEquals(
                spark.get("seconds").asDouble() / local.get("seconds").asDouble(),
                j.get("ratio").asDouble(),
                1e-12);
        assertEquals(1.3, j.get("target").asDouble(), 0.0);
        assertEquals(j.get("ratio").asDouble() <= 1.3, j.get("withinTarget").asBoolean(), r.out());
        JsonNode agreement = j.get("agreement");
        assertEquals(2, agreement.get("runs").asInt());
        assertEquals(2, agreement.get("identical").asInt(), agreement.toString());
        assertTrue(agreement.get("reportsAgree").asBoolean(), agreement.toString());
        assertTrue(j.get("environment").get("cores").asInt() >= 1);
        // independently of the benchmark's own comparison: both engines wrote both runs, with
        // the same weights
        for (String key : keys()) {
            for (String w : List.of("Ua.npy", "Ub.npy", "W.npy")) {
                Path a = tmp.resolve("local").resolve("runs").resolve(key).resolve(w);
                Path b = tmp.resolve("spark").resolve("runs").resolve(key).resolve(w);
                assertTrue(Files.isRegularFile(a) && Files.isRegularFile(b), key + "/" + w);
                assertEquals(-1L, Files.mismatch(a, b), key + "/" + w);
            }
        }
        assertTrue(Files.isRegularFile(tmp.resolve("spark").resolve("index.html")));
        assertTrue(r.err().contains("ratio spark/local"), r.err());
    }

    /** The in-process engine under the name {@code spark}: the benchmark without Spark. */
    private static final class StandIn implements SweepEngine {
        private final LocalEngine local = new LocalEngine();

        @Override
        public String name() {
            return "spark";
        }

        @Override
        public boolean reportsEachRun() {
            return false;
        }

        @Override
        public void check(Options options) {
            // nothing to reach
        }

        @Override
        public List<RunSummary> run(
                List<RunSettings> runs, Path out, Options options, Consumer<RunSummary> f) {
            return local.run(runs, out, options, x -> {});
        }
    }

    @Test
    void theDefaultScratchFolderIsDeletedAtTheEnd() throws IOException {
        Run r = run(name -> Optional.of(new StandIn()), with("--seeds", "1"));
        assertEquals(0, r.exit(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        Path local = Path.of(j.get("local").get("folder").asText());
        Path spark = Path.of(j.get("spark").get("folder").asText());
        assertEquals(local.getParent(), spark.getParent());
        assertFalse(Files.exists(local.getParent()), local.getParent() + " left behind");
        assertEquals(1, j.get("agreement").get("identical").asInt());
    }

    @Test
    void withoutTheSparkModuleTheCommandSaysSoInOneLine() {
        Run r = run(name -> Optional.empty(), TINY);
        assertEquals(2, r.exit());
        assertEquals(
                "cogs bench sweep: spark engine: not on the class path (the cogs-spark module,"
                        + " which the distribution includes)",
                r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void badInputIsRefusedBeforeAnyTraining() {
        String[][] cases = {
            {"--epochs", "0", "epochs (0) must be >= 1"},
            {"--d", "4", "--d"},
            {"--wd", "-1", "wd (-1.0) must be finite and >= 0"},
            {"--seeds", "", "axis seeds is empty"},
            {"--master", "nowhere", "--master nowhere: not a Spark master"},
        };
        for (String[] c : cases) {
            Run r = run(null, with(c[0], c[1]));
            assertEquals(2, r.exit(), c[0] + " " + c[1] + ": " + r.err());
            String line = r.err().strip();
            assertTrue(line.startsWith("cogs bench sweep: ") && line.contains(c[2]), line);
            assertFalse(line.contains("\n"), line);
        }
    }
}
