package dev.cogs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void theThreeDataSpaceEvaluatorsVerifyTheSameConstructions() throws Exception {
        Cli.Outcome spectral = Cli.run("construct", "--d", "13", "--json");
        Cli.Outcome blas = Cli.run("construct", "--d", "13", "--json", "--data-space", "blas");
        Cli.Outcome java = Cli.run("construct", "--d", "13", "--json", "--data-space", "java");
        assertEquals(0, spectral.exit(), spectral.err());
        assertEquals(0, blas.exit(), blas.err());
        assertEquals(0, java.exit(), java.err());
        JsonNode s = new ObjectMapper().readTree(spectral.out());
        JsonNode b = new ObjectMapper().readTree(blas.out());
        JsonNode j = new ObjectMapper().readTree(java.out());
        // spectral where the nodes are single-frequency; memorisation's are not: blas
        List<String> ran = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ran.add(s.get("rows").get(i).get("name").asText());
            ran.add(s.get("rows").get(i).get("dataSpace").asText());
            assertEquals("blas", b.get("rows").get(i).get("dataSpace").asText());
            assertEquals("java", j.get("rows").get(i).get("dataSpace").asText());
        }
        assertEquals(
                List.of(
                        "z_F6",
                        "spectral",
                        "z_F4/6",
                        "spectral",
                        "memorisation",
                        "blas",
                        "z_F4",
                        "spectral"),
                ran);
        for (JsonNode other : List.of(s, b)) {
            for (int i = 0; i < 4; i++) {
                JsonNode rb = other.get("rows").get(i);
                JsonNode rj = j.get("rows").get(i);
                assertEquals(rj.get("accuracy").asDouble(), rb.get("accuracy").asDouble());
                // the sum-potential loss does not go through the evaluator: bitwise the same
                assertEquals(
                        rj.get("sumPotentialLoss").asDouble(),
                        rb.get("sumPotentialLoss").asDouble());
                double lb = rb.get("dataSpaceLoss").asDouble();
                double lj = rj.get("dataSpaceLoss").asDouble();
                // the margins: spectral and blas from the verification's pass, java from the nets
                // analysis; outputs O(1) rounded differently, so equal to 1e-12
                JsonNode mb = other.get("margins").get("rows").get(i);
                JsonNode mj = j.get("margins").get("rows").get(i);
                assertEquals(mj.get("name").asText(), mb.get("name").asText());
                assertEquals(mj.get("margin").asDouble(), mb.get("margin").asDouble(), 1e-12);
                if (rb.get("claimedGlobal").asBoolean()) {
                    assertTrue(
                            lb <= ConstructionCheck.ZERO_LOSS && lj <= ConstructionCheck.ZERO_LOSS);
                } else {
                    // z_F4: 2(d-1)/d (docs/cogs-math.md §6.2), equal to rounding (relative 1e-12)
                    assertEquals(24.0 / 13, lb, 1e-12);
                    assertEquals(lj, lb, 1e-12);
                }
            }
        }
        assertFalse(spectral.out().contains("data space:"), "--json prints no text line");
        String text = Cli.run("construct", "--d", "13").out();
        assertTrue(
                text.contains(
                        "data space: z_F6 spectral, z_F4/6 spectral, memorisation blas, z_F4"
                                + " spectral"),
                text);
    }

    @Test
    void theBlasEstimateIsTheFlopCountAtItsRate() {
        // z_F6, z_F4/6 and z_F4 at d = 1009: 2 d^3 (3(d-1) + 2d + 2(d-1)) = 1.452e13 flops at 50
        // GFLOP/s
        double flops = 2.0 * 1009 * 1009 * 1009 * (3 * 1008 + 2 * 1009 + 2 * 1008);
        assertEquals(flops / 50e9, ConstructCommand.estimatedSeconds(1009, true), 1e-9);
        assertEquals(
                ConstructCommand.estimatedSeconds(1009),
                ConstructCommand.estimatedSeconds(1009, false));
        assertEquals(
                ConstructCommand.estimatedSeconds(1009, true),
                ConstructCommand.estimatedSeconds(1009, "blas"));
        assertEquals(
                ConstructCommand.estimatedSeconds(1009),
                ConstructCommand.estimatedSeconds(1009, "java"));
        // spectral: the measured point at d = 1009, scaled as d^3
        assertEquals(
                ConstructCommand.SPECTRAL_SECONDS_AT_1009,
                ConstructCommand.estimatedSeconds(1009, "spectral"),
                1e-9);
        assertEquals(
                8 * ConstructCommand.SPECTRAL_SECONDS_AT_1009,
                ConstructCommand.estimatedSeconds(2018, "spectral"),
                1e-9);
    }
}
