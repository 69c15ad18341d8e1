package dev.cogs.category.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.category.sets.Variance;
import org.junit.jupiter.api.Test;

/**
 * Strict reading (issue 16): a misspelt key, a key given twice, a second compose entry for one pair
 * and inputs beyond the limits are refused with the entry and the rule, never read as something
 * else.
 */
class CategoryFormatStrictTest {

    private static String refusal(String json) {
        return assertThrows(IllegalArgumentException.class, () -> CategoryFormat.read(json))
                .getMessage();
    }

    @Test
    void aMisspeltKeyIsRefusedWithTheNearestKnownKey() {
        assertEquals(
                "top level: unknown key \"presheafs\"; did you mean \"presheaves\"?",
                refusal("{\"category\":{\"objects\":[\"X\"]},\"presheafs\":[]}"));
        assertEquals(
                "presheaves[0]: unknown key \"varience\"; did you mean \"variance\"?",
                refusal(
                        "{\"category\":{\"objects\":[\"X\"]},\"presheaves\":[{\"varience\":"
                                + "\"copresheaf\",\"sizes\":{\"X\":1}}]}"));
        assertEquals(
                "category.morphisms[0]: unknown key \"codomain\"; the keys are name, dom, cod",
                refusal(
                        "{\"category\":{\"objects\":[\"X\"],\"morphisms\":[{\"name\":\"f\","
                                + "\"dom\":\"X\",\"codomain\":\"X\"}]}}"));
    }

    @Test
    void theCorrectlySpeltVarianceIsRead() {
        var doc =
                CategoryFormat.read(
                        "{\"category\":{\"objects\":[\"X\"]},\"presheaves\":[{\"variance\":"
                                + "\"copresheaf\",\"sizes\":{\"X\":1}}]}");
        assertEquals(Variance.COVARIANT, doc.functors().get(0).functor().variance());
    }

    @Test
    void editDistanceMatchesHandCounts() {
        assertEquals(0, CategoryFormat.editDistance("cod", "cod"));
        // f -> v, then insert e
        assertEquals(2, CategoryFormat.editDistance("presheafs", "presheaves"));
        // e -> a
        assertEquals(1, CategoryFormat.editDistance("varience", "variance"));
        assertEquals(3, CategoryFormat.editDistance("kitten", "sitting"));
        assertEquals(5, CategoryFormat.editDistance("", "sizes"));
    }

    @Test
    void aSecondComposeEntryForOnePairIsRefused() {
        // Z2 = {id, a} with a∘a = id, then a second entry a∘a = a: the last one used to win and
        // turn the group into an idempotent monoid.
        String m =
                refusal(
                        "{\"category\":{\"objects\":[\"G\"],\"morphisms\":[{\"name\":\"a\",\"dom\":"
                                + "\"G\",\"cod\":\"G\"}],\"compose\":[[\"a\",\"a\",\"id_G\"],"
                                + "[\"a\",\"a\",\"a\"]]}}");
        assertTrue(
                m.startsWith(
                        "category.compose[1]: a second entry for the pair [\"a\", \"a\"] (the first"
                                + " is category.compose[0])"),
                m);
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        String m = refusal("{\"category\":{\"objects\":[\"X\"],\"objects\":[\"Y\"]}}");
        assertTrue(m.startsWith("not valid JSON: Duplicate field 'objects'"), m);
    }

    @Test
    void limitsAreCheckedBeforeAnythingIsAllocated() {
        CategoryFormat.Limits small = new CategoryFormat.Limits(3, 5, 8);
        String objects = "{\"category\":{\"objects\":[\"A\",\"B\",\"C\",\"D\"]}}";
        String m =
                assertThrows(
                                IllegalArgumentException.class,
                                () -> CategoryFormat.read(objects, small))
                        .getMessage();
        assertTrue(
                m.contains("4 morphisms with the identities, above the limit maxMorphisms (3"), m);
        String sizes =
                "{\"category\":{\"objects\":[\"A\"]},\"presheaves\":[{\"sizes\":{\"A\":6}}]}";
        m =
                assertThrows(
                                IllegalArgumentException.class,
                                () -> CategoryFormat.read(sizes, small))
                        .getMessage();
        assertTrue(m.contains("above the limit maxElements (5)"), m);
        String deep = "[[[[[[[[[[]]]]]]]]]]";
        m =
                assertThrows(IllegalArgumentException.class, () -> CategoryFormat.read(deep, small))
                        .getMessage();
        assertTrue(m.startsWith("not accepted: nesting deeper than the limit maxNesting (8)"), m);
        // within the limits the same documents are read
        assertEquals(
                1,
                CategoryFormat.read(
                                "{\"category\":{\"objects\":[\"A\"]},\"presheaves\":[{\"sizes\":{\"A\":5}}]}",
                                small)
                        .functors()
                        .size());
    }

    @Test
    void identitiesAreNamedAsTheFormatDocuments() {
        var c = CategoryFormat.read("{\"category\":{\"objects\":[\"X\",\"Y\"]}}").category();
        assertEquals("id_X", c.labels().morphism(0));
        assertEquals("id_Y", c.labels().morphism(1));
    }
}
