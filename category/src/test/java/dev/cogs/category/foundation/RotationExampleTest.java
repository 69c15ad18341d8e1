package dev.cogs.category.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.category.yoneda.RepresentabilityReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/category.md, "Numbers to reproduce" E, as computed for {@code cogs category} without input.
 */
class RotationExampleTest {

    @Test
    void bothReadingsOfTheSevenImages() {
        for (RotationModel model : RotationModel.values()) {
            RotationExample.Result r = RotationExample.run(model);
            assertEquals(model, r.model());
            assertEquals(RotationTasks.sevenImages(model), r.category());
            assertEquals(28, r.category().morphismCount());
            assertTrue(r.yonedaFullyFaithful());
            assertEquals(RotationTasks.exampleTasks(r.category()).size(), r.tasks().size());
            // classification is not solvable by any prompt, and says why: its support meets every
            // orbit
            RotationExample.TaskResult classification = r.tasks().get(0);
            assertEquals("classification (terminal presheaf)", classification.task());
            assertFalse(classification.solvable());
            assertEquals(List.of(), classification.prompts());
            assertEquals(List.of(), classification.universal());
            assertTrue(
                    classification.reason().startsWith("non-empty on "), classification.reason());
        }
        RotationExample.Result r1 = RotationExample.run(RotationModel.ACTION_GROUPOID);
        assertTrue(r1.fineTuningExact());
        assertEquals(9, r1.tasks().size());
        assertTrue(r1.tasks().get(0).reason().startsWith("non-empty on 3 connected components"));
        // rotation relative to B0 is solved exactly by B0 and B1 (the orbit of size 2)
        RotationExample.TaskResult b0 = r1.tasks().get(4);
        assertEquals("rotation relative to B0", b0.task());
        assertTrue(b0.solvable());
        assertEquals("representable", b0.reason());
        assertEquals(List.of("B0", "B1"), b0.prompts());
        assertTrue(
                b0.universal().contains(new RepresentabilityReport.Pair("B0", 0)),
                b0.universal().toString());
    }
}
