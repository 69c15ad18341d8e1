package dev.cogs.category.bridge;

import dev.cogs.algebra.Matrix;
import dev.cogs.algebra.Semiring;
import java.util.List;

/**
 * A Lawvere-style category enriched in an idempotent semiring (S, ⊕, ⊗, 0, 1) with its natural
 * order x ≤ y :⇔ x ⊕ y = y (docs/category.md §3.2): objects {@code 0..k-1} and a hom value hom(a,
 * b) ∈ S.
 *
 * <p>Laws: 1 ≤ hom(a, a) and hom(a, b) ⊗ hom(b, c) ≤ hom(a, c). Instances: Booleans (preorders);
 * (min, +) (Lawvere metric spaces: the order reverses the numeric one, so the laws read d(a, a) ≤ 0
 * and the triangle inequality); ([0, 1], max, ×) (probability-weighted categories). Implementations
 * are immutable.
 *
 * @param <S> the semiring carrier
 */
public interface EnrichedCategory<S> {

    /**
     * The base semiring.
     *
     * @return S
     */
    Semiring<S> base();

    /**
     * The number of objects.
     *
     * @return k
     */
    int objectCount();

    /**
     * The hom value.
     *
     * @param a the domain object
     * @param b the codomain object
     * @return hom(a, b)
     * @throws IllegalArgumentException if an object is out of range
     */
    S hom(int a, int b);

    /**
     * All hom values as a k×k matrix.
     *
     * @return the matrix (hom(a, b)) over S
     */
    Matrix<S> homs();

    /**
     * The violated enrichment laws, identities first, then compositions in (a, b, c) order.
     *
     * @return an immutable list, empty iff the laws hold
     */
    List<EnrichmentFailure> failures();

    /**
     * Whether the laws hold.
     *
     * @return true iff {@link #failures()} is empty
     */
    default boolean isEnriched() {
        return failures().isEmpty();
    }
}
