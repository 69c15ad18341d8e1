package dev.cogs.category.limits;

import dev.cogs.category.sets.NaturalTransformation;
import dev.cogs.category.sets.SetFunctor;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The equaliser \(E \hookrightarrow F\) of \(\alpha, \beta: F \Rightarrow G\): pointwise \(E(X) =
 * \{x : \alpha_X(x) = \beta_X(x)\}\), numbered in ascending order of \(x\). The subsets are closed
 * under the action because \(\alpha\) and \(\beta\) are natural.
 *
 * @param object the equaliser \(E\)
 * @param inclusion the inclusion \(E \Rightarrow F\)
 * @param alpha the first parallel map
 * @param beta the second parallel map
 */
public record Equalizer(
        SetFunctor object,
        NaturalTransformation inclusion,
        NaturalTransformation alpha,
        NaturalTransformation beta) {

    /**
     * Validates.
     *
     * @param object the equaliser
     * @param inclusion the inclusion
     * @param alpha the first map
     * @param beta the second map
     */
    public Equalizer {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(inclusion, "inclusion");
        Objects.requireNonNull(alpha, "alpha");
        Objects.requireNonNull(beta, "beta");
    }

    /**
     * The unique factorisation of \(\gamma: H \Rightarrow F\) with \(\alpha\gamma = \beta\gamma\)
     * through the equaliser.
     *
     * @param gamma the map to factor
     * @return \(\bar\gamma: H \Rightarrow E\) with inclusion \(\circ \bar\gamma = \gamma\)
     * @throws IllegalArgumentException if \(\gamma\) does not land in \(F\) or does not equalise;
     *     the message names the object and element
     */
    public NaturalTransformation lift(NaturalTransformation gamma) {
        Objects.requireNonNull(gamma, "gamma");
        if (!gamma.target().equals(inclusion.target())) {
            throw new IllegalArgumentException(
                    "lift: gamma does not land in the equalised functor");
        }
        SetFunctor h = gamma.source();
        int k = object.domain().objectCount();
        int[][] comps = new int[k][];
        for (int x = 0; x < k; x++) {
            int[] index = new int[inclusion.target().size(x)];
            Arrays.fill(index, -1);
            for (int e = 0; e < object.size(x); e++) {
                index[inclusion.component(x, e)] = e;
            }
            comps[x] = new int[h.size(x)];
            for (int e = 0; e < comps[x].length; e++) {
                int v = index[gamma.component(x, e)];
                if (v < 0) {
                    throw new IllegalArgumentException(
                            String.format(
                                    Locale.ROOT,
                                    "lift: gamma does not equalise at object %d, element %d",
                                    x,
                                    e));
                }
                comps[x][e] = v;
            }
        }
        return NaturalTransformation.of(h, object, comps);
    }
}
