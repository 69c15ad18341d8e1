package dev.cogs.algebra;

import java.util.Objects;
import org.apache.commons.math3.util.FastMath;

/**
 * A complex number \(z = x + iy\) with double-precision parts, as an immutable value.
 *
 * <p>This class is immutable and thread-safe. Instances come from {@link #of(double, double)},
 * {@link #polar(double, double)} and the constants {@link #ZERO}, {@link #ONE}, {@link #I}. The
 * field structure on this carrier (with a tolerance for the laws) is {@link Fields#complex()}; this
 * class only computes.
 *
 * <p><b>Floating-point contract.</b> Every operation evaluates exactly the floating-point
 * expression of Apache Commons Math 3.6.1 {@code org.apache.commons.math3.complex.Complex}, so
 * results are bit-for-bit those of that class: the modulus {@link #abs()} scales by the larger part
 * (it is not {@link Math#hypot}), {@link #divide(Complex)} and {@link #reciprocal()} use Smith's
 * algorithm (R. L. Smith, <i>Algorithm 116: Complex division</i>, CACM 5(8), 1962,
 * doi:10.1145/368637.368661), and the elementary functions ({@link #arg()}, {@link #exp()}, {@link
 * #log()}, {@link #pow(double)}) use the same {@code org.apache.commons.math3.util.FastMath}
 * kernels. The product is the textbook \((ac - bd) + i(ad + bc)\) without fused multiply-add.
 *
 * <p><b>Non-finite values.</b> Parts may be any doubles. As in Commons Math, an operation with an
 * operand that has a NaN part returns {@code (NaN, NaN)}; {@link #multiply(Complex)} returns {@code
 * (∞, ∞)} if an operand has an infinite part; division by an exact zero returns {@code (NaN, NaN)}
 * and {@link #reciprocal()} of zero returns {@code (∞, ∞)}; dividing a finite number by an infinite
 * one returns {@link #ZERO}. Each method states its own rule.
 *
 * <p><b>Equality.</b> {@link #equals(Object)} is exact: both parts must be identical doubles in the
 * sense of {@link Double#equals(Object)} ({@code -0.0} differs from {@code 0.0}, NaN equals NaN).
 * Use {@link Tolerance#test(Complex, Complex)} for approximate equality.
 */
public final class Complex {

    /** The additive unit \(0 + 0i\). */
    public static final Complex ZERO = new Complex(0.0, 0.0);

    /** The multiplicative unit \(1 + 0i\). */
    public static final Complex ONE = new Complex(1.0, 0.0);

    /** The imaginary unit \(i = 0 + 1i\). */
    public static final Complex I = new Complex(0.0, 1.0);

    /** What Commons Math returns for an operation with a NaN operand. */
    private static final Complex NAN = new Complex(Double.NaN, Double.NaN);

    /** What Commons Math returns for an overflowing product or the reciprocal of zero. */
    private static final Complex INF =
            new Complex(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);

    private final double re;
    private final double im;

    private Complex(double re, double im) {
        this.re = re;
        this.im = im;
    }

    /**
     * The complex number {@code re + i·im}, exactly from its parts.
     *
     * <p><b>Non-finite values.</b> Any doubles are accepted, NaN and infinities included.
     *
     * @param re the real part
     * @param im the imaginary part
     * @return \(re + i\,im\)
     */
    public static Complex of(double re, double im) {
        return new Complex(re, im);
    }

    /**
     * The complex number with modulus {@code r} and argument {@code theta}: {@code of(r *
     * Math.cos(theta), r * Math.sin(theta))}.
     *
     * <p>The cosine and sine are {@link Math#cos(double)} and {@link Math#sin(double)}; with {@code
     * r = 1} the result is exactly {@code of(Math.cos(theta), Math.sin(theta))}. A negative {@code
     * r} gives the point opposite to {@code polar(-r, theta)}.
     *
     * <p><b>Non-finite values.</b> No check: an infinite or NaN {@code theta} gives NaN parts, an
     * infinite {@code r} gives infinite parts (NaN where the cosine or sine is 0), a NaN {@code r}
     * gives NaN parts.
     *
     * @param r the modulus
     * @param theta the argument in radians
     * @return \(r e^{i\theta}\)
     */
    public static Complex polar(double r, double theta) {
        return new Complex(r * Math.cos(theta), r * Math.sin(theta));
    }

