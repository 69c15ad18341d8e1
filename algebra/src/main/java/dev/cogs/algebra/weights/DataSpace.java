package dev.cogs.algebra.weights;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Direct evaluation of the net on all d² pairs (package-private engine of {@link
 * CogsLoss#evaluate}).
 *
 * <p>For each first input a, the hidden activations \(H[j,b] = (U_a[j,a] + U_b[j,b])^2\) form a q×d
 * matrix and the outputs \(O = W H\) (classes × b) are a d×q by q×d product, computed with
 * contiguous axpy rows over b (four classes at a time), in tiles of {@value #TILE} hidden nodes so
 * that the tile of H being read stays in the core's cache while every class row passes over it.
 * Every output is still the sum over j in increasing order, so the tiling changes no bit. Total
 * O(d³q) multiply-adds.
 *
 * <p>The first inputs are independent: above {@value #PARALLEL_WORK} multiply-adds they are spread
 * over the common fork-join pool, each a computing its d squared residual norms into its own slice;
 * the slices are then added in (a, b) order by one compensated sum, exactly as a single thread
 * would, so the result does not depend on the number of threads.
 */
final class DataSpace {

    /**
     * Hidden nodes per tile of H: 32 rows of 1 009 doubles are 258 KiB, within a 512 KiB L2 cache.
     */
    static final int TILE = 32;

    /** Work (d³q multiply-adds) above which the first inputs run in parallel. */
    static final long PARALLEL_WORK = 20_000_000L;

    private DataSpace() {}

    static DataSpaceEvaluation evaluate(RealWeights w) {
        int d = w.d();
        int q = w.order();
        double[] ua = w.uaRaw();
        double[] ub = w.ubRaw();
        double[] ww = w.wRaw();
        double[] squares = new double[d * d];
        int[] correct = new int[d];
        IntStream as = IntStream.range(0, d);
        if ((long) d * d * d * q > PARALLEL_WORK) {
            as = as.parallel();
        }
        // one work space per thread that runs first inputs (allocated on first use)
        ThreadLocal<double[][]> spaces =
                ThreadLocal.withInitial(
                        () ->
                                new double[][] {
                                    new double[q * d],
                                    new double[d * d],
                                    new double[d],
                                    new double[d]
                                });
        as.forEach(
                a -> {
                    double[][] space = spaces.get();
                    correct[a] = firstInput(a, d, q, ua, ub, ww, space, squares);
                });
        CompensatedSum total = new CompensatedSum();
        for (double v : squares) {
            total.add(v);
        }
        int right = 0;
        for (int c : correct) {
            right += c;
        }
        return new DataSpaceEvaluation(total.value() / ((double) d * d), right, d * d);
    }

    /**
     * The pairs (a, ·): writes \(\|P_\perp(o(a,b) - e_{a+b})\|^2\) into {@code squares[a·d + b]}
     * and returns how many of them are classified correctly.
     */
    private static int firstInput(
            int a,
            int d,
            int q,
            double[] ua,
            double[] ub,
            double[] ww,
            double[][] space,
            double[] squares) {
        double[] h = space[0];
        double[] o = space[1];
        double[] mean = space[2];
        double[] best = space[3];
        int[] arg = new int[d];
        int correct = 0;
        for (int j = 0; j < q; j++) {
            double x = ua[j * d + a];
            int row = j * d;
            for (int b = 0; b < d; b++) {
                double v = x + ub[row + b];
                h[row + b] = v * v;
            }
        }
        multiply(ww, h, o, d, q);
        // Argmax over classes (first maximum), then residuals P⊥(o − e_y) per column b.
        System.arraycopy(o, 0, best, 0, d);
        System.arraycopy(o, 0, mean, 0, d);
        for (int c = 1; c < d; c++) {
            int row = c * d;
            for (int b = 0; b < d; b++) {
                double v = o[row + b];
                mean[b] += v;
                if (v > best[b]) {
                    best[b] = v;
                    arg[b] = c;
                }
            }
        }
        for (int b = 0; b < d; b++) {
            int y = a + b;
            if (y >= d) {
                y -= d;
            }
            if (arg[b] == y) {
                correct++;
            }
            o[y * d + b] -= 1.0;
            mean[b] = (mean[b] - 1.0) / d;
        }
        for (int b = 0; b < d; b++) {
            double ss = 0;
            for (int c = 0; c < d; c++) {
                double r = o[c * d + b] - mean[b];
                ss += r * r;
            }
            squares[a * d + b] = ss;
        }
        return correct;
    }

    /**
     * o (d×d, class-major) = w (d×q) · h (q×d); four output rows share each load of an h row, and
     * the hidden nodes go in tiles of {@value #TILE} (each output still sums over j in increasing
     * order).
     */
    static void multiply(double[] w, double[] h, double[] o, int d, int q) {
        Arrays.fill(o, 0.0);
        for (int j0 = 0; j0 < q; j0 += TILE) {
            int j1 = Math.min(q, j0 + TILE);
            int c = 0;
            for (; c + 3 < d; c += 4) {
                int r0 = c * d;
                int r1 = r0 + d;
                int r2 = r1 + d;
                int r3 = r2 + d;
                for (int j = j0; j < j1; j++) {
                    double w0 = w[c * q + j];
                    double w1 = w[(c + 1) * q + j];
                    double w2 = w[(c + 2) * q + j];
                    double w3 = w[(c + 3) * q + j];
                    if (w0 == 0 && w1 == 0 && w2 == 0 && w3 == 0) {
                        continue;
                    }
                    int hr = j * d;
                    for (int b = 0; b < d; b++) {
                        double hv = h[hr + b];
                        o[r0 + b] += w0 * hv;
                        o[r1 + b] += w1 * hv;
                        o[r2 + b] += w2 * hv;
                        o[r3 + b] += w3 * hv;
                    }
                }
            }
            for (; c < d; c++) {
                int r0 = c * d;
                for (int j = j0; j < j1; j++) {
                    double w0 = w[c * q + j];
                    if (w0 == 0) {
                        continue;
                    }
                    int hr = j * d;
                    for (int b = 0; b < d; b++) {
                        o[r0 + b] += w0 * h[hr + b];
                    }
                }
            }
        }
    }
}
