package dev.cogs.algebra.weights;

import java.util.Objects;

/**
 * The full-dataset loss of the modular-addition task (docs/cogs-math.md §1, §3): the projected MSE
 * \(\ell = \frac1{d^2}\sum_{(a,b)\in\mathbb{Z}_d^2}\|P_\perp(o(a,b) - e_{a+b})\|^2\), \(P_\perp = I
 * - \frac1d\mathbf{1}\mathbf{1}^\top\), computed in data space or from sum potentials.
 *
 * <p>From sum potentials (docs/cogs-math.md §3.2, exact for any weights): \(\ell =
 * d\sum_{k\ne0}\sum_{m_1,m_2} |T_k(m_1,m_2)|^2\) with \(T_k(m_1,m_2) = 2r_{m_1m_2k} -
 * \frac1d[m_1=m_2=k] + [m_2=0]R_a(m_1,k) + [m_1=0]R_b(m_2,k)\). Three evaluations are offered:
 *
 * <ul>
 *   <li>{@link #residualForm} sums the squared residuals \(|T|^2\) directly: non-negative and
 *       correct to the last digit at an optimum (about 1e-30 for the constructions); cost
 *       proportional to the nodes' support (O(q) for single-frequency nets), at most O(d³ + d²q);
 *   <li>{@link #gramForm} uses Hermitian Gram products of the a, b, c matrices, O(dq² + d²q) for
 *       dense nets and O(q²) for sparse ones, but its interior terms cancel at an optimum (absolute
 *       error of order 1e-17);
 *   <li>{@link #fullDataset} picks the residual form when its cost does not exceed the Gram form's
 *       and the Gram form otherwise.
 * </ul>
 *
 * <p>Non-finite values: nets and weights are finite by construction, so every result is finite.
 */
public final class CogsLoss {

    /**
     * The exact residual form is preferred while it costs at most this many times the Gram form.
     */
    private static final double RESIDUAL_PREFERENCE = 2.0;

    private CogsLoss() {}

    /**
     * The full-dataset loss from sum potentials, by {@link #residualForm} whenever its estimated
     * cost is at most twice the Gram form's (or below 10⁶ operations), which holds for every
     * construction in {@link Constructions}, and by {@link #gramForm} otherwise (dense nets with q
     * ≲ d²).
     *
     * @param z a net
     * @return \(\ell \ge 0\)
     */
    public static double fullDataset(FourierNet z) {
        Objects.requireNonNull(z, "z");
        NodeSupports s = new NodeSupports(z);
        if (Residuals.cost(s) <= Math.max(RESIDUAL_PREFERENCE * s.gramWork(), 1e6)) {
            CompensatedSum sum = new CompensatedSum();
            Residuals.visit(s, (k, m1, m2, re, im) -> sum.add(re * re + im * im));
            return z.d() * sum.value();
        }
        return GramLoss.compute(z);
    }

    /**
     * The full-dataset loss as \(d\sum|T_k(m_1,m_2)|^2\) over the non-zero residuals (see class
     * Javadoc).
     *
     * @param z a net
     * @return \(\ell \ge 0\)
     */
    public static double residualForm(FourierNet z) {
        Objects.requireNonNull(z, "z");
        CompensatedSum sum = new CompensatedSum();
        Residuals.visit(z, (k, m1, m2, re, im) -> sum.add(re * re + im * im));
        return z.d() * sum.value();
    }

    /**
     * The full-dataset loss in Gram form (see class Javadoc); clamped at 0.
     *
     * @param z a net
     * @return \(\ell \ge 0\)
     */
    public static double gramForm(FourierNet z) {
        Objects.requireNonNull(z, "z");
        return GramLoss.compute(z);
    }

