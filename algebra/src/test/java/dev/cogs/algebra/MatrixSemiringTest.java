package dev.cogs.algebra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.cogs.testkit.algebra.AlgebraGens;
import dev.cogs.testkit.algebra.SemiringLaws;
import java.util.List;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * n×n matrices over naturals, Booleans and (min, +), through the semiring law suite, and matrix
 * specifics.
 */
class MatrixSemiringTest {

    /** Entries up to 1000: a 3×3 triple product has entries at most 9·10^9, far from overflow. */
    @Nested
    class OverNaturals2x2 implements SemiringLaws<Matrix<Long>> {
        @Override
        public Semiring<Matrix<Long>> semiring() {
            return Semirings.matrices(Semirings.naturals(), 2);
        }

        @Override
        public Gen<Matrix<Long>> elements() {
            return AlgebraGens.matrices(AlgebraGens.naturals(1000), 2);
        }

        @Override
        public int examples() {
            return 300;
        }
    }

    @Nested
    class OverNaturals3x3 implements SemiringLaws<Matrix<Long>> {
        @Override
        public Semiring<Matrix<Long>> semiring() {
            return Semirings.matrices(Semirings.naturals(), 3);
        }

        @Override
        public Gen<Matrix<Long>> elements() {
            return AlgebraGens.matrices(AlgebraGens.naturals(1000), 3);
        }

        @Override
        public int examples() {
            return 300;
        }
    }

    @Nested
    class OverBooleans3x3 implements SemiringLaws<Matrix<Boolean>> {
        @Override
        public Semiring<Matrix<Boolean>> semiring() {
            return Semirings.matrices(Semirings.booleans(), 3);
        }

        @Override
        public Gen<Matrix<Boolean>> elements() {
            return AlgebraGens.matrices(AlgebraGens.booleans(), 3);
        }

        @Override
        public int examples() {
            return 300;
        }
    }

    /**
     * Entries in [-1e3, 1e3] with ±∞: a triple product entry is a min of sums of three entries (at
     * most 3e3), so re-association changes it by a few ulp(3e3) ≈ 1e-12; the stated 1e-9 absolute
     * leaves a wide margin.
     */
    @Nested
    class OverMinPlus2x2 implements SemiringLaws<Matrix<Double>> {
        @Override
        public Semiring<Matrix<Double>> semiring() {
            return Semirings.matrices(Semirings.minPlus(), 2);
        }

        @Override
        public Gen<Matrix<Double>> elements() {
            return AlgebraGens.matrices(AlgebraGens.tropical(1e3), 2);
        }

        @Override
        public BiPredicate<Matrix<Double>, Matrix<Double>> same() {
            return entrywise(Tolerance.absoluteOrRelative(1e-9, 1e-12));
        }

        @Override
        public int examples() {
            return 300;
        }
    }

    @Nested
    class OverMinPlus3x3 implements SemiringLaws<Matrix<Double>> {
        @Override
        public Semiring<Matrix<Double>> semiring() {
            return Semirings.matrices(Semirings.minPlus(), 3);
        }

        @Override
        public Gen<Matrix<Double>> elements() {
            return AlgebraGens.matrices(AlgebraGens.tropical(1e3), 3);
        }

        @Override
        public BiPredicate<Matrix<Double>, Matrix<Double>> same() {
            return entrywise(Tolerance.absoluteOrRelative(1e-9, 1e-12));
        }

        @Override
        public int examples() {
            return 300;
        }
    }

    static BiPredicate<Matrix<Double>, Matrix<Double>> entrywise(Tolerance t) {
        return (x, y) -> {
            if (x.rows() != y.rows() || x.cols() != y.cols()) {
                return false;
            }
            for (int k = 0; k < x.entries().size(); k++) {
                if (!t.test(x.entries().get(k), y.entries().get(k))) {
                    return false;
                }
            }
            return true;
        };
    }

