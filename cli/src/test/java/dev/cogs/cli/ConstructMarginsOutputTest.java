package dev.cogs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.algebra.Complex;
import dev.cogs.nets.analysis.ConstructionMargins;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The margin block of {@code cogs construct} (docs/cogs-math.md §13.6). */
class ConstructMarginsOutputTest {

    @Test
    void printsEveryConstructionAgainstTheMaximum() {
        ConstructionMargins m =
                ConstructionMargins.of(11, Complex.polar(1, 0.7), Complex.polar(1, 0.3), 1, true);
        String text = ConstructCommand.marginsText(m);
        assertTrue(text.startsWith("normalised margins on all d^2 pairs"), text);
        assertTrue(
                text.contains(
                        String.format(
                                java.util.Locale.ROOT,
                                "maximum gamma*(11) = sqrt(2/27)/((d-1) sqrt d)" + " = %.6e",
                                m.maximum())),
                text);
        assertTrue(
                text.lines().anyMatch(l -> l.startsWith("z_F6 ") && l.contains(" 1.000000 ")),
                text);
        Map<String, Object> json = ConstructCommand.marginsJson(m);
        assertEquals(m.maximum(), json.get("maximum"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) json.get("rows");
        assertEquals(
                List.of("z_F6", "z_F4/6", "memorisation", "z_F4"),
                rows.stream().map(r -> r.get("name")).toList());
        assertEquals(
                List.of(
                        "name",
                        "margin",
                        "l23Cubed",
                        "normalisedMargin",
                        "ratio",
                        "balancedL23Cubed",
                        "balancedNormalisedMargin",
                        "balancedRatio"),
                List.copyOf(rows.get(1).keySet()));
        assertTrue((Double) rows.get(1).get("ratio") < 1);
    }
}
