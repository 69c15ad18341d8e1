package dev.cogs.algebra.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The tiled, parallel data-space evaluation against a plain triple loop written from the formula of
 * docs/cogs-math.md §1: every output summed over the hidden nodes in increasing order, the squared
 * residual norms added in (a, b) order. The kernel promises that tiling and threads change no bit,
 * so the comparison is exact.
 */
class DataSpaceTest {

    /** Random weights in [−1, 1], with a share of exact zeros in W (the kernel skips those). */
    private static RealWeights random(int d, int q, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] ua = new double[q * d];
        double[] ub = new double[q * d];
        double[] w = new double[d * q];
        for (int i = 0; i < q * d; i++) {
            ua[i] = r.nextDouble(-1, 1);
            ub[i] = r.nextDouble(-1, 1);
            w[i] = r.nextInt(5) == 0 ? 0.0 : r.nextDouble(-1, 1) / q;
        }
        return RealWeights.ofFlat(d, q, ua, ub, w);
    }

    /** The loss and correct count by the definition, one pair at a time. */
    private static double[] reference(RealWeights w) {
        int d = w.d();
        int q = w.order();
        double[] ua = w.uaRaw();
        double[] ub = w.ubRaw();
        double[] ww = w.wRaw();
        CompensatedSum total = new CompensatedSum();
        int correct = 0;
        double[] o = new double[d];
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                for (int c = 0; c < d; c++) {
                    double s = 0;
                    for (int j = 0; j < q; j++) {
                        double v = ua[j * d + a] + ub[j * d + b];
                        s += ww[c * q + j] * (v * v);
                    }
                    o[c] = s;
                }
                int y = (a + b) % d;
                int arg = 0;
                double sum = o[0];
                for (int c = 1; c < d; c++) {
                    sum += o[c];
                    if (o[c] > o[arg]) {
                        arg = c;
                    }
                }
                if (arg == y) {
                    correct++;
                }
                double mean = (sum - 1.0) / d;
                double ss = 0;
                for (int c = 0; c < d; c++) {
                    double r = o[c] - (c == y ? 1.0 : 0.0) - mean;
                    ss += r * r;
                }
                total.add(ss);
            }
        }
        return new double[] {total.value() / ((double) d * d), correct};
    }

    @Test
    void tiledParallelKernelEqualsTheDefinitionBitForBit() {
        // d = 45, q = 250: d³q ≈ 2.3e7 multiply-adds, above the parallel threshold; q spans
        // several tiles and a partial one; d is not a multiple of four (the one-row tail runs)
        RealWeights w = random(45, 250, 7);
        assertTrue((long) 45 * 45 * 45 * 250 > DataSpace.PARALLEL_WORK);
        DataSpaceEvaluation e = CogsLoss.evaluate(w);
        double[] ref = reference(w);
        assertEquals(ref[0], e.loss(), 0.0);
        assertEquals((int) ref[1], e.correct());
        // a small serial case too
        RealWeights small = random(7, 5, 11);
        double[] refSmall = reference(small);
        assertEquals(refSmall[0], CogsLoss.evaluate(small).loss(), 0.0);
        assertEquals((int) refSmall[1], CogsLoss.evaluate(small).correct());
    }
}
