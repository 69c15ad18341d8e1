package dev.cogs.algebra.group;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The decomposition of a finite abelian group into cyclic factors, with an explicit isomorphism
 * \(\varphi : G \to \mathbb{Z}_{n_1} \times \dots \times \mathbb{Z}_{n_r}\).
 *
 * <p>The factors are the <em>invariant factors</em> \(n_1 \mid n_2 \mid \dots \mid n_r\), all \(\ge
 * 2\) (none for the trivial group), which determine \(G\) up to isomorphism; {@link
 * #primaryFactors()} gives the equivalent prime-power (elementary divisor) form. The isomorphism
 * sends \(g\) to its coordinates \(k = \varphi(g)\), \(g = \sum_i k_i b_i\) in the basis {@link
 * #generators()} \(b_i\) of order \(n_i\). For example \(\mathbb{Z}_{15}\) and \(\mathbb{Z}_3
 * \times \mathbb{Z}_5\) both have the single invariant factor 15 and primary factors 3, 5.
 *
 * <p>Algorithm (greedy basis by quotient orders, \(O(n^2 \log n)\) time): with \(H\) the subgroup
 * spanned by the basis found so far (an internal direct sum), pick \(g\) of largest order \(m\) in
 * \(G/H\); then \(m g = \sum_j c_j b_j\) with \(m \mid c_j\) because every
 * \(\operatorname{ord}(b_j)\) is a multiple of \(m\), so \(b = g - \sum_j (c_j/m) b_j\) has order
 * exactly \(m\) and \(\langle b\rangle \cap H = 0\). The orders found decrease along a divisibility
 * chain; reversed, they are the invariant factors. Ties are broken by the smallest element index,
 * so the result is deterministic; for {@link FiniteGroups#cyclic(int)} the generator is element 1
 * and the coordinate of \(g\) is \(g\).
 *
 * <p>This class is immutable.
 */
public final class AbelianDecomposition {

    private final FiniteGroup group;
    private final int[] factors;
    private final int[] generators;
    private final int[][] coordinates;
    private final int[] strides;
    private final int[] elementAt;
    private final FiniteGroup cyclicProduct;

    private AbelianDecomposition(
            FiniteGroup group, int[] factors, int[] generators, int[][] coordinates) {
        this.group = group;
        this.factors = factors;
        this.generators = generators;
        this.coordinates = coordinates;
        int r = factors.length;
        this.strides = new int[r];
        int s = 1;
        for (int i = r - 1; i >= 0; i--) {
            strides[i] = s;
            s *= factors[i];
        }
        this.elementAt = new int[group.order()];
        for (int g = 0; g < group.order(); g++) {
            elementAt[index(coordinates[g])] = g;
        }
        this.cyclicProduct = FiniteGroups.abelian(factors);
    }

    /**
     * Decomposes a finite abelian group given by its table.
     *
     * @param group an abelian group
     * @return its decomposition into invariant factors
     * @throws IllegalArgumentException if the group is not abelian (the message names two elements
     *     that do not commute)
     * @throws NullPointerException if {@code group} is null
     */
    public static AbelianDecomposition of(FiniteGroup group) {
        Objects.requireNonNull(group, "group");
        int n = group.order();
        if (!group.isAbelian()) {
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < a; b++) {
                    if (group.multiply(a, b) != group.multiply(b, a)) {
                        throw new IllegalArgumentException(
                                String.format(
                                        Locale.ROOT,
                                        "group %s is not abelian: %s·%s = %s but %s·%s = %s",
                                        group.name(),
                                        group.label(a),
                                        group.label(b),
                                        group.label(group.multiply(a, b)),
                                        group.label(b),
                                        group.label(a),
                                        group.label(group.multiply(b, a))));
                    }
                }
            }
        }
        int[][] t = group.table();
        int e = group.identity();
        // coords[g] is non-null exactly for g in H; entry j is the coefficient of the j-th basis
        // element found.
        int[][] coords = new int[n][];
        coords[e] = new int[0];
        List<Integer> members = new ArrayList<>(List.of(e));
        List<Integer> basis = new ArrayList<>();
        List<Integer> orders = new ArrayList<>();
        while (members.size() < n) {
            int best = -1;
            int bestOrder = 0;
            for (int g = 0; g < n; g++) {
                if (coords[g] != null) {
                    continue;
                }
                int m = 1;
                for (int p = g; coords[p] == null; p = t[p][g]) {
                    m++;
                }
                if (m > bestOrder) {
                    bestOrder = m;
                    best = g;
                }
            }
            int m = bestOrder;
            int[] c = coords[group.power(best, m)];
            int b = best;
            for (int j = 0; j < c.length; j++) {
                if (c[j] % m != 0) {
                    throw new IllegalStateException(
                            String.format(
                                    Locale.ROOT,
                                    "decomposition of %s: coefficient %d not divisible by %d",
                                    group.name(),
                                    c[j],
                                    m));
                }
                b = t[b][group.power(basis.get(j), -c[j] / m)];
            }
            int r = basis.size();
            List<Integer> grown = new ArrayList<>(members.size() * m);
            for (int h : members) {
                int x = h;
                for (int s = 0; s < m; s++) {
                    if (s > 0) {
                        int[] k = Arrays.copyOf(coords[h], r + 1);
                        k[r] = s;
                        coords[x] = k;
                    } else {
                        coords[x] = Arrays.copyOf(coords[h], r + 1);
                    }
                    grown.add(x);
                    x = t[x][b];
                }
            }
            members = grown;
            basis.add(b);
            orders.add(m);
        }
        int r = basis.size();
        int[] factors = new int[r];
        int[] gens = new int[r];
        for (int i = 0; i < r; i++) {
            factors[i] = orders.get(r - 1 - i);
            gens[i] = basis.get(r - 1 - i);
        }
        int[][] reversed = new int[n][r];
        for (int g = 0; g < n; g++) {
            for (int i = 0; i < r; i++) {
                reversed[g][i] = coords[g][r - 1 - i];
            }
        }
        return new AbelianDecomposition(group, factors, gens, reversed);
    }

    /**
     * The decomposed group \(G\).
     *
     * @return the group
     */
    public FiniteGroup group() {
        return group;
    }

    /**
     * The invariant factors \(n_1 \mid n_2 \mid \dots \mid n_r\), each \(\ge 2\); empty for the
     * trivial group.
     *
     * @return the factors, unmodifiable
     */
    public List<Integer> invariantFactors() {
        List<Integer> l = new ArrayList<>();
        for (int f : factors) {
            l.add(f);
        }
        return Collections.unmodifiableList(l);
    }

    /**
     * The primary factors (elementary divisors): the prime powers \(p^a\) with \(G \cong \prod
     * \mathbb{Z}_{p^a}\), sorted by prime and then by exponent.
     *
     * @return the prime powers, unmodifiable; empty for the trivial group
     */
    public List<Integer> primaryFactors() {
        List<int[]> powers = new ArrayList<>();
        for (int f : factors) {
            int rest = f;
            for (int p = 2; rest > 1; p++) {
                if (rest % p == 0) {
                    int q = 1;
                    while (rest % p == 0) {
                        rest /= p;
                        q *= p;
                    }
                    powers.add(new int[] {p, q});
                }
            }
        }
        powers.sort(
                (x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        List<Integer> l = new ArrayList<>();
        for (int[] pq : powers) {
            l.add(pq[1]);
        }
        return Collections.unmodifiableList(l);
    }

    /**
     * The number r of invariant factors (the minimal number of generators of \(G\)).
     *
     * @return r
     */
    public int rank() {
        return factors.length;
    }

    /**
     * The basis \(b_1, \dots, b_r\): \(b_i\) has order \(n_i\) and \(G = \bigoplus_i \langle
     * b_i\rangle\).
     *
     * @return the generators as element indices, unmodifiable
     */
    public List<Integer> generators() {
        List<Integer> l = new ArrayList<>();
        for (int b : generators) {
            l.add(b);
        }
        return Collections.unmodifiableList(l);
    }

    /**
     * The coordinates \(\varphi(g) = (k_1, \dots, k_r)\), \(0 \le k_i &lt; n_i\), with \(g = \sum_i
     * k_i b_i\).
     *
     * @param g an element
     * @return a fresh array of r coordinates
     * @throws IndexOutOfBoundsException if {@code g} is out of range
     */
    public int[] coordinates(int g) {
        Objects.checkIndex(g, coordinates.length);
        return coordinates[g].clone();
    }

    /**
     * The element \(\sum_i k_i b_i\) with coordinates k (reduced mod \(n_i\), so any integers are
     * accepted).
     *
     * @param k r coordinates
     * @return the element \(\varphi^{-1}(k)\)
     * @throws IllegalArgumentException if {@code k.length != rank()}
     * @throws NullPointerException if {@code k} is null
     */
    public int element(int... k) {
        Objects.requireNonNull(k, "k");
        if (k.length != factors.length) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "coordinates: %d given vs rank %d",
                            k.length,
                            factors.length));
        }
        return elementAt[index(k)];
    }

    /**
     * The mixed-radix index of coordinates in the cyclic product (last fastest), each reduced mod
     * its factor.
     */
    int index(int[] k) {
        int x = 0;
        for (int i = 0; i < k.length; i++) {
            x += Math.floorMod(k[i], factors[i]) * strides[i];
        }
        return x;
    }

    /**
     * The group \(\mathbb{Z}_{n_1} \times \dots \times \mathbb{Z}_{n_r}\) ({@link
     * FiniteGroups#abelian(int...)} of the invariant factors; {@code "Z1"} for the trivial group).
     *
     * @return the cyclic product
     */
    public FiniteGroup cyclicProduct() {
        return cyclicProduct;
    }

    /**
     * The isomorphism \(\varphi : G \to\) {@link #cyclicProduct()}, \(g \mapsto\) the element with
     * coordinates {@link #coordinates(int) coordinates(g)}.
     *
     * @return the isomorphism
     */
    public GroupHomomorphism isomorphism() {
        int[] map = new int[coordinates.length];
        for (int g = 0; g < map.length; g++) {
            map[g] = index(coordinates[g]);
        }
        return GroupHomomorphism.trusted(group, cyclicProduct, map);
    }

    /**
     * Whether two decomposed groups are isomorphic (equal invariant factors).
     *
     * @param other another decomposition
     * @return true if \(G \cong G'\)
     * @throws NullPointerException if {@code other} is null
     */
    public boolean isIsomorphicTo(AbelianDecomposition other) {
        Objects.requireNonNull(other, "other");
        return Arrays.equals(factors, other.factors);
    }

    /**
     * An explicit isomorphism to another abelian group, \(\varphi'^{-1} \circ \varphi\), if they
     * are isomorphic.
     *
     * @param other the decomposition of the target group
     * @return the isomorphism {@code group() -> other.group()}, or empty if the invariant factors
     *     differ
     * @throws NullPointerException if {@code other} is null
     */
    public Optional<GroupHomomorphism> isomorphismTo(AbelianDecomposition other) {
        if (!isIsomorphicTo(other)) {
            return Optional.empty();
        }
        int[] map = new int[coordinates.length];
        for (int g = 0; g < map.length; g++) {
            map[g] = other.elementAt[index(coordinates[g])];
        }
        return Optional.of(GroupHomomorphism.trusted(group, other.group, map));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AbelianDecomposition)) {
            return false;
        }
        AbelianDecomposition other = (AbelianDecomposition) o;
        return group.equals(other.group)
                && Arrays.equals(generators, other.generators)
                && Arrays.equals(factors, other.factors);
    }

    @Override
    public int hashCode() {
        return Objects.hash(group, Arrays.hashCode(factors), Arrays.hashCode(generators));
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT, "AbelianDecomposition(%s ≅ %s)", group.name(), cyclicProduct.name());
    }
}
