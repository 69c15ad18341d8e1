package dev.cogs.algebra.weights;

import dev.cogs.algebra.Semiring;

/**
 * The CoGS weight semiring \(Z = \bigcup_{q\ge0} Z_q\) over \(\mathbb{Z}_d\) (docs/cogs-math.md §4,
 * arXiv:2410.01779) as a structure object on {@link FourierNet}.
 *
 * <ul>
 *   <li>{@link #add} concatenates hidden nodes: ord(z₁ + z₂) = ord z₁ + ord z₂; {@link #zero()} is
 *       the empty net.
 *   <li>{@link #multiply} is the per-part, per-frequency Khatri–Rao product: \((z_1 *
 *       z_2)_{pk,(j_1,j_2)} = z_{1,pkj_1}\, z_{2,pkj_2}\), node \((j_1,j_2)\) at index \(j_1 q_2 +
 *       j_2\); ord(z₁ * z₂) = ord z₁ · ord z₂; {@link #one()} is the single node of ones.
 * </ul>
 *
 * <p>Laws: + is associative and commutative, * is associative and commutative, * distributes over
 * +, 0 annihilates — all up to a permutation of hidden nodes (nets differing by a node permutation
 * are identified), which is what {@link #equivalent} decides: same d, same order, and a bijection
 * \(\pi\) of nodes with \(|z_{pkj} - z'_{pk\pi(j)}| \le \tau\,\max(1, M)\) for every part and
 * frequency, where \(M\) is the largest coefficient modulus of the two nets and \(\tau\) = {@link
 * #tolerance()} (default {@value #DEFAULT_TOLERANCE}). Associativity of * holds even in node order
 * (exactly up to rounding). There is no additive inverse; {@link FourierNet#negateOutput()} behaves
 * like one for every sum potential.
 *
 * <p>Instances are immutable and thread-safe.
 */
public interface WeightSemiring extends Semiring<FourierNet> {

    /** Default relative tolerance of {@link #equivalent}. */
    double DEFAULT_TOLERANCE = 1e-9;

    /**
     * The weight semiring over \(\mathbb{Z}_d\) with the default tolerance.
     *
     * @param d the group size, at least 3
     * @return the semiring
     * @throws IllegalArgumentException if d &lt; 3
     */
    static WeightSemiring over(int d) {
        return over(d, DEFAULT_TOLERANCE);
    }

    /**
     * The weight semiring over \(\mathbb{Z}_d\) with a stated equivalence tolerance.
     *
     * @param d the group size, at least 3
     * @param tolerance relative tolerance \(\tau\) of {@link #equivalent}, at least 0
     * @return the semiring
     * @throws IllegalArgumentException if d &lt; 3 or the tolerance is negative or NaN
     */
    static WeightSemiring over(int d, double tolerance) {
        return new WeightSemiringImpl(d, tolerance);
    }

    /**
     * The group size d.
     *
     * @return d
     */
    int d();

    /**
     * The relative tolerance \(\tau\) of {@link #equivalent}.
     *
     * @return \(\tau\)
     */
    double tolerance();

    /**
     * Sum of several elements (concatenation of all their nodes, in order).
     *
     * @param terms the summands
     * @return their sum, {@link #zero()} if there are none
     * @throws IllegalArgumentException if a term has a different d
     */
    FourierNet sum(Iterable<FourierNet> terms);

    /**
     * The power \(z^n = z * \dots * z\) (n factors), \(z^0 = 1\).
     *
     * @param z an element
     * @param n the exponent, at least 0
     * @return \(z^n\), of order ord(z)ⁿ
     * @throws IllegalArgumentException if n &lt; 0, z has a different d, or the order overflows
     */
    FourierNet power(FourierNet z, int n);

    /**
     * A node bijection witnessing {@link #equivalent}, if one exists.
     *
     * @param a an element
     * @param b an element
     * @return \(\pi\) with node j of a matching node \(\pi[j]\) of b, or empty
     */
    java.util.Optional<int[]> nodeMatching(FourierNet a, FourierNet b);
}
