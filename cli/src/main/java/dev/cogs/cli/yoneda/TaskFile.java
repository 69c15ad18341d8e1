package dev.cogs.cli.yoneda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogs.yoneda.Task;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The task file of {@code cogs yoneda --tasks} (docs/yoneda-nets.md §2.2): a JSON list whose
 * entries are either an array y of d integers in 0..d−1 (named {@code t1}, {@code t2}, … by
 * position) or an object {@code {"name": "...", "y": [...]}}.
 *
 * <p>Every refusal is one line naming the entry (1-based) and, where it has one, the entry's name:
 * {@code entry 3 ("t3"): y[5] = 23 is outside 0..22}.
 */
public final class TaskFile {

    private TaskFile() {}

    /**
     * Reads a task file.
     *
     * @param file the JSON file
     * @param d the group size every task must have
     * @return the tasks, in file order
     * @throws IllegalArgumentException naming the entry if the file is not such a list, an entry
     *     has the wrong length or a value outside 0..d−1, or names repeat
     * @throws UncheckedIOException if the file cannot be read
     */
    public static List<Task> read(Path file, int d) {
        Objects.requireNonNull(file, "file");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read (" + e.getMessage() + ")", e);
        }
        return parse(text, d);
    }

    /**
     * Parses the text of a task file.
     *
     * @param json the JSON text
     * @param d the group size every task must have
     * @return the tasks, in order
     * @throws IllegalArgumentException naming the entry if the text is not a valid task list
     */
    public static List<Task> parse(String json, int d) {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "not JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException(
                    "expected a JSON list of tasks (arrays of d integers, or objects with \"name\""
                            + " and \"y\")");
        }
        if (root.isEmpty()) {
            throw new IllegalArgumentException("the list of tasks is empty");
        }
        List<Task> tasks = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode entry = root.get(i);
            String name = "t" + (i + 1);
            JsonNode values = entry;
            if (entry.isObject()) {
                JsonNode n = entry.get("name");
                if (n != null) {
                    if (!n.isTextual() || n.asText().isBlank()) {
                        throw entryError(i, name, "\"name\" must be a non-blank string");
                    }
                    name = n.asText().strip();
                }
                values = entry.get("y");
                if (values == null) {
                    throw entryError(i, name, "has no \"y\"");
                }
            }
            if (!values.isArray()) {
                throw entryError(i, name, "expected an array of " + d + " integers");
            }
            if (values.size() != d) {
                throw entryError(
                        i,
                        name,
                        String.format(
                                Locale.ROOT, "has %d values, expected d = %d", values.size(), d));
            }
            int[] y = new int[d];
            for (int b = 0; b < d; b++) {
                JsonNode v = values.get(b);
                if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                    throw entryError(i, name, "y[" + b + "] = " + v + " is not an integer");
                }
                y[b] = v.asInt();
                if (y[b] < 0 || y[b] >= d) {
                    throw entryError(
                            i,
                            name,
                            String.format(
                                    Locale.ROOT, "y[%d] = %d is outside 0..%d", b, y[b], d - 1));
                }
            }
            if (!names.add(name)) {
                throw entryError(i, name, "the name is used by an earlier entry");
            }
            tasks.add(new Task(name, y));
        }
        return tasks;
    }

    private static IllegalArgumentException entryError(int index, String name, String why) {
        return new IllegalArgumentException(
                String.format(Locale.ROOT, "entry %d (\"%s\"): %s", index + 1, name, why));
    }
}
