package dev.cogs.cli.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogs.algebra.group.FiniteGroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a group from a JSON Cayley table (the {@code --group-table FILE} format, docs/cogs-math.md
 * §14.8).
 *
 * <p>The file holds either the table alone, an array of n rows of n element indices with {@code
 * table[a][b]} the product ab, or an object {@code {"name": "G", "labels": ["e", "a", …], "table":
 * [[…], …]}} whose name and labels are optional (defaults {@code "G<n>"} and {@code "0"}…{@code
 * "n-1"}). The table is checked by {@link FiniteGroup#of(String, int[][], List)}: a table that is
 * not a group is refused with the failed axiom and the elements.
 */
public final class GroupTables {

    private GroupTables() {}

    /**
     * Reads and checks a table file.
     *
     * @param file the JSON file
     * @return the group
     * @throws IllegalArgumentException with a one-line message if the file cannot be read, is not
     *     in the format or is not a group
     */
    public static FiniteGroup read(Path file) {
        Objects.requireNonNull(file, "file");
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            String why =
                    e instanceof java.nio.file.NoSuchFileException
                            ? "no such file"
                            : e instanceof java.nio.file.AccessDeniedException
                                    ? "permission denied"
                                    : e.getClass().getSimpleName() + ": " + e.getMessage();
            throw new IllegalArgumentException("cannot read " + file + ": " + why);
        }
        return parse(text);
    }

    /**
     * Parses and checks a table given as JSON text.
     *
     * @param json the JSON text
     * @return the group
     * @throws IllegalArgumentException with a one-line message if the text is not in the format or
     *     not a group
     */
    public static FiniteGroup parse(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new IllegalArgumentException("empty file: expected a JSON Cayley table");
        }
        JsonNode tableNode = root;
        String name = null;
        List<String> labels = null;
        if (root.isObject()) {
            tableNode = root.get("table");
            if (tableNode == null) {
                throw new IllegalArgumentException("the JSON object has no \"table\" field");
            }
            if (root.hasNonNull("name")) {
                name = root.get("name").asText();
            }
            if (root.hasNonNull("labels")) {
                JsonNode l = root.get("labels");
                if (!l.isArray()) {
                    throw new IllegalArgumentException("\"labels\" must be an array of strings");
                }
                labels = new ArrayList<>();
                for (JsonNode x : l) {
                    labels.add(x.asText());
                }
            }
        }
        int[][] table = table(tableNode);
        int n = table.length;
        if (labels == null) {
            labels = new ArrayList<>();
            for (int a = 0; a < n; a++) {
                labels.add(Integer.toString(a));
            }
        }
        return FiniteGroup.of(name != null ? name : "G" + n, table, labels);
    }

    private static int[][] table(JsonNode node) {
        if (!node.isArray() || node.isEmpty()) {
            throw new IllegalArgumentException("the table must be a non-empty array of rows");
        }
        int n = node.size();
        int[][] t = new int[n][];
        for (int a = 0; a < n; a++) {
            JsonNode row = node.get(a);
            if (!row.isArray()) {
                throw new IllegalArgumentException(
                        String.format(Locale.ROOT, "row %d is not an array", a));
            }
            if (row.size() != n) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "row %d has %d entries but the table has %d rows; a Cayley table is square",
                                a,
                                row.size(),
                                n));
            }
            t[a] = new int[n];
            for (int b = 0; b < n; b++) {
                JsonNode v = row.get(b);
                if (!v.canConvertToInt() || !v.isIntegralNumber()) {
                    throw new IllegalArgumentException(
                            String.format(
                                    Locale.ROOT,
                                    "entry [%d][%d] (%s) is not an element index",
                                    a,
                                    b,
                                    v));
                }
                t[a][b] = v.asInt();
            }
        }
        return t;
    }
}
