package dev.cogs.yoneda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cogs.algebra.weights.RealWeights;
import org.junit.jupiter.api.Test;

/**
 * The real-space z_M of {@link Construction#build(int)} against the DFT route {@code
 * fourier(d).toReal()} (docs/cogs-math.md §6.4), an independent computation of the same net.
 */
class ConstructionTest {

    @Test
    void memorisationInRealSpaceIsTheFourierConstruction() {
        for (int d : new int[] {5, 11, 23}) {
            RealWeights exact = Construction.Z_M.build(d).weights();
            RealWeights viaDft = Construction.Z_M.fourier(d).toReal();
            assertEquals(viaDft.order(), exact.order());
            // the DFT route sums d unit-modulus twiddles: rounding <= d * 2^-53 ~ 3e-15 at d = 23
            // (measured 2.2e-16)
            double tolerance = 1e-14;
            assertClose(viaDft.ua(), exact.ua(), tolerance);
            assertClose(viaDft.ub(), exact.ub(), tolerance);
            assertClose(viaDft.w(), exact.w(), tolerance);
            // exact zeros off node (g1, g2)'s own input: one non-zero per row of U_a and U_b
            for (double[] row : exact.ub()) {
                int nonZero = 0;
                for (double v : row) {
                    nonZero += v != 0 ? 1 : 0;
                }
                assertEquals(1, nonZero);
            }
        }
    }

    @Test
    void refusesAnEvenOrSmallGroup() {
        assertThrows(IllegalArgumentException.class, () -> Construction.Z_M.build(4));
        assertThrows(IllegalArgumentException.class, () -> Construction.Z_M.build(3));
    }

    private static void assertClose(double[][] expected, double[][] actual, double tolerance) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                assertEquals(expected[i][j], actual[i][j], tolerance, "[" + i + "][" + j + "]");
            }
        }
    }
}
