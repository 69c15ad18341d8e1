package dev.cogs.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogs.algebra.group.FiniteGroup;
import dev.cogs.algebra.group.FiniteGroups;
import dev.cogs.nets.run.TrainingConfig;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Round trips of {@code TrainingConfig} with its group through JSON (the run cache). */
class GroupJsonTest {

    private static final ObjectMapper M = new ObjectMapper().registerModule(GroupJson.module());

    @Test
    void configsRoundTrip() throws Exception {
        for (TrainingConfig c :
                new TrainingConfig[] {
                    TrainingConfig.defaults(23),
                    TrainingConfig.defaults(FiniteGroups.parse("D23")).withSeed(4),
                    TrainingConfig.defaults(FiniteGroups.parse("Z3xZ5")),
                    TrainingConfig.defaults(
                                    FiniteGroup.of(
                                            "V",
                                            FiniteGroups.parse("Z2xZ2").table(),
                                            java.util.List.of("e", "a", "b", "c")))
                            .withQ(8)
                }) {
            String json = M.writeValueAsString(c);
            assertEquals(c, M.readValue(json, TrainingConfig.class), json);
        }
        // named groups are written by name only; others with their table
        assertFalse(M.writeValueAsString(TrainingConfig.defaults(23)).contains("table"));
        assertTrue(
                M.writeValueAsString(
                                TrainingConfig.defaults(
                                        FiniteGroup.of(
                                                "V",
                                                FiniteGroups.parse("Z2xZ2").table(),
                                                java.util.List.of("e", "a", "b", "c"))))
                        .contains("\"table\""));
    }

    @Test
    void recordsWithoutAGroupReadAsZd() throws Exception {
        String old =
                M.writeValueAsString(TrainingConfig.defaults(11))
                        .replaceAll(",\\s*\"group\"\\s*:\\s*\\{[^}]*\\}", "");
        assertFalse(old.contains("group"), old);
        assertEquals(TrainingConfig.defaults(11), M.readValue(old, TrainingConfig.class));
    }

    @Test
    void aBadTableIsRefused() {
        String json =
                M.valueToTree(TrainingConfig.defaults(23))
                        .toString()
                        .replace("{\"name\":\"Z23\"}", "{\"name\":\"G\",\"table\":[[0,1],[1,1]]}");
        IOException e =
                assertThrows(IOException.class, () -> M.readValue(json, TrainingConfig.class));
        assertTrue(e.getMessage().contains("not a group"), e.getMessage());
    }
}
