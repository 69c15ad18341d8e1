package dev.cogs.algebra;

import java.util.Locale;
import java.util.Objects;

/**
 * An approximate equality for floating-point values, as an object.
 *
 * <p>A tolerance decides whether two doubles are "the same" for the purpose of a law or a test. The
 * kinds are {@link #exact()} (numeric {@code ==}), {@link #ulps(int)} (at most n representable
 * doubles apart), {@link #relative(double)} (\(|a-b| \le r \max(|a|,|b|)\)), {@link
 * #absolute(double)} (\(|a-b| \le a\)) and their disjunction {@link #or(Tolerance)} (for example
 * {@link #absoluteOrRelative(double, double)}, the usual choice when results may cancel to values
 * near zero).
 *
 * <p><b>Non-finite values.</b> Every tolerance follows the same rules for non-finite operands: NaN
 * is never equal to anything, not even to NaN; an infinity is equal only to the same infinity
 * ({@code +∞} equals {@code +∞} under every tolerance, including {@link #exact()}), never to a
 * finite value, however large the tolerance. {@code -0.0} and {@code 0.0} are equal under every
 * tolerance. A finite difference that overflows (for example {@code MAX_VALUE} against {@code
 * -MAX_VALUE}) is infinite and therefore rejected.
 *
 * <p>Implementations are immutable, thread-safe values with value-based {@code equals}; they are
 * obtained from the static factories. {@code equals} of elements is never weakened by a tolerance:
 * structures use tolerances in {@link Semiring#equivalent(Object, Object)} only.
 */
public interface Tolerance {

    /**
     * Whether an absolute difference is acceptable between two finite values of the given
     * magnitude.
     *
     * <p>This is the kernel every other test reduces to: {@link #test(double, double)} calls it
     * with \(|a-b|\) and \(\max(|a|,|b|)\); {@link #test(Complex, Complex)} with the modulus of the
     * difference and the larger modulus.
     *
     * <p><b>Non-finite values.</b> Returns false if {@code difference} is NaN or infinite; {@code
     * magnitude} is expected finite and non-negative (a NaN magnitude makes the relative and ulp
     * kinds reject).
     *
     * @param difference \(|a-b|\), non-negative
     * @param magnitude \(\max(|a|,|b|)\), non-negative
     * @return true if the difference is within this tolerance at this magnitude
     */
    boolean accepts(double difference, double magnitude);

