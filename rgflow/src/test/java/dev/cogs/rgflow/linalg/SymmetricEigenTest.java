package dev.cogs.rgflow.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class SymmetricEigenTest {

    @Test
    void eigenvectorsAreOrthonormalAndDiagonalise() {
        // S V = V diag(λ) and VᵀV = I, checked by plain matrix products, on both the Jacobi (n ≤
        // 12) and the
        // Householder (n = 70) paths
        for (int n : new int[] {1, 2, 5, 12, 70}) {
            Matrix s = MatrixFixtures.randomSpd(n, 100L + n, 0.1);
            SymmetricEigen e = SymmetricEigen.of(s);
            Matrix v = e.vectors();
            assertTrue(
                    v.transpose().multiply(v).isClose(Matrix.identity(n), 1e-12 * n),
                    "orthonormal, n = " + n);
            Matrix lhs = s.multiply(v);
            Matrix rhs = v.multiply(Matrix.diagonal(e.values()));
            assertTrue(lhs.isClose(rhs, 1e-11 * n * s.maxAbs()), "S V = V diag(values), n = " + n);
        }
    }

    @Test
    void diagonalMatrixHasItsEntriesAsEigenvalues() {
        SymmetricEigen e = SymmetricEigen.of(Matrix.diagonal(4, 1, 9));
        assertEquals(1.0, e.values()[0], 0.0);
        assertEquals(4.0, e.values()[1], 0.0);
        assertEquals(9.0, e.values()[2], 0.0);
        assertTrue(e.sqrt().isClose(Matrix.diagonal(2, 1, 3), 1e-15));
    }

    @Test
    void twoByTwoClosedForm() {
        // eigenvalues of [[2,1],[1,2]] are 1 and 3 (closed form)
        SymmetricEigen e = SymmetricEigen.of(Matrix.of(new double[][] {{2, 1}, {1, 2}}));
        assertEquals(1.0, e.minValue(), 1e-15);
        assertEquals(3.0, e.maxValue(), 1e-15);
        assertEquals(Math.log(3), e.logDeterminant(), 1e-15);
    }

    @Test
    void squareRootSquaresBackAndInverseSqrtInverts() {
        qt().withExamples(200)
                .forAll(integers().between(1, 12), integers().all())
                .check(
                        (n, seed) -> {
                            Matrix s = MatrixFixtures.randomSpd(n, seed, 0.1);
                            SymmetricEigen e = SymmetricEigen.of(s);
                            Matrix root = e.sqrt();
                            Matrix inv = e.inverseSqrt();
                            double scale = s.maxAbs();
                            return root.multiply(root).isClose(s, 1e-12 * scale * n)
                                    && inv.multiply(s)
                                            .multiply(inv)
                                            .isClose(Matrix.identity(n), 1e-9 * n);
                        });
    }

    @Test
    void jacobiAndHouseholderAgree() {
        // 70 > JACOBI_LIMIT uses Commons Math; compare with Jacobi on the same matrix via the trace
        // of the root
        Matrix s = MatrixFixtures.randomSpd(70, 7L, 1.0);
        double[] big = SymmetricEigen.of(s).values();
        double trace = 0;
        for (double v : big) {
            trace += v;
        }
        assertEquals(s.trace(), trace, 1e-10 * s.trace());
        Matrix r = SymmetricEigen.of(s).sqrt();
        assertTrue(r.multiply(r).isClose(s, 1e-10 * s.maxAbs()));
    }

    @Test
    void rejectsNonSymmetricNonFiniteAndNegativeRoots() {
        assertThrows(
                IllegalArgumentException.class,
                () -> SymmetricEigen.of(Matrix.of(new double[][] {{1, 2}, {0, 1}})));
        assertThrows(
                IllegalArgumentException.class,
                () -> SymmetricEigen.of(Matrix.of(new double[][] {{Double.NaN, 0}, {0, 1}})));
        assertThrows(
                ArithmeticException.class, () -> SymmetricEigen.of(Matrix.diagonal(-1, 1)).sqrt());
        assertThrows(
                ArithmeticException.class,
                () -> SymmetricEigen.of(Matrix.diagonal(0, 1)).inverseSqrt());
    }

    @Test
    void eigenvaluesOfRandomSpdArePositiveAndSumToTrace() {
        qt().withExamples(100)
                .forAll(integers().between(1, 10), integers().all(), doubles().between(0.01, 2))
                .check(
                        (n, seed, shift) -> {
                            Matrix s = MatrixFixtures.randomSpd(n, seed, shift);
                            double[] v = SymmetricEigen.of(s).values();
                            double t = 0;
                            for (double x : v) {
                                t += x;
                            }
                            return v[0] > 0 && Math.abs(t - s.trace()) <= 1e-12 * s.trace() * n;
                        });
    }
}
