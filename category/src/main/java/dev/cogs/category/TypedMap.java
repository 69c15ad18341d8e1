package dev.cogs.category;

import java.util.Objects;

/**
 * A function between finite sets of a concrete category: {@code values.get(i)} is the image of
 * {@code i ∈ [|source|]} in {@code [|target|]}, where the sets are objects {@code source} and
 * {@code target}.
 *
 * @param source the domain object
 * @param target the codomain object
 * @param values the images, one per element of the domain set
 */
public record TypedMap(int source, int target, IntSeq values) {

    /**
     * Validates.
     *
     * @param source the domain object
     * @param target the codomain object
     * @param values the images
     * @throws IllegalArgumentException if an object index is negative
     */
    public TypedMap {
        Objects.requireNonNull(values, "values");
        if (source < 0 || target < 0) {
            throw new IllegalArgumentException(
                    "objects (" + source + ", " + target + ") must be >= 0");
        }
    }

    /**
     * A typed map from an array.
     *
     * @param source the domain object
     * @param target the codomain object
     * @param values the images (copied)
     * @return the map
     */
    public static TypedMap of(int source, int target, int... values) {
        return new TypedMap(source, target, IntSeq.of(values));
    }
}
