package dev.cogs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogs.algebra.weights.ConstructionCheck;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The printing of {@code cogs construct}: table, notes and JSON layout. */
class ConstructCommandTest {

    @Test
    void tableAndJsonShowEveryRow() throws Exception {
        ConstructionCheck.Options o = ConstructionCheck.Options.defaults(11);
        ConstructionCheck.Result r = ConstructionCheck.run(o);
        String table = ConstructCommand.table(r, o);
        assertTrue(table.startsWith("CoGS global constructions, d = 11 "), table);
        assertTrue(
                table.contains("z_F4/6")
                        && table.contains("memorisation")
                        && table.contains("R_n("),
                table);
        assertTrue(table.endsWith("z_F4 is not global" + System.lineSeparator()), table);
        JsonNode json =
                new ObjectMapper()
                        .readTree(
                                JsonOutput.mapper()
                                        .writeValueAsString(ConstructCommand.json(r, o)));
        assertEquals(List.of("d", "rows", "notes", "verified"), names(json));
        assertEquals(11, json.get("d").asInt());
        assertEquals(4, json.get("rows").size());
        JsonNode row = json.get("rows").get(0);
        assertEquals(
                List.of(
                        "name",
                        "description",
                        "claimedGlobal",
                        "order",
                        "dataSpaceLoss",
                        "sumPotentialLoss",
                        "accuracy",
                        "weightNormSquared",
                        "decayCost",
                        "violations",
                        "seconds",
                        "weightNorms",
                        "violated"),
                names(row));
        assertEquals(0, row.get("violated").size(), "z_F6 violates nothing");
        JsonNode f4 = json.get("rows").get(3);
        assertEquals("z_F4", f4.get("name").asText());
        // z_F4 breaks R_n at every output frequency k = 1..10 (docs/cogs-math.md §6.2), and nothing
        // else
        assertEquals(10, f4.get("violated").size());
        assertEquals(
                List.of("constraint", "index", "k", "m1", "m2", "value", "lossShare"),
                names(f4.get("violated").get(0)));
        assertEquals("R_n(1)", f4.get("violated").get(0).get("index").asText());
        assertTrue(table.contains("z_F4: 10 constraints violated above 1e-10 (R_n 10)"), table);
        assertEquals(
                List.of("constraint", "max", "index", "lossShare"),
                names(row.get("violations").get(0)));
        assertEquals("R_g", row.get("violations").get(0).get("constraint").asText());
        assertEquals("R_*", row.get("violations").get(2).get("constraint").asText());
        assertEquals(r.rows().get(0).sumPotentialLoss(), row.get("sumPotentialLoss").asDouble());
        assertTrue(json.get("verified").asBoolean());
    }

    @Test
    void skippedConstructionsBecomeNotesNamingTheOption() {
        ConstructionCheck.Options o = new ConstructionCheck.Options(11, 0.7, 0.3, 2, 7);
        ConstructionCheck.Result r = ConstructionCheck.run(o);
        assertEquals(
                List.of(
                        "memorisation (order 121) skipped: d = 11 > --memorisation-max-d 7 "
                                + "(verification costs O(d^5))"),
                ConstructCommand.notes(r, o));
        assertTrue(ConstructCommand.table(r, o).contains("note: memorisation (order 121) skipped"));
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