    /**
     * The real part.
     *
     * @return \(\mathrm{Re}\,z\)
     */
    public double re() {
        return re;
    }

    /**
     * The imaginary part.
     *
     * @return \(\mathrm{Im}\,z\)
     */
    public double im() {
        return im;
    }

    /**
     * The modulus \(|z| = \sqrt{x^2 + y^2}\), computed as \(|x|\sqrt{1 + (y/x)^2}\) with the larger
     * part as \(x\) (Commons Math's formula; it differs from {@link Math#hypot(double, double)} in
     * the last bits).
     *
     * <p><b>Non-finite values.</b> NaN if a part is NaN, otherwise {@code +∞} if a part is
     * infinite. Overflow only happens when the modulus itself exceeds {@link Double#MAX_VALUE}.
     *
     * @return \(|z| \ge 0\)
     */
    public double abs() {
        if (isNaN()) {
            return Double.NaN;
        }
        if (isInfinite()) {
            return Double.POSITIVE_INFINITY;
        }
        if (Math.abs(re) < Math.abs(im)) {
            if (im == 0.0) {
                return Math.abs(re);
            }
            double q = re / im;
            return Math.abs(im) * Math.sqrt(1 + q * q);
        }
        if (re == 0.0) {
            return Math.abs(im);
        }
        double q = im / re;
        return Math.abs(re) * Math.sqrt(1 + q * q);
    }

    /**
     * The argument \(\arg z \in [-\pi, \pi]\), {@code FastMath.atan2(im, re)} of Commons Math.
     *
     * <p><b>Non-finite values.</b> As {@code atan2}: NaN if a part is NaN; infinite parts give the
     * limiting angle (for example \(\pi/4\) for \((\infty, \infty)\)).
     *
     * @return \(\arg z\) in radians
     */
    public double arg() {
        return FastMath.atan2(im, re);
    }

    /**
     * The sum \((a + c) + i(b + d)\).
     *
     * <p><b>Non-finite values.</b> {@code (NaN, NaN)} if either operand has a NaN part; otherwise
     * IEEE sums per part (so \(\infty + (-\infty)\) gives a NaN part).
     *
     * @param other the addend
     * @return {@code this + other}
     * @throws NullPointerException if {@code other} is null
     */
    public Complex add(Complex other) {
        Objects.requireNonNull(other, "other");
        if (isNaN() || other.isNaN()) {
            return NAN;
        }
        return new Complex(re + other.re, im + other.im);
    }

    /**
     * The difference \((a - c) + i(b - d)\).
     *
     * <p><b>Non-finite values.</b> {@code (NaN, NaN)} if either operand has a NaN part; otherwise
     * IEEE differences per part.
     *
     * @param other the subtrahend
     * @return {@code this - other}
     * @throws NullPointerException if {@code other} is null
     */
    public Complex subtract(Complex other) {
        Objects.requireNonNull(other, "other");
        if (isNaN() || other.isNaN()) {
            return NAN;
        }
        return new Complex(re - other.re, im - other.im);
    }

    /**
     * The difference with a real number, \((a - x) + ib\); the imaginary part is kept as it is.
     *
     * <p><b>Non-finite values.</b> {@code (NaN, NaN)} if this number has a NaN part or {@code x} is
     * NaN.
     *
     * @param x the real subtrahend
     * @return {@code this - x}
     */
    public Complex subtract(double x) {
        if (isNaN() || Double.isNaN(x)) {
            return NAN;
        }
        return new Complex(re - x, im);
    }

    /**
     * The product \((ac - bd) + i(ad + bc)\).
     *
     * <p><b>Non-finite values.</b> {@code (NaN, NaN)} if either operand has a NaN part; {@code (∞,
     * ∞)} if either has an infinite part (Commons Math's convention: the product is "infinite", its
     * direction is not tracked). Finite operands may overflow to infinite parts or, through
     * \(\infty - \infty\), to NaN.
     *
     * @param other the factor
     * @return {@code this × other}
     * @throws NullPointerException if {@code other} is null
     */
    public Complex multiply(Complex other) {
        Objects.requireNonNull(other, "other");
        if (isNaN() || other.isNaN()) {
            return NAN;
        }
        if (Double.isInfinite(re)
                || Double.isInfinite(im)
                || Double.isInfinite(other.re)
                || Double.isInfinite(other.im)) {
            return INF;
        }
        return new Complex(re * other.re - im * other.im, re * other.im + im * other.re);
    }

