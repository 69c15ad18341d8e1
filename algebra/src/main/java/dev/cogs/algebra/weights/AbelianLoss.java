package dev.cogs.algebra.weights;

import dev.cogs.algebra.weights.OptimalityReport.Residual;
import java.util.List;
import java.util.Objects;

/**
 * The full-dataset loss of the composition task over a finite abelian group \(G\) of order n
 * (docs/cogs-math.md §14.2): the projected MSE \(\ell = \frac1{n^2}\sum_{(a,b)\in
 * G^2}\|P_\perp(o(a,b) - e_{ab})\|^2\), computed from sum potentials or in data space.
 *
 * <p>From sum potentials (exact for any weights, docs/cogs-math.md §14.2): \(\ell =
 * n\sum_{\chi\ne1} \sum_{\mu_1,\mu_2}|T_\chi(\mu_1,\mu_2)|^2\) with \(T_\chi(\mu_1,\mu_2) =
 * 2r_{\mu_1\mu_2\chi} - \frac1n[\mu_1=\mu_2=\chi] + [\mu_2=1]R_a(\mu_1,\chi) +
 * [\mu_1=1]R_b(\mu_2,\chi)\), the theorem of docs/cogs-math.md §3.2 with characters in place of
 * frequencies. The three evaluations of {@link CogsLoss} are offered with the same costs and
 * accuracy: {@link #residualForm}, {@link #gramForm} and {@link #fullDataset} (the cheaper of the
 * two). For \(G = \mathbb{Z}_d\) ({@link GroupNet#fromCyclic}) they run the same code as {@link
 * CogsLoss} and return the same bits.
 *
 * <p>Non-finite values: nets and weights are finite by construction, so every result is finite.
 */
public final class AbelianLoss {

    /**
     * The exact residual form is preferred while it costs at most this many times the Gram form.
     */
    private static final double RESIDUAL_PREFERENCE = 2.0;

    private AbelianLoss() {}

    /**
     * The full-dataset loss from sum potentials: {@link #residualForm} when its estimated cost is
     * at most twice the Gram form's (or below 10⁶ operations), {@link #gramForm} otherwise.
     *
     * @param z a net over \(\hat G\)
     * @return \(\ell \ge 0\)
     */
    public static double fullDataset(GroupNet z) {
        Objects.requireNonNull(z, "z");
        NodeSupports s = new NodeSupports(z.storage());
        if (Residuals.cost(s) <= Math.max(RESIDUAL_PREFERENCE * s.gramWork(), 1e6)) {
            CompensatedSum sum = new CompensatedSum();
            Residuals.visit(s, z.arithmetic(), (k, m1, m2, re, im) -> sum.add(re * re + im * im));
            return z.size() * sum.value();
        }
        return GramLoss.compute(z.storage(), z.arithmetic());
    }

    /**
     * The full-dataset loss as \(n\sum|T_\chi(\mu_1,\mu_2)|^2\) over the non-zero residuals.
     *
     * @param z a net over \(\hat G\)
     * @return \(\ell \ge 0\)
     */
    public static double residualForm(GroupNet z) {
        Objects.requireNonNull(z, "z");
        CompensatedSum sum = new CompensatedSum();
        Residuals.visit(
                new NodeSupports(z.storage()),
                z.arithmetic(),
                (k, m1, m2, re, im) -> sum.add(re * re + im * im));
        return z.size() * sum.value();
    }

    /**
     * The full-dataset loss in Gram form (docs/cogs-math.md §14.2), clamped at 0.
     *
     * @param z a net over \(\hat G\)
     * @return \(\ell \ge 0\)
     */
    public static double gramForm(GroupNet z) {
        Objects.requireNonNull(z, "z");
        return GramLoss.compute(z.storage(), z.arithmetic());
    }

    /**
     * The optimality report of docs/cogs-math.md §3.4 over \(G\): per constraint class the largest
     * violation, its indices and its share of the loss. Indices k, m₁, m₂ of the {@link
     * OptimalityReport.Violation}s are character indices (0 = trivial) and {@link
     * OptimalityReport#d()} is n = |G|.
     *
     * @param z a net over \(\hat G\)
     * @return the report
     */
    public static OptimalityReport optimalityReport(GroupNet z) {
        Objects.requireNonNull(z, "z");
        NodeSupports s = new NodeSupports(z.storage());
        return OptimalityReport.from(z.size(), residuals(z));
    }

    /**
     * Every non-zero residual of a net over \(\hat G\), in (k, m₁, m₂) order of character indices
     * (docs/cogs-math.md §14.2).
     *
     * @param z a net over \(\hat G\)
     * @return the residuals, an unmodifiable list
     */
    public static List<Residual> residuals(GroupNet z) {
        Objects.requireNonNull(z, "z");
        NodeSupports s = new NodeSupports(z.storage());
        return OptimalityReport.gather(v -> Residuals.visit(s, z.arithmetic(), v));
    }

    /**
     * The projected MSE and accuracy evaluated directly on all n² pairs of \(G\) from the real
     * weights of z ({@link GroupTask#evaluate}).
     *
     * @param z a conjugate-symmetric net over \(\hat G\)
     * @return loss and accuracy
     * @throws IllegalArgumentException if z is not conjugate-symmetric ({@link GroupNet#toReal()})
     */
    public static DataSpaceEvaluation evaluate(GroupNet z) {
        Objects.requireNonNull(z, "z");
        return GroupTask.evaluate(z.group(), z.toReal());
    }
}
