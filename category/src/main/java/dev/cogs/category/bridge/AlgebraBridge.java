package dev.cogs.category.bridge;

import dev.cogs.algebra.FiniteMonoid;
import dev.cogs.algebra.FiniteSemiring;
import dev.cogs.algebra.Homomorphism;
import dev.cogs.algebra.HomomorphismFailure;
import dev.cogs.algebra.Homomorphisms;
import dev.cogs.algebra.Matrix;
import dev.cogs.algebra.MatrixSemiring;
import dev.cogs.algebra.Semiring;
import dev.cogs.algebra.Semirings;
import dev.cogs.category.Categories;
import dev.cogs.category.FiniteCategory;
import dev.cogs.category.Functor;
import dev.cogs.category.Functors;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BinaryOperator;

/**
 * Static bridges from the algebra module to categories (docs/category.md §3.1, §3.2 item 1, §3.3).
 *
 * <p>A monoid M is the one-object category BM: morphisms are the elements, a∘b = a·b ({@code
 * table[a][b]}), the identity is the unit. Functors BM → BN are exactly the monoid homomorphisms.
 * BZ_d is {@link Categories#cyclicGroup(int)}, whose table is the modular-addition dataset.
 */
public final class AlgebraBridge {

    private AlgebraBridge() {}

    /**
     * The one-object category BM of a finite monoid (morphism a is element a).
     *
     * @param m the monoid
     * @return BM
     */
    public static FiniteCategory oneObject(FiniteMonoid m) {
        Objects.requireNonNull(m, "m");
        return Categories.fromMonoidTable(m.table(), m.unit());
    }

    /**
     * The one-object category of a finite carrier under an operation with a unit; morphism i is
     * {@code elements.get(i)}.
     *
     * @param elements the distinct elements
     * @param multiply the operation (a∘b = multiply(a, b))
     * @param unit the unit
     * @param <T> the carrier
     * @return BM
     * @throws IllegalArgumentException if the operation does not close on the elements or is not a
     *     monoid (the message lists the failures)
     */
    public static <T> FiniteCategory oneObject(
            List<T> elements, BinaryOperator<T> multiply, T unit) {
        return oneObject(FiniteMonoid.tabulate(elements, multiply, unit));
    }

    /**
     * The one-object category of the multiplicative monoid (S, ⊗, 1) of a finite semiring; morphism
     * i is {@code s.elements().get(i)}.
     *
     * @param s the semiring
     * @param <T> the carrier
     * @return B(S, ⊗)
     * @throws IllegalArgumentException if the multiplication is not a monoid on the elements
     */
    public static <T> FiniteCategory multiplicative(FiniteSemiring<T> s) {
        return oneObject(FiniteMonoid.multiplicative(s));
    }

