package dev.cogs.algebra;

import java.util.List;
import java.util.Locale;

/**
 * The semiring \(M_n(S)\) of n×n matrices over a semiring \(S\), with rectangular products as
 * extras.
 *
 * <p>\((A \oplus B)_{ij} = A_{ij} \oplus B_{ij}\), \((A \otimes B)_{ij} = \bigoplus_k A_{ik}
 * \otimes B_{kj}\) (the sum over an empty range is \(0\)); the zero is the all-zero matrix and the
 * one the identity (1 on the diagonal, 0 elsewhere). \(M_n(S)\) satisfies the semiring laws
 * whenever \(S\) does; it is not commutative for \(n \ge 2\) even if \(S\) is. Equivalence is
 * entrywise {@link Semiring#equivalent(Object, Object)} of {@link #base()}. Over the Boolean
 * semiring powers of an adjacency matrix are reachability in k steps, over the naturals they count
 * paths, over (min, +) they give shortest path lengths.
 *
 * <p>Elements of the wrong shape are refused with an {@link IllegalArgumentException} that prints
 * both shapes.
 *
 * @param <T> the entry type
 */
public interface MatrixSemiring<T> extends Semiring<Matrix<T>> {

    /**
     * The entry semiring.
     *
     * @return \(S\)
     */
    Semiring<T> base();

    /**
     * The side length n.
     *
     * @return n
     */
    int size();

    /**
     * An n×n matrix of this semiring from its entries, checking that each entry is an element of
     * {@link #base()} (by adding it to zero, so the base's element checks run).
     *
     * @param entries n² entries in row-major order
     * @return the matrix
     * @throws IllegalArgumentException if the number of entries is not n² or an entry is refused by
     *     the base
     */
    Matrix<T> of(List<? extends T> entries);

    /**
     * The rectangular product of an m×k and a k×p matrix over {@link #base()}.
     *
     * @param a an m×k matrix
     * @param b a k×p matrix
     * @return the m×p matrix \(\bigoplus_l a_{il} \otimes b_{lj}\)
     * @throws IllegalArgumentException if the inner dimensions differ (the message prints both
     *     shapes)
     */
    Matrix<T> product(Matrix<T> a, Matrix<T> b);

    /**
     * The k-th power by repeated squaring.
     *
     * @param a an n×n matrix
     * @param k the exponent, {@code >= 0}; \(A^0\) is the identity
     * @return \(A^k\)
     * @throws IllegalArgumentException if {@code k < 0} or {@code a} is not n×n
     */
    Matrix<T> power(Matrix<T> a, int k);

    /**
     * The truncated geometric series \(I \oplus A \oplus A^2 \oplus \dots \oplus A^k\), by Horner's
     * rule \(S_0 = I\), \(S_j = I \oplus A S_{j-1}\).
     *
     * <p>For the adjacency matrix of a graph this counts (over the naturals), decides (over the
     * Booleans) or minimises (over (min, +)) walks of length at most k; for an acyclic graph on n
     * vertices, \(k = n - 1\) gives the full series \(\sum_j A^j = (I - A)^{-1}\) (hom counts of
     * the free category), and over an idempotent semiring without negative cycles it is the Kleene
     * closure \(A^*\).
     *
     * @param a an n×n matrix
     * @param k the largest power, {@code >= 0}
     * @return \(\bigoplus_{j=0}^{k} A^j\)
     * @throws IllegalArgumentException if {@code k < 0} or {@code a} is not n×n
     */
    default Matrix<T> powerSum(Matrix<T> a, int k) {
        if (k < 0) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "k (%d) must be >= 0", k));
        }
        if (a.rows() != size() || a.cols() != size()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT, "%dx%d matrices: a is %s", size(), size(), a.shape()));
        }
        Matrix<T> sum = one();
        for (int j = 0; j < k; j++) {
            sum = add(one(), multiply(a, sum));
        }
        return sum;
    }
}
