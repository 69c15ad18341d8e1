package dev.cogs.nets.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.algebra.weights.RealWeights;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;

/**
 * FT-head: docs/yoneda-nets.md §5 check 5, and the least-squares optimum against an independent QR
 * solve.
 */
class HeadFineTuneTest {

    /**
     * Check 5: rank Φ = d and loss &lt; 1e-8 for every task on z_F6, z_F4/6 and z_M (d = 23), u =
     * best one-hot.
     */
    @Test
    void checkFiveEveryTaskIsSolvedByTheHead() {
        int d = 23;
        for (RealWeights w :
                new RealWeights[] {Fixtures.f6(d), Fixtures.f46(d), Fixtures.memorisation(d)}) {
            PromptedNet net = PromptedNet.of(w);
            PromptTuner oneHot =
                    PromptTuner.of(net, PromptTuner.Config.defaults(PromptClass.ONE_HOT));
            for (int[] y : Fixtures.defaultTasks(d)) {
                HeadFineTune.HeadFit fit = HeadFineTune.leastSquares(net, oneHot.tune(y).u(), y);
                assertEquals(d, fit.rank());
                assertTrue(fit.loss() < 1e-8, w + " " + fit);
                assertEquals(d, fit.evaluation().robustCorrect());
                assertEquals(w.ub(3, 4), fit.weights().ub(3, 4), 0.0);
            }
        }
    }

    /**
     * With fewer nodes than inputs (q = 3 &lt; d = 7) the head cannot fit everything: the loss must
     * equal (1/d) Σ_c ‖row_c(P⊥Y) − its projection on the row space of Φ‖², computed here by
     * commons-math3's QR least squares on Φᵀ, row by row.
     */
    @Test
    void rankDeficientHeadsLeaveTheProjectionResidual() {
        int d = 7;
        int q = 3;
        RealWeights w = Fixtures.randomNet(d, q, 1.0, 21);
        double[] u = Fixtures.randomVector(q, 1.0, 22);
        int[] y = Fixtures.randomTask(d, 23);
        HeadFineTune.HeadFit fit = HeadFineTune.leastSquares(PromptedNet.of(w), u, y);
        assertEquals(q, fit.rank());
        double[][] phiT = new double[d][q];
        for (int b = 0; b < d; b++) {
            for (int j = 0; j < q; j++) {
                double x = u[j] + w.ub(j, b);
                phiT[b][j] = x * x;
            }
        }
        QRDecomposition qr = new QRDecomposition(new Array2DRowRealMatrix(phiT));
        double residual = 0;
        for (int c = 0; c < d; c++) {
            double[] target = new double[d];
            for (int b = 0; b < d; b++) {
                target[b] = (y[b] == c ? 1.0 : 0.0) - 1.0 / d;
            }
            RealVector t = new ArrayRealVector(target);
            RealVector coef = qr.getSolver().solve(t);
            residual +=
                    t.subtract(new Array2DRowRealMatrix(phiT).operate(coef))
                            .dotProduct(t.subtract(new Array2DRowRealMatrix(phiT).operate(coef)));
        }
        // two least-squares solvers (SVD vs Householder QR) on a well-conditioned 7x3 problem:
        // agree to ~1e-14
        assertEquals(residual / d, fit.loss(), 1e-12);
    }
}
