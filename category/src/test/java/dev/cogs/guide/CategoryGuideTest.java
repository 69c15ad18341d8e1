package dev.cogs.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.category.Categories;
import dev.cogs.category.CategoryBuilder;
import dev.cogs.category.FiniteCategory;
import dev.cogs.category.io.CategoryFormat;
import dev.cogs.category.sets.SetFunctor;
import dev.cogs.category.sets.Variance;
import dev.cogs.category.yoneda.Representability;
import dev.cogs.category.yoneda.RepresentabilityReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example of docs/guide-category.md, verbatim between the guide markers. Only public API, so it
 * also runs in the separate Maven project of the it module.
 */
class CategoryGuideTest {

    @Test
    void decideRepresentabilityOfHandMadePresheaves() {
        // guide:begin
        // The monoid {1, e} with e∘e = e as a one-object category, built in code ...
        CategoryBuilder b = Categories.builder(1).objectLabel(0, "*");
        int e = b.morphism(0, 0, "e");
        b.compose(e, e, e);
        FiniteCategory c = b.build(); // morphisms id_*, e
        // ... and a presheaf on it: F(*) = {0, 1}, e acting as the identity
        SetFunctor f =
                SetFunctor.builder(c, Variance.CONTRAVARIANT).sizes(2).action(e, 0, 1).build();
        System.out.println(Representability.explain(f).describe(c.labels()));
        // candidate (*, 0): morphisms id_* and e give the same element of F(*)

        // The same kind of question from the JSON format of `cogs category --input`
        CategoryFormat.Document doc =
                CategoryFormat.read(
                        """
                {"category": {"objects": ["X", "Y"],
                              "morphisms": [{"name": "f", "dom": "X", "cod": "Y"}]},
                 "presheaves": [{"name": "h_Y", "sizes": {"X": 1, "Y": 1}, "actions": {"f": [0]}},
                                {"name": "two", "sizes": {"X": 2, "Y": 1}, "actions": {"f": [1]}}]}
                """);
        List<RepresentabilityReport> reports = new ArrayList<>();
        for (CategoryFormat.NamedFunctor nf : doc.functors()) {
            reports.add(RepresentabilityReport.of(nf.name(), nf.functor()));
            System.out.println(reports.get(reports.size() - 1).line());
        }
        // h_Y [presheaf, sizes X=1, Y=1]: representable by (Y, 0)
        // two [presheaf, sizes X=2, Y=1]: NOT representable: no object passes the size profile; ...
        assertTrue(reports.get(0).representable());
        assertFalse(reports.get(1).representable());
        // guide:end
        assertEquals(
                "candidate (*, 0): morphisms id_* and e give the same element of F(*)",
                Representability.explain(f).describe(c.labels()));
    }
}
