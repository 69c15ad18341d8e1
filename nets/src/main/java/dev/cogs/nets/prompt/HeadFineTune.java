package dev.cogs.nets.prompt;

import dev.cogs.algebra.weights.RealWeights;
import java.util.Objects;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * The FT-head arm (docs/yoneda-nets.md §1.3, §2.3 item 5): with the prompt u held fixed, the output
 * weights are refitted in closed form, \(\min_W \frac1d\sum_b \|P_\perp(W\phi_b - e_{y(b)})\|^2\)
 * over the features \(\phi_b = (u + U_b e_b)^{\circ 2}\), i.e. the columns of \(\Phi \in
 * \mathbb{R}^{q\times d}\).
 *
 * <p>With \(T = P_\perp Y\) the solution is \(W = T\Phi^+\) (its columns sum to zero, as
 * \(P_\perp\) needs), and the loss is \(\frac1d\|T(I - \Pi)\|^2\) with \(\Pi\) the projector onto
 * the row space of Φ: it vanishes for every task iff rank Φ = d (Theorem 2's "fine-tuning solves
 * everything"). Φ⁺ comes from commons-math3's SVD, with its rank tolerance max(q, d)·σ₁·2⁻⁵².
 */
public final class HeadFineTune {

    private HeadFineTune() {}

    /**
     * The result of a head refit.
     *
     * @param weights the net with the refitted W (\(U_a\), \(U_b\) unchanged)
     * @param rank the numerical rank of Φ
     * @param evaluation the metrics of u on the refitted net, all d inputs, recomputed from its
     *     outputs
     */
    public record HeadFit(RealWeights weights, int rank, PromptEvaluation evaluation) {
        /**
         * Validates.
         *
         * @param weights the weights
         * @param rank the rank
         * @param evaluation the evaluation
         */
        public HeadFit {
            Objects.requireNonNull(weights, "weights");
            Objects.requireNonNull(evaluation, "evaluation");
        }

        /**
         * The projected MSE after the refit.
         *
         * @return the loss
         */
        public double loss() {
            return evaluation.loss();
        }
    }

    /**
     * Refits W by least squares for a fixed prompt.
     *
     * <p>Non-finite values: a NaN or infinite prompt entry is rejected.
     *
     * @param net the net (its \(U_a\), \(U_b\) are kept)
     * @param u the prompt, length q (the experiment uses the best one-hot prompt)
     * @param y the task
     * @return the refitted net, rank Φ and the metrics
     * @throws IllegalArgumentException if u or y is invalid, or the net has no nodes
     */
    public static HeadFit leastSquares(PromptedNet net, double[] u, int[] y) {
        Objects.requireNonNull(net, "net");
        int d = net.d;
        int q = net.q;
        PromptedNet.checkVector("u", u, q);
        PromptedNet.checkTask(y, d);
        if (q == 0) {
            throw new IllegalArgumentException("the net has no nodes; there is no head to fit");
        }
        double[][] phi = new double[q][d];
        for (int b = 0; b < d; b++) {
            for (int j = 0; j < q; j++) {
                double x = u[j] + net.ubT[b][j];
                phi[j][b] = x * x;
            }
        }
        SingularValueDecomposition svd =
                new SingularValueDecomposition(new Array2DRowRealMatrix(phi, false));
        int rank = svd.getRank();
        double[] sigma = svd.getSingularValues();
        RealMatrix left = svd.getU();
        RealMatrix right = svd.getV();
        // W = T V_r diag(1/sigma) U_r^T, T[c][b] = [c = y(b)] - 1/d
        double[][] w = new double[d][q];
        double[] tv = new double[rank];
        for (int c = 0; c < d; c++) {
            for (int k = 0; k < rank; k++) {
                double s = 0;
                for (int b = 0; b < d; b++) {
                    s += ((y[b] == c ? 1.0 : 0.0) - 1.0 / d) * right.getEntry(b, k);
                }
                tv[k] = s / sigma[k];
            }
            for (int j = 0; j < q; j++) {
                double s = 0;
                for (int k = 0; k < rank; k++) {
                    s += tv[k] * left.getEntry(j, k);
                }
                w[c][j] = s;
            }
        }
        RealWeights old = net.weights();
        RealWeights tuned = RealWeights.of(old.ua(), old.ub(), w);
        return new HeadFit(tuned, rank, PromptedNet.of(tuned).evaluate(u, y));
    }
}
