package dev.cogs.nets.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The package's two numerical kernels against commons-math3 3.6.1 on random, non-degenerate
 * problems.
 */
class LinearProgramTest {

    @Test
    void simplexMatchesCommonsMath() {
        qt().withExamples(100)
                .forAll(
                        SourceDSL.integers().between(1, 8),
                        SourceDSL.integers().between(1, 12),
                        SourceDSL.longs().all())
                .checkAssert(
                        (n, m, seed) -> {
                            SplittableRandom r = new SplittableRandom(seed);
                            double[][] a = new double[m + n][n];
                            double[] b = new double[m + n];
                            double[] c = new double[n];
                            List<LinearConstraint> rows = new ArrayList<>();
                            for (int i = 0; i < m + n; i++) {
                                if (i < m) {
                                    for (int j = 0; j < n; j++) {
                                        a[i][j] = 2 * r.nextDouble() - 1;
                                    }
                                    b[i] = 0.1 + r.nextDouble();
                                } else {
                                    a[i][i - m] = 1; // a box keeps the program bounded
                                    b[i] = 1 + r.nextDouble();
                                }
                                rows.add(new LinearConstraint(a[i], Relationship.LEQ, b[i]));
                            }
                            for (int j = 0; j < n; j++) {
                                c[j] = 2 * r.nextDouble() - 1;
                            }
                            LinearProgram.Solution s = LinearProgram.maximise(a, b, c, 10_000);
                            PointValuePair ref =
                                    new SimplexSolver()
                                            .optimize(
                                                    new MaxIter(10_000),
                                                    new LinearObjectiveFunction(c, 0),
                                                    new LinearConstraintSet(rows),
                                                    GoalType.MAXIMIZE,
                                                    new NonNegativeConstraint(true));
                            assertEquals(ref.getValue(), s.value(), 1e-9);
                            double value = 0;
                            for (int j = 0; j < n; j++) {
                                assertTrue(s.x()[j] >= -1e-12);
                                value += c[j] * s.x()[j];
                            }
                            assertEquals(s.value(), value, 1e-9);
                            for (int i = 0; i < m + n; i++) {
                                double lhs = 0;
                                for (int j = 0; j < n; j++) {
                                    lhs += a[i][j] * s.x()[j];
                                }
                                assertTrue(lhs <= b[i] + 1e-9);
                            }
                        });
    }

    @Test
    void unboundedAndInvalidProgramsAreReported() {
        assertThrows(
                ArithmeticException.class,
                () ->
                        LinearProgram.maximise(
                                new double[][] {{1, -1}},
                                new double[] {1},
                                new double[] {0, 1},
                                100));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        LinearProgram.maximise(
                                new double[][] {{1}}, new double[] {-1}, new double[] {1}, 100));
    }

    @Test
    void pivotedQrResidualMatchesCommonsQr() {
        qt().withExamples(100)
                .forAll(
                        SourceDSL.integers().between(1, 6),
                        SourceDSL.integers().between(0, 6),
                        SourceDSL.longs().all())
                .checkAssert(
                        (n, extra, seed) -> {
                            int m = n + extra;
                            SplittableRandom r = new SplittableRandom(seed);
                            double[][] rows = new double[m][n];
                            double[][] cols = new double[n][m];
                            double[] b = new double[m];
                            for (int i = 0; i < m; i++) {
                                b[i] = r.nextDouble() - 0.5;
                                for (int j = 0; j < n; j++) {
                                    rows[i][j] = r.nextDouble() - 0.5;
                                    cols[j][i] = rows[i][j];
                                }
                            }
                            Array2DRowRealMatrix a = new Array2DRowRealMatrix(rows);
                            RealVector t = new ArrayRealVector(b);
                            RealVector res =
                                    t.subtract(
                                            a.operate(new QRDecomposition(a).getSolver().solve(t)));
                            PivotedQr qr = new PivotedQr(cols, 1e-13);
                            assertEquals(n, qr.rank());
                            assertEquals(res.dotProduct(res), qr.residualSquared(b), 1e-10);
                        });
    }

    @Test
    void pivotedQrFindsTheRankOfAProduct() {
        SplittableRandom r = new SplittableRandom(5);
        int m = 9;
        int n = 7;
        int k = 3;
        double[][] left = new double[m][k];
        double[][] right = new double[k][n];
        for (double[] row : left) {
            for (int i = 0; i < k; i++) {
                row[i] = r.nextDouble() - 0.5;
            }
        }
        for (double[] row : right) {
            for (int i = 0; i < n; i++) {
                row[i] = r.nextDouble() - 0.5;
            }
        }
        double[][] cols = new double[n][m];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) {
                for (int s = 0; s < k; s++) {
                    cols[j][i] += left[i][s] * right[s][j];
                }
            }
        }
        double[] inSpan = cols[2].clone();
        PivotedQr qr = new PivotedQr(cols, 1e-12);
        assertEquals(k, qr.rank());
        assertEquals(0.0, qr.residualSquared(inSpan), 1e-25);
    }
}
