package dev.cogs.testkit.category;

import static dev.cogs.testkit.LawAssertions.assertLaw;
import static org.quicktheories.QuickTheory.qt;

import dev.cogs.category.FiniteCategory;
import dev.cogs.category.Functor;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * The functor laws (docs/category.md §2.4) as a reusable property suite: for a functor F: C → D,
 * every image is in range, \(\mathrm{dom}\,F(m) = F(\mathrm{dom}\,m)\) and \(\mathrm{cod}\,F(m) =
 * F(\mathrm{cod}\,m)\), \(F(\mathrm{id}_X) = \mathrm{id}_{F X}\), and \(F(g \circ f) = F(g) \circ
 * F(f)\) for every composable pair; and the library's own check {@link Functor#failures()} agrees.
 * The laws are evaluated here from the two categories' tables, independently of that check.
 *
 * <p>Implement it in a {@code *Test} class and return the functors to check from {@link
 * #functors()}, for example {@code
 * SmallCategories.functors().map(SmallCategories.FunctorRecipe::build)} or functors built by the
 * code under test. A failure names the law, the witnesses (morphism and object indices with their
 * labels) and both sides; QuickTheories adds the shrunk input and the seed ("Seed was …"; replay
 * with {@code -DQT_SEED=…}).
 */
public interface FunctorLaws {

    /**
     * The functors under test.
     *
     * @return the generator (describe it with {@code describedAs} so that failures print readably)
     */
    Gen<Functor> functors();

    /**
     * Examples per law.
     *
     * @return the number of examples
     */
    default int examples() {
        return 200;
    }

    /**
     * The QuickTheories configuration every law of this suite runs with: {@code
     * qt().withExamples(examples())}.
     *
     * @return the theory builder
     */
    default QuickTheory theory() {
        return qt().withExamples(examples());
    }

    /**
     * Law: every object and morphism image lies in the target, with {@code dom F(m) = F(dom m)},
     * {@code cod F(m) = F(cod m)}.
     */
    @Test
    default void preservesTyping() {
        theory().forAll(functors())
                .checkAssert(
                        f -> {
                            FiniteCategory c = f.source();
                            FiniteCategory d = f.target();
                            for (int x = 0; x < c.objectCount(); x++) {
                                assertLaw(
                                        Objects::equals,
                                        "F(X) is an object of the target",
                                        true,
                                        f.onObject(x) >= 0 && f.onObject(x) < d.objectCount(),
                                        c.labels().object(x));
                            }
                            for (int m = 0; m < c.morphismCount(); m++) {
                                int fm = f.onMorphism(m);
                                String name = c.labels().morphism(m);
                                assertLaw(
                                        Objects::equals,
                                        "F(m) is a morphism of the target",
                                        true,
                                        fm >= 0 && fm < d.morphismCount(),
                                        name);
                                assertLaw(
                                        Objects::equals,
                                        "dom F(m) = F(dom m)",
                                        d.dom(fm),
                                        f.onObject(c.dom(m)),
                                        name);
                                assertLaw(
                                        Objects::equals,
                                        "cod F(m) = F(cod m)",
                                        d.cod(fm),
                                        f.onObject(c.cod(m)),
                                        name);
                            }
                        });
    }

    /** Law: \(F(\mathrm{id}_X) = \mathrm{id}_{F X}\). */
    @Test
    default void preservesIdentities() {
        theory().forAll(functors())
                .checkAssert(
                        f -> {
                            FiniteCategory c = f.source();
                            for (int x = 0; x < c.objectCount(); x++) {
                                assertLaw(
                                        Objects::equals,
                                        "F(id_X) = id_{F X}",
                                        f.onMorphism(c.identity(x)),
                                        f.target().identity(f.onObject(x)),
                                        c.labels().object(x));
                            }
                        });
    }

    /** Law: \(F(g \circ f) = F(g) \circ F(f)\) for every composable pair. */
    @Test
    default void preservesComposition() {
        theory().forAll(functors())
                .checkAssert(
                        fn -> {
                            FiniteCategory c = fn.source();
                            FiniteCategory d = fn.target();
                            for (int f = 0; f < c.morphismCount(); f++) {
                                for (int g = 0; g < c.morphismCount(); g++) {
                                    if (c.dom(g) == c.cod(f)) {
                                        assertLaw(
                                                Objects::equals,
                                                "F(g o f) = F(g) o F(f)",
                                                fn.onMorphism(c.compose(g, f)),
                                                d.compose(fn.onMorphism(g), fn.onMorphism(f)),
                                                c.labels().morphism(f),
                                                c.labels().morphism(g));
                                    }
                                }
                            }
                        });
    }

    /** Law: {@link Functor#failures()} is empty and {@link Functor#isFunctor()} holds. */
    @Test
    default void libraryCheckAgrees() {
        theory().forAll(functors())
                .checkAssert(
                        f ->
                                assertLaw(
                                        Objects::equals,
                                        "failures() is empty",
                                        java.util.List.of(),
                                        f.failures(),
                                        f));
    }
}
