package dev.cogs.category.foundation;

import dev.cogs.category.FiniteCategory;
import dev.cogs.category.Functor;
import dev.cogs.category.sets.NatSearch;
import dev.cogs.category.yoneda.Representability;
import dev.cogs.category.yoneda.Yoneda;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The finite check behind Theorem 3 (generalization; docs/category.md §1.8): for \(F: C \to B\),
 * verify that \(F\) is fully faithful and injective on objects, set \(\hat F(h_C X) := h_B(F X)\),
 * and check \(|\mathrm{Nat}(h_B(FX), h_B(FY))| = |Hom_C(X, Y)|\) for all \(X, Y\); \(h_B^{-1}\) on
 * the image is the representability decision, which must return \(FX\) up to isomorphism.
 */
public final class FeatureAlignment {

    private FeatureAlignment() {}

    /**
     * One failure of the check.
     *
     * @param x the source object (−1 when the failure concerns the functor as a whole)
     * @param y the second object, or −1
     * @param reason what fails
     */
    public record AlignmentFailure(int x, int y, String reason) {
        /**
         * Validates.
         *
         * @param x first object
         * @param y second object
         * @param reason the reason
         */
        public AlignmentFailure {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Runs the check.
     *
     * @param embedding the functor \(F: C \to B\)
     * @return the failures; empty iff \(F\) is a full embedding whose aligned features preserve
     *     every hom-set size and are recovered by representability
     */
    public static List<AlignmentFailure> check(Functor embedding) {
        Objects.requireNonNull(embedding, "embedding");
        List<AlignmentFailure> out = new ArrayList<>();
        if (!embedding.isFull()) {
            out.add(new AlignmentFailure(-1, -1, "not full"));
        }
        if (!embedding.isFaithful()) {
            out.add(new AlignmentFailure(-1, -1, "not faithful"));
        }
        if (!embedding.isInjectiveOnObjects()) {
            out.add(new AlignmentFailure(-1, -1, "not injective on objects"));
        }
        FiniteCategory c = embedding.source();
        FiniteCategory b = embedding.target();
        for (int x = 0; x < c.objectCount(); x++) {
            var hx = Yoneda.representable(b, embedding.onObject(x));
            var rep = Representability.find(hx);
            if (rep.isEmpty()
                    || b.homSize(rep.get().object(), embedding.onObject(x)) == 0
                    || b.homSize(embedding.onObject(x), rep.get().object()) == 0) {
                out.add(new AlignmentFailure(x, -1, "h_B^{-1} does not recover F(x)"));
            }
            for (int y = 0; y < c.objectCount(); y++) {
                long nat =
                        NatSearch.count(
                                hx,
                                Yoneda.representable(b, embedding.onObject(y)),
                                NatSearch.Constraints.none());
                if (nat != c.homSize(x, y)) {
                    out.add(
                            new AlignmentFailure(
                                    x,
                                    y,
                                    String.format(
                                            Locale.ROOT,
                                            "|Nat(h_B(Fx), h_B(Fy))| = %d but |Hom_C(x, y)| = %d",
                                            nat,
                                            c.homSize(x, y))));
                }
            }
        }
        return out;
    }
}
