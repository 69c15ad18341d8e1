package dev.cogs.algebra;

import java.util.Objects;

/**
 * A violated homomorphism law with its witnesses, as reported by {@link
 * Homomorphisms#failures(Homomorphism, java.util.List)}.
 *
 * <p>In each record {@code lhs} is the image of the source operation (\(h(a \oplus b)\), \(h(a
 * \otimes b)\), \(h(0)\), \(h(1)\)) and {@code rhs} the target operation on images (\(h(a) \oplus
 * h(b)\), \(h(a) \otimes h(b)\), \(0_T\), \(1_T\)); they are not equivalent in the target.
 *
 * @param <S> the source carrier
 * @param <T> the target carrier
 */
public sealed interface HomomorphismFailure<S, T> {

    /**
     * The law, as an equation in words for messages.
     *
     * @return for example {@code "h(a + b) = h(a) + h(b)"}
     */
    String law();

    /**
     * \(h(a \oplus b) \ne h(a) \oplus h(b)\).
     *
     * @param a first witness
     * @param b second witness
     * @param lhs \(h(a \oplus b)\)
     * @param rhs \(h(a) \oplus h(b)\)
     * @param <S> the source carrier
     * @param <T> the target carrier
     */
    record PlusNotPreserved<S, T>(S a, S b, T lhs, T rhs) implements HomomorphismFailure<S, T> {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if a component is null
         * @param a first witness
         * @param b second witness
         * @param lhs the image of the source operation
         * @param rhs the target operation on the images
         */
        public PlusNotPreserved {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
            Objects.requireNonNull(lhs, "lhs");
            Objects.requireNonNull(rhs, "rhs");
        }

        @Override
        public String law() {
            return "h(a + b) = h(a) + h(b)";
        }
    }

    /**
     * \(h(a \otimes b) \ne h(a) \otimes h(b)\).
     *
     * @param a first witness
     * @param b second witness
     * @param lhs \(h(a \otimes b)\)
     * @param rhs \(h(a) \otimes h(b)\)
     * @param <S> the source carrier
     * @param <T> the target carrier
     */
    record TimesNotPreserved<S, T>(S a, S b, T lhs, T rhs) implements HomomorphismFailure<S, T> {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if a component is null
         * @param a first witness
         * @param b second witness
         * @param lhs the image of the source operation
         * @param rhs the target operation on the images
         */
        public TimesNotPreserved {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
            Objects.requireNonNull(lhs, "lhs");
            Objects.requireNonNull(rhs, "rhs");
        }

        @Override
        public String law() {
            return "h(a * b) = h(a) * h(b)";
        }
    }

    /**
     * \(h(0_S) \ne 0_T\).
     *
     * @param lhs \(h(0_S)\)
     * @param rhs \(0_T\)
     * @param <S> the source carrier
     * @param <T> the target carrier
     */
    record ZeroNotPreserved<S, T>(T lhs, T rhs) implements HomomorphismFailure<S, T> {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if a component is null
         * @param lhs \(h(0_S)\)
         * @param rhs \(0_T\)
         */
        public ZeroNotPreserved {
            Objects.requireNonNull(lhs, "lhs");
            Objects.requireNonNull(rhs, "rhs");
        }

        @Override
        public String law() {
            return "h(0) = 0";
        }
    }

    /**
     * \(h(1_S) \ne 1_T\).
     *
     * @param lhs \(h(1_S)\)
     * @param rhs \(1_T\)
     * @param <S> the source carrier
     * @param <T> the target carrier
     */
    record OneNotPreserved<S, T>(T lhs, T rhs) implements HomomorphismFailure<S, T> {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if a component is null
         * @param lhs \(h(1_S)\)
         * @param rhs \(1_T\)
         */
        public OneNotPreserved {
            Objects.requireNonNull(lhs, "lhs");
            Objects.requireNonNull(rhs, "rhs");
        }

        @Override
        public String law() {
            return "h(1) = 1";
        }
    }
}
