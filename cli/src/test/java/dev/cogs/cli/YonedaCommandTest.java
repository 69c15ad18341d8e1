package dev.cogs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.cli.yoneda.TrainedNets;
import dev.cogs.io.npy.NpyDtype;
import dev.cogs.io.npy.NpyWeights;
import dev.cogs.nets.run.TrainingConfig;
import dev.cogs.yoneda.Construction;
import dev.cogs.yoneda.NamedNet;
import dev.cogs.yoneda.Task;
import dev.cogs.yoneda.YonedaExperiment;
import dev.cogs.yoneda.YonedaResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code cogs yoneda}: bad input and a tiny run checked against the library's result. */
class YonedaCommandTest {

    @TempDir Path dir;

    /** Runs the command; returns the exit code and fills err. */
    private static int run(StringWriter err, String... args) {
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        List<String> all = new ArrayList<>(List.of("yoneda"));
        all.addAll(List.of(args));
        return cl.execute(all.toArray(new String[0]));
    }

    /** The one line a refusal prints. */
    private static String refusal(String... args) {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, args), err.toString());
        String text = err.toString().strip();
        assertEquals(1, text.lines().count(), text);
        return text;
    }

    @Test
    void aNonPositiveBudgetIsBadInput() {
        assertEquals(
                "cogs yoneda: --budgets: a norm budget must be > 0, got 0",
                refusal("--d", "11", "--budgets", "1,0", "--out", dir.toString()));
        assertEquals(
                "cogs yoneda: --fewshot-budget: a norm budget must be > 0, got -2",
                refusal("--d", "11", "--fewshot-budget", "-2", "--out", dir.toString()));
    }

    @Test
    void anEvenGroupSizeIsBadInput() {
        assertTrue(refusal("--d", "12", "--out", dir.toString()).startsWith("cogs yoneda: --d: "));
    }

    @Test
    void otherOptionsAreValidated() {
        assertEquals(
                "cogs yoneda: --nets: unknown net 'zF7' (known: [zF6, zF46, zM, trained] or none)",
                refusal("--d", "11", "--nets", "zF7", "--out", dir.toString()));
        assertEquals(
                "cogs yoneda: --fewshot: size 12 is outside 1..11 (d)",
                refusal("--d", "11", "--fewshot", "1,12", "--out", dir.toString()));
        assertEquals(
                "cogs yoneda: --nets: no net to test (give --nets or --weights)",
                refusal("--d", "11", "--nets", "none", "--out", dir.toString()));
    }

    @Test
    void aBadTaskFileIsRefusedNamingTheEntry() throws Exception {
        Path tasks = dir.resolve("tasks.json");
        Files.writeString(tasks, "[[1,2,3,4,5,6,7,8,9,10,0],[0,1,2,3,4,5,6,7,8,9,11]]");
        assertEquals(
                "cogs yoneda: --tasks " + tasks + ": entry 2 (\"t2\"): y[10] = 11 is outside 0..10",
                refusal("--d", "11", "--tasks", tasks.toString(), "--out", dir.toString()));
        Files.writeString(tasks, "[[1,2,3,4,5,6,7,8,9,10]]");
        assertEquals(
                "cogs yoneda: --tasks "
                        + tasks
                        + ": entry 1 (\"t1\"): has 10 values, expected d = 11",
                refusal("--d", "11", "--tasks", tasks.toString(), "--out", dir.toString()));
    }

    private static RealWeights randomNet(int d) {
        SplittableRandom r = new SplittableRandom(3);
        double[][] ua = new double[4][d];
        double[][] ub = new double[4][d];
        double[][] w = new double[d][4];
        for (int j = 0; j < 4; j++) {
            for (int x = 0; x < d; x++) {
                ua[j][x] = r.nextDouble() - 0.5;
                ub[j][x] = r.nextDouble() - 0.5;
                w[x][j] = r.nextDouble() - 0.5;
            }
        }
        return RealWeights.of(ua, ub, w);
    }

    @Test
    void aNetThatIsNotIdealIsRefusedNamingIt() throws Exception {
        Path net = dir.resolve("random");
        NpyWeights.write(net, randomNet(11), NpyDtype.FLOAT64);
        String line =
                refusal(
                        "--d",
                        "11",
                        "--nets",
                        "zF6",
                        "--weights",
                        net.toString(),
                        "--out",
                        dir.toString());
        assertTrue(line.startsWith("cogs yoneda: --weights " + net + ": not an ideal net: "), line);
        assertEquals(
                "cogs yoneda: --weights " + net + ": the net has d = 11 but --d is 13",
                refusal("--d", "13", "--weights", net.toString(), "--out", dir.toString()));
    }

    @Test
    void theTrainedNetsAreThoseOfReproduce() {
        List<Long> seeds = List.of(1L, 2L, 3L, 4L, 5L);
        List<String> expected =
                new ReproduceCommand().configs().stream().map(TrainingConfig::key).toList();
        assertEquals(
                expected,
                TrainedNets.configs(23, seeds).stream().map(TrainingConfig::key).toList());
    }

    @Test
    void aTinyRunWritesTheLibrarysVerdictsAndMeasurements() throws Exception {
        int d = 11;
        Path net = dir.resolve("zF46-saved");
        RealWeights f46 = Construction.Z_F46.build(d).weights();
        NpyWeights.write(net, f46, NpyDtype.FLOAT64);
        Path tasks = dir.resolve("tasks.json");
        Files.writeString(
                tasks,
                "[{\"name\":\"shift\",\"y\":[2,3,4,5,6,7,8,9,10,0,1]},[10,9,8,7,6,5,4,3,2,1,0]]");
        Path out = dir.resolve("report");
        StringWriter err = new StringWriter();
        assertEquals(
                0,
                run(
                        err,
                        "--d",
                        "11",
                        "--nets",
                        "zF6,zM",
                        "--weights",
                        net.toString(),
                        "--tasks",
                        tasks.toString(),
                        "--budgets",
                        "1,inf",
                        "--restarts",
                        "1",
                        "--steps",
                        "20",
                        "--fewshot",
                        "1,3",
                        "--fewshot-draws",
                        "2",
                        "--threads",
                        "2",
                        "--out",
                        out.toString()),
                err.toString());
        YonedaResult expected =
                YonedaExperiment.run(
                        YonedaExperiment.Options.defaults(d)
                                .withConstructions(List.of(Construction.Z_F6, Construction.Z_M))
                                .withNets(List.of(NamedNet.trained("zF46-saved", f46)))
                                .withTasks(
                                        List.of(
                                                new Task("shift", Task.affine(d, 1, 2).y()),
                                                new Task("t2", Task.affine(d, -1, 10).y())))
                                .withBudgets(List.of(1.0, Double.POSITIVE_INFINITY))
                                .withRestarts(1)
                                .withSteps(20)
                                .withFewShot(
                                        List.of(Task.affine(d, 1, 3), Task.affine(d, -1, 0)),
                                        List.of(1, 3),
                                        2)
                                .withParallelism(2));
        JsonNode json = new ObjectMapper().readTree(Files.readString(out.resolve("yoneda.json")));
        assertEquals(11, json.get("d").asInt());
        assertEquals(3, json.get("nets").size());
        assertEquals("zF46-saved", json.get("nets").get(2).get("name").asText());
        assertEquals("TRAINED", json.get("nets").get(2).get("kind").asText());
        JsonNode shift = json.get("category").get(0);
        assertEquals("shift", shift.get("task").asText());
        assertTrue(shift.get("representable").asBoolean());
        assertEquals(2, shift.get("token").asInt());
        assertEquals(11, shift.get("hNumerator").asInt());
        JsonNode reflection = json.get("category").get(1);
        assertEquals(1, reflection.get("hNumerator").asInt());
        assertTrue(!reflection.has("token"));
        for (String key : List.of("predictions", "trainedNetChecks")) {
            List<YonedaResult.PredictionCheck> checks =
                    key.equals("predictions")
                            ? expected.predictions()
                            : expected.trainedNetChecks();
            assertEquals(checks.size(), json.get(key).size());
            for (int i = 0; i < checks.size(); i++) {
                YonedaResult.PredictionCheck p = checks.get(i);
                JsonNode node = json.get(key).get(i);
                assertEquals(p.id(), node.get("id").asText());
                assertEquals(p.verdict().name(), node.get("verdict").asText());
                assertEquals(p.evidence().size(), node.get("evidence").size());
            }
        }
        assertEquals(expected.measurements().size(), json.get("measurements").size());
        for (int i = 0; i < expected.measurements().size(); i++) {
            YonedaResult.Measurement m = expected.measurements().get(i);
            JsonNode node = json.get("measurements").get(i);
            assertEquals(
                    m.net() + "/" + m.task() + "/" + m.arm() + "/" + m.robustCorrect(),
                    node.get("net").asText()
                            + "/"
                            + node.get("task").asText()
                            + "/"
                            + node.get("arm").asText()
                            + "/"
                            + node.get("robustCorrect").asInt());
        }
        // 3 nets x 2 few-shot tasks x 2 sizes x 3 prompt classes
        assertEquals(36, json.get("fewShot").size());
        assertEquals(
                expected.measurements().size() + 1,
                Files.readAllLines(out.resolve("yoneda.csv")).size());
        assertEquals(36 + 1, Files.readAllLines(out.resolve("yoneda-fewshot.csv")).size());
        String html = Files.readString(out.resolve("yoneda.html"));
        assertTrue(html.contains(expected.predictions().get(0).id()));
        for (String png :
                List.of(
                        "heatmap-1-zF6.png",
                        "heatmap-2-zM.png",
                        "heatmap-3-zF46-saved.png",
                        "fewshot-1-b_3-FREE.png",
                        "fewshot-2--b-SPAN.png",
                        "spectrum-1-shift.png",
                        "spectrum-2-t2.png")) {
            assertTrue(Files.size(out.resolve(png)) > 0, png);
            assertTrue(html.contains("src=\"" + png + "\""), png);
        }
    }
}
