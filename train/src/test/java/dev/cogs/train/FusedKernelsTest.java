package dev.cogs.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The native kernels of engine f32v5 against their definition, {@link FusedReference}: the same
 * bits for every output, on shapes that exercise every tile remainder of the C code (pair tiles of
 * 3 and 6, class tiles of 4 and 6, strips of 16 and 8 hidden nodes, a hidden width that is not a
 * multiple of 8, panels of 64 pairs and a short last one). The reference itself is checked against
 * the double-precision model through the engine ({@code EngineTest}).
 */
class FusedKernelsTest {

    private static boolean nativeExpected() {
        String arch = System.getProperty("os.arch", "");
        return System.getProperty("os.name", "")
                        .toLowerCase(java.util.Locale.ROOT)
                        .startsWith("linux")
                && (arch.equals("amd64") || arch.equals("x86_64"))
                && Files.exists(Path.of("/usr/bin/gcc"));
    }

    @Test
    void theNativeKernelsAreLoadedWhereTheBuildCompiledThem() {
        assumeTrue(
                nativeExpected(),
                "not Linux x86-64 with /usr/bin/gcc: the build has no native kernels");
        FusedKernels.Availability availability = FusedKernels.availability();
        assertTrue(availability.loaded(), availability.description());
    }

    @Test
    void nativeKernelsGiveTheReferenceBits() {
        assumeTrue(FusedKernels.availability().loaded(), FusedKernels.availability().description());
        int[][] shapes = {
            {3, 1}, {5, 3}, {7, 13}, {11, 21}, {23, 16}, {23, 512}, {29, 40}, {13, 100}, {17, 24}
        };
        SplittableRandom random = new SplittableRandom(20261202L);
        for (int[] shape : shapes) {
            int d = shape[0];
            int q = shape[1];
            float[] ua = gaussian(random, d * q, 0.4);
            float[] ub = gaussian(random, d * q, 0.4);
            float[] w = gaussian(random, d * q, 0.4);
            int n = d * d;
            int[] pa = new int[n];
            int[] pb = new int[n];
            int[] py = new int[n];
            for (int i = 0; i < n; i++) {
                pa[i] = i / d;
                pb[i] = i % d;
                py[i] = (pa[i] + pb[i]) % d;
            }
            // a partition that starts and ends inside rows of a, and an empty one
            int[][] ranges = {{0, n}, {1, n - 2}, {n / 2, n / 2}};
            for (int[] range : ranges) {
                for (int flags = 0; flags < 4; flags++) {
                    boolean gradient = (flags & 1) != 0;
                    boolean accuracy = (flags & 2) != 0;
                    float[][] nat = {
                        gaussian(random, d * q, 1), gaussian(random, d * q, 1), new float[d * q]
                    };
                    float[][] ref = {nat[0].clone(), nat[1].clone(), new float[d * q]};
                    double[] outNat = new double[2];
                    double[] outRef = new double[2];
                    float scale = (float) (2.0 / n);
                    FusedKernels.partition(
                            ua,
                            ub,
                            w,
                            d,
                            q,
                            pa,
                            pb,
                            py,
                            range[0],
                            range[1],
                            scale,
                            gradient,
                            accuracy,
                            nat[0],
                            nat[1],
                            nat[2],
                            outNat,
                            dirtyScratch(d, q));
                    FusedReference.partition(
                            ua, ub, w, d, q, pa, pb, py, range[0], range[1], scale, gradient,
                            accuracy, ref[0], ref[1], ref[2], outRef);
                    String what =
                            "d=" + d + " q=" + q + " pairs " + range[0] + ".." + range[1]
                                    + " flags " + flags;
                    assertEquals(
                            Double.doubleToLongBits(outRef[0]),
                            Double.doubleToLongBits(outNat[0]),
                            "loss, " + what);
                    if (accuracy) {
                        assertEquals(outRef[1], outNat[1], "correct count, " + what);
                    }
                    for (int blk = 0; blk < 3; blk++) {
                        assertArrayEquals(
                                ref[blk], nat[blk], "gradient block " + blk + ", " + what);
                    }
                }
            }
        }
    }

    @Test
    void theLaneTreeAddsInItsDocumentedOrder() {
        // 1 + 2^-24 + ... : the order decides what survives rounding
        float big = 1f;
        float tiny = 0x1p-24f;
        float[] v = {big, tiny, tiny, tiny, -big, tiny, tiny, tiny};
        // ((v0 + v4) + (v2 + v6)) + ((v1 + v5) + (v3 + v7)) = (0 + 2^-23) + (2^-23 + 2^-23)
        assertEquals(3 * 0x1p-23f, FusedReference.tree(v));
        double[] dv = {1e16, 1, 1, 1, -1e16, 1, 1, 1};
        assertEquals(6.0, FusedReference.tree(dv));
    }

    /** Scratch full of NaN: whatever a previous call left there must not reach the results. */
    private static float[] dirtyScratch(int d, int q) {
        float[] scratch = new float[FusedKernels.scratchFloats(d, q)];
        java.util.Arrays.fill(scratch, Float.NaN);
        return scratch;
    }

    @Test
    void aShortScratchIsRefused() {
        assumeTrue(FusedKernels.availability().loaded(), FusedKernels.availability().description());
        int d = 5;
        int q = 8;
        float[] zeros = new float[d * q];
        int[] pairs = {0, 1};
        IllegalStateException e =
                org.junit.jupiter.api.Assertions.assertThrows(
                        IllegalStateException.class,
                        () ->
                                FusedKernels.partition(
                                        zeros,
                                        zeros,
                                        zeros,
                                        d,
                                        q,
                                        pairs,
                                        pairs,
                                        pairs,
                                        0,
                                        2,
                                        1f,
                                        true,
                                        true,
                                        new float[d * q],
                                        new float[d * q],
                                        new float[d * q],
                                        new double[2],
                                        new float[FusedKernels.scratchFloats(d, q) - 1]));
        assertTrue(e.getMessage().contains("scratch"), e.getMessage());
    }

    private static float[] gaussian(SplittableRandom random, int n, double sd) {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            // Box-Muller from the seeded stream
            double u = random.nextDouble();
            double v = random.nextDouble();
            out[i] = (float) (sd * Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v));
        }
        return out;
    }
}
