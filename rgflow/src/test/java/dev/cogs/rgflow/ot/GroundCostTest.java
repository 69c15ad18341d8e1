package dev.cogs.rgflow.ot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import dev.cogs.rgflow.linalg.Matrix;
import org.junit.jupiter.api.Test;

class GroundCostTest {

    @Test
    void euclideanIsTheLengthOfTheDifference() {
        // 3-4-5 triangle, and the 1-D case |x − y|
        assertEquals(
                5.0, GroundCost.euclidean().cost(new double[] {1, 2}, new double[] {4, 6}), 0.0);
        assertEquals(2.5, GroundCost.euclidean().cost(new double[] {-1}, new double[] {1.5}), 0.0);
        // a metric: symmetric, zero on the diagonal, triangle inequality (up to rounding)
        GroundCost e = GroundCost.euclidean();
        qt().withExamples(300)
                .forAll(
                        doubles().between(-10, 10),
                        doubles().between(-10, 10),
                        doubles().between(-10, 10),
                        doubles().between(-10, 10))
                .check(
                        (a, b, c, d) -> {
                            double[] x = {a, b};
                            double[] y = {c, d};
                            double[] z = {b, c};
                            return e.cost(x, y) == e.cost(y, x)
                                    && e.cost(x, x) == 0
                                    && e.cost(x, z) <= e.cost(x, y) + e.cost(y, z) + 1e-12;
                        });
    }

    @Test
    void mahalanobisIsTheQuadraticFormOfTheDifference() {
        // K = I gives the squared Euclidean cost; a diagonal K weights the coordinates
        double[] x = {1.0, -2.0, 0.5};
        double[] y = {0.25, 1.0, 2.0};
        assertEquals(
                GroundCost.squaredEuclidean().cost(x, y),
                GroundCost.mahalanobis(Matrix.identity(3)).cost(x, y),
                1e-15);
        assertEquals(
                2 * 0.75 * 0.75 + 3 * 3.0 * 3.0 + 0.5 * 1.5 * 1.5,
                GroundCost.mahalanobis(Matrix.diagonal(2, 3, 0.5)).cost(x, y),
                1e-14);
        // a full K: (x−y)ᵀK(x−y) written out for d = 2, d = x − y = (2, −1)
        Matrix k = Matrix.of(new double[][] {{2, 0.5}, {0.5, 1}});
        double expected = 2 * 4 + 2 * 0.5 * 2 * -1 + 1 * 1;
        assertEquals(
                expected,
                GroundCost.mahalanobis(k).cost(new double[] {3, 0}, new double[] {1, 1}),
                1e-15);
        // through a cost matrix
        CostMatrix c =
                CostMatrix.between(
                        EmpiricalMeasure.uniform(new double[][] {{3, 0}}),
                        EmpiricalMeasure.uniform(new double[][] {{1, 1}, {3, 0}}),
                        GroundCost.mahalanobis(k));
        assertEquals(expected, c.get(0, 0), 1e-15);
        assertEquals(0.0, c.get(0, 1), 0.0);
    }

    @Test
    void mahalanobisRejectsABadMetric() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> GroundCost.mahalanobis(Matrix.of(new double[][] {{1, 2}, {0, 1}})));
        assertTrue(e.getMessage().contains("symmetric"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> GroundCost.mahalanobis(Matrix.of(new double[][] {{1, 2, 3}, {2, 1, 0}})));
        assertThrows(NullPointerException.class, () -> GroundCost.mahalanobis(null));
    }
}