    /**
     * The paper's zero-mean form (docs/cogs-math.md §3.3, arXiv:2410.01779 Theorem 1) in paper
     * units \(\tilde r = 2d\,r\): \(\ell = \frac{d-1}{d} + \frac1d\sum_{k\ne0}\ell_k\), \(\ell_k =
     * -2\,\mathrm{Re}\,\tilde r_{kkk} + \sum_{k_1,k_2}|\tilde r_{k_1k_2k}|^2 + \frac14\sum_{p}
     * \sum_{m\ne0}|\tilde R_p(m,k)|^2 + \frac14|\tilde R_a(0,k)+\tilde R_b(0,k)|^2\).
     *
     * <p>A reference implementation straight from the definitions, O(d³q); exact only when \(A_{0j}
     * = B_{0j} = 0\) for every node. DC coefficients up to \(10^{-12}\) times the largest
     * coefficient modulus (rounding left by {@link FourierNet#fromReal} of centred weights) are
     * ignored.
     *
     * @param z a net with zero-mean input weights
     * @return \(\ell\)
     * @throws IllegalArgumentException if some \(|A_{0j}|\) or \(|B_{0j}|\) exceeds \(10^{-12}\)
     *     times the largest coefficient modulus
     */
    public static double zeroMeanForm(FourierNet z) {
        Objects.requireNonNull(z, "z");
        int d = z.d();
        int q = z.order();
        double bound = 1e-12 * z.maxModulus();
        for (int j = 0; j < q; j++) {
            double a0 = z.coefficient(Part.A, 0, j).abs();
            double b0 = z.coefficient(Part.B, 0, j).abs();
            if (!(a0 <= bound && b0 <= bound)) {
                throw new IllegalArgumentException(
                        String.format(
                                java.util.Locale.ROOT,
                                "node %d has DC coefficients |A_0| = %.3e, |B_0| = %.3e above %.3e; the zero-mean form "
                                        + "needs A_0j = B_0j = 0 for every node",
                                j,
                                a0,
                                b0,
                                bound));
            }
        }
        double scale = 2.0 * d;
        double total = 0;
        for (int k = 1; k < d; k++) {
            double lk = -2 * scale * SumPotentials.abc(d, k, k, k).valueAt(z).re();
            for (int k1 = 0; k1 < d; k1++) {
                for (int k2 = 0; k2 < d; k2++) {
                    double a = scale * SumPotentials.abc(d, k1, k2, k).valueAt(z).abs();
                    lk += a * a;
                }
            }
            for (Part p : new Part[] {Part.A, Part.B}) {
                for (int m = 1; m < d; m++) {
                    double a = scale * SumPotentials.grouped(p, d, m, k).valueAt(z).abs();
                    lk += 0.25 * a * a;
                }
            }
            double n =
                    scale
                            * SumPotentials.grouped(Part.A, d, 0, k)
                                    .valueAt(z)
                                    .add(SumPotentials.grouped(Part.B, d, 0, k).valueAt(z))
                                    .abs();
            lk += 0.25 * n * n;
            total += lk;
        }
        return (d - 1.0) / d + total / d;
    }

    /**
     * The projected MSE evaluated directly on all d² pairs (docs/cogs-math.md §1), with accuracy.
     *
     * <p>Cost O(d²q + d² · d · (number of nodes with a non-zero activation per pair)), i.e. O(d³q)
     * for generic weights. Residuals \(P_\perp(o - e_y)\) are formed explicitly and squared, so the
     * result is accurate to rounding of the outputs (about 1e-30 at an exact optimum).
     *
     * @param w real weights
     * @return loss and accuracy over all d² pairs
     */
    public static DataSpaceEvaluation evaluate(RealWeights w) {
        Objects.requireNonNull(w, "w");
        return DataSpace.evaluate(w);
    }

    /**
     * The projected MSE on all d² pairs (see {@link #evaluate}).
     *
     * @param w real weights
     * @return \(\ell\)
     */
    public static double dataSpace(RealWeights w) {
        return evaluate(w).loss();
    }

    /**
     * The accuracy on all d² pairs (see {@link #evaluate}).
     *
     * @param w real weights
     * @return the fraction of pairs with \(\arg\max_c o_c(a,b) = a+b\)
     */
    public static double accuracy(RealWeights w) {
        return evaluate(w).accuracy();
    }
}