    /**
     * Whether two doubles are equal under this tolerance.
     *
     * <p><b>Non-finite values.</b> NaN is never equal; equal infinities are equal; an infinity
     * never equals a finite value or the opposite infinity.
     *
     * @param a a value
     * @param b a value
     * @return true if {@code a} and {@code b} are equal within this tolerance
     */
    default boolean test(double a, double b) {
        if (a == b) {
            return true; // equal infinities, -0.0 == 0.0
        }
        if (Double.isNaN(a) || Double.isNaN(b) || Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        return accepts(Math.abs(a - b), Math.max(Math.abs(a), Math.abs(b)));
    }

    /**
     * Whether two complex numbers are equal under this tolerance, measured on the modulus of their
     * difference.
     *
     * <p>For finite operands this is {@code accepts(|a - b|, max(|a|, |b|))}, so a relative
     * tolerance is relative to the larger modulus (a component that is tiny compared with the
     * modulus does not need to match to its own relative precision).
     *
     * <p><b>Non-finite values.</b> A complex number with a NaN part is never equal; if either
     * operand has an infinite part, the two are equal only if both parts are numerically identical
     * ({@code ==}).
     *
     * @param a a value
     * @param b a value
     * @return true if equal within this tolerance
     * @throws NullPointerException if an operand is null
     */
    default boolean test(Complex a, Complex b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        double ar = a.re();
        double ai = a.im();
        double br = b.re();
        double bi = b.im();
        if (Double.isNaN(ar) || Double.isNaN(ai) || Double.isNaN(br) || Double.isNaN(bi)) {
            return false;
        }
        if (Double.isInfinite(ar)
                || Double.isInfinite(ai)
                || Double.isInfinite(br)
                || Double.isInfinite(bi)) {
            return ar == br && ai == bi;
        }
        if (ar == br && ai == bi) {
            return true;
        }
        double difference = Math.hypot(ar - br, ai - bi);
        double magnitude = Math.max(Math.hypot(ar, ai), Math.hypot(br, bi));
        return accepts(difference, magnitude);
    }

    /**
     * Whether two vectors are equal element by element under this tolerance.
     *
     * <p><b>Non-finite values.</b> As {@link #test(double, double)} for every element.
     *
     * @param a a vector
     * @param b a vector of the same length
     * @return true if every pair {@code a[i], b[i]} is equal within this tolerance
     * @throws IllegalArgumentException if the lengths differ
     * @throws NullPointerException if an operand is null
     */
    default boolean test(double[] a, double[] b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.length != b.length) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT, "vector lengths differ: %d vs %d", a.length, b.length));
        }
        for (int i = 0; i < a.length; i++) {
            if (!test(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The disjunction of two tolerances: values are equal if either accepts them.
     *
     * @param other another tolerance
     * @return a tolerance accepting what {@code this} or {@code other} accepts
     * @throws NullPointerException if {@code other} is null
     */
    default Tolerance or(Tolerance other) {
        return new Tolerances.Either(this, Objects.requireNonNull(other, "other"));
    }

    /**
     * Exact numeric equality {@code a == b} (so {@code -0.0} equals {@code 0.0}; NaN never equal).
     *
     * @return the exact tolerance
     */
    static Tolerance exact() {
        return Tolerances.Exact.INSTANCE;
    }

    /**
     * At most {@code n} units in the last place apart: the number of representable doubles strictly
     * between {@code a} and {@code b}, plus one, is at most {@code n} (counting across zero, with
     * {@code ±0.0} one point).
     *
     * <p>For {@link #accepts(double, double)} (complex numbers) the criterion is
     * \(\mathrm{difference} \le n \cdot \mathrm{ulp}(\mathrm{magnitude})\).
     *
     * @param n the number of ulps, {@code >= 0}; {@code ulps(0)} is {@link #exact()}
     * @return the tolerance
     * @throws IllegalArgumentException if {@code n < 0}
     */
    static Tolerance ulps(int n) {
        if (n < 0) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "ulps (%d) must be >= 0", n));
        }
        return new Tolerances.Ulps(n);
    }

    /**
     * Relative tolerance: \(|a-b| \le r \cdot \max(|a|,|b|)\).
     *
     * <p>Unsuitable alone when results may cancel to values near 0; combine with an absolute
     * tolerance ({@link #absoluteOrRelative(double, double)}).
     *
     * @param r the relative tolerance, finite and {@code >= 0}
     * @return the tolerance
     * @throws IllegalArgumentException if {@code r} is negative, infinite or NaN
     */
    static Tolerance relative(double r) {
        if (!(r >= 0) || Double.isInfinite(r)) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT, "relative tolerance (%s) must be finite and >= 0", r));
        }
        return new Tolerances.Relative(r);
    }

    /**
     * Absolute tolerance: \(|a-b| \le a\).
     *
     * @param a the absolute tolerance, finite and {@code >= 0}
     * @return the tolerance
     * @throws IllegalArgumentException if {@code a} is negative, infinite or NaN
     */
    static Tolerance absolute(double a) {
        if (!(a >= 0) || Double.isInfinite(a)) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT, "absolute tolerance (%s) must be finite and >= 0", a));
        }
        return new Tolerances.Absolute(a);
    }

    /**
     * Absolute or relative: \(|a-b| \le \mathrm{abs}\) or \(|a-b| \le \mathrm{rel} \cdot
     * \max(|a|,|b|)\).
     *
     * @param abs the absolute tolerance, finite and {@code >= 0}
     * @param rel the relative tolerance, finite and {@code >= 0}
     * @return {@code absolute(abs).or(relative(rel))}
     * @throws IllegalArgumentException if either argument is negative, infinite or NaN
     */
    static Tolerance absoluteOrRelative(double abs, double rel) {
        return absolute(abs).or(relative(rel));
    }
}
