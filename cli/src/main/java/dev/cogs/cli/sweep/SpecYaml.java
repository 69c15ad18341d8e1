package dev.cogs.cli.sweep;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a YAML sweep spec (docs/sweeps.md §1.1) into the JSON tree that {@link SpecFile} validates,
 * so that a YAML file and a JSON file with the same content give the same spec.
 *
 * <p>YAML is read as plain data with JSON's number syntax: a plain scalar that YAML 1.1 would take
 * as a number is accepted only in JSON's decimal form ({@code 23}, {@code -1}, {@code 0.01}, {@code
 * 1e-5}, {@code 5.0E-4}); YAML's other number forms (octal {@code 010}, hex {@code 0x1F}, binary,
 * {@code 1_000}, {@code .inf}, {@code .nan}, base 60) are refused rather than read with a meaning a
 * reader may not expect. Anything else that has no JSON counterpart is refused as well: duplicate
 * keys, anchors and aliases, explicit tags ({@code !!str}) and a second document. Plain scalars
 * that are not numbers (e.g. {@code 1-5}, {@code 23,71}) are strings, as quoted ones are.
 */
final class SpecYaml {

    private static final YAMLFactory FACTORY =
            YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** JSON's number grammar, with an optional leading {@code +}. */
    private static final Pattern DECIMAL =
            Pattern.compile("[-+]?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    /** Deeper than any spec (a mapping of lists): guards the recursion against crafted input. */
    private static final int MAX_DEPTH = 32;

    private SpecYaml() {}

    /**
     * Reads one YAML document holding a mapping.
     *
     * @param text the YAML text
     * @return the mapping as a JSON object tree
     * @throws IllegalArgumentException with a one-line reason if the text is not YAML, is not one
     *     mapping, or uses a YAML feature refused above
     */
    static JsonNode read(String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException(
                        "a YAML spec must be one mapping (key: value lines)");
            }
            JsonNode root = value(p, first, 0);
            if (p.nextToken() != null) {
                throw new IllegalArgumentException(
                        "more than one YAML document (" + where(p) + "): a spec is one mapping");
            }
            return root;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not YAML: " + describe(e));
        } catch (IOException e) {
            throw new IllegalArgumentException("not YAML: " + oneLine(String.valueOf(e)));
        }
    }

    private static JsonNode value(JsonParser p, JsonToken t, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("nested too deeply (" + where(p) + ")");
        }
        refuseNonJson(p);
        switch (t) {
            case START_OBJECT:
                {
                    ObjectNode o = NODES.objectNode();
                    for (JsonToken k = p.nextToken();
                            k != JsonToken.END_OBJECT;
                            k = p.nextToken()) {
                        // the parser reports a duplicate key itself (strict detection)
                        refuseNonJson(p);
                        String name = p.currentName();
                        o.set(name, value(p, p.nextToken(), depth + 1));
                    }
                    return o;
                }
            case START_ARRAY:
                {
                    ArrayNode a = NODES.arrayNode();
                    for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                        a.add(value(p, e, depth + 1));
                    }
                    return a;
                }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                requireDecimal(p);
                switch (p.getNumberType()) {
                    case INT:
                        return NODES.numberNode(p.getIntValue());
                    case LONG:
                        return NODES.numberNode(p.getLongValue());
                    default:
                        return NODES.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                requireDecimal(p);
                return NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new IllegalArgumentException(
                        "unexpected " + t.asString() + " (" + where(p) + ")");
        }
    }

    /** Anchors, aliases and explicit tags have no JSON counterpart. */
    private static void refuseNonJson(JsonParser p) throws IOException {
        YAMLParser y = (YAMLParser) p;
        if (y.isCurrentAlias()) {
            throw new IllegalArgumentException(
                    "alias *" + p.getText() + " (" + where(p) + "): aliases are not supported");
        }
        if (y.getObjectId() != null) {
            throw new IllegalArgumentException(
                    "anchor &"
                            + y.getObjectId()
                            + " ("
                            + where(p)
                            + "): anchors are not supported");
        }
        String tag = y.getTypeId();
        if (tag != null) {
            String shown =
                    tag.startsWith("tag:yaml.org,2002:")
                            ? "!!" + tag.substring("tag:yaml.org,2002:".length())
                            : "!" + tag;
            throw new IllegalArgumentException(
                    "tag " + shown + " (" + where(p) + "): tags are not supported");
        }
    }

    private static void requireDecimal(JsonParser p) throws IOException {
        String text = p.getText();
        if (!DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException(
                    "'"
                            + text
                            + "' ("
                            + where(p)
                            + "): write numbers as in JSON (e.g. 23, 0.01, 1e-5); YAML's octal,"
                            + " hex, binary, base-60, '_' and .inf/.nan forms are refused");
        }
    }

    private static String where(JsonParser p) {
        JsonLocation l = p.currentTokenLocation();
        return String.format(Locale.ROOT, "line %d, column %d", l.getLineNr(), l.getColumnNr());
    }

    /** Jackson's message without its multi-line context, and the location. */
    private static String describe(JacksonException e) {
        String m = oneLine(String.valueOf(e.getOriginalMessage()));
        JsonLocation l = e.getLocation();
        if (l == null || l.getLineNr() < 1) {
            return m;
        }
        return String.format(
                Locale.ROOT, "line %d, column %d: %s", l.getLineNr(), l.getColumnNr(), m);
    }

    /**
     * SnakeYAML's messages span lines (context, the offending line and a caret): keep the lines
     * that say something and join them.
     */
    static String oneLine(String message) {
        StringBuilder sb = new StringBuilder();
        for (String line : message.split("\\R")) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("^") || line.startsWith(" ")) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(s);
        }
        return sb.length() == 0 ? "malformed" : sb.toString();
    }
}
