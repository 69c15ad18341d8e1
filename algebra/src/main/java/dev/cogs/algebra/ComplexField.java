package dev.cogs.algebra;

import java.util.Locale;
import java.util.Objects;

/** The field of complex numbers with finite parts (ℂ, +, ×, 0, 1); see {@link Fields#complex()}. */
record ComplexField(Tolerance tolerance) implements Field<Complex> {

    ComplexField {
        Objects.requireNonNull(tolerance, "tolerance");
    }

    @Override
    public Complex zero() {
        return Complex.ZERO;
    }

    @Override
    public Complex one() {
        return Complex.ONE;
    }

    @Override
    public Complex add(Complex a, Complex b) {
        return result(check(a, "a").add(check(b, "b")), "+", a, b);
    }

    @Override
    public Complex multiply(Complex a, Complex b) {
        return result(check(a, "a").multiply(check(b, "b")), "*", a, b);
    }

    @Override
    public Complex negate(Complex a) {
        return check(a, "a").negate();
    }

    @Override
    public Complex subtract(Complex a, Complex b) {
        return result(check(a, "a").subtract(check(b, "b")), "-", a, b);
    }

    @Override
    public Complex reciprocal(Complex a) {
        if (isZero(a)) {
            throw new ArithmeticException("complex: reciprocal of 0");
        }
        return result(a.reciprocal(), "/", Complex.ONE, a);
    }

    @Override
    public Complex divide(Complex a, Complex b) {
        check(a, "a");
        if (isZero(b)) {
            throw new ArithmeticException(
                    String.format(Locale.ROOT, "complex: division of %s by 0", a));
        }
        return result(a.divide(b), "/", a, b);
    }

    @Override
    public boolean isZero(Complex a) {
        Complex z = check(a, "a");
        return z.re() == 0.0 && z.im() == 0.0;
    }

    @Override
    public boolean equivalent(Complex a, Complex b) {
        return tolerance.test(check(a, "a"), check(b, "b"));
    }

    private static Complex check(Complex a, String name) {
        Objects.requireNonNull(a, name);
        if (!Double.isFinite(a.re()) || !Double.isFinite(a.im())) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "complex: %s (%s) must have finite parts", name, a));
        }
        return a;
    }

    private static Complex result(Complex r, String op, Complex a, Complex b) {
        if (!Double.isFinite(r.re()) || !Double.isFinite(r.im())) {
            throw new ArithmeticException(
                    String.format(Locale.ROOT, "complex: %s %s %s overflows to %s", a, op, b, r));
        }
        return r;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Fields.complex(%s)", tolerance);
    }
}
