package dev.cogs.rgflow.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MatrixTest {

    @Test
    void diagonalEntriesAreTheEntriesWithEqualIndices() {
        Matrix square = Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
        assertArrayEquals(new double[] {1, 5, 9}, square.diagonalEntries(), 0.0);
        assertEquals(square.trace(), 1 + 5 + 9, 0.0);
        // rectangular: min(rows, cols) entries, in both orientations
        Matrix wide = Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        assertArrayEquals(new double[] {1, 5}, wide.diagonalEntries(), 0.0);
        assertArrayEquals(new double[] {1, 5}, wide.transpose().diagonalEntries(), 0.0);
        // a fresh array: writing to it does not change the matrix
        double[] d = square.diagonalEntries();
        d[0] = 42;
        assertEquals(1.0, square.get(0, 0), 0.0);
    }
}
