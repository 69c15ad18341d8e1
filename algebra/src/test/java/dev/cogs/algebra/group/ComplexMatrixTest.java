package dev.cogs.algebra.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ComplexMatrixTest {

    private static final ComplexMatrix SIGMA_X =
            ComplexMatrix.real(new double[][] {{0, 1}, {1, 0}});
    private static final ComplexMatrix SIGMA_Y =
            ComplexMatrix.of(new double[][] {{0, 0}, {0, 0}}, new double[][] {{0, -1}, {1, 0}});
    private static final ComplexMatrix SIGMA_Z =
            ComplexMatrix.real(new double[][] {{1, 0}, {0, -1}});

    /** Pauli matrices: sigma_x sigma_y = i sigma_z, exactly (entries are 0, +-1, +-i). */
    @Test
    void pauliAlgebra() {
        ComplexMatrix xy = SIGMA_X.multiply(SIGMA_Y);
        ComplexMatrix iz =
                ComplexMatrix.of(new double[][] {{0, 0}, {0, 0}}, new double[][] {{1, 0}, {0, -1}});
        assertEquals(0.0, xy.maxAbsDifference(iz));
        assertTrue(SIGMA_Y.conjugateTranspose().isClose(SIGMA_Y, 0.0)); // Hermitian
        assertTrue(SIGMA_Y.multiply(SIGMA_Y).isClose(ComplexMatrix.identity(2), 0.0));
        assertEquals(0.0, SIGMA_Z.traceRe());
        assertEquals(0.0, iz.traceIm());
        assertEquals(Math.sqrt(2), SIGMA_Y.frobeniusNorm(), 1e-15);
        assertTrue(
                SIGMA_X.add(SIGMA_Z)
                        .scale(0.5)
                        .isClose(
                                ComplexMatrix.real(new double[][] {{0.5, 0.5}, {0.5, -0.5}}), 0.0));
    }

    @Test
    void valuesAreCopiedAndComparedExactly() {
        double[][] re = {{1, 2, 3}};
        ComplexMatrix m = ComplexMatrix.real(re);
        re[0][0] = 9;
        assertEquals(1.0, m.re(0, 0));
        double[][] out = m.re();
        out[0][1] = 9;
        assertEquals(2.0, m.re(0, 1));
        assertArrayEquals(new double[] {1, 2, 3}, m.re()[0]);
        assertEquals(1, m.rows());
        assertEquals(3, m.cols());
        assertEquals(3, m.conjugateTranspose().rows());
        assertEquals(m, ComplexMatrix.real(new double[][] {{1, 2, 3}}));
        assertEquals(m.hashCode(), ComplexMatrix.real(new double[][] {{1, 2, 3}}).hashCode());
        // equals is bitwise: 0.0 and -0.0 differ, isClose does not care
        ComplexMatrix zero = ComplexMatrix.real(new double[][] {{0.0}});
        ComplexMatrix negativeZero = ComplexMatrix.real(new double[][] {{-0.0}});
        assertNotEquals(zero, negativeZero);
        assertTrue(zero.isClose(negativeZero, 0.0));
        assertFalse(zero.isClose(ComplexMatrix.real(new double[][] {{1e-9}}), 1e-10));
    }

    @Test
    void errors() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                ComplexMatrix.of(
                                        new double[][] {{1, Double.POSITIVE_INFINITY}},
                                        new double[][] {{0, 0}}));
        assertTrue(e.getMessage().contains("re[0][1] (Infinity) must be finite"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> ComplexMatrix.real(new double[][] {{1, 2}, {3}}));
        assertThrows(IllegalArgumentException.class, () -> ComplexMatrix.real(new double[0][]));
        assertThrows(
                IllegalArgumentException.class,
                () -> ComplexMatrix.of(new double[][] {{1}}, new double[][] {{1}, {2}}));
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> SIGMA_X.multiply(ComplexMatrix.zeros(3, 1)));
        assertEquals("multiply: 2x2 times 3x1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SIGMA_X.add(ComplexMatrix.zeros(2, 1)));
        assertThrows(IllegalArgumentException.class, () -> SIGMA_X.isClose(SIGMA_X, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> SIGMA_X.scale(Double.NaN));
        assertThrows(IllegalStateException.class, () -> ComplexMatrix.zeros(1, 2).traceRe());
        assertThrows(IllegalArgumentException.class, () -> ComplexMatrix.zeros(0, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> SIGMA_X.re(2, 0));
    }
}
