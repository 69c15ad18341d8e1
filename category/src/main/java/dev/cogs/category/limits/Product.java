package dev.cogs.category.limits;

import dev.cogs.category.sets.NaturalTransformation;
import dev.cogs.category.sets.SetFunctor;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A product \(\prod_i F_i\) of set-valued functors with its projections.
 *
 * <p>Pointwise: \((\prod_i F_i)(X) = \prod_i F_i(X)\); a tuple \((x_0, \dots, x_{r-1})\) is encoded
 * in mixed radix with the last factor fastest, \(x_0 |F_1(X)| \cdots |F_{r-1}(X)| + \dots +
 * x_{r-1}\) (for two factors, \(x \cdot |G(X)| + y\) as in docs/category.md §2.11).
 *
 * @param object the product functor
 * @param projections the projections \(\pi_i\), in factor order
 */
public record Product(SetFunctor object, List<NaturalTransformation> projections) {

    /**
     * Validates and copies.
     *
     * @param object the product
     * @param projections the projections
     */
    public Product {
        Objects.requireNonNull(object, "object");
        projections = List.copyOf(projections);
    }

    /**
     * The universal map \(\langle \alpha_0, \dots \rangle: H \Rightarrow \prod_i F_i\).
     *
     * @param legs one transformation \(H \Rightarrow F_i\) per factor, with a common source
     * @return the unique map whose composite with each projection is the leg
     * @throws IllegalArgumentException if the number of legs, their sources or targets do not fit
     */
    public NaturalTransformation pair(List<NaturalTransformation> legs) {
        Objects.requireNonNull(legs, "legs");
        if (legs.size() != projections.size()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "pair: %d legs for %d factors",
                            legs.size(),
                            projections.size()));
        }
        if (legs.isEmpty()) {
            throw new IllegalArgumentException(
                    "pair: the empty product needs Limits.terminal(...).toTerminal");
        }
        SetFunctor h = legs.get(0).source();
        int k = object.domain().objectCount();
        int[][] comps = new int[k][];
        for (int i = 0; i < legs.size(); i++) {
            if (!legs.get(i).source().equals(h)) {
                throw new IllegalArgumentException("pair: leg " + i + " has a different source");
            }
            if (!legs.get(i).target().equals(projections.get(i).target())) {
                throw new IllegalArgumentException(
                        "pair: leg " + i + " does not land in factor " + i);
            }
        }
        for (int x = 0; x < k; x++) {
            comps[x] = new int[h.size(x)];
            for (int e = 0; e < comps[x].length; e++) {
                int code = 0;
                for (int i = 0; i < legs.size(); i++) {
                    code = code * projections.get(i).target().size(x) + legs.get(i).component(x, e);
                }
                comps[x][e] = code;
            }
        }
        return NaturalTransformation.of(h, object, comps);
    }

    /**
     * The binary universal map \(\langle \alpha, \beta \rangle\).
     *
     * @param alpha \(H \Rightarrow F_0\)
     * @param beta \(H \Rightarrow F_1\)
     * @return the pairing
     * @throws IllegalArgumentException as {@link #pair(List)}
     */
    public NaturalTransformation pair(NaturalTransformation alpha, NaturalTransformation beta) {
        return pair(List.of(alpha, beta));
    }
}