    /**
     * The monoid End(X) of a one-object category, i.e. the converse of {@link
     * #oneObject(FiniteMonoid)}.
     *
     * @param c a category with exactly one object
     * @return its monoid of morphisms, element a being morphism a
     * @throws IllegalArgumentException if c does not have exactly one object
     */
    public static FiniteMonoid monoid(FiniteCategory c) {
        Objects.requireNonNull(c, "c");
        if (c.objectCount() != 1) {
            throw new IllegalArgumentException(
                    "category has " + c.objectCount() + " objects, expected 1");
        }
        int n = c.morphismCount();
        int[][] t = new int[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                t[a][b] = c.compose(a, b);
            }
        }
        return FiniteMonoid.of(t, c.identity(0));
    }

    /**
     * A monoid homomorphism as the functor Bh: BM → BN, checked.
     *
     * @param source M
     * @param target N
     * @param map {@code map[a]} = h(a)
     * @return the functor
     * @throws IllegalArgumentException if {@code map} is not a homomorphism (the functor failures
     *     are listed)
     */
    public static Functor fromHomomorphism(FiniteMonoid source, FiniteMonoid target, int[] map) {
        return Functors.of(oneObject(source), oneObject(target), new int[] {0}, map);
    }

    /**
     * The multiplicative monoid of a (possibly infinite) semiring as a one-object category: g∘f = g
     * ⊗ f, identity 1, equality {@link Semiring#equivalent(Object, Object)}. For the CoGS weight
     * semiring this is "composing partial solutions by ring multiplication".
     *
     * @param s the semiring
     * @param <T> the carrier
     * @return the view
     */
    public static <T> OneObjectView<T> view(Semiring<T> s) {
        Objects.requireNonNull(s, "s");
        return new SemiringView<>(s);
    }

    /** The multiplicative one-object view of a semiring. Immutable. */
    private static final class SemiringView<T> implements OneObjectView<T> {
        private final Semiring<T> s;

        SemiringView(Semiring<T> s) {
            this.s = s;
        }

        @Override
        public T identity() {
            return s.one();
        }

        @Override
        public T compose(T g, T f) {
            return s.multiply(g, f);
        }

        @Override
        public boolean same(T a, T b) {
            return s.equivalent(a, b);
        }

        @Override
        public String toString() {
            return "B(" + s + ", *)";
        }
    }

    /**
     * Functoriality of a map between one-object categories B(S, ⊗) → B(T, ⊗) on samples: the
     * algebra module's multiplicative homomorphism check h(1) = 1, h(a ⊗ b) = h(a) ⊗ h(b), read as
     * F(id) = id and F(g∘f) = F(g)∘F(f). A sum potential r: Z → ℂ is such a functor BZ → B(ℂ, ·).
     *
     * @param h the map
     * @param samples source morphisms to test on (all pairs are checked)
     * @param <S> the source carrier
     * @param <T> the target carrier
     * @return the violations, empty if none was found on the samples
     */
    public static <S, T> List<HomomorphismFailure<S, T>> functorialityFailures(
            Homomorphism<S, T> h, List<? extends S> samples) {
        return Homomorphisms.multiplicativeFailures(h, samples);
    }

    /**
     * The hom-count matrix H_ab = |Hom(a, b)| over the naturals semiring.
     *
     * @param c the category
     * @return the k×k matrix
     */
    public static Matrix<Long> homCounts(FiniteCategory c) {
        Objects.requireNonNull(c, "c");
        int k = c.objectCount();
        List<Long> e = new ArrayList<>(k * k);
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                e.add((long) c.homSize(a, b));
            }
        }
        return Matrix.of(k, k, e);
    }

    /**
     * Path counts of a finite acyclic multigraph, (I − A)^{-1} = Σ_{j &lt; k} A^j over the
     * naturals, where A is the adjacency count matrix (nilpotent on a DAG). This is the hom-count
     * matrix of the free category.
     *
     * @param objects the number of vertices k
     * @param source edge sources
     * @param target edge targets
     * @return the k×k path-count matrix
     * @throws IllegalArgumentException if an endpoint is out of range or the graph has a directed
     *     cycle (A is then not nilpotent: A^k ≠ 0)
     */
    public static Matrix<Long> pathCounts(int objects, int[] source, int[] target) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        if (source.length != target.length) {
            throw new IllegalArgumentException(
                    "source has " + source.length + " edges, target has " + target.length);
        }
        long[][] a = new long[objects][objects];
        for (int i = 0; i < source.length; i++) {
            if (source[i] < 0 || source[i] >= objects || target[i] < 0 || target[i] >= objects) {
                throw new IllegalArgumentException(
                        "edge "
                                + i
                                + " ("
                                + source[i]
                                + " -> "
                                + target[i]
                                + ") has an endpoint out of range [0, "
                                + objects
                                + ")");
            }
            a[source[i]][target[i]]++;
        }
        List<Long> e = new ArrayList<>();
        for (long[] row : a) {
            for (long v : row) {
                e.add(v);
            }
        }
        MatrixSemiring<Long> ms = Semirings.matrices(Semirings.naturals(), objects);
        Matrix<Long> adj = Matrix.of(objects, objects, e);
        if (objects > 0 && !ms.isZero(ms.power(adj, objects))) {
            throw new IllegalArgumentException(
                    "graph has a directed cycle: A^" + objects + " != 0");
        }
        return ms.powerSum(adj, Math.max(objects - 1, 0));
    }

    /**
     * The Boolean reflexive–transitive closure A* = I ∨ A ∨ A² ∨ … of a relation: the hom matrix of
     * the thin category {@link Categories#poset(boolean[][])}.
     *
     * @param relation a k×k relation
     * @return the k×k closure over the Boolean semiring
     * @throws IllegalArgumentException if the relation is not square
     */
    public static Matrix<Boolean> reachability(boolean[][] relation) {
        Objects.requireNonNull(relation, "relation");
        int k = relation.length;
        List<Boolean> e = new ArrayList<>();
        for (boolean[] row : relation) {
            if (row.length != k) {
                throw new IllegalArgumentException(
                        "relation row has length " + row.length + ", expected " + k);
            }
            for (boolean v : row) {
                e.add(v);
            }
        }
        MatrixSemiring<Boolean> ms = Semirings.matrices(Semirings.booleans(), k);
        Matrix<Boolean> a = Matrix.of(k, k, e);
        return ms.power(ms.add(ms.one(), a), Math.max(k - 1, 0));
    }
}
