package dev.cogs.category.bridge;

/** A violated law of a category enriched in an idempotent semiring, where x ≤ y :⇔ x ⊕ y = y. */
public sealed interface EnrichmentFailure {

    /**
     * 1 ≤ hom(a, a) fails.
     *
     * @param object the object a
     */
    record Identity(int object) implements EnrichmentFailure {}

    /**
     * hom(a, b) ⊗ hom(b, c) ≤ hom(a, c) fails.
     *
     * @param a the first object
     * @param b the middle object
     * @param c the last object
     */
    record Composition(int a, int b, int c) implements EnrichmentFailure {}
}
