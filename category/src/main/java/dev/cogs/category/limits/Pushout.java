package dev.cogs.category.limits;

import dev.cogs.category.sets.NaturalTransformation;
import dev.cogs.category.sets.SetFunctor;
import java.util.Objects;

/**
 * A pushout \(F +_H G\) of \(\alpha: H \Rightarrow F\), \(\beta: H \Rightarrow G\), computed as the
 * coequaliser of \(\iota_0 \alpha, \iota_1 \beta: H \Rightarrow F + G\).
 *
 * @param object the pushout
 * @param first the map from \(F\)
 * @param second the map from \(G\)
 * @param coequalizer the underlying coequaliser of the coproduct
 * @param coproduct the coproduct \(F + G\)
 */
public record Pushout(
        SetFunctor object,
        NaturalTransformation first,
        NaturalTransformation second,
        Coequalizer coequalizer,
        Coproduct coproduct) {

    /**
     * Validates.
     *
     * @param object the pushout
     * @param first first map
     * @param second second map
     * @param coequalizer the coequaliser
     * @param coproduct the coproduct
     */
    public Pushout {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(coequalizer, "coequalizer");
        Objects.requireNonNull(coproduct, "coproduct");
    }

    /**
     * The universal map out of the pushout for a commuting square \(a \alpha = b \beta\).
     *
     * @param a \(F \Rightarrow K\)
     * @param b \(G \Rightarrow K\)
     * @return the unique \(F +_H G \Rightarrow K\) restricting to {@code a} and {@code b}
     * @throws IllegalArgumentException if the square does not commute or the maps do not fit
     */
    public NaturalTransformation copair(NaturalTransformation a, NaturalTransformation b) {
        return coequalizer.descend(coproduct.copair(a, b));
    }
}
