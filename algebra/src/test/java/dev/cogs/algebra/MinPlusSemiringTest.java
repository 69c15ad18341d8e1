package dev.cogs.algebra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.testkit.algebra.AlgebraGens;
import dev.cogs.testkit.algebra.DoubleCandidates;
import dev.cogs.testkit.algebra.SemiringLaws;
import java.util.List;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class MinPlusSemiringTest implements SemiringLaws<Double> {

    /**
     * Operands are at most 1e6 in magnitude, so every intermediate sum is at most 3e6, whose
     * half-ulp is 2.3e-10; re-associating a + b + c or distributing changes the result by at most
     * two such roundings per side, below 1e-9 absolute even when the result cancels to near 0; min
     * itself is exact.
     */
    private static final Tolerance TOLERANCE = Tolerance.absoluteOrRelative(1e-9, 1e-12);

    @Override
    public Semiring<Double> semiring() {
        return Semirings.minPlus();
    }

    @Override
    public Gen<Double> elements() {
        return AlgebraGens.tropical(1e6);
    }

    @Override
    public BiPredicate<Double, Double> same() {
        return TOLERANCE::test;
    }

    @Test
    void zeroIsPlusInfinityAndAbsorbsMinusInfinity() {
        Semiring<Double> s = Semirings.minPlus();
        assertEquals(Double.POSITIVE_INFINITY, s.zero());
        assertEquals(0.0, s.one());
        assertEquals(
                Double.POSITIVE_INFINITY,
                s.multiply(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        assertEquals(
                Double.POSITIVE_INFINITY,
                s.multiply(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        assertEquals(Double.NEGATIVE_INFINITY, s.multiply(Double.NEGATIVE_INFINITY, 5.0));
        assertEquals(Double.NEGATIVE_INFINITY, s.add(Double.NEGATIVE_INFINITY, 5.0));
    }

    @Test
    void nanIsRefusedByEveryOperation() {
        Semiring<Double> s = Semirings.minPlus();
        for (Double x : DoubleCandidates.ALL) {
            if (Double.isNaN(x)) {
                IllegalArgumentException e =
                        assertThrows(IllegalArgumentException.class, () -> s.add(1.0, x));
                assertTrue(e.getMessage().contains("NaN"), e.getMessage());
                assertThrows(IllegalArgumentException.class, () -> s.multiply(x, 1.0));
                assertThrows(IllegalArgumentException.class, () -> s.equivalent(x, x));
                assertThrows(IllegalArgumentException.class, () -> s.isZero(x));
            } else {
                // every other candidate is an element: identities hold exactly
                assertTrue(s.equivalent(s.add(s.zero(), x), x), () -> "0 + " + x);
                assertTrue(s.equivalent(s.multiply(s.one(), x), x), () -> "1 * " + x);
                assertTrue(s.isZero(s.multiply(s.zero(), x)), () -> "0 * " + x);
            }
        }
    }

    @Test
    void mainCodeCheckerPassesOnCandidatesAndFiniteValues() {
        List<Double> samples =
                List.of(
                        Double.POSITIVE_INFINITY,
                        Double.NEGATIVE_INFINITY,
                        0.0,
                        -0.0,
                        1.5,
                        -2.25,
                        Double.MIN_VALUE,
                        1e6);
        assertEquals(List.of(), Laws.semiringFailures(Semirings.minPlus(), samples));
        assertEquals(List.of(), Laws.idempotenceFailures(Semirings.minPlus(), samples));
    }

    @Test
    void matrixPowersGiveShortestPathsAsFloydWarshall() {
        // Independent check: (I + A)^(n-1) over (min, +) against Floyd–Warshall on the same
        // weighted digraph.
        double inf = Double.POSITIVE_INFINITY;
        double[][] w = {
            {0, 3, inf, 7, inf},
            {8, 0, 2, inf, inf},
            {5, inf, 0, 1, 9},
            {2, inf, inf, 0, 4},
            {inf, 1.5, inf, inf, 0}
        };
        int n = w.length;
        MatrixSemiring<Double> m = Semirings.matrices(Semirings.minPlus(), n);
        Matrix<Double> a = Matrix.tabulate(n, n, (i, j) -> w[i][j]);
        Matrix<Double> closure = m.power(m.add(m.one(), a), n - 1);
        double[][] d = new double[n][];
        for (int i = 0; i < n; i++) {
            d[i] = w[i].clone();
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    d[i][j] = Math.min(d[i][j], d[i][k] + d[k][j]);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(d[i][j], closure.get(i, j), "d(" + i + ", " + j + ")");
            }
        }
        // Hand-checked entry: 0 -> 1 -> 2 -> 3 -> 4 costs 3 + 2 + 1 + 4 = 10.
        assertEquals(10.0, closure.get(0, 4));
    }

    @Test
    void statedToleranceIsCarried() {
        Semiring<Double> exact = Semirings.minPlus(Tolerance.exact());
        assertFalse(exact.equivalent(1.0, Math.nextUp(1.0)));
        assertTrue(Semirings.minPlus().equivalent(1.0, Math.nextUp(1.0)));
        assertEquals(Semirings.minPlus(Tolerance.exact()), exact);
    }
}
