package dev.cogs.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogs.algebra.Complex;
import dev.cogs.algebra.weights.Constructions;
import dev.cogs.nets.analysis.NetAnalysis;
import dev.cogs.nets.analysis.OrderHistogram;
import dev.cogs.nets.analysis.StructurePoint;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummariesTest {

    /**
     * z_{F4/6} at d = 23 (docs/cogs-math.md §6.3): one order-6 group at k0 = 1 and ten order-4
     * groups.
     */
    private static NetAnalysis f46() {
        return NetAnalysis.of(
                Constructions.f46(23, Complex.polar(1, 0.7), Complex.polar(1, 0.3), 1));
    }

    @Test
    void textNamesEveryGroupAndTheHistogram() {
        String text = Summaries.analysisText(f46());
        assertEquals(10, text.split("z_\\{nu=i\\}\\*z_xi", -1).length - 1, text);
        assertTrue(text.contains("k=1   size 6  z_nu*z_syn"), text);
        assertTrue(text.contains("per-frequency order (k = 1..11): 6 4 4 4 4 4 4 4 4 4 4"), text);
        String ht = Summaries.histogramText(OrderHistogram.of(List.of(f46(), f46())));
        // 20 of 22 pooled frequencies have order 4: 90.9 %, 36 of 40 bar characters
        assertTrue(ht.contains("      4     20   90.9%  " + "#".repeat(36) + "\n"), ht);
        assertTrue(ht.contains("      6      2    9.1%  ####\n"), ht);
    }

    @Test
    void jsonMapRoundTripsThroughJackson() throws Exception {
        ObjectMapper m = new ObjectMapper();
        JsonNode n = m.readTree(m.writeValueAsString(Summaries.analysisMap(f46())));
        assertEquals(11, n.get("groups").size());
        JsonNode g2 = n.get("groups").get(1);
        assertEquals("z_{nu=i}*z_xi", g2.get("kind").asText());
        assertEquals(1.0, g2.get("xi").get("abs").asDouble(), 1e-9);
        assertEquals(1.0, n.get("statistics").get("matched").asDouble(), 0.0);
        assertTrue(n.get("statistics").get("1nonfact_6").isNumber());
        assertTrue(n.get("statistics").get("err_4").isNumber());
    }

    @Test
    void structureTextShowsAboutTenEpochsPlusCheckpointAndEnd() {
        List<StructurePoint> t = new java.util.ArrayList<>();
        for (int e = 0; e <= 30000; e += 500) {
            t.add(new StructurePoint(e, 5, 6, e == 0 ? 0 : 10, e / 3000));
        }
        t.add(6, new StructurePoint(2950, 5, 6, 10, 1));
        String text = Summaries.structureText(StructurePoint.pool(List.of(t)), 2950);
        // step = 3000 (a tenth of the run, rounded up to the 500-epoch grid); epoch 0 is skipped
        assertEquals(
                "epoch 2950: 10.0%, 3000: 10.0%, 6000: 20.0%, 9000: 30.0%, 12000: 40.0%, 15000: 50.0%, "
                        + "18000: 60.0%, 21000: 70.0%, 24000: 80.0%, 27000: 90.0%, 30000: 100.0%",
                text);
        assertEquals("", Summaries.structureText(StructurePoint.pool(List.of()), 0));
    }
}
