package dev.cogs.algebra;

import java.util.AbstractList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The ring ℤ/nℤ on residues 0..n−1; see {@link Rings#integersMod(int)}. */
record IntegersModN(int n) implements FiniteRing<Integer> {

    IntegersModN {
        if (n < 1) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "modulus n (%d) must be >= 1", n));
        }
    }

    @Override
    public Integer zero() {
        return 0;
    }

    @Override
    public Integer one() {
        return 1 % n;
    }

    @Override
    public Integer add(Integer a, Integer b) {
        return (int) (((long) check(a, "a") + check(b, "b")) % n);
    }

    @Override
    public Integer multiply(Integer a, Integer b) {
        return (int) (((long) check(a, "a") * check(b, "b")) % n);
    }

    @Override
    public Integer negate(Integer a) {
        int x = check(a, "a");
        return x == 0 ? 0 : n - x;
    }

    @Override
    public boolean equivalent(Integer a, Integer b) {
        return check(a, "a") == check(b, "b");
    }

    @Override
    public List<Integer> elements() {
        return new Residues(n);
    }

    @Override
    public int indexOf(Integer a) {
        return check(a, "a");
    }

    private int check(Integer a, String name) {
        Objects.requireNonNull(a, name);
        if (a < 0 || a >= n) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "Z_%d: %s (%d) is not a residue in [0, %d)",
                            n,
                            name,
                            a,
                            n));
        }
        return a;
    }

    @Override
    public String toString() {
        return "Rings.integersMod(" + n + ")";
    }

    /** The residues 0..n−1 as a read-only list without storing them. */
    private static final class Residues extends AbstractList<Integer> {
        private final int n;

        Residues(int n) {
            this.n = n;
        }

        @Override
        public Integer get(int index) {
            return Objects.checkIndex(index, n);
        }

        @Override
        public int size() {
            return n;
        }
    }
}
