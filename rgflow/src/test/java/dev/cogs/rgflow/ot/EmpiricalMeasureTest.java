package dev.cogs.rgflow.ot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EmpiricalMeasureTest {

    private static final double[][] X = {{0, 1}, {2, -1}, {1, 1}};

    @Test
    void normalizedDividesTheWeightsByTheMass() {
        EmpiricalMeasure mu = EmpiricalMeasure.of(X, new double[] {1, 3, 4});
        EmpiricalMeasure n = mu.normalized();
        assertEquals(8.0, mu.mass(), 0.0);
        assertEquals(1.0, n.mass(), 1e-15);
        assertArrayEquals(new double[] {0.125, 0.375, 0.5}, n.weights(), 0.0);
        for (int i = 0; i < X.length; i++) {
            assertArrayEquals(X[i], n.point(i), 0.0);
        }
    }

    @Test
    void pushForwardMovesThePointsAndKeepsTheWeights() {
        EmpiricalMeasure mu = EmpiricalMeasure.of(X, new double[] {1, 3, 4});
        EmpiricalMeasure shifted = mu.pushForward(p -> new double[] {p[0] + 2, p[1] - 1});
        assertArrayEquals(mu.weights(), shifted.weights(), 0.0);
        assertArrayEquals(new double[] {4, -2}, shifted.point(1), 0.0);
        // a translation by s moves every unit of mass by |s|: W₂² = |s|² = 5 (exact OT, independent
        // of the map)
        ExactOtResult r =
                ExactOt.networkSimplex()
                        .solve(
                                mu.normalized(),
                                shifted.normalized(),
                                GroundCost.squaredEuclidean());
        assertEquals(5.0, r.cost(), 1e-12);
        // the map may change the dimension; it must return finite points
        assertEquals(1, mu.pushForward(p -> new double[] {p[0] + p[1]}).dimension());
        assertThrows(
                IllegalArgumentException.class,
                () -> mu.pushForward(p -> new double[] {Double.NaN, 0}));
    }
}
