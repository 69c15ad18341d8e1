package dev.cogs.category.yoneda;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Why a set-valued functor is (not) representable (docs/category.md §2.8).
 *
 * <p>For a presheaf the test at a candidate \(X\) is "\(u \mapsto F(u)(x)\) is a bijection
 * \(Hom(Y, X) \to F(Y)\) for every \(Y\)"; for a copresheaf \(Hom(X, Y)\) replaces \(Hom(Y, X)\).
 */
public sealed interface NonRepresentability {

    /**
     * A description in plain words.
     *
     * @return the description
     */
    String describe();

    /** The functor is representable; nothing fails. */
    record Representable() implements NonRepresentability {
        @Override
        public String describe() {
            return "representable";
        }
    }

    /** Every fibre is empty, but \(h_X(X)\) always holds \(\mathrm{id}_X\). */
    record EmptyPresheaf() implements NonRepresentability {
        @Override
        public String describe() {
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
        public String describe() {
            return "non-empty on " + components.size() + " connected components " + components
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
    record ProfileMismatch(int candidate, int object, int expected, int actual) implements NonRepresentability {
        @Override
        public String describe() {
            return String.format(Locale.ROOT, "candidate %d: |F(%d)| = %d but the hom-set has %d elements",
                    candidate, object, actual, expected);
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
    record NotInjective(int candidate, int element, int object, int u1, int u2) implements NonRepresentability {
        @Override
        public String describe() {
            return String.format(Locale.ROOT,
                    "candidate (%d, %d): morphisms %d and %d give the same element of F(%d)",
                    candidate, element, u1, u2, object);
        }
    }
}
