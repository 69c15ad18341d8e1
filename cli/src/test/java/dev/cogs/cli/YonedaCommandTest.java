package dev.cogs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogs.yoneda.YonedaExperiment;
import dev.cogs.yoneda.YonedaResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code cogs yoneda}: bad input and a tiny run checked against the library's result. */
class YonedaCommandTest {

    @TempDir Path dir;

    @Test
    void aNonPositiveBudgetIsBadInput() {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertEquals(
                2, cl.execute("yoneda", "--d", "11", "--budgets", "1,0", "--out", dir.toString()));
        assertTrue(err.toString().startsWith("cogs yoneda: --budgets:"), err.toString());
    }

    @Test
    void anEvenGroupSizeIsBadInput() {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertEquals(2, cl.execute("yoneda", "--d", "12", "--out", dir.toString()));
        assertTrue(err.toString().startsWith("cogs yoneda: "), err.toString());
    }

    @Test
    void aTinyRunWritesTheLibrarysVerdictsAndMeasurements() throws Exception {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        assertEquals(
                0,
                cl.execute(
                        "yoneda",
                        "--d",
                        "11",
                        "--budgets",
                        "1,inf",
                        "--restarts",
                        "1",
                        "--steps",
                        "20",
                        "--out",
                        dir.toString()));
        YonedaResult expected =
                YonedaExperiment.run(
                        YonedaExperiment.Options.defaults(11)
                                .withBudgets(List.of(1.0, Double.POSITIVE_INFINITY))
                                .withRestarts(1)
                                .withSteps(20));
        JsonNode json = new ObjectMapper().readTree(Files.readString(dir.resolve("yoneda.json")));
        assertEquals(11, json.get("d").asInt());
        assertEquals(expected.categoryTable().size(), json.get("category").size());
        assertEquals(expected.predictions().size(), json.get("predictions").size());
        for (int i = 0; i < expected.predictions().size(); i++) {
            YonedaResult.PredictionCheck p = expected.predictions().get(i);
            JsonNode node = json.get("predictions").get(i);
            assertEquals(p.id(), node.get("id").asText());
            assertEquals(p.verdict().name(), node.get("verdict").asText());
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
        List<String> csv = Files.readAllLines(dir.resolve("yoneda.csv"));
        assertEquals(expected.measurements().size() + 1, csv.size());
        assertTrue(
                Files.readString(dir.resolve("yoneda.html"))
                        .contains(expected.predictions().get(0).id()));
    }
}
