package dev.cogs.category.foundation;

import dev.cogs.category.FiniteCategory;
import dev.cogs.category.IntSeq;
import dev.cogs.category.Labels;
import dev.cogs.category.sets.SetFunctor;
import dev.cogs.category.yoneda.Embedding;
import dev.cogs.category.yoneda.Yoneda;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The ideal foundation model of a pretext task (docs/category.md §1.4, a reconstruction of the
 * paper's body): the Yoneda features \(f(X) = h_X\) with the data-independent head \(\varphi(f(X),
 * f(Y)) = h_Y(X) = Hom(X, Y)\). Full faithfulness of the Yoneda embedding certifies that no hom
 * information is lost. Immutable.
 */
public final class IdealModel {

    private final PretextCategory pretext;
    private final Embedding embedding;

    private IdealModel(PretextCategory pretext) {
        this.pretext = pretext;
        this.embedding = Yoneda.embedding(pretext.category());
    }

    /**
     * A failing pair of a candidate feature map.
     *
     * @param x the first data point
     * @param y the second data point
     * @param expected \(|Hom(X, Y)|\)
     * @param actual the head's answer
     */
    public record IdealityFailure(int x, int y, int expected, int actual) {
        /**
         * A description.
         *
         * @return the description
         */
        public String describe() {
            return describe(Labels.none());
        }

        /**
         * A description naming the data points by the pretext category's object labels.
         *
         * @param labels the category's labels
         * @return the description
         */
        public String describe(Labels labels) {
            return String.format(
                    Locale.ROOT,
                    "(%s, %s): head gives %d, |Hom| = %d",
                    labels.object(x),
                    labels.object(y),
                    actual,
                    expected);
        }
    }

    /**
     * The canonical ideal model: the Yoneda embedding.
     *
     * @param pretext the pretext category
     * @return the model
     */
    public static IdealModel yoneda(PretextCategory pretext) {
        return new IdealModel(Objects.requireNonNull(pretext, "pretext"));
    }

    /**
     * The pretext category.
     *
     * @return the pretext category
     */
    public PretextCategory pretext() {
        return pretext;
    }

    /**
     * The feature of a data point: \(h_X\).
     *
     * @param x the data point
     * @return the representable presheaf
     */
    public SetFunctor features(int x) {
        return embedding.object(x);
    }

    /**
     * The head's answer \(\varphi(f(X), f(Y)) = h_Y(X) = Hom(X, Y)\).
     *
     * @param x the first data point
     * @param y the second data point
     * @return the hom-set, ascending
     */
    public IntSeq answer(int x, int y) {
        FiniteCategory c = pretext.category();
        if (features(y).size(x) != c.homSize(x, y)) {
            throw new IllegalStateException("Yoneda features disagree with the hom table");
        }
        return c.hom(x, y);
    }

    /**
     * The certificate: the Yoneda embedding is fully faithful on every pair.
     *
     * @return whether it is (always true for a finite category; computed, not assumed)
     */
    public boolean isLossless() {
        return embedding.isFullyFaithful();
    }

    /**
     * Checks a candidate feature map with a fixed counting head against the hom counts: the
     * necessary condition of docs/category.md §1.4 (equal counts do not prove equal hom-sets).
     *
     * @param <V> the feature type
     * @param pretext the pretext category
     * @param features the feature map on objects
     * @param countHead the head, returning a predicted \(|Hom(X, Y)|\)
     * @return the failing pairs, in (X, Y) order
     */
    public static <V> List<IdealityFailure> check(
            PretextCategory pretext,
            Function<Integer, V> features,
            BiFunction<V, V, Integer> countHead) {
        Objects.requireNonNull(pretext, "pretext");
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(countHead, "countHead");
        FiniteCategory c = pretext.category();
        List<IdealityFailure> out = new ArrayList<>();
        for (int x = 0; x < c.objectCount(); x++) {
            for (int y = 0; y < c.objectCount(); y++) {
                int actual =
                        Objects.requireNonNull(
                                countHead.apply(features.apply(x), features.apply(y)),
                                "countHead result");
                if (actual != c.homSize(x, y)) {
                    out.add(new IdealityFailure(x, y, c.homSize(x, y), actual));
                }
            }
        }
        return out;
    }
}
