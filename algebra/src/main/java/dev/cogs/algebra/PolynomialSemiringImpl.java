package dev.cogs.algebra;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Polynomials over a semiring; see {@link Semirings#polynomials(Semiring)}. */
record PolynomialSemiringImpl<T>(Semiring<T> base) implements PolynomialSemiring<T> {

    PolynomialSemiringImpl {
        Objects.requireNonNull(base, "base");
    }

    @Override
    public Polynomial<T> zero() {
        return Polynomial.normalised(base, List.of());
    }

    @Override
    public Polynomial<T> one() {
        return Polynomial.normalised(base, List.of(base.one()));
    }

    @Override
    public Polynomial<T> add(Polynomial<T> a, Polynomial<T> b) {
        List<T> x = Objects.requireNonNull(a, "a").coefficients();
        List<T> y = Objects.requireNonNull(b, "b").coefficients();
        int n = Math.max(x.size(), y.size());
        List<T> sum = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            sum.add(base.add(at(x, k), at(y, k)));
        }
        return Polynomial.normalised(base, sum);
    }

    @Override
    public Polynomial<T> multiply(Polynomial<T> a, Polynomial<T> b) {
        List<T> x = Objects.requireNonNull(a, "a").coefficients();
        List<T> y = Objects.requireNonNull(b, "b").coefficients();
        if (x.isEmpty() || y.isEmpty()) {
            return zero();
        }
        int n = x.size() + y.size() - 1;
        List<T> product = new ArrayList<>(Collections.nCopies(n, base.zero()));
        for (int i = 0; i < x.size(); i++) {
            for (int j = 0; j < y.size(); j++) {
                product.set(i + j, base.add(product.get(i + j), base.multiply(x.get(i), y.get(j))));
            }
        }
        return Polynomial.normalised(base, product);
    }

    @Override
    public boolean isZero(Polynomial<T> a) {
        return Objects.requireNonNull(a, "a").isZero();
    }

    @Override
    public boolean equivalent(Polynomial<T> a, Polynomial<T> b) {
        List<T> x = Objects.requireNonNull(a, "a").coefficients();
        List<T> y = Objects.requireNonNull(b, "b").coefficients();
        int n = Math.max(x.size(), y.size());
        for (int k = 0; k < n; k++) {
            if (!base.equivalent(at(x, k), at(y, k))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Polynomial<T> of(List<? extends T> coefficients) {
        return Polynomial.of(base, coefficients);
    }

    @Override
    public Polynomial<T> monomial(T c, int k) {
        if (k < 0) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "exponent k (%d) must be >= 0", k));
        }
        List<T> coefficients = new ArrayList<>(Collections.nCopies(k + 1, base.zero()));
        coefficients.set(k, Objects.requireNonNull(c, "c"));
        return Polynomial.of(base, coefficients);
    }

    @Override
    public T coefficient(Polynomial<T> p, int k) {
        if (k < 0) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "exponent k (%d) must be >= 0", k));
        }
        return at(Objects.requireNonNull(p, "p").coefficients(), k);
    }

    @Override
    public T evaluate(Polynomial<T> p, T x) {
        List<T> c = Objects.requireNonNull(p, "p").coefficients();
        base.add(base.zero(), Objects.requireNonNull(x, "x")); // the base's element checks
        T acc = base.zero();
        for (int k = c.size() - 1; k >= 0; k--) {
            acc = base.add(base.multiply(acc, x), c.get(k));
        }
        return acc;
    }

    private T at(List<T> coefficients, int k) {
        return k < coefficients.size() ? coefficients.get(k) : base.zero();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Semirings.polynomials(%s)", base);
    }
}
