package dev.cogs.algebra;

/**
 * Static factories for the standard fields: the reals and complex numbers over floating-point
 * carriers, and the prime fields.
 *
 * <p>Every factory returns an immutable, thread-safe structure object. Floating-point arithmetic
 * satisfies the field laws only up to rounding, so each instance carries a {@link Tolerance} used
 * by {@link Semiring#equivalent(Object, Object)}; {@link #DEFAULT_TOLERANCE} is used when none is
 * given.
 */
public final class Fields {

    /**
     * The tolerance of {@link #reals()} and {@link #complex()}: {@code
     * Tolerance.absoluteOrRelative(1e-9, 1e-12)}.
     *
     * <p>Justification: re-associating or distributing changes a result by a few ulps of the
     * largest intermediate product, \(\approx 2^{-52} \max|a||b|\); that is below \(10^{-9}\) in
     * absolute terms while the operands stay below about \(10^{3}\) in magnitude (the relative part
     * covers results that do not cancel). Pass an explicit tolerance for larger operands.
     */
    public static final Tolerance DEFAULT_TOLERANCE = Tolerance.absoluteOrRelative(1e-9, 1e-12);

    private static final RealField REALS = new RealField(DEFAULT_TOLERANCE);
    private static final ComplexField COMPLEX = new ComplexField(DEFAULT_TOLERANCE);

    private Fields() {}

    /**
     * The real numbers as finite doubles, with the {@link #DEFAULT_TOLERANCE}.
     *
     * @return the field of reals
     * @see #reals(Tolerance)
     */
    public static Field<Double> reals() {
        return REALS;
    }

    /**
     * The real numbers \((\mathbb{R}, +, \times, 0, 1)\) as finite doubles, with a stated
     * tolerance.
     *
     * <p>{@link Semiring#isZero(Object)} is exact ({@code a == 0.0}), so only an exact zero is
     * refused by {@link Field#reciprocal(Object)}.
     *
     * <p><b>Non-finite values.</b> The carrier is the finite doubles: NaN and \(\pm\infty\) are
     * refused with an {@link IllegalArgumentException} naming the value, and a result that
     * overflows (for example {@code 1e308 * 10}, or the reciprocal of {@link Double#MIN_VALUE})
     * throws {@link ArithmeticException} instead of returning an infinity. Division by an exact
     * zero throws {@link ArithmeticException}. Underflow to 0 is silent (0 is an element). {@code
     * -0.0} is an element equivalent to {@code 0.0}.
     *
     * @param tolerance the equality of {@link Semiring#equivalent(Object, Object)}
     * @return the field of reals
     * @throws NullPointerException if {@code tolerance} is null
     */
    public static Field<Double> reals(Tolerance tolerance) {
        return new RealField(tolerance);
    }

    /**
     * The complex numbers with the {@link #DEFAULT_TOLERANCE}.
     *
     * @return the field of complex numbers
     * @see #complex(Tolerance)
     */
    public static Field<Complex> complex() {
        return COMPLEX;
    }

    /**
     * The complex numbers \((\mathbb{C}, +, \times, 0, 1)\) on {@link Complex}, with a stated
     * tolerance.
     *
     * <p>Equivalence is {@link Tolerance#test(Complex, Complex)}: the modulus of the difference
     * against the tolerance at the larger modulus. {@link Semiring#isZero(Object)} is exact (both
     * parts {@code == 0}). This is the target of the CoGS sum potentials, which are ring
     * homomorphisms into ℂ (arXiv:2410.01779).
     *
     * <p><b>Non-finite values.</b> The carrier is the complex numbers with finite parts: a NaN or
     * infinite part is refused with an {@link IllegalArgumentException} naming the value, and a
     * result with a non-finite part (overflow) throws {@link ArithmeticException}. Division by an
     * exact zero throws {@link ArithmeticException}.
     *
     * @param tolerance the equality of {@link Semiring#equivalent(Object, Object)}
     * @return the field of complex numbers
     * @throws NullPointerException if {@code tolerance} is null
     */
    public static Field<Complex> complex(Tolerance tolerance) {
        return new ComplexField(tolerance);
    }

    /**
     * The prime field \(\mathbb{F}_p = \mathbb{Z}/p\mathbb{Z}\) on the residues \(0, \dots, p-1\),
     * exact.
     *
     * <p>The ring operations are those of {@link Rings#integersMod(int)}; the reciprocal is
     * \(a^{p-2} \bmod p\) (Fermat). Its multiplicative group is cyclic of order \(p - 1\).
     *
     * @param p a prime, {@code 2 <= p <= Integer.MAX_VALUE}
     * @return \(\mathbb{F}_p\)
     * @throws IllegalArgumentException if {@code p} is not a prime
     */
    public static FiniteField<Integer> integersModPrime(int p) {
        return PrimeField.of(p);
    }
}
