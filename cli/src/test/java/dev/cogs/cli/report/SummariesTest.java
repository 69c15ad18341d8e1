package dev.cogs.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogs.algebra.Complex;
import dev.cogs.algebra.weights.Constructions;
import dev.cogs.nets.analysis.NetAnalysis;
import dev.cogs.nets.analysis.StructurePoint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummariesTest {

    /** z_{F4/6} at d = 23 (spec §6.3): one order-6 group at k0 = 1 and ten order-4 groups. */
    private static NetAnalysis f46() {
        return NetAnalysis.of(Constructions.f46(23, Complex.polar(1, 0.7),
                Complex.polar(1, 0.3), 1));
    }

    @Test
    void textNamesEveryGroupAndTheHistogram() {
        String text = Summaries.analysisText(f46());
        assertEquals(10, text.split("z_\\{nu=i\\}\\*z_xi", -1).length - 1, text);
        assertTrue(text.contains("k=1   size 6  z_nu*z_syn"), text);
        assertTrue(text.contains("per-frequency order (k = 1..11): 6 4 4 4 4 4 4 4 4 4 4"), text);
        Map<Integer, Integer> h = Summaries.histogram(List.of(f46(), f46()));
        assertEquals(Map.of(4, 20, 6, 2), h);
        String ht = Summaries.histogramText(h);
        assertTrue(ht.contains("      4     20   90.9%"), ht);
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
    void poolsOnlyEpochsEveryRunRecorded() {
        List<StructurePoint> a = List.of(new StructurePoint(0, 0, 0, 0, 0), new StructurePoint(500, 2, 3, 5, 4),
                new StructurePoint(900, 4, 7, 11, 9));
        List<StructurePoint> b = List.of(new StructurePoint(0, 1, 0, 1, 0), new StructurePoint(500, 5, 6, 10, 8));
        var pooled = Summaries.pool(List.of(a, b));
        assertEquals(List.of(0, 500), List.copyOf(pooled.keySet()));
        assertEquals(new StructurePoint(500, 7, 9, 15, 12), pooled.get(500));
        assertEquals(0.8, pooled.get(500).matchedFraction().orElseThrow(), 0.0);
        assertTrue(Summaries.pool(List.of(a, List.of())).isEmpty());
    }

    @Test
    void structureTextShowsAboutTenEpochsPlusCheckpointAndEnd() {
        List<StructurePoint> t = new java.util.ArrayList<>();
        for (int e = 0; e <= 30000; e += 500) {
            t.add(new StructurePoint(e, 5, 6, e == 0 ? 0 : 10, e / 3000));
        }
        t.add(6, new StructurePoint(2950, 5, 6, 10, 1));
        String text = Summaries.structureText(Summaries.pool(List.of(t)), 2950);
        // step = 3000 (a tenth of the run, rounded up to the 500-epoch grid); epoch 0 is skipped
        assertEquals("epoch 2950: 10.0%, 3000: 10.0%, 6000: 20.0%, 9000: 30.0%, 12000: 40.0%, 15000: 50.0%, "
                + "18000: 60.0%, 21000: 70.0%, 24000: 80.0%, 27000: 90.0%, 30000: 100.0%", text);
        assertEquals("", Summaries.structureText(Summaries.pool(List.of()), 0));
    }
}