    @Test
    void matricesAreNotCommutative() {
        MatrixSemiring<Long> m = Semirings.matrices(Semirings.naturals(), 2);
        Matrix<Long> a = m.of(List.of(0L, 1L, 0L, 0L));
        Matrix<Long> b = m.of(List.of(0L, 0L, 1L, 0L));
        assertEquals(m.of(List.of(1L, 0L, 0L, 0L)), m.multiply(a, b));
        assertEquals(m.of(List.of(0L, 0L, 0L, 1L)), m.multiply(b, a));
    }

    @Test
    void powersOfThePathGraphCountWalks() {
        // Walks of length k on the path 0 - 1 - 2 (undirected): A^k has closed form; for k = 4 the
        // counts are
        // [[2, 0, 2], [0, 4, 0], [2, 0, 2]] (A^2 = [[1,0,1],[0,2,0],[1,0,1]], and A^4 = (A^2)^2).
        MatrixSemiring<Long> m = Semirings.matrices(Semirings.naturals(), 3);
        Matrix<Long> a = m.of(List.of(0L, 1L, 0L, 1L, 0L, 1L, 0L, 1L, 0L));
        assertEquals(m.of(List.of(2L, 0L, 2L, 0L, 4L, 0L, 2L, 0L, 2L)), m.power(a, 4));
        assertEquals(m.one(), m.power(a, 0));
    }

    @Test
    void powerAgreesWithRepeatedMultiplication() {
        MatrixSemiring<Long> m = Semirings.matrices(Semirings.naturals(), 3);
        qt().withExamples(200)
                .forAll(AlgebraGens.matrices(AlgebraGens.naturals(5), 3), integers().between(0, 9))
                .checkAssert(
                        (a, k) -> {
                            Matrix<Long> p = m.one();
                            for (int i = 0; i < k; i++) {
                                p = m.multiply(p, a);
                            }
                            assertEquals(p, m.power(a, k), () -> a + "^" + k);
                        });
    }

    @Test
    void powerSumOfADagIsTheInverseOfIMinusA() {
        // Hom counts of the free category on a DAG: H = I + A + A^2 + ... = (I - A)^(-1); check (I
        // - A) H = I
        // over the integers (an independent computation) for random strictly upper-triangular A.
        int n = 4;
        MatrixSemiring<Long> nat = Semirings.matrices(Semirings.naturals(), n);
        MatrixSemiring<Long> z = Semirings.matrices(Rings.integers(), n);
        qt().withExamples(200)
                .forAll(AlgebraGens.matrices(AlgebraGens.naturals(3), n))
                .checkAssert(
                        m -> {
                            Matrix<Long> a =
                                    Matrix.tabulate(n, n, (i, j) -> j > i ? m.get(i, j) : 0L);
                            Matrix<Long> h = nat.powerSum(a, n - 1);
                            Matrix<Long> iMinusA =
                                    Matrix.tabulate(
                                            n, n, (i, j) -> (i == j ? 1L : 0L) - a.get(i, j));
                            assertEquals(
                                    z.one(),
                                    z.multiply(iMinusA, h),
                                    () -> "A = " + a + ", H = " + h);
                            assertEquals(
                                    h,
                                    nat.powerSum(a, n + 3)); // nilpotent: higher powers add nothing
                        });
        // Hand-checked: the path 0 -> 1 -> 2 -> 3 has one walk from i to j for every i <= j.
        Matrix<Long> path = Matrix.tabulate(n, n, (i, j) -> j == i + 1 ? 1L : 0L);
        assertEquals(Matrix.tabulate(n, n, (i, j) -> j >= i ? 1L : 0L), nat.powerSum(path, n - 1));
        assertThrows(IllegalArgumentException.class, () -> nat.powerSum(path, -1));
        assertThrows(
                IllegalArgumentException.class,
                () -> nat.powerSum(Matrix.of(1, 1, List.of(1L)), 0));
    }

