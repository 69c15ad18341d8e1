package dev.cogs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogs.algebra.group.FiniteGroups;
import dev.cogs.algebra.weights.GroupTask;
import dev.cogs.io.npy.NpyDtype;
import dev.cogs.io.npy.NpyWeights;
import dev.cogs.nets.run.TrainingConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code --group} in construct, analyze and reproduce (docs/cogs-math.md §14): outputs, exit codes,
 * errors.
 */
class GroupCommandsTest {

    /** Exit code, standard output and standard error of one command line. */
    private record Run(int exit, String out, String err) {}

    private static synchronized Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = Main.commandLine().execute(args);
            return new Run(
                    code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void constructOverZ5xZ5VerifiesThePredictedOrders() throws Exception {
        Run r = run("construct", "--group", "Z5xZ5", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("Z5xZ5", j.get("group").asText());
        assertEquals(25, j.get("d").asInt());
        assertTrue(j.get("verified").asBoolean());
        JsonNode f6 = j.get("rows").get(0);
        assertEquals("z_F6", f6.get("name").asText());
        // docs/cogs-math.md §14.4-§14.5: 3(n - 1) = 72 and 2n = 50 for n = 25 (no character of
        // order 2)
        assertEquals(72, f6.get("order").asInt());
        assertEquals(72, f6.get("predictedOrder").asInt());
        assertTrue(
                f6.get("dataSpaceLoss").asDouble() <= 1e-20
                        && f6.get("sumPotentialLoss").asDouble() <= 1e-20);
        JsonNode f46 = j.get("rows").get(1);
        assertEquals(50, f46.get("order").asInt());
        assertTrue(
                f46.get("dataSpaceLoss").asDouble() <= 1e-20
                        && f46.get("sumPotentialLoss").asDouble() <= 1e-20);
        assertTrue(
                f46.get("violations").get(3).get("index").asText().startsWith("R_n((")
                        || f46.get("violations").get(3).get("max").asDouble() == 0,
                f46.toString());
    }

    @Test
    void groupZdIsTheDOption() throws Exception {
        Run viaGroup = run("construct", "--group", "Z11", "--json");
        Run viaD = run("construct", "--d", "11", "--json");
        assertEquals(0, viaGroup.exit());
        ObjectMapper m = new ObjectMapper();
        JsonNode a = m.readTree(viaGroup.out());
        JsonNode b = m.readTree(viaD.out());
        for (JsonNode row : a.get("rows")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) row).remove("seconds");
        }
        for (JsonNode row : b.get("rows")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) row).remove("seconds");
        }
        assertEquals(b, a);
    }

    @Test
    void nonAbelianConstructGivesMemorisation() throws Exception {
        Run r = run("construct", "--group", "S3", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(false, j.get("abelian").asBoolean());
        assertEquals(
                List.of(1, 1, 2),
                List.of(
                        j.get("irrepDimensions").get(0).asInt(),
                        j.get("irrepDimensions").get(1).asInt(),
                        j.get("irrepDimensions").get(2).asInt()));
        assertEquals(36, j.get("rows").get(0).get("order").asInt());
        assertTrue(run("construct", "--group", "Q8").out().contains("verified"));
    }

    @Test
    void badGroupsAreOneLineErrorsWithExitTwo(@TempDir Path dir) throws Exception {
        Run unknown = run("construct", "--group", "Foo");
        assertEquals(2, unknown.exit());
        assertTrue(
                unknown.err().contains("--group Foo: unknown group name")
                        && unknown.err().contains("known forms"),
                unknown.err());
        assertEquals(1, unknown.err().strip().lines().count(), unknown.err());
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "[[0,1,2],[1,2,0],[2,0,0]]");
        for (List<String> cmd :
                List.of(
                        List.of("construct"),
                        List.of("reproduce", "--out", dir.resolve("o").toString()),
                        List.of("analyze", "--weights", dir.toString()))) {
            List<String> args = new java.util.ArrayList<>(cmd);
            args.addAll(List.of("--group-table", bad.toString()));
            Run r = run(args.toArray(String[]::new));
            assertEquals(2, r.exit(), cmd + ": " + r.err() + r.out());
            assertTrue(
                    r.err().contains("not a group: not associative: (1·1)·2 = 0 but 1·(1·2) = 1"),
                    r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
        Run both = run("construct", "--group", "Z5", "--d", "5");
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("either --d or --group"), both.err());
        Run small = run("construct", "--group", "Z2");
        assertEquals(2, small.exit());
        assertTrue(small.err().contains("at least 3 classes"), small.err());
        Run k0 = run("construct", "--group", "Z6", "--k0", "3");
        assertEquals(2, k0.exit());
        assertTrue(k0.err().contains("k0 (3)"), k0.err());
    }

    @Test
    void analyzeReadsNetsOnAGroup(@TempDir Path dir) throws Exception {
        NpyWeights.write(dir, GroupTask.memorisation(FiniteGroups.symmetric(3)), NpyDtype.FLOAT64);
        Run r = run("analyze", "--weights", dir.toString(), "--group", "S3", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(1.0, j.get("fullDatasetAccuracy").asDouble());
        assertEquals("2a", j.get("irreps").get("used").get(0).asText());
        Run text = run("analyze", "--weights", dir.toString(), "--group", "S3");
        assertTrue(text.out().contains("used irreps: [2a]"), text.out());
        Run wrong = run("analyze", "--weights", dir.toString(), "--group", "Z7");
        assertEquals(2, wrong.exit());
        assertTrue(wrong.err().contains("d = 6") && wrong.err().contains("Z7"), wrong.err());
        assertEquals("", wrong.out());
    }

    @Test
    void reproduceTakesGroups() {
        ReproduceCommand viaGroup = new ReproduceCommand();
        new CommandLine(viaGroup).parseArgs("--group", "Z23", "--seeds", "1-2");
        ReproduceCommand viaD = new ReproduceCommand();
        new CommandLine(viaD).parseArgs("--d", "23", "--seeds", "1-2");
        assertEquals(viaD.configs(), viaGroup.configs());
        ReproduceCommand mixed = new ReproduceCommand();
        new CommandLine(mixed).parseArgs("--group", "Z5xZ5,D23", "--seeds", "1");
        List<TrainingConfig> cs = mixed.configs();
        assertEquals(List.of(25, 46), cs.stream().map(TrainingConfig::d).toList());
        assertEquals(FiniteGroups.dihedral(23), cs.get(1).group());
        assertTrue(cs.stream().noneMatch(TrainingConfig::cyclic));
    }
}
