package dev.cogs.algebra.group;

import dev.cogs.algebra.FiniteMonoid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A finite group on the carrier \(\{0, \dots, n-1\}\), given by its Cayley table, with a name and
 * element labels for printing.
 *
 * <p>Laws (checked by {@link #of(int[][])}): the table is closed; there is an identity \(e\) with
 * \(e a = a e = a\); every \(a\) has an inverse \(a^{-1}\) with \(a a^{-1} = a^{-1} a = e\); \((a
 * b) c = a (b c)\). The product is {@code multiply(a, b) = table[a][b]}. Named groups (cyclic,
 * products, dihedral, symmetric, alternating, quaternion) come from {@link FiniteGroups}.
 *
 * <p>Derived data is computed once, at construction: inverses, element orders and the conjugacy
 * classes (\(O(n^2)\) time). Conjugacy classes are listed in the order of their smallest element
 * (so the class of the identity comes first when the identity is element 0) and each class is
 * sorted ascending.
 *
 * <p>This class is immutable: the table is copied in and out. {@code equals} compares the name, the
 * table and the labels.
 */
public final class FiniteGroup {

    private final String name;
    private final int[][] table;
    private final List<String> labels;
    private final int identity;
    private final int[] inverse;
    private final int[] elementOrder;
    private final int[] classOf;
    private final List<List<Integer>> classes;
    private final Map<String, Integer> indexOfLabel;

    private FiniteGroup(String name, int[][] table, List<String> labels) {
        this.name = name;
        this.table = table;
        this.labels = labels;
        int n = table.length;
        this.identity = findIdentity(table);
        this.inverse = new int[n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (table[a][b] == identity) {
                    inverse[a] = b;
                    break;
                }
            }
        }
        this.elementOrder = new int[n];
        for (int a = 0; a < n; a++) {
            int k = 1;
            for (int p = a; p != identity; p = table[p][a]) {
                k++;
            }
            elementOrder[a] = k;
        }
        this.classOf = new int[n];
        Arrays.fill(classOf, -1);
        List<List<Integer>> cls = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            if (classOf[g] >= 0) {
                continue;
            }
            int c = cls.size();
            boolean[] member = new boolean[n];
            for (int h = 0; h < n; h++) {
                member[table[table[h][g]][inverse[h]]] = true;
            }
            List<Integer> members = new ArrayList<>();
            for (int x = 0; x < n; x++) {
                if (member[x]) {
                    members.add(x);
                    classOf[x] = c;
                }
            }
            cls.add(Collections.unmodifiableList(members));
        }
        this.classes = Collections.unmodifiableList(cls);
        Map<String, Integer> index = new HashMap<>();
        for (int a = 0; a < n; a++) {
            index.put(labels.get(a), a);
        }
        this.indexOfLabel = index;
    }

    /**
     * A group from a Cayley table, checked, named {@code "G<n>"} with labels {@code "0"}, …, {@code
     * "n-1"}.
     *
     * @param table an n×n table with {@code table[a][b]} the product \(ab\); copied
     * @return the group
     * @throws IllegalArgumentException if the table is empty or not square, its order exceeds
     *     {@link FiniteGroups#MAX_ORDER}, or a group axiom fails; the message names the axiom and
     *     the elements, for example {@code "not a group: not associative: (1·1)·2 = 2 but 1·(1·2) =
     *     4"} (at most three failures are listed, see {@link #failures(int[][])})
     * @throws NullPointerException if {@code table} or a row is null
     */
    public static FiniteGroup of(int[][] table) {
        int n = checkShape(table);
        List<String> labels = new ArrayList<>(n);
        for (int a = 0; a < n; a++) {
            labels.add(Integer.toString(a));
        }
        return of("G" + n, table, labels);
    }

    /**
     * A group from a Cayley table with a name and element labels, checked.
     *
     * @param name the name, not blank (for example {@code "S3"})
     * @param table an n×n table with {@code table[a][b]} the product \(ab\); copied
     * @param labels n distinct, non-blank labels; {@code labels.get(a)} prints element {@code a}
     * @return the group
     * @throws IllegalArgumentException if the name is blank, the table is empty or not square or
     *     larger than {@link FiniteGroups#MAX_ORDER}, the labels do not match the table (count,
     *     blank or duplicate), or a group axiom fails (the message names the axiom and the
     *     elements, see {@link #of(int[][])})
     * @throws NullPointerException if an argument, a row or a label is null
     */
    public static FiniteGroup of(String name, int[][] table, List<String> labels) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(labels, "labels");
        int n = checkShape(table);
        checkOrder(name, n); // before the O(n^3) axiom check
        List<GroupFailure> failures = failures(table, 4);
        if (!failures.isEmpty()) {
            String shown =
                    failures.stream()
                            .limit(3)
                            .map(GroupFailure::message)
                            .collect(Collectors.joining("; "));
            throw new IllegalArgumentException(
                    "not a group: " + shown + (failures.size() > 3 ? "; …" : ""));
        }
        return create(name, copy(table), checkLabels(labels, n));
    }

    /**
     * A group from a table known to be a group (built by {@link FiniteGroups}); the axioms are not
     * re-checked. The table is not copied.
     */
    static FiniteGroup trusted(String name, int[][] table, List<String> labels) {
        return create(name, table, List.copyOf(labels));
    }

    private static FiniteGroup create(String name, int[][] table, List<String> labels) {
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        checkOrder(name, table.length);
        return new FiniteGroup(name, table, labels);
    }

    private static void checkOrder(String name, int n) {
        if (n > FiniteGroups.MAX_ORDER) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "order of %s (%d) exceeds MAX_ORDER (%d)",
                            name,
                            n,
                            FiniteGroups.MAX_ORDER));
        }
    }

    /**
     * The violated group axioms of a table, with witnesses.
     *
     * <p>Order: {@link GroupFailure.NotClosed} entries (row-major); then, only if the table is
     * closed, one {@link GroupFailure.NoIdentity} or the {@link GroupFailure.NoInverse} failures
     * (by element), then the {@link GroupFailure.NotAssociative} triples (row-major over \((a, b,
     * c)\); \(O(n^3)\) time, and up to \(n^3\) failures for a random table).
     *
     * @param table an n×n table, {@code n >= 1}
     * @return the failures, empty if the table is a group; unmodifiable
     * @throws IllegalArgumentException if the table is empty or not square
     * @throws NullPointerException if {@code table} or a row is null
     */
    public static List<GroupFailure> failures(int[][] table) {
        checkShape(table);
        return failures(table, Integer.MAX_VALUE);
    }

    /**
     * Whether a table is a group; stops at the first failure.
     *
     * @param table an n×n table, {@code n >= 1}
     * @return true if {@link #failures(int[][])} is empty
     * @throws IllegalArgumentException if the table is empty or not square
     * @throws NullPointerException if {@code table} or a row is null
     */
    public static boolean isGroup(int[][] table) {
        checkShape(table);
        return failures(table, 1).isEmpty();
    }

    private static List<GroupFailure> failures(int[][] table, int limit) {
        int n = table.length;
        List<GroupFailure> failures = new ArrayList<>();
        for (int a = 0; a < n && failures.size() < limit; a++) {
            for (int b = 0; b < n && failures.size() < limit; b++) {
                int v = table[a][b];
                if (v < 0 || v >= n) {
                    failures.add(new GroupFailure.NotClosed(a, b, v, n));
                }
            }
        }
        if (!failures.isEmpty()) {
            return Collections.unmodifiableList(failures);
        }
        int e = findIdentity(table);
        if (e < 0) {
            failures.add(new GroupFailure.NoIdentity());
        } else {
            for (int a = 0; a < n && failures.size() < limit; a++) {
                boolean found = false;
                for (int b = 0; b < n && !found; b++) {
                    found = table[a][b] == e && table[b][a] == e;
                }
                if (!found) {
                    failures.add(new GroupFailure.NoInverse(a, e));
                }
            }
        }
        for (int a = 0; a < n && failures.size() < limit; a++) {
            int[] rowA = table[a];
            for (int b = 0; b < n && failures.size() < limit; b++) {
                int[] rowAb = table[rowA[b]];
                int[] rowB = table[b];
                for (int c = 0; c < n && failures.size() < limit; c++) {
                    int lhs = rowAb[c];
                    int rhs = rowA[rowB[c]];
                    if (lhs != rhs) {
                        failures.add(new GroupFailure.NotAssociative(a, b, c, lhs, rhs));
                    }
                }
            }
        }
        return Collections.unmodifiableList(failures);
    }

    /** The identity of a closed table, or -1 if there is none. */
    private static int findIdentity(int[][] table) {
        int n = table.length;
        for (int e = 0; e < n; e++) {
            boolean ok = true;
            for (int a = 0; a < n && ok; a++) {
                ok = table[e][a] == a && table[a][e] == a;
            }
            if (ok) {
                return e;
            }
        }
        return -1;
    }

    /**
     * The name, for example {@code "S4"}, {@code "Z3xZ5"} or {@code "D23"}.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The order \(|G| = n\).
     *
     * @return n
     */
    public int order() {
        return table.length;
    }

    /**
     * The identity \(e\).
     *
     * @return the index of the identity
     */
    public int identity() {
        return identity;
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
     * The inverse \(a^{-1}\).
     *
     * @param a an element in [0, n)
     * @return the element with \(a a^{-1} = a^{-1} a = e\)
     * @throws IndexOutOfBoundsException if {@code a} is out of range
     */
    public int inverse(int a) {
        Objects.checkIndex(a, table.length);
        return inverse[a];
    }

    /**
     * The power \(a^k\) for any integer \(k\) (\(a^0 = e\), \(a^{-k} = (a^{-1})^k\)).
     *
     * @param a an element in [0, n)
     * @param k the exponent, any int
     * @return \(a^k\)
     * @throws IndexOutOfBoundsException if {@code a} is out of range
     */
    public int power(int a, int k) {
        Objects.checkIndex(a, table.length);
        int m = Math.floorMod(k, elementOrder[a]);
        int p = identity;
        for (int i = 0; i < m; i++) {
            p = table[p][a];
        }
        return p;
    }

    /**
     * The order of an element: the least \(k \ge 1\) with \(a^k = e\).
     *
     * @param a an element in [0, n)
     * @return its order, a divisor of n
     * @throws IndexOutOfBoundsException if {@code a} is out of range
     */
    public int elementOrder(int a) {
        Objects.checkIndex(a, table.length);
        return elementOrder[a];
    }

    /**
     * The exponent: the least common multiple of the element orders.
     *
     * @return the exponent, a divisor of n
     */
    public int exponent() {
        long lcm = 1;
        for (int k : elementOrder) {
            lcm = lcm / gcd(lcm, k) * k;
        }
        return (int) lcm;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /**
     * The Cayley table.
     *
     * @return a fresh copy of the n×n table
     */
    public int[][] table() {
        return copy(table);
    }

    /**
     * The label of an element, for printing (for example {@code "(1 2 3)"}, {@code "(2,4)"}, {@code
     * "r^3 s"}).
     *
     * @param a an element in [0, n)
     * @return its label
     * @throws IndexOutOfBoundsException if {@code a} is out of range
     */
    public String label(int a) {
        return labels.get(a);
    }

    /**
     * The labels of all elements, in element order.
     *
     * @return the labels; unmodifiable
     */
    public List<String> labels() {
        return labels;
    }

    /**
     * The element with a label.
     *
     * @param label a label, for example {@code "(1 2)(3 4)"}
     * @return its index, or empty if no element has this label
     * @throws NullPointerException if {@code label} is null
     */
    public OptionalInt element(String label) {
        Objects.requireNonNull(label, "label");
        Integer a = indexOfLabel.get(label);
        return a == null ? OptionalInt.empty() : OptionalInt.of(a);
    }

    /**
     * Whether \(ab = ba\) for all elements.
     *
     * @return true if abelian
     */
    public boolean isAbelian() {
        return classes.size() == table.length;
    }

    /**
     * The conjugacy classes \(\{h g h^{-1} : h \in G\}\).
     *
     * @return the classes in the order of their smallest element, each sorted ascending;
     *     unmodifiable
     */
    public List<List<Integer>> conjugacyClasses() {
        return classes;
    }

    /**
     * The number of conjugacy classes (equal to the number of irreducible representations).
     *
     * @return the class count
     */
    public int classCount() {
        return classes.size();
    }

    /**
     * The conjugacy class of an element.
     *
     * @param a an element in [0, n)
     * @return the index of its class in {@link #conjugacyClasses()}
     * @throws IndexOutOfBoundsException if {@code a} is out of range
     */
    public int classOf(int a) {
        Objects.checkIndex(a, table.length);
        return classOf[a];
    }

    /**
     * The isomorphism-invariant summary: order, commutativity, element-order histogram, class
     * sizes.
     *
     * @return the summary
     */
    public GroupSummary summary() {
        SortedMap<Integer, Integer> histogram = new TreeMap<>();
        for (int k : elementOrder) {
            histogram.merge(k, 1, Integer::sum);
        }
        List<Integer> sizes =
                classes.stream().map(List::size).sorted().collect(Collectors.toList());
        return new GroupSummary(table.length, isAbelian(), histogram, sizes, classes.size());
    }

    /**
     * This group as a {@link FiniteMonoid} (the one-object groupoid \(BG\) of the category module).
     *
     * <p>The monoid factory re-checks associativity, in \(O(n^3)\) time.
     *
     * @return the monoid with the same table and the identity as unit
     */
    public FiniteMonoid toMonoid() {
        return FiniteMonoid.of(table, identity);
    }

    static int checkShape(int[][] table) {
        Objects.requireNonNull(table, "table");
        int n = table.length;
        if (n == 0) {
            throw new IllegalArgumentException("table must not be empty (a group has an identity)");
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

    private static List<String> checkLabels(List<String> labels, int n) {
        List<String> copy = List.copyOf(labels);
        if (copy.size() != n) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "labels: %d labels vs order %d", copy.size(), n));
        }
        HashSet<String> seen = new HashSet<>();
        for (int a = 0; a < n; a++) {
            String l = copy.get(a);
            if (l.isBlank()) {
                throw new IllegalArgumentException(
                        String.format(Locale.ROOT, "label of %d must not be blank", a));
            }
            if (!seen.add(l)) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "labels must be distinct: \"%s\" repeats at %d",
                                l,
                                a));
            }
        }
        return copy;
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
        if (this == o) {
            return true;
        }
        if (!(o instanceof FiniteGroup)) {
            return false;
        }
        FiniteGroup other = (FiniteGroup) o;
        return name.equals(other.name)
                && labels.equals(other.labels)
                && Arrays.deepEquals(table, other.table);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, labels, Arrays.deepHashCode(table));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "FiniteGroup(%s, order %d)", name, table.length);
    }
}
