package dev.cogs.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The double reference against central finite differences and closed forms (no ND4J involved). */
class ReferenceModelTest {

    @Test
    void gradientMatchesCentralFiniteDifferences() {
        // Central differences with step h have truncation error O(h² · third derivative); the loss
        // is a
        // quartic in the weights of size O(1) here, so h = 1e-5 leaves ~1e-10 truncation and ~1e-11
        // cancellation error. 1e-7 relative to the gradient's scale is therefore a safe bound.
        qt().withExamples(20)
                .forAll(integers().between(3, 6), integers().between(1, 5), longs().all())
                .check(
                        (d, q, seed) -> {
                            SplittableRandom rng = new SplittableRandom(seed);
                            double[][] p = {
                                random(rng, q * d), random(rng, q * d), random(rng, d * q)
                            };
                            int[] pairs = somePairs(rng, d);
                            double[][] g = ReferenceModel.gradient(d, q, p[0], p[1], p[2], pairs);
                            double scale = 1e-3;
                            for (double[] block : g) {
                                for (double x : block) {
                                    scale = Math.max(scale, Math.abs(x));
                                }
                            }
                            double h = 1e-5;
                            for (int blk = 0; blk < 3; blk++) {
                                for (int k = 0; k < p[blk].length; k++) {
                                    double keep = p[blk][k];
                                    p[blk][k] = keep + h;
                                    double up = ReferenceModel.loss(d, q, p[0], p[1], p[2], pairs);
                                    p[blk][k] = keep - h;
                                    double down =
                                            ReferenceModel.loss(d, q, p[0], p[1], p[2], pairs);
                                    p[blk][k] = keep;
                                    double fd = (up - down) / (2 * h);
                                    if (Math.abs(fd - g[blk][k]) > 1e-7 * scale) {
                                        return false;
                                    }
                                }
                            }
                            return true;
                        });
    }

    @Test
    void zeroNetHasLossOneMinusOneOverD() {
        // docs/cogs-math.md §1: any class-constant output (in particular the zero net) gives ℓ = 1
        // − 1/d.
        int d = 7;
        int q = 3;
        double[] zero = new double[q * d];
        int[] all = new int[d * d];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        // 49 pairs × 7 classes of rounded terms summed: error ≲ 343 · 2⁻⁵³ ≈ 4e-14.
        assertEquals(1 - 1.0 / d, ReferenceModel.loss(d, q, zero, zero, zero, all), 1e-13);
    }

    static double[] random(SplittableRandom rng, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextDouble(-1, 1);
        }
        return x;
    }

    static int[] somePairs(SplittableRandom rng, int d) {
        int n = 1 + rng.nextInt(d * d);
        int[] pairs = new int[n];
        for (int i = 0; i < n; i++) {
            pairs[i] = rng.nextInt(d * d);
        }
        return pairs;
    }
}
