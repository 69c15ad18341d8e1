package dev.cogs.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogs.algebra.weights.Constructions;
import dev.cogs.nets.analysis.NetAnalysis;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;

class SummariesTest {

    /** z_{F4/6} at d = 23 (spec §6.3): one order-6 group at k0 = 1 and ten order-4 groups. */
    private static NetAnalysis f46() {
        return NetAnalysis.of(Constructions.f46(23, new Complex(Math.cos(0.7), Math.sin(0.7)),
                new Complex(Math.cos(0.3), Math.sin(0.3)), 1));
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
}
