package dev.cogs.rgflow.ot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CostMatrixTest {

    private static final double[][] C = {{0.5, -1.0, 2.0}, {3.0, 0.25, -0.75}};

    @Test
    void rowMajorFactoryEqualsTheRowsFactory() {
        CostMatrix c = CostMatrix.ofRowMajor(2, 3, new double[] {0.5, -1.0, 2.0, 3.0, 0.25, -0.75});
        assertEquals(CostMatrix.of(C), c);
        assertEquals(3.0, c.get(1, 0), 0.0);
        assertThrows(
                IllegalArgumentException.class,
                () -> CostMatrix.ofRowMajor(2, 2, new double[] {1, 2, 3}));
        assertThrows(
                IllegalArgumentException.class,
                () -> CostMatrix.ofRowMajor(1, 2, new double[] {1, Double.NaN}));
    }

    @Test
    void transposeSwapsIndices() {
        CostMatrix t = CostMatrix.of(C).transpose();
        assertEquals(3, t.rows());
        assertEquals(2, t.cols());
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(C[i][j], t.get(j, i), 0.0);
            }
        }
        assertEquals(CostMatrix.of(C), t.transpose());
    }

    @Test
    void scaleMultipliesEveryEntryAndMinIsTheSmallestEntry() {
        CostMatrix s = CostMatrix.of(C).scale(-2);
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(-2 * C[i][j], s.get(i, j), 0.0);
            }
        }
        assertEquals(-1.0, CostMatrix.of(C).min(), 0.0);
        assertEquals(-6.0, s.min(), 0.0);
        assertEquals(3.0, CostMatrix.of(C).max(), 0.0);
        assertThrows(
                IllegalArgumentException.class,
                () -> CostMatrix.of(C).scale(Double.POSITIVE_INFINITY));
    }
}
