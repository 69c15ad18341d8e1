package dev.cogs.category.yoneda;

import dev.cogs.category.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Why a set-valued functor is (not) representable (docs/category.md §2.8).
 *
 * <p>For a presheaf the test at a candidate \(X\) is "\(u \mapsto F(u)(x)\) is a bijection \(Hom(Y,
 * X) \to F(Y)\) for every \(Y\)"; for a copresheaf \(Hom(X, Y)\) replaces \(Hom(Y, X)\).
 */
public sealed interface NonRepresentability {

    /**
     * A description in plain words, with objects and morphisms named by the category's labels (by
     * index where unlabelled), e.g. {@code candidate (A, 0): morphisms 1 and e give the same
     * element of F(A)}.
     *
     * @param labels the labels of the functor's category
     * @return the description
     */
    String describe(Labels labels);

    /**
     * The description with objects and morphisms named by index.
     *
     * @return {@code describe(Labels.none())}
     */
    default String describe() {
        return describe(Labels.none());
    }

    /** The functor is representable; nothing fails. */
    record Representable() implements NonRepresentability {
        @Override
        public String describe(Labels labels) {
            return "representable";
        }
    }

    /** Every fibre is empty, but \(h_X(X)\) always holds \(\mathrm{id}_X\). */
    record EmptyPresheaf() implements NonRepresentability {
        @Override
        public String describe(Labels labels) {
            return "every fibre is empty, while h_X(X) always contains id_X";
        }
    }

    /**
     * The functor is non-empty on two or more connected components of \(C\) (lemma 1.6(c)), while
     * \(Hom(-, X)\) is empty outside the component of \(X\).
     *
     * @param components per component met, the objects of the support in it
     */
    record SupportSplit(List<Set<Integer>> components) implements NonRepresentability {
        /**
         * Copies.
         *
         * @param components the support's parts
         */
        public SupportSplit {
            components = List.copyOf(Objects.requireNonNull(components, "components"));
        }

        @Override
        public String describe(Labels labels) {
            List<String> parts = new ArrayList<>();
            for (Set<Integer> part : components) {
                List<String> names = new ArrayList<>();
                for (int x : part) {
                    names.add(labels.object(x));
                }
                parts.add(names.toString());
            }
            return "non-empty on "
                    + components.size()
                    + " connected components "
                    + parts
                    + "; a representable is non-empty on one only";
        }
    }

    /**
     * The size profile excludes the candidate: \(|F(Y)| \ne |Hom(Y, X)|\).
     *
     * @param candidate the candidate object \(X\)
     * @param object the object \(Y\) whose fibre has the wrong size
     * @param expected \(|Hom(Y, X)|\) (or \(|Hom(X, Y)|\) for a copresheaf)
     * @param actual \(|F(Y)|\)
     */
    record ProfileMismatch(int candidate, int object, int expected, int actual)
            implements NonRepresentability {
        @Override
        public String describe(Labels labels) {
            return String.format(
                    Locale.ROOT,
                    "candidate %s: |F(%s)| = %d but the hom-set has %d elements",
                    labels.object(candidate),
                    labels.object(object),
                    actual,
                    expected);
        }
    }

    /**
     * The candidate element is not universal: two distinct morphisms \(u_1 \ne u_2\) give the same
     * element \(F(u_1)(x) = F(u_2)(x)\) of \(F(Y)\).
     *
     * @param candidate the candidate object \(X\)
     * @param element the candidate element \(x \in F(X)\)
     * @param object the object \(Y\) where injectivity fails
     * @param u1 the first morphism
     * @param u2 the second morphism
     */
    record NotInjective(int candidate, int element, int object, int u1, int u2)
            implements NonRepresentability {
        @Override
        public String describe(Labels labels) {
            return String.format(
                    Locale.ROOT,
                    "candidate (%s, %d): morphisms %s and %s give the same element of F(%s)",
                    labels.object(candidate),
                    element,
                    labels.morphismName(u1),
                    labels.morphismName(u2),
                    labels.object(object));
        }
    }
}
