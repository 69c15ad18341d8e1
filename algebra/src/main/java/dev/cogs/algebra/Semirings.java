package dev.cogs.algebra;

import java.util.Objects;

/**
 * Static factories for the standard semirings.
 *
 * <p>Every factory returns an immutable, thread-safe structure object. Parameterless factories
 * return singletons; the others return values whose {@code equals} compares their parameters, so
 * {@code Semirings.matrices(Semirings.naturals(),
 * 2).equals(Semirings.matrices(Semirings.naturals(), 2))}. Rings and fields are in {@link Rings}
 * and {@link Fields}.
 *
 * <p><b>Floating-point instances</b> state their laws up to a {@link Tolerance} used by {@link
 * Semiring#equivalent(Object, Object)}; {@link #DEFAULT_TOLERANCE} is used when none is given.
 */
public final class Semirings {

    /**
     * The tolerance of the floating tropical semirings when none is given: {@code
     * Tolerance.absoluteOrRelative(1e-9, 1e-12)}.
     *
     * <p>Justification: the only rounding in (min, +) and (max, +) is in {@code +}; re-associating
     * \(a + b + c\) changes the result by at most about \(2\,\mathrm{ulp}(\max(|a|,|b|,|c|))\),
     * which cancellation can make large relative to the result but never larger than \(10^{-9}\) in
     * absolute terms while the operands stay below about \(4 \cdot 10^{6}\) in magnitude. Pass an
     * explicit tolerance for larger operands.
     */
    public static final Tolerance DEFAULT_TOLERANCE = Tolerance.absoluteOrRelative(1e-9, 1e-12);

    private static final Tolerance UNIT_INTERVAL_TOLERANCE =
            Tolerance.absoluteOrRelative(Double.MIN_NORMAL, 1e-12);

    private static final TropicalSemiring MIN_PLUS =
            new TropicalSemiring(TropicalSemiring.Kind.MIN_PLUS, DEFAULT_TOLERANCE);
    private static final TropicalSemiring MAX_PLUS =
            new TropicalSemiring(TropicalSemiring.Kind.MAX_PLUS, DEFAULT_TOLERANCE);
    private static final MaxTimesUnitSemiring MAX_TIMES =
            new MaxTimesUnitSemiring(UNIT_INTERVAL_TOLERANCE);

    private Semirings() {}

    /**
     * The Boolean semiring \((\{\mathit{false}, \mathit{true}\}, \lor, \land, \mathit{false},
     * \mathit{true})\).
     *
     * <p>Commutative and idempotent (\(a \lor a = a\)); elements in the order {@code [false,
     * true]}. Matrices over it compose relations (reachability).
     *
     * @return the Boolean semiring
     */
    public static FiniteSemiring<Boolean> booleans() {
        return BooleanSemiring.INSTANCE;
    }

    /**
     * The natural numbers \((\mathbb{N}, +, \times, 0, 1)\) on {@code Long}, exact.
     *
     * <p>Operations use {@link Math#addExact(long, long)} and {@link Math#multiplyExact(long,
     * long)}: a result beyond {@link Long#MAX_VALUE} throws {@link ArithmeticException} rather than
     * wrapping. Negative values are not elements: every operation, including {@link
     * Semiring#equivalent(Object, Object)}, refuses them with an {@link IllegalArgumentException}
     * naming the value.
     *
     * @return the naturals
     */
    public static Semiring<Long> naturals() {
        return NaturalSemiring.INSTANCE;
    }

    /**
     * The tropical (min, +) semiring \(([-\infty, +\infty], \min, +, +\infty, 0)\) with the {@link
     * #DEFAULT_TOLERANCE}.
     *
     * @return the min-plus semiring
     * @see #minPlus(Tolerance)
     */
    public static Semiring<Double> minPlus() {
        return MIN_PLUS;
    }

    /**
     * The tropical (min, +) semiring \(([-\infty, +\infty], \min, +, +\infty, 0)\) with a stated
     * tolerance.
     *
     * <p>\(a \oplus b = \min(a, b)\), \(a \otimes b = a + b\); zero \(+\infty\), one \(0\).
     * Commutative and idempotent; its natural order \(a \le_S b :\Leftrightarrow a \oplus b = b\)
     * reverses the numeric order. Matrix powers over it give shortest path lengths.
     *
     * <p><b>Non-finite values.</b> Both infinities are elements. \(+\infty\) is the zero and
     * absorbs every element under \(\otimes\), including \(-\infty\) (IEEE would give NaN):
     * \(+\infty \otimes -\infty = +\infty\); otherwise \(-\infty \otimes x = -\infty\). With this
     * convention the laws hold on all of \([-\infty, +\infty]\) (the completed tropical semiring).
     * NaN is not an element and is refused with an {@link IllegalArgumentException} by every
     * operation. A finite sum that overflows rounds to \(\pm\infty\) as in IEEE arithmetic, and
     * associativity fails there; keep operands away from {@link Double#MAX_VALUE}.
     *
     * @param tolerance the equality of {@link Semiring#equivalent(Object, Object)}
     * @return the min-plus semiring
     * @throws NullPointerException if {@code tolerance} is null
     */
    public static Semiring<Double> minPlus(Tolerance tolerance) {
        return new TropicalSemiring(TropicalSemiring.Kind.MIN_PLUS, tolerance);
    }

