package dev.cogs.testkit.category;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.category.Categories;
import dev.cogs.category.FiniteCategory;
import dev.cogs.category.Functor;
import dev.cogs.category.Functors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The functor laws on random functors between tiny categories, and a broken candidate that the
 * suite rejects.
 */
class FunctorLawsTest implements FunctorLaws {

    @Override
    public Gen<Functor> functors() {
        return SmallCategories.functors().map(SmallCategories.FunctorRecipe::build);
    }

    @Override
    public int examples() {
        return 100;
    }

    @Test
    void theSuiteRejectsAMapThatIsNotAFunctor() {
        // Z/2 → Z/2 sending the generator to the identity but the identity to the generator: F(id)
        // ≠ id.
        FiniteCategory c = Categories.cyclicGroup(2);
        int id = c.identity(0);
        int g = 1 - id;
        Functor broken =
                Functors.candidate(
                        c, c, new int[] {0}, id == 0 ? new int[] {g, id} : new int[] {id, g});
        FunctorLaws suite = () -> Generate.constant(broken);
        AssertionError e = assertThrows(AssertionError.class, suite::preservesIdentities);
        assertTrue(e.getMessage().contains("F(id_X) = id_{F X} fails"), e.getMessage());
        assertThrows(AssertionError.class, suite::libraryCheckAgrees);
    }
}
