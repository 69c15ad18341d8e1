package dev.cogs.category.yoneda;

import dev.cogs.category.FiniteCategory;
import dev.cogs.category.IntSeq;
import dev.cogs.category.Labels;
import dev.cogs.category.sets.NatSearch;
import dev.cogs.category.sets.NaturalTransformation;
import dev.cogs.category.sets.SetFunctor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Yoneda embedding \(y: C \to \hat C\): \(X \mapsto h_X\), and \(g: X \to Y\) to \(h_g: h_X
 * \Rightarrow h_Y\), \((h_g)_Z(u) = g \circ u\).
 *
 * <p>In the foundation-model reading (docs/category.md §1.4) this is the canonical ideal model:
 * features \(f(X) = h_X\) determine every hom-set. Immutable; the representables are computed once.
 */
public final class Embedding {

    private final FiniteCategory category;
    private final SetFunctor[] representables;
    private final HomIndex index;

    Embedding(FiniteCategory category) {
        this.category = category;
        this.index = HomIndex.of(category);
        this.representables = new SetFunctor[category.objectCount()];
        for (int x = 0; x < representables.length; x++) {
            representables[x] = Yoneda.representable(category, x);
        }
    }

    /**
     * A pair of objects on which the embedding fails to be fully faithful.
     *
     * @param x the source object
     * @param y the target object
     * @param homSize \(|Hom(X, Y)|\)
     * @param natCount \(|\mathrm{Nat}(h_X, h_Y)|\), counted by search
     * @param injective whether \(g \mapsto h_g\) is injective on \(Hom(X, Y)\)
     */
    public record Failure(int x, int y, int homSize, long natCount, boolean injective) {
        /**
         * A description naming the pair.
         *
         * @return the description
         */
        public String describe() {
            return describe(Labels.none());
        }

        /**
         * A description naming the pair by the category's object labels.
         *
         * @param labels the category's labels
         * @return the description
         */
        public String describe(Labels labels) {
            return String.format(
                    Locale.ROOT,
                    "(%s, %s): |Hom| = %d, |Nat(h_X, h_Y)| = %d, g -> h_g injective: %b",
                    labels.object(x),
                    labels.object(y),
                    homSize,
                    natCount,
                    injective);
        }
    }

    /**
     * The category \(C\).
     *
     * @return the category
     */
    public FiniteCategory category() {
        return category;
    }

    /**
     * The image of an object: \(h_X\).
     *
     * @param x the object
     * @return the representable presheaf
     */
    public SetFunctor object(int x) {
        Yoneda.checkObject(category, x);
        return representables[x];
    }

    /**
     * The image of a morphism \(g: X \to Y\): \(h_g: h_X \Rightarrow h_Y\), \(u \mapsto g \circ
     * u\).
     *
     * @param g the morphism
     * @return \(h_g\)
     * @throws IllegalArgumentException if {@code g} is out of range
     */
    public NaturalTransformation morphism(int g) {
        if (g < 0 || g >= category.morphismCount()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "morphism (%d) out of range [0, %d)",
                            g,
                            category.morphismCount()));
        }
        int x = category.dom(g);
        int y = category.cod(g);
        int k = category.objectCount();
        int[][] comps = new int[k][];
        for (int z = 0; z < k; z++) {
            IntSeq h = category.hom(z, x);
            comps[z] = new int[h.size()];
            for (int i = 0; i < h.size(); i++) {
                comps[z][i] = index.position(category.compose(g, h.get(i)));
            }
        }
        return NaturalTransformation.of(representables[x], representables[y], comps);
    }

    /**
     * Every pair \((X, Y)\) on which full faithfulness fails: \(|\mathrm{Nat}(h_X, h_Y)|\) (counted
     * by {@link NatSearch}, independently of the Yoneda lemma) differs from \(|Hom(X, Y)|\), or \(g
     * \mapsto h_g\) is not injective. With equal counts, injective means bijective.
     *
     * @return the failures, in (X, Y) order; empty for every finite category
     */
    public List<Failure> failures() {
        List<Failure> out = new ArrayList<>();
        int k = category.objectCount();
        for (int x = 0; x < k; x++) {
            for (int y = 0; y < k; y++) {
                IntSeq h = category.hom(x, y);
                long nat =
                        NatSearch.count(
                                representables[x], representables[y], NatSearch.Constraints.none());
                Set<NaturalTransformation> images = new HashSet<>();
                for (int i = 0; i < h.size(); i++) {
                    images.add(morphism(h.get(i)));
                }
                boolean injective = images.size() == h.size();
                if (nat != h.size() || !injective) {
                    out.add(new Failure(x, y, h.size(), nat, injective));
                }
            }
        }
        return out;
    }

    /**
     * Whether the embedding is fully faithful (it always is; this is a computed certificate).
     *
     * @return whether {@link #failures()} is empty
     */
    public boolean isFullyFaithful() {
        return failures().isEmpty();
    }
}
