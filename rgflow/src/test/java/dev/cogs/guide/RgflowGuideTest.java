package dev.cogs.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.rgflow.ot.Distances;
import dev.cogs.rgflow.ot.EntropicTransport;
import dev.cogs.rgflow.ot.WassersteinDistance;
import dev.cogs.rgflow.ot.WassersteinTransport;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The example of docs/guide-rgflow.md, verbatim between the guide markers. Only public API, so it
 * also runs in the separate Maven project of the it module.
 */
class RgflowGuideTest {

    @Test
    void distancesBetweenTwoPointClouds() {
        // guide:begin
        // Two clouds in the plane: 200 points around (0, 0), 300 around (5, 5)
        SplittableRandom rnd = new SplittableRandom(7);
        double[][] x = new double[200][2];
        double[][] y = new double[300][2];
        for (double[] p : x) {
            p[0] = 0.2 * rnd.nextGaussian();
            p[1] = 0.2 * rnd.nextGaussian();
        }
        for (double[] p : y) {
            p[0] = 5 + 0.2 * rnd.nextGaussian();
            p[1] = 5 + 0.2 * rnd.nextGaussian();
        }
        WassersteinTransport w2 = Distances.wasserstein(x, y, 2); // exact W_2 and the optimal plan
        EntropicTransport s = Distances.sinkhorn(x, y, 0.01); // throws if it does not converge
        WassersteinDistance sw =
                Distances.sliced(x, y, 2, 50, 42L); // 50 random directions, seed 42
        System.out.printf(
                "W2 = %.6f, Sinkhorn cost = %.6f (log domain after underflow: %b), SW2 = %.6f%n",
                w2.distance(), s.cost(), s.logDomainFallback(), sw.distance());
        assertTrue(sw.distance() <= w2.distance() + 1e-12); // projections are 1-Lipschitz
        // guide:end
        assertTrue(s.logDomainFallback(), "e^{-C/eps} underflows for costs ~ 50 at eps = 0.01");
        assertEquals(w2.powered(), w2.distance() * w2.distance(), 1e-12 * w2.powered());
    }
}
