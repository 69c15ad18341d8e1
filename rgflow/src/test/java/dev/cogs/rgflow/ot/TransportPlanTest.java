package dev.cogs.rgflow.ot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TransportPlanTest {

    private static final double[][] P = {{0.1, 0.0, 0.2}, {0.0, 0.3, 0.4}};
    private static final CostMatrix C = CostMatrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});

    @Test
    void sparseAndDenseFactoriesDescribeTheSamePlan() {
        TransportPlan s =
                TransportPlan.sparse(
                        2,
                        3,
                        new int[] {1, 0, 1, 0},
                        new int[] {2, 0, 1, 2},
                        new double[] {0.4, 0.1, 0.3, 0.2});
        TransportPlan d = TransportPlan.dense(2, 3, new double[] {0.1, 0.0, 0.2, 0.0, 0.3, 0.4});
        for (TransportPlan p : new TransportPlan[] {s, d}) {
            for (int i = 0; i < 2; i++) {
                assertArrayEquals(P[i], p.toDense()[i], 0.0);
                for (int j = 0; j < 3; j++) {
                    assertEquals(P[i][j], p.get(i, j), 0.0);
                }
            }
            assertArrayEquals(new double[] {0.1 + 0.2, 0.3 + 0.4}, p.rowSums(), 1e-16);
            assertArrayEquals(new double[] {0.1, 0.3, 0.2 + 0.4}, p.columnSums(), 1e-16);
            assertEquals(1.0, p.mass(), 1e-15);
            // ⟨P, C⟩ = 0.1·1 + 0.2·3 + 0.3·5 + 0.4·6 = 4.6
            assertEquals(4.6, p.cost(C), 1e-14);
        }
        assertEquals(4, s.nonZeroCount());
    }

    @Test
    void factoriesCopyAndValidate() {
        double[] values = {0.1, 0.0, 0.2, 0.0, 0.3, 0.4};
        TransportPlan d = TransportPlan.dense(2, 3, values);
        values[0] = 9;
        assertEquals(0.1, d.get(0, 0), 0.0);
        assertThrows(
                IllegalArgumentException.class,
                () -> TransportPlan.dense(2, 2, new double[] {1, 2, 3}));
        assertThrows(
                IllegalArgumentException.class,
                () -> TransportPlan.dense(1, 2, new double[] {1, -0.5}));
        assertThrows(
                IllegalArgumentException.class,
                () -> TransportPlan.dense(1, 2, new double[] {1, Double.NaN}));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        TransportPlan.sparse(
                                2, 2, new int[] {0, 0}, new int[] {1, 1}, new double[] {0.5, 0.5}));
        assertThrows(
                IndexOutOfBoundsException.class,
                () -> TransportPlan.sparse(2, 2, new int[] {2}, new int[] {0}, new double[] {1}));
        assertThrows(
                IllegalArgumentException.class,
                () -> TransportPlan.sparse(2, 2, new int[] {0}, new int[] {0}, new double[] {-1}));
        assertThrows(
                IllegalArgumentException.class, () -> d.cost(CostMatrix.of(new double[][] {{1}})));
    }
}
