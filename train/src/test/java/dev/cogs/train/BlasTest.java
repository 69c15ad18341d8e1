package dev.cogs.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Both sgemm routes against a naive double-precision product, on row blocks with and without
 * transposes.
 */
class BlasTest {

    private static float[] random(SplittableRandom rng, int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (2 * rng.nextDouble() - 1);
        }
        return x;
    }

    /** Entry (i, j) of op(x), x row-major with {@code cols} columns. */
    private static double at(float[] x, int cols, boolean trans, int i, int j) {
        return trans ? x[j * cols + i] : x[i * cols + j];
    }

    private static void check(Blas.GemmRoute route, boolean transA, boolean transB) {
        SplittableRandom rng = new SplittableRandom(11);
        int m = 5;
        int k = 7;
        int n = 3;
        // a and b are the rows [2, 2 + rows) of larger matrices, so that the block offsets are
        // exercised
        int aRows = transA ? k : m;
        int aCols = transA ? m : k;
        int bRows = transB ? n : k;
        int bCols = transB ? k : n;
        float[] a = random(rng, aRows * aCols);
        float[] b = random(rng, bRows * bCols);
        Blas.Matrix am = new Blas.Matrix(aRows + 3, aCols);
        Blas.Matrix bm = new Blas.Matrix(bRows + 3, bCols);
        Blas.Matrix cm = new Blas.Matrix(m + 3, n);
        try {
            Blas.Block ab = new Blas.Block(am, 2, 2 + aRows);
            Blas.Block bb = new Blas.Block(bm, 2, 2 + bRows);
            Blas.Block cb = new Blas.Block(cm, 2, 2 + m);
            ab.put(a, 0);
            bb.put(b, 0);
            Blas.gemm(route, ab, transA, bb, transB, cb);
            float[] c = new float[m * n];
            cb.getInto(c, 0);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    double ref = 0;
                    for (int t = 0; t < k; t++) {
                        ref += at(a, aCols, transA, i, t) * at(b, bCols, transB, t, j);
                    }
                    // k = 7 float products of magnitude <= 1: rounding stays far below 1e-5
                    assertEquals(
                            ref,
                            c[i * n + j],
                            1e-5,
                            route + " " + transA + " " + transB + " at " + i + "," + j);
                }
            }
        } finally {
            am.release();
            bm.release();
            cm.release();
        }
    }

    @Test
    void bothRoutesMultiplyCorrectly() {
        for (Blas.GemmRoute route :
                new Blas.GemmRoute[] {Blas.GemmRoute.CBLAS, Blas.GemmRoute.ND4J}) {
            for (boolean transA : new boolean[] {false, true}) {
                for (boolean transB : new boolean[] {false, true}) {
                    check(route, transA, transB);
                }
            }
        }
    }

    @Test
    void shapeMismatchIsRefused() {
        Blas.Matrix a = new Blas.Matrix(2, 3);
        Blas.Matrix c = new Blas.Matrix(2, 2);
        try {
            Blas.Block ab = new Blas.Block(a, 0, 2);
            Blas.Block cb = new Blas.Block(c, 0, 2);
            IllegalStateException e =
                    assertThrows(
                            IllegalStateException.class,
                            () -> Blas.gemm(Blas.GemmRoute.CBLAS, ab, false, ab, false, cb));
            assertEquals("gemm shapes 2x3 · 2x3 -> 2x2", e.getMessage());
            // the fused engine's route has no product to offer
            assertThrows(
                    IllegalStateException.class,
                    () -> Blas.gemm(Blas.GemmRoute.FUSED, ab, false, ab, true, cb));
            assertThrows(IllegalArgumentException.class, () -> new Blas.Block(a, 1, 1));
        } finally {
            a.release();
            c.release();
        }
    }
}