    @Test
    void booleanPowersAreReachability() {
        // Directed cycle 0 -> 1 -> 2 -> 0: A^3 = I, and I + A + A^2 is all true.
        MatrixSemiring<Boolean> m = Semirings.matrices(Semirings.booleans(), 3);
        Matrix<Boolean> a = Matrix.tabulate(3, 3, (i, j) -> j == (i + 1) % 3);
        assertEquals(m.one(), m.power(a, 3));
        Matrix<Boolean> reach = m.add(m.one(), m.add(a, m.power(a, 2)));
        assertTrue(reach.entries().stream().allMatch(Boolean::booleanValue));
    }

    @Test
    void rectangularProductAndShapeErrorsPrintBothShapes() {
        MatrixSemiring<Long> m = Semirings.matrices(Semirings.naturals(), 2);
        Matrix<Long> a = Matrix.ofRows(List.of(List.of(1L, 2L, 3L))); // 1x3
        Matrix<Long> b = Matrix.ofRows(List.of(List.of(1L), List.of(1L), List.of(2L))); // 3x1
        assertEquals(Matrix.of(1, 1, List.of(9L)), m.product(a, b));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> m.product(a, a));
        assertTrue(
                e.getMessage().contains("1x3") && e.getMessage().contains("3 vs 1"),
                e.getMessage());
        IllegalArgumentException f =
                assertThrows(IllegalArgumentException.class, () -> m.add(a, m.one()));
        assertTrue(
                f.getMessage().contains("1x3") && f.getMessage().contains("2x2"), f.getMessage());
        assertThrows(IllegalArgumentException.class, () -> m.of(List.of(1L, 2L, 3L)));
        assertThrows(IllegalArgumentException.class, () -> m.of(List.of(1L, 2L, 3L, -4L)));
        assertThrows(IllegalArgumentException.class, () -> m.power(m.one(), -1));
        assertThrows(
                IllegalArgumentException.class, () -> Semirings.matrices(Semirings.naturals(), -1));
        assertThrows(
                IllegalArgumentException.class,
                () -> Matrix.ofRows(List.of(List.of(1L, 2L), List.of(3L))));
    }

    @Test
    void matrixIsAnImmutableValue() {
        Matrix<Long> a = Matrix.of(2, 2, List.of(1L, 2L, 3L, 4L));
        assertEquals(Matrix.tabulate(2, 2, (i, j) -> 2L * i + j + 1), a);
        assertNotEquals(a.transpose(), a);
        assertEquals(a, a.transpose().transpose());
        assertEquals("[1, 2; 3, 4]", a.toString());
        assertThrows(UnsupportedOperationException.class, () -> a.entries().set(0, 7L));
        assertThrows(UnsupportedOperationException.class, () -> a.row(1).set(0, 7L));
        assertEquals(List.of(3L, 4L), a.row(1));
        assertEquals(
                Semirings.matrices(Semirings.naturals(), 2),
                Semirings.matrices(Semirings.naturals(), 2));
    }

    @Test
    void baseIsTheEntrySemiringAndEqualMatricesHashAlike() {
        MatrixSemiring<Boolean> m = Semirings.matrices(Semirings.booleans(), 2);
        assertEquals(Semirings.booleans(), m.base());
        assertEquals(Semirings.naturals(), Semirings.matrices(Semirings.naturals(), 3).base());
        Matrix<Long> a = Matrix.of(2, 3, List.of(1L, 2L, 3L, 4L, 5L, 6L));
        Matrix<Long> b = Matrix.ofRows(List.of(List.of(1L, 2L, 3L), List.of(4L, 5L, 6L)));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        // Same entries, other shape: not equal.
        assertNotEquals(a, Matrix.of(3, 2, List.of(1L, 2L, 3L, 4L, 5L, 6L)));
        assertNotEquals(a, a.entries());
    }
}
