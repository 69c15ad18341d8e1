package dev.cogs.algebra.weights;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import org.junit.jupiter.api.Test;

/** {@link RealWeights} as a value: matrix views, defensive copies, equality. */
class RealWeightsTest {

    private static double[][] matrix(int rows, int cols, double offset) {
        double[][] m = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m[i][j] = offset + 10 * i + j;
            }
        }
        return m;
    }

    @Test
    void matrixViewsReturnTheConstructorArgumentsAsCopies() {
        int d = 3;
        int q = 2;
        double[][] ua = matrix(q, d, 0.5);
        double[][] ub = matrix(q, d, -7);
        double[][] w = matrix(d, q, 100);
        RealWeights r = RealWeights.of(ua, ub, w);
        assertArrayEquals(ua, r.ua());
        assertArrayEquals(ub, r.ub());
        assertArrayEquals(w, r.w());
        // The views agree with the element accessors and with the flat row-major copies.
        for (int j = 0; j < q; j++) {
            for (int x = 0; x < d; x++) {
                assertEquals(r.ua(j, x), r.ua()[j][x]);
                assertEquals(r.ub(j, x), r.ub()[j][x]);
                assertEquals(r.uaFlat()[j * d + x], r.ua()[j][x]);
                assertEquals(r.w(x, j), r.w()[x][j]);
            }
        }
        double[][] copy = r.ua();
        assertNotSame(copy, r.ua());
        copy[0][0] = 42;
        ua[1][1] = 42;
        assertEquals(0.5, r.ua(0, 0));
        assertEquals(11.5, r.ua(1, 1));
    }

    @Test
    void equalityIsExactOnEveryWeight() {
        RealWeights a = RealWeights.of(matrix(2, 3, 0), matrix(2, 3, 1), matrix(3, 2, 2));
        RealWeights b = RealWeights.of(matrix(2, 3, 0), matrix(2, 3, 1), matrix(3, 2, 2));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        double[][] w = matrix(3, 2, 2);
        w[2][1] = Math.nextUp(w[2][1]);
        assertNotEquals(a, RealWeights.of(matrix(2, 3, 0), matrix(2, 3, 1), w));
        assertNotEquals(a, RealWeights.of(matrix(2, 3, 1), matrix(2, 3, 0), matrix(3, 2, 2)));
        assertNotEquals(a, "weights");
        assertEquals("RealWeights[d=3, q=2]", a.toString());
    }
}
