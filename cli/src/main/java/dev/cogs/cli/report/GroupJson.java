package dev.cogs.cli.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.cogs.algebra.group.FiniteGroup;
import dev.cogs.algebra.group.FiniteGroups;
import java.io.IOException;

/**
 * Jackson support for {@link FiniteGroup}, the {@code group} of a serialised {@code
 * TrainingConfig}: a named group that {@link FiniteGroups#parse(String)} rebuilds exactly is
 * written as {@code {"name": "D23"}}, any other group as {@code {"name", "labels", "table"}} (the
 * {@link GroupTables} format), and read back, checked, by the same rules. A configuration written
 * before the field existed has no {@code group} and reads as \(\mathbb{Z}_d\).
 */
public final class GroupJson {

    private GroupJson() {}

    /**
     * The module to register on an {@code ObjectMapper}.
     *
     * @return a module with the serializer and deserializer of {@link FiniteGroup}
     */
    public static SimpleModule module() {
        SimpleModule m = new SimpleModule("cogs-groups");
        m.addSerializer(FiniteGroup.class, new Writer());
        m.addDeserializer(FiniteGroup.class, new Reader());
        return m;
    }

    private static boolean named(FiniteGroup g) {
        try {
            return FiniteGroups.parse(g.name()).equals(g);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Writes the name, and the labels and table unless the name rebuilds the group. */
    private static final class Writer extends JsonSerializer<FiniteGroup> {
        @Override
        public void serialize(FiniteGroup g, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            gen.writeStartObject();
            gen.writeStringField("name", g.name());
            if (!named(g)) {
                gen.writeArrayFieldStart("labels");
                for (String l : g.labels()) {
                    gen.writeString(l);
                }
                gen.writeEndArray();
                gen.writeArrayFieldStart("table");
                for (int[] row : g.table()) {
                    gen.writeArray(row, 0, row.length);
                }
                gen.writeEndArray();
            }
            gen.writeEndObject();
        }
    }

    /** Reads a group written by {@link Writer}, checking the table. */
    private static final class Reader extends JsonDeserializer<FiniteGroup> {
        @Override
        public FiniteGroup deserialize(JsonParser p, DeserializationContext ctxt)
                throws IOException {
            JsonNode n = p.getCodec().readTree(p);
            try {
                if (n.has("table")) {
                    return GroupTables.parse(n.toString());
                }
                return FiniteGroups.parse(n.path("name").asText());
            } catch (IllegalArgumentException e) {
                throw new IOException("group: " + e.getMessage(), e);
            }
        }
    }
}
