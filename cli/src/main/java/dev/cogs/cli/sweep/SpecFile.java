package dev.cogs.cli.sweep;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cogs.algebra.group.FiniteGroup;
import dev.cogs.cli.groups.GroupOptions;
import dev.cogs.nets.run.TrainingConfig;
import dev.cogs.nets.sweep.SweepSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * A sweep spec file (docs/sweeps.md §1): a JSON object or a YAML mapping with the axes {@code d},
 * {@code q}, {@code wd}, {@code lr}, {@code seeds} (each an array of numbers or a string in the
 * command-line syntax, e.g. {@code "1-5"}) and the scalars {@code epochs}, {@code checkpoint},
 * {@code testFraction}, {@code beta1}, {@code beta2}, {@code epsilon}, {@code evalEvery}, {@code
 * evalAllBelow}. Missing keys take the paper's defaults ({@link TrainingConfig#defaults(int)}); an
 * unknown key is an error, and so is a key given twice.
 *
 * <p>Both formats are read into one JSON tree, validated by one function: YAML ({@link Format})
 * only changes the front end (docs/sweeps.md §1.1).
 */
public final class SpecFile {

    /** The keys a spec file may hold. */
    public static final Set<String> KEYS =
            Set.of(
                    "d",
                    "group",
                    "q",
                    "wd",
                    "lr",
                    "seeds",
                    "epochs",
                    "checkpoint",
                    "testFraction",
                    "beta1",
                    "beta2",
                    "epsilon",
                    "evalEvery",
                    "evalAllBelow");

    private static final ObjectMapper MAPPER =
            JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private SpecFile() {}

    /** The format of a spec file. */
    public enum Format {
        /** JSON (RFC 8259). */
        JSON,
        /** YAML, read as JSON-like data (docs/sweeps.md §1.1). */
        YAML;

        /**
         * The format of a file: {@code *.yaml} and {@code *.yml} are YAML, {@code *.json} is JSON
         * (any case); a file of another name is JSON if its first character other than white space
         * is <code>{</code>, YAML otherwise.
         *
         * @param file the file (only its name is used)
         * @param text its content
         * @return the format
         */
        public static Format of(Path file, String text) {
            Path name = file.getFileName();
            String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
            if (n.endsWith(".yaml") || n.endsWith(".yml")) {
                return YAML;
            }
            if (n.endsWith(".json")) {
                return JSON;
            }
            return text.strip().startsWith("{") ? JSON : YAML;
        }
    }

    /**
     * The values read from a file, each null when the key is absent.
     *
     * @param d group orders
     * @param q widths
     * @param wd weight decays
     * @param lr learning rates
     * @param seeds seeds
     * @param epochs epochs
     * @param checkpoint analysed epoch
     * @param base the other trainer settings
     * @param group groups (the task axis instead of d)
     */
    public record Values(
            List<Integer> d,
            List<Integer> q,
            List<Double> wd,
            List<Double> lr,
            List<Long> seeds,
            Integer epochs,
            Integer checkpoint,
            TrainingConfig base,
            List<FiniteGroup> group) {}

