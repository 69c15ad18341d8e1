package dev.cogs.cli.construct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rows behind {@code cogs construct}. */
class ConstructionSuiteTest {

    @Test
    void d23RowsAreVerified() throws Exception {
        ConstructionSuite.Result r = ConstructionSuite.run(ConstructionSuite.Options.defaults(23));
        assertTrue(r.verified(), ConstructionSuite.table(r));
        assertEquals(List.of("z_F6", "z_F4/6", "memorisation", "z_F4"),
                r.rows().stream().map(ConstructionRow::name).toList());
        // Orders 3(d−1), 2d, d², 2(d−1) (spec §6).
        assertEquals(List.of(66, 46, 529, 44), r.rows().stream().map(ConstructionRow::order).toList());
        for (ConstructionRow row : r.rows().subList(0, 3)) {
            assertTrue(row.dataSpaceLoss() <= 1e-20 && row.sumPotentialLoss() <= 1e-20, row.toString());
            assertEquals(1.0, row.accuracy());
        }
        // z_F4: ℓ = 2(d−1)/d = 1.913043 (spec §6.2), only R_n violated.
        ConstructionRow f4 = r.rows().get(3);
        assertEquals(44.0 / 23, f4.dataSpaceLoss(), 1e-12);
        assertEquals("R_n", f4.violations().get(3).constraint());
        assertTrue(f4.violations().get(3).max() > 0.06);
        // Weight-decay costs of spec §6.5 (d = 23): 214.857, 206.125, 985.043.
        assertEquals(214.857, r.rows().get(0).decayCost(), 5e-4);
        assertEquals(206.125, r.rows().get(1).decayCost(), 5e-4);
        assertEquals(985.043, r.rows().get(2).decayCost(), 5e-4);

        String table = ConstructionSuite.table(r);
        assertTrue(table.contains("z_F4/6") && table.contains("verified"), table);
        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(r));
        assertEquals(23, json.get("d").asInt());
        assertEquals(4, json.get("rows").size());
        assertEquals("R_g", json.get("rows").get(0).get("violations").get(0).get("constraint").asText());
    }

    @Test
    void memorisationIsSkippedAboveTheLimit() {
        ConstructionSuite.Result r = ConstructionSuite.run(new ConstructionSuite.Options(11, 0.7, 0.3, 2, 7));
        assertTrue(r.verified());
        assertEquals(3, r.rows().size());
        assertEquals(1, r.notes().size());
        assertTrue(r.notes().get(0).contains("order 121"), r.notes().get(0));
    }

    @Test
    void badOptionsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConstructionSuite.Options.defaults(24));
        assertTrue(e.getMessage().contains("(24)") && e.getMessage().contains("odd"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new ConstructionSuite.Options(11, 0.7, 0.3, 6, 7));
        assertTrue(e.getMessage().contains("k0 (6)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new ConstructionSuite.Options(11, Double.NaN, 0.3, 1, 7));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
    }
}
