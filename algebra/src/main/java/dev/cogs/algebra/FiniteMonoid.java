package dev.cogs.algebra;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/**
 * A finite monoid on the carrier \(\{0, \dots, n-1\}\), given by its multiplication table and unit.
 *
 * <p>Laws (checked by every factory): the table is closed, \((ab)c = a(bc)\), \(ea = ae = a\) for
 * the unit \(e\). The product is {@code multiply(a, b) = table[a][b]}. A monoid is the one-object
 * category \(BM\) whose morphisms are the elements and whose composition is the product (category
 * module). Sources: {@link #of(int[][], int)} (a checked table), {@link #cyclicGroup(int)}
 * (\(\mathbb{Z}_d\) under addition, the CoGS task), {@link #multiplicative(FiniteSemiring)} and
 * {@link #additive(FiniteSemiring)} (monoids of a finite semiring), {@link #tabulate(List,
 * BinaryOperator, Object)} (any finite carrier and operation).
 *
 * <p>This class is immutable: the table is copied in and out.
 */
public final class FiniteMonoid {

    private final int[][] table;
    private final int unit;

    private FiniteMonoid(int[][] table, int unit) {
        this.table = table;
        this.unit = unit;
    }

    /**
     * A monoid from its table, checked.
     *
     * @param table an n×n table with entries in [0, n), {@code table[a][b]} the product \(ab\);
     *     copied
     * @param unit the unit, in [0, n)
     * @return the monoid
     * @throws IllegalArgumentException if the shape or unit index is invalid, or if an axiom fails
     *     (the message lists the first failures, see {@link #failures(int[][], int)})
     * @throws NullPointerException if {@code table} or a row is null
     */
    public static FiniteMonoid of(int[][] table, int unit) {
        List<MonoidFailure> failures = failures(table, unit);
        if (!failures.isEmpty()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "not a monoid with unit %d: %d failure(s): %s",
                            unit,
                            failures.size(),
                            failures.stream()
                                    .limit(5)
                                    .map(Object::toString)
                                    .collect(Collectors.joining("; "))));
        }
        return new FiniteMonoid(copy(table), unit);
    }

    /**
     * The violated monoid axioms of a table, with witnesses.
     *
     * <p>Order: {@link MonoidFailure.NotClosed} entries (row-major); then, only if the table is
     * closed, {@link MonoidFailure.LeftUnitFails}, {@link MonoidFailure.RightUnitFails} (by
     * element) and {@link MonoidFailure.NotAssociative} (row-major over triples; \(O(n^3)\)).
     *
     * @param table an n×n table, {@code n >= 1}
     * @param unit the claimed unit, in [0, n)
     * @return the failures, empty if the table is a monoid with this unit; unmodifiable
     * @throws IllegalArgumentException if the table is empty or not square, or {@code unit} is out
     *     of range
     * @throws NullPointerException if {@code table} or a row is null
     */
    public static List<MonoidFailure> failures(int[][] table, int unit) {
        int n = checkShape(table);
        if (unit < 0 || unit >= n) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "unit (%d) must be in [0, %d)", unit, n));
        }
        List<MonoidFailure> failures = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                int v = table[a][b];
                if (v < 0 || v >= n) {
                    failures.add(new MonoidFailure.NotClosed(a, b, v));
                }
            }
        }
        if (!failures.isEmpty()) {
            return Collections.unmodifiableList(failures);
        }
        for (int a = 0; a < n; a++) {
            if (table[unit][a] != a) {
                failures.add(new MonoidFailure.LeftUnitFails(a, table[unit][a]));
            }
        }
        for (int a = 0; a < n; a++) {
            if (table[a][unit] != a) {
                failures.add(new MonoidFailure.RightUnitFails(a, table[a][unit]));
            }
        }
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                int ab = table[a][b];
                for (int c = 0; c < n; c++) {
                    int lhs = table[ab][c];
                    int rhs = table[a][table[b][c]];
                    if (lhs != rhs) {
                        failures.add(new MonoidFailure.NotAssociative(a, b, c, lhs, rhs));
                    }
                }
            }
        }
        return Collections.unmodifiableList(failures);
    }

    /**
     * The cyclic group \(\mathbb{Z}_d\) under addition: \(a \cdot b = (a + b) \bmod d\), unit 0.
     *
     * <p>Its table is the CoGS modular-addition task (arXiv:2410.01779) and the composition of
     * \(B\mathbb{Z}_d\).
     *
     * @param d the order, {@code >= 1}
     * @return \(\mathbb{Z}_d\)
     * @throws IllegalArgumentException if {@code d < 1}
     */
    public static FiniteMonoid cyclicGroup(int d) {
        if (d < 1) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "order d (%d) must be >= 1", d));
        }
        int[][] t = new int[d][d];
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                t[a][b] = (int) (((long) a + b) % d);
            }
        }
        return new FiniteMonoid(t, 0);
    }

    /**
     * The multiplicative monoid \((S, \otimes, 1)\) of a finite semiring, on the indices of {@link
     * FiniteSemiring#elements()}.
     *
     * <p>For example {@code multiplicative(Semirings.booleans())} is \(\{0, 1\}\) under ∧ with unit
     * 1 (index of {@code true}), and {@code multiplicative(Rings.integersMod(n))} is
     * \(\mathbb{Z}_n\) under multiplication.
     *
     * @param s a finite semiring
     * @param <T> the carrier
     * @return the multiplicative monoid, checked
     * @throws IllegalArgumentException if a product is not among the elements, or the monoid axioms
     *     fail
     * @throws NullPointerException if {@code s} is null
     */
    public static <T> FiniteMonoid multiplicative(FiniteSemiring<T> s) {
        Objects.requireNonNull(s, "s");
        return fromSemiring(s, s::multiply, s.one());
    }

    /**
     * The additive monoid \((S, \oplus, 0)\) of a finite semiring, on the indices of {@link
     * FiniteSemiring#elements()}.
     *
     * @param s a finite semiring
     * @param <T> the carrier
     * @return the additive monoid, checked
     * @throws IllegalArgumentException if a sum is not among the elements, or the monoid axioms
     *     fail
     * @throws NullPointerException if {@code s} is null
     */
    public static <T> FiniteMonoid additive(FiniteSemiring<T> s) {
        Objects.requireNonNull(s, "s");
        return fromSemiring(s, s::add, s.zero());
    }

    private static <T> FiniteMonoid fromSemiring(
            FiniteSemiring<T> s, BinaryOperator<T> op, T unit) {
        List<T> elements = s.elements();
        int n = elements.size();
        int[][] t = new int[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                t[a][b] = s.indexOf(op.apply(elements.get(a), elements.get(b)));
            }
        }
        return of(t, s.indexOf(unit));
    }

    /**
     * The monoid of a finite carrier under an operation, elements identified by {@code equals}.
     *
     * @param elements the distinct elements; index i in the result stands for {@code
     *     elements.get(i)}
     * @param multiply the operation; its results must be among the elements
     * @param unit the unit, one of the elements
     * @param <T> the carrier
     * @return the monoid, checked
     * @throws IllegalArgumentException if the elements are empty or not distinct, the unit or a
     *     product is not an element, or the monoid axioms fail
     * @throws NullPointerException if an argument or element is null
     */
    public static <T> FiniteMonoid tabulate(
            List<? extends T> elements, BinaryOperator<T> multiply, T unit) {
        Objects.requireNonNull(elements, "elements");
        Objects.requireNonNull(multiply, "multiply");
        Objects.requireNonNull(unit, "unit");
        List<T> list = List.copyOf(elements);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("elements must not be empty");
        }
        if (list.stream().distinct().count() != list.size()) {
            throw new IllegalArgumentException("elements must be distinct: " + list);
        }
        int n = list.size();
        int[][] t = new int[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                T p = multiply.apply(list.get(a), list.get(b));
                int i = list.indexOf(p);
                if (i < 0) {
                    throw new IllegalArgumentException(
                            String.format(
                                    Locale.ROOT,
                                    "%s * %s = %s is not among the elements",
                                    list.get(a),
                                    list.get(b),
                                    p));
                }
                t[a][b] = i;
            }
        }
        int u = list.indexOf(unit);
        if (u < 0) {
            throw new IllegalArgumentException("unit " + unit + " is not among the elements");
        }
        return of(t, u);
    }

    /**
     * The number of elements n.
     *
     * @return n
     */
    public int size() {
        return table.length;
    }

    /**
     * The unit.
     *
     * @return the index of the unit
     */
    public int unit() {
        return unit;
    }

    /**
     * The product \(ab\).
     *
     * @param a an element in [0, n)
     * @param b an element in [0, n)
     * @return {@code table[a][b]}
     * @throws IndexOutOfBoundsException if an element is out of range
     */
    public int multiply(int a, int b) {
        Objects.checkIndex(a, table.length);
        Objects.checkIndex(b, table.length);
        return table[a][b];
    }

    /**
     * The multiplication table.
     *
     * @return a fresh copy of the n×n table
     */
    public int[][] table() {
        return copy(table);
    }

    /**
     * Whether \(ab = ba\) for all elements.
     *
     * @return true if commutative
     */
    public boolean isCommutative() {
        for (int a = 0; a < table.length; a++) {
            for (int b = 0; b < a; b++) {
                if (table[a][b] != table[b][a]) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The two-sided inverse of an element, if it has one.
     *
     * @param a an element in [0, n)
     * @return \(a^{-1}\) with \(a a^{-1} = a^{-1} a = e\), or empty
     * @throws IndexOutOfBoundsException if {@code a} is out of range
     */
    public OptionalInt inverse(int a) {
        Objects.checkIndex(a, table.length);
        for (int b = 0; b < table.length; b++) {
            if (table[a][b] == unit && table[b][a] == unit) {
                return OptionalInt.of(b);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Whether every element has an inverse (the monoid is a group; \(BM\) is then a groupoid).
     *
     * @return true if a group
     */
    public boolean isGroup() {
        for (int a = 0; a < table.length; a++) {
            if (inverse(a).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Violations of the monoid-homomorphism laws by a map from this monoid to {@code target}:
     * \(h(e) = e'\) and \(h(ab) = h(a) h(b)\) for all pairs (row-major).
     *
     * <p>Monoid homomorphisms \(M \to N\) are exactly the functors \(BM \to BN\).
     *
     * @param target the target monoid
     * @param map {@code map[a]} is \(h(a)\), an element of the target
     * @return the failures, empty if {@code map} is a homomorphism; unmodifiable
     * @throws IllegalArgumentException if {@code map.length != size()} or an image is out of the
     *     target's range
     * @throws NullPointerException if an argument is null
     */
    public List<MonoidHomomorphismFailure> homomorphismFailures(FiniteMonoid target, int[] map) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(map, "map");
        int n = table.length;
        if (map.length != n) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "map length %d vs source size %d", map.length, n));
        }
        for (int a = 0; a < n; a++) {
            if (map[a] < 0 || map[a] >= target.size()) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "map[%d] (%d) must be in [0, %d)",
                                a,
                                map[a],
                                target.size()));
            }
        }
        List<MonoidHomomorphismFailure> failures = new ArrayList<>();
        if (map[unit] != target.unit) {
            failures.add(new MonoidHomomorphismFailure.UnitNotPreserved(map[unit], target.unit));
        }
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                int lhs = map[table[a][b]];
                int rhs = target.table[map[a]][map[b]];
                if (lhs != rhs) {
                    failures.add(new MonoidHomomorphismFailure.ProductNotPreserved(a, b, lhs, rhs));
                }
            }
        }
        return Collections.unmodifiableList(failures);
    }

    private static int checkShape(int[][] table) {
        Objects.requireNonNull(table, "table");
        int n = table.length;
        if (n == 0) {
            throw new IllegalArgumentException("table must not be empty (a monoid has a unit)");
        }
        for (int a = 0; a < n; a++) {
            int[] row = Objects.requireNonNull(table[a], "row " + a);
            if (row.length != n) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "table must be square: %d rows, row %d has %d entries",
                                n,
                                a,
                                row.length));
            }
        }
        return n;
    }

    private static int[][] copy(int[][] table) {
        int[][] c = new int[table.length][];
        for (int i = 0; i < table.length; i++) {
            c[i] = table[i].clone();
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return this == o
                || (o instanceof FiniteMonoid
                        && unit == ((FiniteMonoid) o).unit
                        && Arrays.deepEquals(table, ((FiniteMonoid) o).table));
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(table) + unit;
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "FiniteMonoid(n=%d, unit=%d, table=%s)",
                table.length,
                unit,
                Arrays.deepToString(table));
    }
}
