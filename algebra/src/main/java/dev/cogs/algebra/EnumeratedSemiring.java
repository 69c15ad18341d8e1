package dev.cogs.algebra;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A semiring restricted to a checked, enumerated carrier; see {@link FiniteSemiring#of(Semiring,
 * List)}.
 */
record EnumeratedSemiring<T>(Semiring<T> base, List<T> elements) implements FiniteSemiring<T> {

    static <T> EnumeratedSemiring<T> of(Semiring<T> s, List<? extends T> elements) {
        Objects.requireNonNull(s, "s");
        List<T> list = List.copyOf(Objects.requireNonNull(elements, "elements"));
        if (list.isEmpty()) {
            throw new IllegalArgumentException(
                    "elements must not be empty (a semiring has a zero)");
        }
        EnumeratedSemiring<T> r = new EnumeratedSemiring<>(s, list);
        for (int i = 0; i < list.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (s.equivalent(list.get(i), list.get(j))) {
                    throw new IllegalArgumentException(
                            String.format(
                                    Locale.ROOT,
                                    "elements %d (%s) and %d (%s) are equivalent in %s",
                                    j,
                                    list.get(j),
                                    i,
                                    list.get(i),
                                    s));
                }
            }
        }
        r.require(s.zero(), "zero");
        r.require(s.one(), "one");
        for (T a : list) {
            for (T b : list) {
                r.require(s.add(a, b), a + " + " + b);
                r.require(s.multiply(a, b), a + " * " + b);
            }
        }
        return r;
    }

    private void require(T value, String what) {
        for (T e : elements) {
            if (base.equivalent(e, value)) {
                return;
            }
        }
        throw new IllegalArgumentException(
                String.format(
                        Locale.ROOT,
                        "not closed: %s = %s is not among the elements %s",
                        what,
                        value,
                        elements));
    }

    @Override
    public T zero() {
        return base.zero();
    }

    @Override
    public T one() {
        return base.one();
    }

    @Override
    public T add(T a, T b) {
        return base.add(a, b);
    }

    @Override
    public T multiply(T a, T b) {
        return base.multiply(a, b);
    }

    @Override
    public boolean isZero(T a) {
        return base.isZero(a);
    }

    @Override
    public boolean equivalent(T a, T b) {
        return base.equivalent(a, b);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "FiniteSemiring.of(%s, %s)", base, elements);
    }
}
