package dev.cogs.algebra.group;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Static factories of named finite groups, and a parser for their names.
 *
 * <p>Families and element conventions (element 0 is always the identity):
 *
 * <ul>
 *   <li>{@link #cyclic(int)} \(\mathbb{Z}_n\), name {@code "Zn"}: element \(a\) is the residue
 *       \(a\), product \((a + b) \bmod n\), label {@code "a"}.
 *   <li>{@link #product(List)} \(G_1 \times \dots \times G_k\), name {@code "G1xG2x…"}: the tuple
 *       \((g_1, \dots, g_k)\) is element \((\dots(g_1 n_2 + g_2) n_3 + \dots) n_k + g_k\) (mixed
 *       radix, last factor fastest), componentwise product, label {@code "(g1,…,gk)"} from the
 *       factors' labels. {@link #abelian(int...)} is the product of cyclic groups.
 *   <li>{@link #dihedral(int)} \(D_n\), the symmetries of a regular n-gon, of order \(2n\) (so
 *       {@code "D23"} has order 46): \(\langle r, s \mid r^n = s^2 = e, s r s^{-1} =
 *       r^{-1}\rangle\); element \(a + n i\) is \(r^a s^i\), product \(r^a s^i \cdot r^b s^j = r^{a
 *       + (-1)^i b} s^{i + j}\), labels {@code "e"}, {@code "r"}, {@code "r^2"}, {@code "s"},
 *       {@code "r s"}, {@code "r^3 s"}.
 *   <li>{@link #symmetric(int)} \(S_n\) and {@link #alternating(int)} \(A_n\): permutations of
 *       \(\{1, \dots, n\}\) in lexicographic order of their one-line notation; the product is
 *       composition, \((\sigma\tau)(i) = \sigma(\tau(i))\) (apply \(\tau\) first); labels in cycle
 *       notation, {@code "()"} for the identity, {@code "(1 2 3)(4 5)"}.
 *   <li>{@link #quaternion()} \(Q_8 = \{\pm 1, \pm i, \pm j, \pm k\}\) with \(i^2 = j^2 = k^2 = ijk
 *       = -1\), elements in the order {@code 1, -1, i, -i, j, -j, k, -k}.
 * </ul>
 *
 * <p>Every group has order at most {@link #MAX_ORDER}, because a group is stored as a dense \(n
 * \times n\) Cayley table.
 */
public final class FiniteGroups {

    /**
     * The largest order of a group: 4096, whose Cayley table takes 64 MiB. Character tables of
     * abelian groups and representations take \(O(n^2)\) memory too.
     */
    public static final int MAX_ORDER = 4096;

    private static final String KNOWN_FORMS =
            "Zn (cyclic, n >= 1), Dn (dihedral of order 2n, n >= 1), "
                    + "Sn (symmetric, n! <= "
                    + MAX_ORDER
                    + "), An (alternating, n!/2 <= "
                    + MAX_ORDER
                    + "), "
                    + "Q8 (quaternion), and products of these joined by 'x' such as Z3xZ5, Z3xZ3xZ3 or S3xZ2";

    private static final Pattern FACTOR = Pattern.compile("([ZDSA])([0-9]{1,9})|Q8");

    private FiniteGroups() {}

    /**
     * The cyclic group \(\mathbb{Z}_n\) under addition mod n, named {@code "Zn"}.
     *
     * @param n the order, in [1, {@link #MAX_ORDER}]
     * @return \(\mathbb{Z}_n\)
     * @throws IllegalArgumentException if n is out of range
     */
    public static FiniteGroup cyclic(int n) {
        checkOrder("Z" + n, n);
        int[][] t = new int[n][n];
        List<String> labels = new ArrayList<>(n);
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                int s = a + b;
                t[a][b] = s >= n ? s - n : s;
            }
            labels.add(Integer.toString(a));
        }
        return FiniteGroup.trusted("Z" + n, t, labels);
    }

    /**
     * The direct product \(G \times H\); see {@link #product(List)}.
     *
     * @param g the first factor
     * @param h the second factor
     * @return \(G \times H\), element \((g, h)\) at index \(g |H| + h\)
     * @throws IllegalArgumentException if the order exceeds {@link #MAX_ORDER}
     * @throws NullPointerException if a factor is null
     */
    public static FiniteGroup product(FiniteGroup g, FiniteGroup h) {
        return product(List.of(g, h));
    }

    /**
     * The direct product \(G_1 \times \dots \times G_k\) with componentwise multiplication.
     *
     * <p>The tuple \((g_1, \dots, g_k)\) is element \((\dots(g_1 n_2 + g_2) n_3 + \dots) n_k +
     * g_k\) where \(n_i = |G_i|\) (last factor fastest); its label is {@code "(l1,…,lk)"} from the
     * factors' labels. The name joins the factors' names with {@code "x"}; a factor whose name
     * contains {@code 'x'} is parenthesised. A single factor is returned unchanged.
     *
     * @param factors the factors, at least one
     * @return the product
     * @throws IllegalArgumentException if there are no factors or the order exceeds {@link
     *     #MAX_ORDER}
     * @throws NullPointerException if the list or a factor is null
     */
    public static FiniteGroup product(List<FiniteGroup> factors) {
        Objects.requireNonNull(factors, "factors");
        List<FiniteGroup> fs = List.copyOf(factors);
        if (fs.isEmpty()) {
            throw new IllegalArgumentException("factors must not be empty");
        }
        if (fs.size() == 1) {
            return fs.get(0);
        }
        StringBuilder name = new StringBuilder();
        long order = 1;
        for (FiniteGroup f : fs) {
            if (name.length() > 0) {
                name.append('x');
            }
            name.append(f.name().indexOf('x') >= 0 ? "(" + f.name() + ")" : f.name());
            order *= f.order();
            if (order > MAX_ORDER) {
                order =
                        MAX_ORDER
                                + 1L; // keeps the product from overflowing; the check below reports
                // it
            }
        }
        checkOrder(name.toString(), order);
        int n = (int) order;
        int k = fs.size();
        int[][] digits = new int[n][k];
        for (int x = 0; x < n; x++) {
            int r = x;
            for (int i = k - 1; i >= 0; i--) {
                digits[x][i] = r % fs.get(i).order();
                r /= fs.get(i).order();
            }
        }
        int[][][] tables = new int[k][][];
        for (int i = 0; i < k; i++) {
            tables[i] = fs.get(i).table();
        }
        int[][] t = new int[n][n];
        for (int x = 0; x < n; x++) {
            for (int y = 0; y < n; y++) {
                int z = 0;
                for (int i = 0; i < k; i++) {
                    z = z * fs.get(i).order() + tables[i][digits[x][i]][digits[y][i]];
                }
                t[x][y] = z;
            }
        }
        List<String> labels = new ArrayList<>(n);
        for (int x = 0; x < n; x++) {
            StringBuilder l = new StringBuilder("(");
            for (int i = 0; i < k; i++) {
                l.append(i == 0 ? "" : ",").append(fs.get(i).label(digits[x][i]));
            }
            labels.add(l.append(')').toString());
        }
        return FiniteGroup.trusted(name.toString(), t, labels);
    }

    /**
     * The finite abelian group \(\mathbb{Z}_{n_1} \times \dots \times \mathbb{Z}_{n_k}\) (see
     * {@link #product(List)} for the element order), named for example {@code "Z3xZ5"}; one factor
     * gives {@link #cyclic(int)}, none the trivial group {@code "Z1"}.
     *
     * @param orders the orders \(n_i \ge 1\)
     * @return the product of cyclic groups
     * @throws IllegalArgumentException if an order is below 1 or the product exceeds {@link
     *     #MAX_ORDER}
     * @throws NullPointerException if {@code orders} is null
     */
    public static FiniteGroup abelian(int... orders) {
        Objects.requireNonNull(orders, "orders");
        if (orders.length == 0) {
            return cyclic(1);
        }
        long total = 1;
        for (int i = 0; i < orders.length; i++) {
            if (orders[i] < 1) {
                throw new IllegalArgumentException(
                        String.format(Locale.ROOT, "orders[%d] (%d) must be >= 1", i, orders[i]));
            }
            total = Math.min(total * orders[i], MAX_ORDER + 1L);
        }
        StringBuilder name = new StringBuilder();
        for (int o : orders) {
            name.append(name.length() == 0 ? "" : "x").append('Z').append(o);
        }
        checkOrder(name.toString(), total);
        List<FiniteGroup> fs = new ArrayList<>();
        for (int o : orders) {
            fs.add(cyclic(o));
        }
        return product(fs);
    }

    /**
     * The dihedral group \(D_n\) of order \(2n\), named {@code "Dn"}: element \(a + n i\) is \(r^a
     * s^i\) with \(r^n = s^2 = e\) and \(s r s^{-1} = r^{-1}\).
     *
     * <p>Convention: the index is the number of vertices of the polygon, so {@code dihedral(23)}
     * ("D23") has order 46. {@code dihedral(1)} is \(\mathbb{Z}_2\) and {@code dihedral(2)} the
     * Klein four-group. Labels are {@code "e"}, {@code "r"}, {@code "r^a"}, {@code "s"}, {@code "r
     * s"}, {@code "r^a s"}.
     *
     * @param n the number of rotations, {@code >= 1} and {@code 2n <=} {@link #MAX_ORDER}
     * @return \(D_n\)
     * @throws IllegalArgumentException if n is out of range
     */
    public static FiniteGroup dihedral(int n) {
        if (n < 1) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "dihedral n (%d) must be >= 1", n));
        }
        checkOrder("D" + n, 2L * n);
        int size = 2 * n;
        int[][] t = new int[size][size];
        for (int x = 0; x < size; x++) {
            int a = x % n;
            int i = x / n;
            for (int y = 0; y < size; y++) {
                int b = y % n;
                int j = y / n;
                int rot = Math.floorMod(i == 0 ? a + b : a - b, n);
                t[x][y] = rot + n * ((i + j) % 2);
            }
        }
        List<String> labels = new ArrayList<>(size);
        for (int x = 0; x < size; x++) {
            int a = x % n;
            String r = a == 0 ? "" : a == 1 ? "r" : "r^" + a;
            labels.add(x < n ? (a == 0 ? "e" : r) : (a == 0 ? "s" : r + " s"));
        }
        return FiniteGroup.trusted("D" + n, t, labels);
    }

    /**
     * The symmetric group \(S_n\) of all permutations of \(\{1, \dots, n\}\), named {@code "Sn"}.
     *
     * <p>Elements in lexicographic order of the one-line notation (element 0 the identity); product
     * \((\sigma\tau)(i) = \sigma(\tau(i))\); labels in cycle notation such as {@code "(1 2)(3 4)"}.
     *
     * @param n the degree, {@code >= 1} with \(n! \le\) {@link #MAX_ORDER} (so {@code n <= 6})
     * @return \(S_n\)
     * @throws IllegalArgumentException if n is out of range
     */
    public static FiniteGroup symmetric(int n) {
        return permutationGroup("S" + n, n, false);
    }

    /**
     * The alternating group \(A_n\) of the even permutations of \(\{1, \dots, n\}\), named {@code
     * "An"}; same conventions as {@link #symmetric(int)}.
     *
     * @param n the degree, {@code >= 1} with \(n!/2 \le\) {@link #MAX_ORDER} (so {@code n <= 7})
     * @return \(A_n\)
     * @throws IllegalArgumentException if n is out of range
     */
    public static FiniteGroup alternating(int n) {
        return permutationGroup("A" + n, n, true);
    }

    private static FiniteGroup permutationGroup(String name, int n, boolean evenOnly) {
        if (n < 1 || n > 7) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "degree n (%d) of %s must be in [1, 7] (order at most MAX_ORDER = %d)",
                            n,
                            name,
                            MAX_ORDER));
        }
        long factorial = 1;
        for (int i = 2; i <= n; i++) {
            factorial *= i;
        }
        checkOrder(name, evenOnly && n >= 2 ? factorial / 2 : factorial);
        List<int[]> perms = new ArrayList<>();
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        do {
            if (!evenOnly || isEven(p)) {
                perms.add(p.clone());
            }
        } while (nextPermutation(p));
        int size = perms.size();
        Map<Long, Integer> index = new HashMap<>();
        for (int x = 0; x < size; x++) {
            index.put(key(perms.get(x)), x);
        }
        int[][] t = new int[size][size];
        int[] composed = new int[n];
        for (int x = 0; x < size; x++) {
            int[] sigma = perms.get(x);
            for (int y = 0; y < size; y++) {
                int[] tau = perms.get(y);
                for (int i = 0; i < n; i++) {
                    composed[i] = sigma[tau[i]];
                }
                t[x][y] = index.get(key(composed));
            }
        }
        List<String> labels = new ArrayList<>(size);
        for (int[] perm : perms) {
            labels.add(cycles(perm));
        }
        return FiniteGroup.trusted(name, t, labels);
    }

    private static long key(int[] p) {
        long k = 0;
        for (int v : p) {
            k = k * 8 + v;
        }
        return k;
    }

    private static boolean isEven(int[] p) {
        int inversions = 0;
        for (int i = 0; i < p.length; i++) {
            for (int j = i + 1; j < p.length; j++) {
                if (p[i] > p[j]) {
                    inversions++;
                }
            }
        }
        return inversions % 2 == 0;
    }

    /** Advances to the next permutation in lexicographic order; false after the last one. */
    private static boolean nextPermutation(int[] p) {
        int i = p.length - 2;
        while (i >= 0 && p[i] >= p[i + 1]) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int j = p.length - 1;
        while (p[j] <= p[i]) {
            j--;
        }
        swap(p, i, j);
        for (int a = i + 1, b = p.length - 1; a < b; a++, b--) {
            swap(p, a, b);
        }
        return true;
    }

    private static void swap(int[] p, int i, int j) {
        int tmp = p[i];
        p[i] = p[j];
        p[j] = tmp;
    }

    /** Cycle notation on 1..n, fixed points omitted, each cycle starting at its smallest point. */
    private static String cycles(int[] p) {
        StringBuilder sb = new StringBuilder();
        boolean[] seen = new boolean[p.length];
        for (int i = 0; i < p.length; i++) {
            if (seen[i] || p[i] == i) {
                continue;
            }
            sb.append('(');
            for (int j = i; !seen[j]; j = p[j]) {
                seen[j] = true;
                sb.append(j == i ? "" : " ").append(j + 1);
            }
            sb.append(')');
        }
        return sb.length() == 0 ? "()" : sb.toString();
    }

    /**
     * The quaternion group \(Q_8 = \{\pm 1, \pm i, \pm j, \pm k\}\), \(i^2 = j^2 = k^2 = ijk =
     * -1\), named {@code "Q8"}, elements in the order {@code 1, -1, i, -i, j, -j, k, -k}.
     *
     * @return \(Q_8\)
     */
    public static FiniteGroup quaternion() {
        // Unit products u·v = sign · w for the units 1, i, j, k (indices 0..3).
        int[][] unit = {{0, 1, 2, 3}, {1, 0, 3, 2}, {2, 3, 0, 1}, {3, 2, 1, 0}};
        int[][] sign = {{1, 1, 1, 1}, {1, -1, 1, -1}, {1, -1, -1, 1}, {1, 1, -1, -1}};
        int[][] t = new int[8][8];
        for (int x = 0; x < 8; x++) {
            for (int y = 0; y < 8; y++) {
                int u = x / 2;
                int v = y / 2;
                int s = sign[u][v] * (x % 2 == 0 ? 1 : -1) * (y % 2 == 0 ? 1 : -1);
                t[x][y] = 2 * unit[u][v] + (s > 0 ? 0 : 1);
            }
        }
        return FiniteGroup.trusted("Q8", t, List.of("1", "-1", "i", "-i", "j", "-j", "k", "-k"));
    }

    /**
     * The group with a name: {@code Zn}, {@code Dn}, {@code Sn}, {@code An}, {@code Q8}, or a
     * product of these joined by {@code x} (for example {@code "Z23"}, {@code "Z3xZ5"}, {@code
     * "Z3xZ3xZ3"}, {@code "D23"}, {@code "S4"}, {@code "A5"}, {@code "Q8"}, {@code "S3xZ2"}).
     *
     * <p>Surrounding white space is ignored, also around each factor. A product of cyclic factors
     * is {@link #abelian(int...)}; other products {@link #product(List)}; the name of the result is
     * the canonical name without white space.
     *
     * @param name the name
     * @return the group
     * @throws IllegalArgumentException if the name is not of a known form (the message lists the
     *     known forms), a parameter is out of range, or the order exceeds {@link #MAX_ORDER}
     * @throws NullPointerException if {@code name} is null
     */
    public static FiniteGroup parse(String name) {
        Objects.requireNonNull(name, "name");
        String[] parts = name.trim().split("x", -1);
        List<FiniteGroup> factors = new ArrayList<>();
        boolean allCyclic = true;
        List<Integer> cyclicOrders = new ArrayList<>();
        for (String raw : parts) {
            String part = raw.trim();
            Matcher m = FACTOR.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "unknown group name \"%s\": known forms are %s",
                                name,
                                KNOWN_FORMS));
            }
            if (part.equals("Q8")) {
                factors.add(quaternion());
                allCyclic = false;
                continue;
            }
            int n = Integer.parseInt(m.group(2));
            switch (m.group(1)) {
                case "Z":
                    cyclicOrders.add(n);
                    if (n < 1) {
                        throw new IllegalArgumentException(
                                String.format(
                                        Locale.ROOT,
                                        "in \"%s\": cyclic order (%d) must be >= 1",
                                        name,
                                        n));
                    }
                    factors.add(null); // built below, all at once if every factor is cyclic
                    break;
                case "D":
                    factors.add(dihedral(n));
                    allCyclic = false;
                    break;
                case "S":
                    factors.add(symmetric(n));
                    allCyclic = false;
                    break;
                default:
                    factors.add(alternating(n));
                    allCyclic = false;
                    break;
            }
        }
        if (allCyclic) {
            return abelian(cyclicOrders.stream().mapToInt(Integer::intValue).toArray());
        }
        int c = 0;
        for (int i = 0; i < factors.size(); i++) {
            if (factors.get(i) == null) {
                factors.set(i, cyclic(cyclicOrders.get(c++)));
            }
        }
        return product(factors);
    }

    private static void checkOrder(String name, long order) {
        if (order < 1 || order > MAX_ORDER) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "order of %s (%d) must be in [1, MAX_ORDER = %d]",
                            name,
                            order,
                            MAX_ORDER));
        }
    }
}