    /**
     * The (max, +) semiring \(([-\infty, +\infty], \max, +, -\infty, 0)\) with the {@link
     * #DEFAULT_TOLERANCE}.
     *
     * @return the max-plus semiring
     * @see #maxPlus(Tolerance)
     */
    public static Semiring<Double> maxPlus() {
        return MAX_PLUS;
    }

    /**
     * The (max, +) semiring \(([-\infty, +\infty], \max, +, -\infty, 0)\) with a stated tolerance.
     *
     * <p>\(a \oplus b = \max(a, b)\), \(a \otimes b = a + b\); zero \(-\infty\), one \(0\).
     * Commutative and idempotent; matrix powers over it give longest (heaviest) path weights.
     *
     * <p><b>Non-finite values.</b> Both infinities are elements; \(-\infty\) is the zero and
     * absorbs every element under \(\otimes\), including \(+\infty\): \(-\infty \otimes +\infty =
     * -\infty\). NaN is refused with an {@link IllegalArgumentException}. Finite overflow rounds to
     * \(\pm\infty\) as in IEEE arithmetic.
     *
     * @param tolerance the equality of {@link Semiring#equivalent(Object, Object)}
     * @return the max-plus semiring
     * @throws NullPointerException if {@code tolerance} is null
     */
    public static Semiring<Double> maxPlus(Tolerance tolerance) {
        return new TropicalSemiring(TropicalSemiring.Kind.MAX_PLUS, tolerance);
    }

    /**
     * The Viterbi semiring \(([0, 1], \max, \times, 0, 1)\) of probabilities.
     *
     * <p>Commutative and idempotent: the weight of the most probable path. This is the base of the
     * probability-weighted (enriched) categories of the category module.
     *
     * <p>Its tolerance is {@code Tolerance.absoluteOrRelative(Double.MIN_NORMAL, 1e-12)}: products
     * of numbers in [0, 1] round with relative error \(2^{-53}\) except in the subnormal range,
     * where the error is absolute and below {@link Double#MIN_NORMAL}; \(\max\) is exact.
     *
     * <p><b>Non-finite values.</b> The carrier is [0, 1]; NaN, infinities and values outside [0, 1]
     * are refused with an {@link IllegalArgumentException} naming the value. Products may underflow
     * to 0, which is an element.
     *
     * @return the max-times semiring on [0, 1]
     */
    public static Semiring<Double> maxTimesUnit() {
        return MAX_TIMES;
    }

    /**
     * The Viterbi semiring \(([0, 1], \max, \times, 0, 1)\) with a stated tolerance.
     *
     * @param tolerance the equality of {@link Semiring#equivalent(Object, Object)}
     * @return the max-times semiring on [0, 1]
     * @throws NullPointerException if {@code tolerance} is null
     * @see #maxTimesUnit()
     */
    public static Semiring<Double> maxTimesUnit(Tolerance tolerance) {
        return new MaxTimesUnitSemiring(tolerance);
    }

    /**
     * The semiring \(M_n(S)\) of n×n matrices over {@code s}.
     *
     * @param s the entry semiring
     * @param n the side length, {@code >= 0} (\(M_0(S)\) is the trivial semiring with one element)
     * @param <T> the entry type
     * @return the matrix semiring, see {@link MatrixSemiring} for the operations
     * @throws IllegalArgumentException if {@code n < 0}
     * @throws NullPointerException if {@code s} is null
     */
    public static <T> MatrixSemiring<T> matrices(Semiring<T> s, int n) {
        return new MatrixSemiringImpl<>(Objects.requireNonNull(s, "s"), n);
    }

    /**
     * The semiring \(S[X]\) of polynomials over {@code s}.
     *
     * @param s the coefficient semiring
     * @param <T> the coefficient type
     * @return the polynomial semiring, see {@link PolynomialSemiring} for the operations
     * @throws NullPointerException if {@code s} is null
     */
    public static <T> PolynomialSemiring<T> polynomials(Semiring<T> s) {
        return new PolynomialSemiringImpl<>(Objects.requireNonNull(s, "s"));
    }
}
