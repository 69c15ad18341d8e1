package dev.cogs.category.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.category.Categories;
import dev.cogs.category.FiniteCategory;
import dev.cogs.category.Functors;
import dev.cogs.category.Labels;
import dev.cogs.testkit.category.SmallCategories;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoundationTest {

    @Test
    void idealModelAnswersHomSets() {
        FiniteCategory c = SmallCategories.fixture("⇉");
        PretextCategory p = PretextCategory.of(c);
        IdealModel m = IdealModel.yoneda(p);
        assertEquals(p, m.pretext());
        assertEquals(c.hom(0, 1), m.answer(0, 1));
        assertEquals(2, m.features(1).size(0));
    }

    @Test
    void dataPointsAreNamedByTheirLabels() {
        FiniteCategory r = RotationTasks.sevenImages(RotationModel.ACTION_GROUPOID);
        PretextCategory p = PretextCategory.of(r);
        assertEquals(r.labels(), p.data());
        assertEquals("A0", p.name(0));
        assertEquals("C0", p.name(6));
        FiniteCategory c = Categories.chain(2);
        PretextCategory named = new PretextCategory(c, Labels.of(List.of("cat", "dog"), List.of()));
        assertEquals("dog", named.name(1));
        assertEquals("1", PretextCategory.of(c).name(1), "unlabelled: the index");
        assertThrows(
                IllegalArgumentException.class,
                () -> new PretextCategory(c, Labels.of(List.of("cat"), List.of())));
    }

    @Test
    void idealityCheckFindsWrongHeads() {
        FiniteCategory c = Categories.chain(3);
        PretextCategory p = PretextCategory.of(c);
        // The exact count head x <= y is ideal; a symmetric head is not.
        assertEquals(List.of(), IdealModel.check(p, x -> x, (x, y) -> x <= y ? 1 : 0));
        List<IdealModel.IdealityFailure> wrong = IdealModel.check(p, x -> x, (x, y) -> 1);
        assertEquals(
                List.of(
                        new IdealModel.IdealityFailure(1, 0, 0, 1),
                        new IdealModel.IdealityFailure(2, 0, 0, 1),
                        new IdealModel.IdealityFailure(2, 1, 0, 1)),
                wrong);
        for (IdealModel.IdealityFailure f : wrong) {
            assertEquals(c.homSize(f.x(), f.y()), f.expected());
            assertEquals(1, f.actual());
        }
        assertEquals("(2, 1): head gives 1, |Hom| = 0", wrong.get(2).describe());
    }

    @Test
    void featureAlignmentOfFullEmbeddingsAndNonFullFunctors() {
        FiniteCategory three = Categories.chain(3);
        // The inclusion of {0, 2} into the chain is a full embedding: aligned.
        assertEquals(List.of(), FeatureAlignment.check(Functors.inclusion(three, 0, 2)));
        // The functor collapsing the walking arrow to the terminal category is full but not
        // injective on objects.
        FiniteCategory arrow = Categories.walkingArrow();
        List<FeatureAlignment.AlignmentFailure> failures =
                FeatureAlignment.check(
                        Functors.of(
                                arrow,
                                Categories.terminal(),
                                new int[] {0, 0},
                                new int[] {0, 0, 0}));
        assertTrue(
                failures.stream().anyMatch(f -> f.reason().equals("not injective on objects")),
                failures.toString());
        assertTrue(failures.stream().anyMatch(f -> f.x() == 1 && f.y() == 0), failures.toString());
    }
}
