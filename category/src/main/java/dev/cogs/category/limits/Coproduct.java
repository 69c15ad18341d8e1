package dev.cogs.category.limits;

import dev.cogs.category.sets.NaturalTransformation;
import dev.cogs.category.sets.SetFunctor;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A coproduct \(\coprod_i F_i\) of set-valued functors with its injections.
 *
 * <p>Pointwise disjoint union: summand \(i\)'s elements of \(X\) come after those of summands
 * \(0..i-1\) (offset encoding).
 *
 * @param object the coproduct functor
 * @param injections the injections \(\iota_i\), in summand order
 */
public record Coproduct(SetFunctor object, List<NaturalTransformation> injections) {

    /**
     * Validates and copies.
     *
     * @param object the coproduct
     * @param injections the injections
     */
    public Coproduct {
        Objects.requireNonNull(object, "object");
        injections = List.copyOf(injections);
    }

    /**
     * The summand and the element of the summand that an element of the coproduct comes from.
     *
     * @param object the object \(X\)
     * @param element an element of the coproduct's fibre at \(X\)
     * @return {@code {summand, element}}
     * @throws IllegalArgumentException if the element is out of range
     */
    public int[] locate(int object, int element) {
        int rest = element;
        for (int i = 0; i < injections.size(); i++) {
            int s = injections.get(i).source().size(object);
            if (rest < s) {
                return new int[] {i, rest};
            }
            rest -= s;
        }
        throw new IllegalArgumentException(
                String.format(
                        Locale.ROOT, "element (%d) out of range at object %d", element, object));
    }

    /**
     * The universal map \([\alpha_0, \dots]: \coprod_i F_i \Rightarrow H\).
     *
     * @param legs one transformation \(F_i \Rightarrow H\) per summand, with a common target
     * @return the unique map whose composite with each injection is the leg
     * @throws IllegalArgumentException if the legs do not fit
     */
    public NaturalTransformation copair(List<NaturalTransformation> legs) {
        Objects.requireNonNull(legs, "legs");
        if (legs.size() != injections.size()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "copair: %d legs for %d summands",
                            legs.size(),
                            injections.size()));
        }
        if (legs.isEmpty()) {
            throw new IllegalArgumentException(
                    "copair: the empty coproduct needs Limits.initial(...).fromInitial");
        }
        SetFunctor h = legs.get(0).target();
        for (int i = 0; i < legs.size(); i++) {
            if (!legs.get(i).target().equals(h)) {
                throw new IllegalArgumentException("copair: leg " + i + " has a different target");
            }
            if (!legs.get(i).source().equals(injections.get(i).source())) {
                throw new IllegalArgumentException(
                        "copair: leg " + i + " does not start at summand " + i);
            }
        }
        int k = object.domain().objectCount();
        int[][] comps = new int[k][];
        for (int x = 0; x < k; x++) {
            comps[x] = new int[object.size(x)];
            int at = 0;
            for (NaturalTransformation leg : legs) {
                for (int e = 0; e < leg.source().size(x); e++) {
                    comps[x][at++] = leg.component(x, e);
                }
            }
        }
        return NaturalTransformation.of(object, h, comps);
    }

    /**
     * The binary universal map \([\alpha, \beta]\).
     *
     * @param alpha \(F_0 \Rightarrow H\)
     * @param beta \(F_1 \Rightarrow H\)
     * @return the copairing
     * @throws IllegalArgumentException as {@link #copair(List)}
     */
    public NaturalTransformation copair(NaturalTransformation alpha, NaturalTransformation beta) {
        return copair(List.of(alpha, beta));
    }
}
