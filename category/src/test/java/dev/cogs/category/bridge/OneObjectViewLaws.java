package dev.cogs.category.bridge;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The category laws of a one-object view as a reusable property suite: associativity and both unit
 * laws, up to the view's own equality.
 *
 * @param <T> the carrier
 */
interface OneObjectViewLaws<T> {

    /**
     * The view under test.
     *
     * @return the view
     */
    OneObjectView<T> view();

    /**
     * Morphisms to test on.
     *
     * @return the generator
     */
    Gen<T> morphisms();

    /**
     * Examples per law.
     *
     * @return the count
     */
    default int examples() {
        return 200;
    }

    @Test
    default void compositionIsAssociative() {
        OneObjectView<T> v = view();
        qt().withExamples(examples())
                .forAll(morphisms(), morphisms(), morphisms())
                .checkAssert(
                        (h, g, f) ->
                                assertTrue(
                                        v.same(
                                                v.compose(v.compose(h, g), f),
                                                v.compose(h, v.compose(g, f))),
                                        "(h∘g)∘f = h∘(g∘f)"));
    }

    @Test
    default void identityIsAUnit() {
        OneObjectView<T> v = view();
        qt().withExamples(examples())
                .forAll(morphisms())
                .checkAssert(
                        f -> {
                            assertTrue(v.same(v.compose(v.identity(), f), f), "id∘f = f");
                            assertTrue(v.same(v.compose(f, v.identity()), f), "f∘id = f");
                            assertTrue(v.same(v.andThen(f, v.identity()), f), "andThen");
                        });
    }
}
