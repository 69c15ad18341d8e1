package dev.cogs.category.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.category.FiniteCategory;
import dev.cogs.category.foundation.RotationModel;
import dev.cogs.category.foundation.RotationTasks;
import dev.cogs.category.yoneda.Representability;
import dev.cogs.category.yoneda.RepresentabilityReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryFormatTest {

    private static final String SMALL =
            "{\"category\": {\"objects\": [\"X\", \"Y\"],"
                    + " \"morphisms\": [{\"name\": \"f\", \"dom\": \"X\", \"cod\": \"Y\"}], \"compose\": []},"
                    + " \"presheaves\": [{\"name\": \"h_Y\", \"sizes\": {\"X\": 1, \"Y\": 1}, \"actions\": {\"f\": [0]}},"
                    + " {\"name\": \"two\", \"sizes\": {\"X\": 2, \"Y\": 1}, \"actions\": {\"f\": [1]}}]}";

    /**
     * Z4 as one object with rotations r1, r2, r3 (the table of BZ4) and a presheaf body to fill in.
     */
    private static String z4(String presheaves) {
        return "{\"category\": {\"objects\": [\"X\"], \"morphisms\": [{\"name\":\"r1\",\"dom\":\"X\",\"cod\":\"X\"},"
                + "{\"name\":\"r2\",\"dom\":\"X\",\"cod\":\"X\"},{\"name\":\"r3\",\"dom\":\"X\",\"cod\":\"X\"}],"
                + "\"compose\": [[\"r1\",\"r1\",\"r2\"],[\"r1\",\"r2\",\"r3\"],[\"r1\",\"r3\",\"id_X\"],"
                + "[\"r2\",\"r1\",\"r3\"],[\"r2\",\"r2\",\"id_X\"],[\"r2\",\"r3\",\"r1\"],[\"r3\",\"r1\",\"id_X\"],"
                + "[\"r3\",\"r2\",\"r1\"],[\"r3\",\"r3\",\"r2\"]]}, \"presheaves\": ["
                + presheaves
                + "]}";
    }

    @Test
    void readsTheSmallExample() {
        CategoryFormat.Document doc = CategoryFormat.read(SMALL);
        assertEquals(2, doc.category().objectCount());
        assertEquals(3, doc.category().morphismCount());
        assertEquals(2, doc.functors().size());
        RepresentabilityReport h =
                RepresentabilityReport.of("h_Y", doc.functors().get(0).functor());
        assertTrue(h.representable());
        assertEquals(List.of(new RepresentabilityReport.Pair("Y", 0)), h.representations());
        assertFalse(
                RepresentabilityReport.of("two", doc.functors().get(1).functor()).representable());
    }

    @Test
    void readsZ4WithActionsOnTheGenerator() {
        CategoryFormat.Document doc =
                CategoryFormat.read(
                        z4(
                                "{\"name\":\"regular\",\"sizes\":{\"X\":4},"
                                        + "\"actions\":{\"r1\":[1,2,3,0]}}"));
        // docs/category.md, "Numbers to reproduce" C: the regular Z4-set is representable, with 4
        // universal elements.
        assertEquals(4, Representability.all(doc.functors().get(0).functor()).size());
    }

    @Test
    void exampleFileRoundTripsAndMatchesSpecE() throws IOException {
        String text =
                Files.readString(Path.of("../docs/examples/rotation.json"), StandardCharsets.UTF_8);
        CategoryFormat.Document doc = CategoryFormat.read(text);
        FiniteCategory c = doc.category();
        assertEquals(7, c.objectCount());
        assertEquals(28, c.morphismCount());
        FiniteCategory r1 = RotationTasks.sevenImages(RotationModel.ACTION_GROUPOID);
        for (int x = 0; x < 7; x++) {
            for (int y = 0; y < 7; y++) {
                assertEquals(r1.homSize(x, y), c.homSize(x, y));
            }
        }
        List<Boolean> verdicts = new ArrayList<>();
        for (CategoryFormat.NamedFunctor f : doc.functors()) {
            verdicts.add(Representability.isRepresentable(f.functor()));
        }
        // classification, constants 2 and 3: not; h_A0, h_B0, h_C0: yes; per-orbit classification:
        // A only.
        assertEquals(List.of(false, false, false, true, true, true, true, false, false), verdicts);
        assertEquals(
                text,
                CategoryFormat.write(c, doc.functors()),
                "writing the parsed file reproduces it");
    }

    @Test
    void badFilesNameTheOffendingEntry() {
        assertMessage(
                "category.morphisms[0].cod: unknown object \"Z\"",
                "{\"category\": {\"objects\": [\"X\"], \"morphisms\": [{\"name\":\"f\",\"dom\":\"X\",\"cod\":\"Z\"}]}}");
        assertMessage(
                "no entry for the composable pair [\"g\", \"f\"]",
                "{\"category\": {\"objects\": [\"X\",\"Y\"], \"morphisms\": [{\"name\":\"f\",\"dom\":\"X\",\"cod\":\"Y\"},"
                        + "{\"name\":\"g\",\"dom\":\"Y\",\"cod\":\"X\"}], \"compose\": []}}");
        assertMessage(
                "category.objects[1]: duplicate object name \"X\"",
                "{\"category\": {\"objects\": [\"X\",\"X\"]}}");
        assertMessage(
                "category.compose[0][2]: unknown morphism \"h\"",
                "{\"category\": {\"objects\": [\"X\",\"Y\"],"
                        + " \"morphisms\": [{\"name\":\"f\",\"dom\":\"X\",\"cod\":\"Y\"}], \"compose\": [[\"f\",\"f\",\"h\"]]}}");
        assertMessage("not valid JSON", "{\"category\": {");
        assertMessage("top level: missing field \"category\"", "{}");
    }

    @Test
    void badPresheavesNameTheWitness() {
        assertMessage(
                "presheaves[0] \"F\": not a presheaf (1 failure): actions.\"r1\"[1] = 5 is outside the fibre [0, 2)",
                z4("{\"name\":\"F\",\"sizes\":{\"X\":2},\"actions\":{\"r1\":[0,5]}}"));
        // A 3-cycle is not a Z4-action: r1 applied four times is not the identity.
        assertMessage(
                "not functorial: relation",
                z4("{\"name\":\"F\",\"sizes\":{\"X\":3},\"actions\":{\"r1\":[1,2,0]}}"));
        assertMessage(
                "presheaves[0] \"F\".sizes.\"Q\": unknown object",
                z4("{\"name\":\"F\",\"sizes\":{\"Q\":2}}"));
        assertMessage(
                "presheaves[0] \"F\".actions.\"r9\": unknown morphism",
                z4("{\"name\":\"F\",\"sizes\":{\"X\":1},\"actions\":{\"r9\":[0]}}"));
        assertMessage(
                "presheaves[0] \"F\".variance: \"sideways\" is not one of presheaf, copresheaf",
                z4("{\"name\":\"F\",\"variance\":\"sideways\",\"sizes\":{\"X\":1}}"));
        assertMessage(
                "actions.\"r1\" has 1 entries, expected 2",
                z4("{\"name\":\"F\",\"sizes\":{\"X\":2},\"actions\":{\"r1\":[0]}}"));
    }

    private static void assertMessage(String expectedPart, String json) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> CategoryFormat.read(json));
        assertTrue(e.getMessage().contains(expectedPart), e.getMessage());
    }
}
