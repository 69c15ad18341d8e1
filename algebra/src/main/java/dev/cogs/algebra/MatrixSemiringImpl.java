package dev.cogs.algebra;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** n×n matrices over a semiring; see {@link Semirings#matrices(Semiring, int)}. */
record MatrixSemiringImpl<T>(Semiring<T> base, int size) implements MatrixSemiring<T> {

    MatrixSemiringImpl {
        Objects.requireNonNull(base, "base");
        if (size < 0) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "matrix size n (%d) must be >= 0", size));
        }
    }

    @Override
    public Matrix<T> zero() {
        T z = base.zero();
        return Matrix.tabulate(size, size, (i, j) -> z);
    }

    @Override
    public Matrix<T> one() {
        T z = base.zero();
        T u = base.one();
        return Matrix.tabulate(size, size, (i, j) -> i == j ? u : z);
    }

    @Override
    public Matrix<T> add(Matrix<T> a, Matrix<T> b) {
        check(a, "a");
        check(b, "b");
        return Matrix.tabulate(size, size, (i, j) -> base.add(a.get(i, j), b.get(i, j)));
    }

    @Override
    public Matrix<T> multiply(Matrix<T> a, Matrix<T> b) {
        check(a, "a");
        check(b, "b");
        return product(a, b);
    }

    @Override
    public Matrix<T> product(Matrix<T> a, Matrix<T> b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.cols() != b.rows()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "matrix product: a is %s, b is %s; inner dimensions %d vs %d differ",
                            a.shape(),
                            b.shape(),
                            a.cols(),
                            b.rows()));
        }
        int inner = a.cols();
        T z = base.zero();
        return Matrix.tabulate(
                a.rows(),
                b.cols(),
                (i, j) -> {
                    T acc = z;
                    for (int l = 0; l < inner; l++) {
                        acc = base.add(acc, base.multiply(a.get(i, l), b.get(l, j)));
                    }
                    return acc;
                });
    }

    @Override
    public Matrix<T> power(Matrix<T> a, int k) {
        check(a, "a");
        if (k < 0) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "exponent k (%d) must be >= 0", k));
        }
        Matrix<T> result = one();
        Matrix<T> square = a;
        int e = k;
        while (e > 0) {
            if ((e & 1) != 0) {
                result = product(result, square);
            }
            e >>>= 1;
            if (e > 0) {
                square = product(square, square);
            }
        }
        return result;
    }

    @Override
    public Matrix<T> of(List<? extends T> entries) {
        Objects.requireNonNull(entries, "entries");
        if (entries.size() != size * size) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "a %dx%d matrix needs %d entries, got %d",
                            size,
                            size,
                            size * size,
                            entries.size()));
        }
        List<T> checked = new ArrayList<>(entries.size());
        for (T e : entries) {
            base.add(base.zero(), Objects.requireNonNull(e, "entry")); // the base's element checks
            checked.add(e);
        }
        return Matrix.of(size, size, checked);
    }

    @Override
    public boolean isZero(Matrix<T> a) {
        check(a, "a");
        for (T e : a.entries()) {
            if (!base.isZero(e)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equivalent(Matrix<T> a, Matrix<T> b) {
        check(a, "a");
        check(b, "b");
        List<T> x = a.entries();
        List<T> y = b.entries();
        for (int k = 0; k < x.size(); k++) {
            if (!base.equivalent(x.get(k), y.get(k))) {
                return false;
            }
        }
        return true;
    }

    private void check(Matrix<T> m, String name) {
        Objects.requireNonNull(m, name);
        if (m.rows() != size || m.cols() != size) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT, "%dx%d matrices: %s is %s", size, size, name, m.shape()));
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Semirings.matrices(%s, %d)", base, size);
    }
}
