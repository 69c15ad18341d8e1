package dev.cogs.cli.yoneda;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogs.yoneda.YonedaResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The report of {@code cogs yoneda}: the category table, P1–P7 and every measurement as JSON and CSV. */
public final class YonedaReport {

    private YonedaReport() {
    }

    /**
     * The result as a JSON tree: {@code d}, {@code category} (one entry per task), {@code predictions} (P1–P7
     * with verdict and summary) and {@code measurements}.
     *
     * @param result the experiment's result
     * @return the JSON tree
     */
    public static ObjectNode json(YonedaResult result) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("d", result.options().d());
        ArrayNode category = root.putArray("category");
        for (YonedaResult.CategoryRow row : result.categoryTable()) {
            ObjectNode o = category.addObject();
            o.put("task", row.task().name());
            o.put("kind", row.kind().name());
            o.put("representable", row.representable());
            o.put("witness", row.witness());
        }
        ArrayNode predictions = root.putArray("predictions");
        for (YonedaResult.PredictionCheck check : result.predictions()) {
            ObjectNode o = predictions.addObject();
            o.put("id", check.id());
            o.put("statement", check.statement());
            o.put("verdict", check.verdict().name());
            o.put("summary", check.summary());
            o.put("failures", check.failures().size());
        }
        ArrayNode measurements = root.putArray("measurements");
        for (YonedaResult.Measurement m : result.measurements()) {
            ObjectNode o = measurements.addObject();
            o.put("net", m.net());
            o.put("task", m.task());
            o.put("arm", m.arm().name());
            o.put("budget", m.budget());
            o.put("robustCorrect", m.robustCorrect());
            o.put("inputs", m.inputs());
            o.put("loss", m.loss());
            o.put("relativeNorm", m.relativeNorm());
        }
        return root;
    }

    /**
     * The measurements as CSV, one line per net, task, arm and budget.
     *
     * @param result the experiment's result
     * @return the CSV text with a header line
     */
    public static String csv(YonedaResult result) {
        StringBuilder sb = new StringBuilder("net,task,arm,budget,robust_correct,inputs,robust_accuracy,loss,"
                + "relative_norm\n");
        for (YonedaResult.Measurement m : result.measurements()) {
            sb.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%d,%d,%.6f,%.6g,%.6g%n", m.net(), m.task(),
                    m.arm().name(), m.budget(), m.robustCorrect(), m.inputs(), m.robustAccuracy(), m.loss(),
                    m.relativeNorm()));
        }
        return sb.toString();
    }

    /**
     * Writes {@code yoneda.json} and {@code yoneda.csv} into a directory.
     *
     * @param result the experiment's result
     * @param out the directory, created if missing
     * @throws IOException if a file cannot be written
     */
    public static void write(YonedaResult result, Path out) throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("yoneda.json"),
                new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json(result)),
                StandardCharsets.UTF_8);
        Files.writeString(out.resolve("yoneda.csv"), csv(result), StandardCharsets.UTF_8);
    }
}
