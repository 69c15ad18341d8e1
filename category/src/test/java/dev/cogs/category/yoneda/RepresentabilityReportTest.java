package dev.cogs.category.yoneda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.category.Categories;
import dev.cogs.category.CategoryBuilder;
import dev.cogs.category.FiniteCategory;
import dev.cogs.category.sets.SetFunctor;
import dev.cogs.category.sets.Variance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The named verdicts printed by {@code cogs category}; every expected reason is derived by hand
 * from the hom counts of the walking arrow X → Y (|Hom(X, X)| = |Hom(X, Y)| = |Hom(Y, Y)| = 1,
 * Hom(Y, X) = ∅).
 */
class RepresentabilityReportTest {

    private static FiniteCategory arrow() {
        CategoryBuilder b = Categories.builder(2).objectLabel(0, "X").objectLabel(1, "Y");
        b.morphism(0, 1, "f");
        return b.build();
    }

    private static SetFunctor functor(FiniteCategory c, Variance v, int x, int y, int... f) {
        return SetFunctor.builder(c, v).sizes(x, y).action(2, f).build();
    }

    @Test
    void representablePresheafIsReportedWithItsPairs() {
        RepresentabilityReport r =
                RepresentabilityReport.of("h_Y", functor(arrow(), Variance.CONTRAVARIANT, 1, 1, 0));
        assertEquals("h_Y", r.name());
        assertEquals("presheaf", r.variance());
        assertEquals(List.of(1, 1), r.sizes());
        assertTrue(r.representable());
        assertEquals(List.of(new RepresentabilityReport.Pair("Y", 0)), r.representations());
        assertEquals("representable", r.reason());
        assertEquals("h_Y [presheaf, sizes X=1, Y=1]: representable by (Y, 0)", r.line());
    }

    @Test
    void sizeProfileMismatchNamesTheCandidateAndTheHomSet() {
        // |F(X)| = 2 but every object has one morphism from X: the first candidate in the support
        // is X
        RepresentabilityReport r =
                RepresentabilityReport.of("two", functor(arrow(), Variance.CONTRAVARIANT, 2, 1, 1));
        assertFalse(r.representable());
        assertEquals(List.of(2, 1), r.sizes());
        assertEquals(
                "no object passes the size profile; e.g. candidate X: |F(X)| = 2 but |Hom(X, X)| = 1",
                r.reason());
        assertEquals("two [presheaf, sizes X=2, Y=1]: NOT representable: " + r.reason(), r.line());
        // for a copresheaf the hom-set is read from the candidate: |T(Y)| = 2 but |Hom(X, Y)| = 1
        RepresentabilityReport co =
                RepresentabilityReport.of("T", functor(arrow(), Variance.COVARIANT, 1, 2, 1));
        assertEquals("copresheaf", co.variance());
        assertEquals(
                "no object passes the size profile; e.g. candidate X: |F(Y)| = 2 but |Hom(X, Y)| = 1",
                co.reason());
        assertEquals(
                List.of(new RepresentabilityReport.Pair("X", 0)),
                RepresentabilityReport.of("h^X", functor(arrow(), Variance.COVARIANT, 1, 1, 0))
                        .representations());
    }

    @Test
    void theOtherReasonsInWords() {
        FiniteCategory z2 = Categories.cyclicGroup(2);
        // BZ2 acting trivially on two points: id and the generator both send element 0 to 0
        SetFunctor trivial =
                SetFunctor.builder(z2, Variance.CONTRAVARIANT).sizes(2).action(1, 0, 1).build();
        assertEquals(
                "candidate (0, 0) is not universal: morphisms m0 and m1 give the same element of F(0)",
                RepresentabilityReport.of("F", trivial).reason());
        FiniteCategory two = Categories.discrete(2);
        assertEquals(
                "non-empty on 2 connected components {0}, {1}; a representable is non-empty on one component only",
                RepresentabilityReport.of("F", SetFunctor.terminal(two, Variance.CONTRAVARIANT))
                        .reason());
        assertEquals(
                "every fibre is empty, but a representable h_X always contains id_X",
                RepresentabilityReport.of("0", SetFunctor.initial(two, Variance.CONTRAVARIANT))
                        .reason());
    }
}
