package dev.cogs.testkit.category;

import static dev.cogs.testkit.LawAssertions.assertLaw;
import static org.quicktheories.QuickTheory.qt;

import dev.cogs.category.FiniteCategory;
import dev.cogs.category.sets.NaturalTransformation;
import dev.cogs.category.sets.SetFunctor;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * The laws of a natural transformation \(\alpha: F \Rightarrow G\) between finite-set-valued
 * functors (docs/category.md §2.6) as a reusable property suite: every component \(\alpha_X: F(X)
 * \to G(X)\) lands in \(G(X)\); the naturality square of <em>every</em> morphism m (not only of
 * generators) commutes, \(\alpha_b(F(m)(e)) = G(m)(\alpha_a(e))\) with a the fibre the action reads
 * and b the one it lands in; the identity transformations are units of vertical composition; and
 * the library's own check {@link NaturalTransformation#failures()} agrees. The squares are
 * evaluated here from the functors' actions.
 *
 * <p>Implement it in a {@code *Test} class and return the transformations to check from {@link
 * #transformations()}, for example {@code
 * Presheaves.transformations().map(Presheaves.TransformationRecipe::build)} or transformations
 * found by the code under test. A failure names the law and the witnesses, with labels.
 */
public interface NaturalTransformationLaws {

    /**
     * The transformations under test.
     *
     * @return the generator (describe it with {@code describedAs} so that failures print readably)
     */
    Gen<NaturalTransformation> transformations();

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

    /** Law: \(\alpha_X(e) \in G(X)\) for every object X and element e of F(X). */
    @Test
    default void componentsLandInTheTarget() {
        theory().forAll(transformations())
                .checkAssert(
                        alpha -> {
                            SetFunctor f = alpha.source();
                            SetFunctor g = alpha.target();
                            FiniteCategory c = f.domain();
                            for (int x = 0; x < c.objectCount(); x++) {
                                for (int e = 0; e < f.size(x); e++) {
                                    int v = alpha.component(x, e);
                                    assertLaw(
                                            Objects::equals,
                                            "alpha_X(e) lies in G(X)",
                                            true,
                                            v >= 0 && v < g.size(x),
                                            c.labels().object(x),
                                            e);
                                }
                            }
                        });
    }

    /** Law: the naturality square of every morphism commutes on every element. */
    @Test
    default void everySquareCommutes() {
        theory().forAll(transformations())
                .checkAssert(
                        alpha -> {
                            SetFunctor f = alpha.source();
                            SetFunctor g = alpha.target();
                            FiniteCategory c = f.domain();
                            for (int m = 0; m < c.morphismCount(); m++) {
                                int a = f.from(m);
                                int b = f.to(m);
                                for (int e = 0; e < f.size(a); e++) {
                                    assertLaw(
                                            Objects::equals,
                                            "alpha_b(F(m)(e)) = G(m)(alpha_a(e))",
                                            alpha.component(b, f.act(m, e)),
                                            g.act(m, alpha.component(a, e)),
                                            c.labels().morphism(m),
                                            e);
                                }
                            }
                        });
    }

    /** Law: \(\mathrm{id}_G \cdot \alpha = \alpha = \alpha \cdot \mathrm{id}_F\). */
    @Test
    default void identitiesAreUnits() {
        theory().forAll(transformations())
                .checkAssert(
                        alpha -> {
                            NaturalTransformation left =
                                    NaturalTransformation.compose(
                                            NaturalTransformation.identity(alpha.target()), alpha);
                            NaturalTransformation right =
                                    NaturalTransformation.compose(
                                            alpha, NaturalTransformation.identity(alpha.source()));
                            for (int x = 0; x < alpha.source().domain().objectCount(); x++) {
                                assertLaw(
                                        Objects::equals,
                                        "(id_G . alpha)_X = alpha_X",
                                        list(left.component(x)),
                                        list(alpha.component(x)),
                                        x);
                                assertLaw(
                                        Objects::equals,
                                        "(alpha . id_F)_X = alpha_X",
                                        list(right.component(x)),
                                        list(alpha.component(x)),
                                        x);
                            }
                        });
    }

    /** Law: {@link NaturalTransformation#failures()} is empty. */
    @Test
    default void libraryCheckAgrees() {
        theory().forAll(transformations())
                .checkAssert(
                        alpha ->
                                assertLaw(
                                        Objects::equals,
                                        "failures() is empty",
                                        List.of(),
                                        alpha.failures(),
                                        alpha));
    }

    private static List<Integer> list(int[] a) {
        return Arrays.stream(a).boxed().collect(java.util.stream.Collectors.toList());
    }
}
