package dev.cogs.nets.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.algebra.weights.RealWeights;
import org.junit.jupiter.api.Test;

/**
 * FT-full: the gradient against central differences, the loss against the definition, and descent.
 */
class FullFineTuneTest {

    @Test
    void gradientMatchesCentralDifferences() {
        int d = 5;
        int q = 4;
        RealWeights w = Fixtures.randomNet(d, q, 0.8, 31);
        PromptedNet net = PromptedNet.of(w);
        double[] u = Fixtures.randomVector(q, 0.8, 32);
        int[] y = Fixtures.randomTask(d, 33);
        double[][] ub = new double[d][q];
        double[][] ww = w.w();
        for (int b = 0; b < d; b++) {
            for (int j = 0; j < q; j++) {
                ub[b][j] = w.ub(j, b);
            }
        }
        FullFineTune.Gradient g = new FullFineTune.Gradient(d, q);
        double loss = g.compute(u, ub, ww, y);
        assertEquals(net.evaluate(u, y).loss(), loss, 1e-13);
        double[] gu = g.gu.clone();
        double[][] gub = copy(g.gub);
        double[][] gw = copy(g.gw);
        FullFineTune.Gradient probe = new FullFineTune.Gradient(d, q);
        double h = 1e-6;
        // central differences on a quartic with O(1) data: truncation ~h^2, rounding ~1e-16/h ~
        // 1e-10
        for (int j = 0; j < q; j++) {
            u[j] += h;
            double up = probe.compute(u, ub, ww, y);
            u[j] -= 2 * h;
            double down = probe.compute(u, ub, ww, y);
            u[j] += h;
            assertEquals((up - down) / (2 * h), gu[j], 1e-7);
            for (int i = 0; i < d; i++) {
                ub[i][j] += h;
                up = probe.compute(u, ub, ww, y);
                ub[i][j] -= 2 * h;
                down = probe.compute(u, ub, ww, y);
                ub[i][j] += h;
                assertEquals((up - down) / (2 * h), gub[i][j], 1e-7);
                ww[i][j] += h;
                up = probe.compute(u, ub, ww, y);
                ww[i][j] -= 2 * h;
                down = probe.compute(u, ub, ww, y);
                ww[i][j] += h;
                assertEquals((up - down) / (2 * h), gw[i][j], 1e-7);
            }
        }
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    @Test
    void adamDescendsAndZeroStepsIsTheIdentity() {
        int d = 11;
        PromptedNet net = PromptedNet.of(Fixtures.f6(d));
        double[] u = net.oneHot(0);
        int[] y = Fixtures.affine(d, 2, 0);
        FullFineTune.FullFit none = FullFineTune.adam(net, u, y, new FullFineTune.Config(0, 0.01));
        assertEquals(net.weights().wFlat().length, none.weights().wFlat().length);
        assertTrue(none.weights().isClose(net.weights(), 0.0));
        assertEquals(net.evaluate(u, y).loss(), none.loss(), 1e-13);
        assertEquals(none.initialLoss(), none.loss(), 0.0);
        FullFineTune.FullFit fit = FullFineTune.adam(net, u, y, new FullFineTune.Config(400, 0.01));
        assertFalse(fit.diverged());
        // 400 Adam steps on all weights of a net with q = 30 >= d: 2b becomes learnable; the loss
        // must fall well
        // below the prompt-only optimum 1 - 1/d = 0.909
        assertTrue(fit.loss() < 0.5 * none.loss(), fit.toString());
        assertEquals(PromptedNet.of(fit.weights()).evaluate(fit.u(), y), fit.evaluation());
        assertTrue(fit.weights().ua(2, 3) == net.weights().ua(2, 3));
    }
}
