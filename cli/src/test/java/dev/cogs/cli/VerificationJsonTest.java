package dev.cogs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogs.algebra.weights.Constructions;
import dev.cogs.algebra.weights.Verification;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON form of a verification, through the CLI's writer. */
class VerificationJsonTest {

    @Test
    void zSynAloneListsItsFourRStarViolations() throws Exception {
        Verification v = Verification.of(Constructions.syn(31, 1));
        JsonNode json =
                new ObjectMapper()
                        .readTree(JsonOutput.mapper().writeValueAsString(VerificationJson.of(v)));
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(
                List.of(
                        "d",
                        "order",
                        "dataSpaceLoss",
                        "sumPotentialLoss",
                        "accuracy",
                        "weightNorms",
                        "tolerance",
                        "classes",
                        "violated"),
                keys);
        assertEquals(31, json.get("d").asInt());
        JsonNode star = json.get("classes").get(2);
        assertEquals("R_*", star.get("constraint").asText());
        assertEquals(4, star.get("violated").asInt());
        List<String> starIndices = new ArrayList<>();
        for (JsonNode r : json.get("violated")) {
            if (r.get("constraint").asText().equals("R_*")) {
                starIndices.add(r.get("index").asText());
                // |1 + ω₃³ + ω₃⁶| = 3 (docs/cogs-math.md §5.1), three unit-modulus products summed
                assertEquals(3.0, r.get("value").asDouble(), 1e-12);
            }
        }
        assertEquals(List.of("R_b(2,1)", "R_a(2,1)", "R_b(29,30)", "R_a(29,30)"), starIndices);
        assertEquals(v.violations().size(), json.get("violated").size());
    }
}
