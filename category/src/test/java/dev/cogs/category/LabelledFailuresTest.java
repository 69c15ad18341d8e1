package dev.cogs.category;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.category.io.CategoryFormat;
import dev.cogs.category.sets.NaturalTransformation;
import dev.cogs.category.sets.NaturalityFailure;
import dev.cogs.category.sets.SetFunctor;
import dev.cogs.category.sets.SetFunctorFailure;
import dev.cogs.category.sets.Variance;
import dev.cogs.category.yoneda.NonRepresentability;
import dev.cogs.category.yoneda.Representability;
import dev.cogs.category.yoneda.RepresentabilityReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Failures and explanations name objects and morphisms by the labels the user gave (by index
 * otherwise).
 */
class LabelledFailuresTest {

    private static final Labels ONE_E = Labels.of(List.of("*"), List.of("1", "e"));

    @Test
    void explanationsUseTheGivenLabels() {
        // The monoid {1, e}, e·e = e, read as a one-object category; F(*) = {0, 1} with e acting as
        // the identity is
        // not representable: at candidate (*, 0) both 1 and e send 0 to 0.
        NonRepresentability why = new NonRepresentability.NotInjective(0, 0, 0, 0, 1);
        assertEquals(
                "candidate (*, 0): morphisms 1 and e give the same element of F(*)",
                why.describe(ONE_E));
        assertEquals(
                "candidate (0, 0): morphisms 0 and 1 give the same element of F(0)",
                why.describe());
        assertEquals(
                "(e∘1)∘e ≠ e∘(1∘e) (associativity)",
                new CategoryFailure.Associativity(1, 0, 1).describe(ONE_E));
        assertEquals(
                "F(e∘e) ≠ F(e)∘F(e)",
                new FunctorFailure.CompositionNotPreserved(1, 1).describe(ONE_E, ONE_E));
        assertEquals(
                "dom F(e) = X but F(dom e) = *",
                new FunctorFailure.DomainMismatch(1, 0, 1)
                        .describe(ONE_E, Labels.of(List.of("*", "X"), List.of())));
        assertEquals(
                "action of morphism e sends element 3 to 5, outside [0, 2)",
                new SetFunctorFailure.ActionOutOfRange(1, 3, 5, 2).describe(ONE_E));
        assertEquals(
                "square of morphism e fails on element 1: act then component 0, component then act 1",
                new NaturalityFailure.NotNatural(1, 1, 0, 1).describe(ONE_E));
    }

    @Test
    void theJsonFormatsVerdictNamesTheFilesMorphisms() {
        CategoryFormat.Document doc =
                CategoryFormat.read(
                        "{\"category\": {\"objects\": [\"*\"],"
                                + " \"morphisms\": [{\"name\": \"e\", \"dom\": \"*\", \"cod\": \"*\"}], \"compose\": [[\"e\", \"e\", \"e\"]]},"
                                + " \"presheaves\": [{\"name\": \"F\", \"sizes\": {\"*\": 2}, \"actions\": {\"e\": [0, 1]}}]}");
        SetFunctor f = doc.functors().get(0).functor();
        assertTrue(Representability.explain(f) instanceof NonRepresentability.NotInjective);
        RepresentabilityReport r = RepresentabilityReport.of("F", f);
        assertEquals(
                "candidate (*, 0) is not universal: morphisms id_* and e give the same element of F(*)",
                r.reason());
        assertEquals(List.of("*"), r.objects());
        assertEquals("F [presheaf, sizes *=2]: NOT representable: " + r.reason(), r.line());
    }

    @Test
    void checkedFactoriesListFailuresByLabel() {
        // a builder table whose composite f∘f = f is not typed (f: X → Y is not composable with
        // itself)
        CategoryBuilder b = Categories.builder(2).objectLabel(0, "X").objectLabel(1, "Y");
        int f = b.morphism(0, 1, "f");
        b.compose(f, f, f);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
        assertTrue(
                e.getMessage().contains("a composite f∘f is given, but cod f ≠ dom f"),
                e.getMessage());
        // a presheaf action out of range names the morphism
        FiniteCategory arrow = Categories.walkingArrow();
        IllegalArgumentException s =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                SetFunctor.builder(arrow, Variance.CONTRAVARIANT)
                                        .sizes(1, 1)
                                        .action(2, 4)
                                        .build());
        assertTrue(
                s.getMessage().contains("action of morphism f sends element 0 to 4"),
                s.getMessage());
        // a non-natural family names the morphism of the failing square
        SetFunctor two =
                SetFunctor.builder(arrow, Variance.COVARIANT).sizes(2, 2).action(2, 0, 1).build();
        SetFunctor swap =
                SetFunctor.builder(arrow, Variance.COVARIANT).sizes(2, 2).action(2, 1, 0).build();
        IllegalArgumentException n =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> NaturalTransformation.of(two, swap, new int[][] {{0, 1}, {0, 1}}));
        assertTrue(n.getMessage().contains("square of morphism f fails"), n.getMessage());
        // a map of categories that sends an identity to a non-identity names the source's object
        CategoryBuilder ab = Categories.builder(2).objectLabel(0, "X").objectLabel(1, "Y");
        ab.morphism(0, 1, "f");
        FiniteCategory labelled = ab.build();
        FiniteCategory bz2 = Categories.cyclicGroup(2);
        int g = 1 - bz2.identity(0);
        IllegalArgumentException fn =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                Functors.of(
                                        labelled,
                                        bz2,
                                        new int[] {0, 0},
                                        new int[] {g, bz2.identity(0), g}));
        assertTrue(fn.getMessage().contains("F(id_X) ≠ id_F(X)"), fn.getMessage());
        assertEquals(List.of("id_X", "id_Y", "f"), labelled.labels().morphisms());
    }
}
