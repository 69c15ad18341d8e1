package dev.cogs.nets.analysis;

import dev.cogs.algebra.weights.RealWeights;
import java.util.Objects;

/**
 * The margin of a net on the full dataset and its normalisation by the L_{2,3} norm cubed, as
 * Morwani et al. (arXiv:2311.07568) define them, with the maximum their Theorem 7 gives for this
 * architecture (docs/cogs-math.md §13.4 and §13.6).
 *
 * <ul>
 *   <li>margin γ(θ) = min over all d² pairs (a, b) of o(a, b)[a+b] − max_{c ≠ a+b} o(a, b)[c]
 *       (negative while some pair is misclassified);
 *   <li>the net is homogeneous of degree 3 in its parameters, and node j's parameters are θ_j =
 *       (u_{a,j}, u_{b,j}, w_j); ‖θ‖_{2,3}³ = Σ_j ‖θ_j‖₂³ = Σ_j (‖u_{a,j}‖² + ‖u_{b,j}‖² +
 *       ‖w_j‖²)^{3/2};
 *   <li>the normalised margin γ(θ)/‖θ‖_{2,3}³ is invariant under θ ↦ tθ, t &gt; 0;
 *   <li>{@link #maximum(int)}: for every net, γ(θ)/‖θ‖_{2,3}³ ≤ γ*(d) = √(2/27) / ((d − 1)·√d),
 *       with equality for z_F6 with |ν| = 1 (so γ* is the maximum for every width q ≥ 3(d − 1)).
 * </ul>
 *
 * <p>The normalised margin is not invariant under the per-node rescaling (s·u_a, s·u_b, w/s²) of
 * docs/cogs-math.md §4.4, which leaves the function unchanged; {@link #balancedL23Cubed} takes each
 * node at its smallest norm over s (the node balance weight decay selects), giving the largest
 * normalised margin among all nets computing the same function with the same nodes.
 */
public final class Margins {

    private Margins() {}

    /**
     * The margin on all d² pairs. O(d³·q).
     *
     * @param w the net
     * @return γ(θ)
     */
    public static double margin(RealWeights w) {
        return Logits.of(Objects.requireNonNull(w, "w")).margin();
    }

    /**
     * ‖θ‖_{2,3}³ = Σ_j (‖u_{a,j}‖² + ‖u_{b,j}‖² + ‖w_j‖²)^{3/2}.
     *
     * @param w the net
     * @return the L_{2,3} norm cubed
     */
    public static double l23Cubed(RealWeights w) {
        Objects.requireNonNull(w, "w");
        double[] x = inputNorms(w);
        double[] y = outputNorms(w);
        double s = 0;
        for (int j = 0; j < x.length; j++) {
            double t = x[j] + y[j];
            s += t * Math.sqrt(t);
        }
        return s;
    }

    /**
     * Σ_j min_{s &gt; 0} (s²·X_j + Y_j/s⁴)^{3/2} = Σ_j (3·(X_j²·Y_j/4)^{1/3})^{3/2}, with X_j =
     * ‖u_{a,j}‖² + ‖u_{b,j}‖² and Y_j = ‖w_j‖²: the L_{2,3} norm cubed after rescaling every node
     * to its smallest norm (the minimum is at s⁶ = 2Y_j/X_j; docs/cogs-math.md §6.5 uses the same
     * per-node minimum for the weight-decay cost).
     *
     * @param w the net
     * @return the balanced L_{2,3} norm cubed, at most {@link #l23Cubed}
     */
    public static double balancedL23Cubed(RealWeights w) {
        Objects.requireNonNull(w, "w");
        double[] x = inputNorms(w);
        double[] y = outputNorms(w);
        double s = 0;
        for (int j = 0; j < x.length; j++) {
            double t = 3 * Math.cbrt(x[j] * x[j] * y[j] / 4);
            s += t * Math.sqrt(t);
        }
        return s;
    }

    /**
     * γ(θ)/‖θ‖_{2,3}³.
     *
     * <p>Non-finite values: NaN for the zero net (0/0).
     *
     * @param w the net
     * @return the normalised margin
     */
    public static double normalised(RealWeights w) {
        return margin(w) / l23Cubed(w);
    }

    /**
     * The maximum normalised margin on the full dataset, γ*(d) = √(2/27) / ((d − 1)·√d)
     * (docs/cogs-math.md §13.6): 2.5796e−3 for d = 23, 1.6294e−3 for d = 31.
     *
     * @param d the group size, at least 3
     * @return γ*(d)
     * @throws IllegalArgumentException if d &lt; 3
     */
    public static double maximum(int d) {
        if (d < 3) {
            throw new IllegalArgumentException("d (" + d + ") must be >= 3");
        }
        return Math.sqrt(2.0 / 27.0) / ((d - 1) * Math.sqrt(d));
    }

    /** X_j = ‖u_{a,j}‖² + ‖u_{b,j}‖². */
    private static double[] inputNorms(RealWeights w) {
        int d = w.d();
        int q = w.order();
        double[] ua = w.uaFlat();
        double[] ub = w.ubFlat();
        double[] x = new double[q];
        for (int j = 0; j < q; j++) {
            double s = 0;
            for (int i = j * d; i < (j + 1) * d; i++) {
                s += ua[i] * ua[i] + ub[i] * ub[i];
            }
            x[j] = s;
        }
        return x;
    }

    /** Y_j = ‖w_j‖² (column j of W). */
    private static double[] outputNorms(RealWeights w) {
        int d = w.d();
        int q = w.order();
        double[] wf = w.wFlat();
        double[] y = new double[q];
        for (int c = 0; c < d; c++) {
            for (int j = 0; j < q; j++) {
                y[j] += wf[c * q + j] * wf[c * q + j];
            }
        }
        return y;
    }
}
