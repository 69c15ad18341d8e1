package dev.cogs.category.limits;

import dev.cogs.category.sets.NaturalTransformation;
import dev.cogs.category.sets.SetFunctor;
import java.util.Objects;

/**
 * A pullback \(F \times_H G\) of \(\alpha: F \Rightarrow H \Leftarrow G: \beta\), computed as the
 * equaliser of \(\alpha \pi_0, \beta \pi_1: F \times G \Rightarrow H\): pointwise the pairs \((x,
 * y)\) with \(\alpha_X x = \beta_X y\), in ascending order of the product encoding \(x \cdot |G(X)|
 * + y\).
 *
 * @param object the pullback
 * @param first the projection to \(F\)
 * @param second the projection to \(G\)
 * @param equalizer the underlying equaliser into the product
 * @param product the product \(F \times G\)
 */
public record Pullback(
        SetFunctor object,
        NaturalTransformation first,
        NaturalTransformation second,
        Equalizer equalizer,
        Product product) {

    /**
     * Validates.
     *
     * @param object the pullback
     * @param first first projection
     * @param second second projection
     * @param equalizer the equaliser
     * @param product the product
     */
    public Pullback {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(equalizer, "equalizer");
        Objects.requireNonNull(product, "product");
    }

    /**
     * The universal map from a commuting square \(\alpha a = \beta b\).
     *
     * @param a \(K \Rightarrow F\)
     * @param b \(K \Rightarrow G\)
     * @return the unique \(K \Rightarrow F \times_H G\) with the given projections
     * @throws IllegalArgumentException if the square does not commute or the maps do not fit
     */
    public NaturalTransformation pair(NaturalTransformation a, NaturalTransformation b) {
        return equalizer.lift(product.pair(a, b));
    }
}