    /**
     * The product with a real number, \(xa + ixb\).
     *
     * <p><b>Non-finite values.</b> {@code (NaN, NaN)} if this number has a NaN part or {@code x} is
     * NaN; {@code (∞, ∞)} if this number has an infinite part or {@code x} is infinite (even if the
     * other factor is 0).
     *
     * @param x the real factor
     * @return {@code x · this}
     */
    public Complex multiply(double x) {
        if (isNaN() || Double.isNaN(x)) {
            return NAN;
        }
        if (Double.isInfinite(re) || Double.isInfinite(im) || Double.isInfinite(x)) {
            return INF;
        }
        return new Complex(re * x, im * x);
    }

    /**
     * The quotient by Smith's algorithm: with \(w = c + id\) and \(|c| &lt; |d|\), \(q = c/d\),
     * \(\mathrm{den} = cq + d\), the result is \(((aq + b)/\mathrm{den}) + i((bq -
     * a)/\mathrm{den})\); otherwise \(q = d/c\), \(\mathrm{den} = dq + c\), the result is \(((bq +
     * a)/\mathrm{den}) + i((b - aq)/\mathrm{den})\).
     *
     * <p><b>Non-finite values.</b> {@code (NaN, NaN)} if either operand has a NaN part or the
     * divisor is an exact zero (either sign); {@link #ZERO} if the divisor has an infinite part and
     * this number does not; otherwise the formula above (which gives NaN parts for
     * \(\infty/\infty\)).
     *
     * @param divisor the divisor \(w\)
     * @return {@code this / divisor}
     * @throws NullPointerException if {@code divisor} is null
     */
    public Complex divide(Complex divisor) {
        Objects.requireNonNull(divisor, "divisor");
        if (isNaN() || divisor.isNaN()) {
            return NAN;
        }
        double c = divisor.re;
        double d = divisor.im;
        if (c == 0.0 && d == 0.0) {
            return NAN;
        }
        if (divisor.isInfinite() && !isInfinite()) {
            return ZERO;
        }
        if (Math.abs(c) < Math.abs(d)) {
            double q = c / d;
            double den = c * q + d;
            return new Complex((re * q + im) / den, (im * q - re) / den);
        }
        double q = d / c;
        double den = d * q + c;
        return new Complex((im * q + re) / den, (im - re * q) / den);
    }

    /**
     * The quotient by a real number, \(a/x + i\,b/x\).
     *
     * <p><b>Non-finite values.</b> {@code (NaN, NaN)} if this number has a NaN part, {@code x} is
     * NaN or {@code x} is an exact zero; for infinite {@code x}, {@link #ZERO} if this number is
     * finite and {@code (NaN, NaN)} otherwise.
     *
     * @param x the real divisor
     * @return {@code this / x}
     */
    public Complex divide(double x) {
        if (isNaN() || Double.isNaN(x)) {
            return NAN;
        }
        if (x == 0.0) {
            return NAN;
        }
        if (Double.isInfinite(x)) {
            return !isInfinite() ? ZERO : NAN;
        }
        return new Complex(re / x, im / x);
    }

    /**
     * The reciprocal \(1/z\) by Smith's algorithm: with \(|a| &lt; |b|\), \(q = a/b\), \(s = 1/(aq
     * + b)\), the result is \(sq - is\); otherwise \(q = b/a\), \(s = 1/(bq + a)\), the result is
     * \(s - i\,sq\).
     *
     * <p><b>Non-finite values.</b> {@code (NaN, NaN)} if a part is NaN; {@code (∞, ∞)} for an exact
     * zero (either sign); {@link #ZERO} if a part is infinite.
     *
     * @return \(1/z\)
     */
    public Complex reciprocal() {
        if (isNaN()) {
            return NAN;
        }
        if (re == 0.0 && im == 0.0) {
            return INF;
        }
        if (isInfinite()) {
            return ZERO;
        }
        if (Math.abs(re) < Math.abs(im)) {
            double q = re / im;
            double scale = 1.0 / (re * q + im);
            return new Complex(scale * q, -scale);
        }
        double q = im / re;
        double scale = 1.0 / (im * q + re);
        return new Complex(scale, -scale * q);
    }