    /**
     * Reads a spec file.
     *
     * @param file the file
     * @return its values
     * @throws IllegalArgumentException with a one-line reason that starts with the file's name if
     *     the file is unreadable, not a JSON object or a YAML mapping ({@link Format#of}), holds an
     *     unknown or repeated key or a malformed value
     */
    public static Values read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            String m = e.getMessage() == null ? e.toString() : e.getMessage().split("\n")[0];
            throw new IllegalArgumentException(file + ": cannot read (" + m + ")");
        }
        try {
            return parse(text, Format.of(file, text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
    }

    /**
     * Parses a spec given as text in a format.
     *
     * @param text the text
     * @param format its format
     * @return its values
     * @throws IllegalArgumentException as {@link #read}, without the file name
     */
    public static Values parse(String text, Format format) {
        return format == Format.YAML ? parse(SpecYaml.read(text)) : parse(text);
    }

    /**
     * Parses a spec given as JSON text.
     *
     * @param json the text
     * @return its values
     * @throws IllegalArgumentException as {@link #read}
     */
    public static Values parse(String json) {
        try {
            return parse(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage().split("\n")[0]);
        }
    }

    private static Values parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("a spec must be a JSON object");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYS.contains(k)) {
                throw new IllegalArgumentException(
                        "unknown key '" + k + "' (known: " + new java.util.TreeSet<>(KEYS) + ")");
            }
        }
        TrainingConfig base = TrainingConfig.defaults(23);
        base =
                base.withTestFraction(real(root, "testFraction", base.testFraction()))
                        .withAdam(
                                real(root, "beta1", base.beta1()),
                                real(root, "beta2", base.beta2()),
                                real(root, "epsilon", base.epsilon()))
                        .withEvaluation(
                                integer(root, "evalEvery", base.evalEvery()),
                                integer(root, "evalAllBelow", base.evalAllBelow()));
        return new Values(
                axis(root, "d", t -> AxisValues.ints("d", t)),
                axis(root, "q", t -> AxisValues.ints("q", t)),
                axis(root, "wd", t -> AxisValues.reals("wd", t)),
                axis(root, "lr", t -> AxisValues.reals("lr", t)),
                axis(root, "seeds", t -> AxisValues.integers("seeds", t)),
                root.has("epochs") ? integer(root, "epochs", 0) : null,
                root.has("checkpoint") ? integer(root, "checkpoint", 0) : null,
                base,
                groups(root));
    }

    /**
     * The {@code group} axis (docs/sweeps.md §1.2), the task axis instead of {@code d}: group names
     * as {@code --group} takes them, a string {@code "Z5xZ5,S4"} or an array whose entries are
     * names or Cayley tables in the {@code --group-table} format ({@code {"name": "G", "table":
     * [[…]]}}), parsed and checked as {@code --group} and {@code --group-table}; a file with both
     * {@code d} and {@code group} is an error.
     */
    private static List<FiniteGroup> groups(JsonNode root) {
        JsonNode n = root.get("group");
        if (n == null) {
            return null;
        }
        if (root.has("d")) {
            throw new IllegalArgumentException(
                    "give either d (Z_d) or group, not both (group Z23 is d 23)");
        }
        List<JsonNode> entries = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(entries::add);
        } else if (n.isTextual()) {
            entries.add(n);
        } else {
            throw new IllegalArgumentException(
                    "axis group must be an array of group names or tables, or a string such as"
                            + " \"Z5xZ5,S4\"");
        }
        List<FiniteGroup> out = new ArrayList<>();
        for (JsonNode x : entries) {
            if (x.isTextual()) {
                for (String name : x.asText().split(",", -1)) {
                    if (!name.isBlank()) {
                        out.add(GroupOptions.named("group", name.strip()));
                    }
                }
            } else if (x.isObject() || x.isArray()) {
                out.add(GroupOptions.table("group table", x.toString()));
            } else {
                throw new IllegalArgumentException(
                        "axis group: " + x + " is not a group name or a Cayley table");
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("axis group is empty");
        }
        return out;
    }

    private static <T> List<T> axis(JsonNode root, String key, Function<String, List<T>> parse) {
        JsonNode n = root.get(key);
        if (n == null) {
            return null;
        }
        if (n.isTextual()) {
            return parse.apply(n.asText());
        }
        if (n.isNumber()) {
            return parse.apply(n.asText());
        }
        if (!n.isArray()) {
            throw new IllegalArgumentException(
                    "axis " + key + " must be an array of numbers or a string such as \"1-5\"");
        }
        List<String> parts = new ArrayList<>();
        for (JsonNode x : n) {
            if (!x.isNumber() && !x.isTextual()) {
                throw new IllegalArgumentException("axis " + key + ": " + x + " is not a number");
            }
            parts.add(x.asText());
        }
        return parse.apply(String.join(",", parts));
    }

    private static double real(JsonNode root, String key, double fallback) {
        JsonNode n = root.get(key);
        if (n == null) {
            return fallback;
        }
        if (!n.isNumber()) {
            throw new IllegalArgumentException(key + ": " + n + " is not a number");
        }
        return n.asDouble();
    }

    private static int integer(JsonNode root, String key, int fallback) {
        JsonNode n = root.get(key);
        if (n == null) {
            return fallback;
        }
        if (!n.canConvertToInt() || !n.isIntegralNumber()) {
            throw new IllegalArgumentException(key + ": " + n + " is not an integer");
        }
        return n.asInt();
    }

    /**
     * Combines file values with command-line overrides (a non-null override wins) into a spec.
     *
     * @param file the file's values (all null when there is no file)
     * @param d override
     * @param q override
     * @param wd override
     * @param lr override
     * @param seeds override
     * @param epochs override
     * @param checkpoint override
     * @return the spec: missing axes take the paper's default cell (d 23, q 512, wd 5e-5, lr 0.01,
     *     seeds 1-5, 10 000 epochs)
     * @throws IllegalArgumentException if the spec is invalid
     */
    public static SweepSpec combine(
            Values file,
            List<Integer> d,
            List<Integer> q,
            List<Double> wd,
            List<Double> lr,
            List<Long> seeds,
            Integer epochs,
            Integer checkpoint) {
        return combine(file, d, null, q, wd, lr, seeds, epochs, checkpoint);
    }

    /**
     * Combines file values with command-line overrides into a spec, as {@link #combine(Values,
     * List, List, List, List, List, Integer, Integer)}, with a group axis: a task axis given on the
     * command line ({@code d} or {@code groups}) replaces the file's (its {@code d} or {@code
     * group}); the spec is over groups if the task axis that wins is a group axis.
     *
     * @param file the file's values
     * @param d override: Z_d orders (null unless given; not together with {@code groups})
     * @param groups override: groups (null unless given)
     * @param q override
     * @param wd override
     * @param lr override
     * @param seeds override
     * @param epochs override
     * @param checkpoint override
     * @return the spec
     * @throws IllegalArgumentException if the spec is invalid or both d and groups are given
     */
    public static SweepSpec combine(
            Values file,
            List<Integer> d,
            List<FiniteGroup> groups,
            List<Integer> q,
            List<Double> wd,
            List<Double> lr,
            List<Long> seeds,
            Integer epochs,
            Integer checkpoint) {
        if (d != null && groups != null) {
            throw new IllegalArgumentException(
                    "give either --d or --group/--group-table, not both (--group Z23 is --d 23)");
        }
        TrainingConfig base = file.base() != null ? file.base() : TrainingConfig.defaults(23);
        List<FiniteGroup> g = d != null ? null : groups != null ? groups : file.group();
        List<Integer> qs = pick(q, file.q(), List.of(base.q()));
        List<Double> wds = pick(wd, file.wd(), List.of(base.weightDecay()));
        List<Double> lrs = pick(lr, file.lr(), List.of(base.learningRate()));
        List<Long> sd = pick(seeds, file.seeds(), List.of(1L, 2L, 3L, 4L, 5L));
        int ep = pick(epochs, file.epochs(), base.epochs());
        Integer ck = checkpoint != null ? checkpoint : file.checkpoint();
        if (g != null) {
            return SweepSpec.ofGroups(g, qs, wds, lrs, sd, ep, ck, base);
        }
        return SweepSpec.of(pick(d, file.d(), List.of(base.d())), qs, wds, lrs, sd, ep, ck, base);
    }

    /**
     * No file: every value null.
     *
     * @return empty values
     */
    public static Values none() {
        return new Values(null, null, null, null, null, null, null, null, null);
    }

    private static <T> T pick(T flag, T file, T fallback) {
        return flag != null ? flag : file != null ? file : fallback;
    }
}