    /**
     * The additive inverse \(-a - ib\).
     *
     * <p><b>Non-finite values.</b> {@code (NaN, NaN)} if a part is NaN; infinities change sign.
     *
     * @return \(-z\)
     */
    public Complex negate() {
        if (isNaN()) {
            return NAN;
        }
        return new Complex(-re, -im);
    }

    /**
     * The complex conjugate \(a - ib\).
     *
     * <p><b>Non-finite values.</b> {@code (NaN, NaN)} if a part is NaN; infinities are kept.
     *
     * @return \(\bar z\)
     */
    public Complex conjugate() {
        if (isNaN()) {
            return NAN;
        }
        return new Complex(re, -im);
    }

    /**
     * The exponential \(e^z = e^a \cos b + i\,e^a \sin b\) with Commons Math's {@code
     * FastMath.exp}, {@code FastMath.cos} and {@code FastMath.sin}.
     *
     * <p><b>Non-finite values.</b> {@code (NaN, NaN)} if a part is NaN; otherwise the IEEE
     * products: an infinite imaginary part gives NaN parts, and \(a = +\infty\) gives infinite
     * parts except where the cosine or sine is 0 (\(\infty \cdot 0\) is NaN, so \(e^{(+\infty, 0)}
     * = (\infty, \mathrm{NaN})\)).
     *
     * @return \(e^z\)
     */
    public Complex exp() {
        if (isNaN()) {
            return NAN;
        }
        double expRe = FastMath.exp(re);
        return new Complex(expRe * FastMath.cos(im), expRe * FastMath.sin(im));
    }

    /**
     * The principal logarithm \(\log|z| + i\arg z\), with {@link #abs()}, {@code FastMath.log} and
     * {@code FastMath.atan2}.
     *
     * <p><b>Non-finite values.</b> {@code (NaN, NaN)} if a part is NaN; \(\log 0 = (-\infty, \arg
     * z)\); an infinite part gives real part {@code +∞}.
     *
     * @return \(\mathrm{Log}\,z\), imaginary part in \([-\pi, \pi]\)
     */
    public Complex log() {
        if (isNaN()) {
            return NAN;
        }
        return new Complex(FastMath.log(abs()), FastMath.atan2(im, re));
    }

    /**
     * The principal power \(z^x = e^{x\,\mathrm{Log}\,z}\), computed as {@code
     * log().multiply(x).exp()}.
     *
     * <p>Rounding of the logarithm makes integer powers inexact (for example {@code pow(2.0)} is
     * not {@code multiply(this)} bit for bit).
     *
     * <p><b>Non-finite values.</b> As the composition: NaN parts or a NaN {@code x} give {@code
     * (NaN, NaN)}; so does \(0^x\) for every {@code x} (the logarithm \((-\infty, 0)\) times {@code
     * x} is {@code (∞, ∞)}, whose exponential has NaN parts), not 0.
     *
     * @param x the real exponent
     * @return \(z^x\)
     */
    public Complex pow(double x) {
        return log().multiply(x).exp();
    }

    /**
     * Whether {@code o} is a complex number with identical parts: {@code Double.equals} on the real
     * and the imaginary parts (bitwise up to the NaN payload; {@code -0.0} differs from {@code
     * 0.0}).
     *
     * <p>Exact by design; compare computed values with {@link Tolerance#test(Complex, Complex)}.
     *
     * @param o another object
     * @return true if {@code o} is a {@code Complex} with the same parts
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Complex)) {
            return false;
        }
        Complex c = (Complex) o;
        return Double.doubleToLongBits(re) == Double.doubleToLongBits(c.re)
                && Double.doubleToLongBits(im) == Double.doubleToLongBits(c.im);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash of both parts
     */
    @Override
    public int hashCode() {
        return 31 * Double.hashCode(re) + Double.hashCode(im);
    }

    /**
     * The parts as {@code "(re, im)"}, each by {@link Double#toString(double)} (Commons Math's
     * format).
     *
     * @return e.g. {@code "(1.0, -0.5)"}
     */
    @Override
    public String toString() {
        return "(" + re + ", " + im + ")";
    }

    private boolean isNaN() {
        return Double.isNaN(re) || Double.isNaN(im);
    }

    /** Commons Math's "infinite": no NaN part and at least one infinite part. */
    private boolean isInfinite() {
        return !isNaN() && (Double.isInfinite(re) || Double.isInfinite(im));
    }
}
