package dev.cogs.algebra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.cogs.testkit.algebra.AlgebraGens;
import dev.cogs.testkit.algebra.HomomorphismLaws;
import dev.cogs.testkit.algebra.SemiringLaws;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Polynomials over naturals and Booleans through the semiring law suite; evaluation as a
 * homomorphism.
 */
class PolynomialSemiringTest {

    /**
     * Coefficients up to 1000, degree at most 4: a triple product's coefficients stay below 1e11.
     */
    @Nested
    class OverNaturals implements SemiringLaws<Polynomial<Long>> {
        @Override
        public Semiring<Polynomial<Long>> semiring() {
            return Semirings.polynomials(Semirings.naturals());
        }

        @Override
        public Gen<Polynomial<Long>> elements() {
            return AlgebraGens.polynomials(Semirings.naturals(), AlgebraGens.naturals(1000), 4);
        }

        @Override
        public int examples() {
            return 400;
        }
    }

    @Nested
    class OverBooleans implements SemiringLaws<Polynomial<Boolean>> {
        @Override
        public Semiring<Polynomial<Boolean>> semiring() {
            return Semirings.polynomials(Semirings.booleans());
        }

        @Override
        public Gen<Polynomial<Boolean>> elements() {
            return AlgebraGens.polynomials(Semirings.booleans(), AlgebraGens.booleans(), 5);
        }

        @Override
        public int examples() {
            return 400;
        }
    }

    /**
     * Evaluation at 3 is a homomorphism N[X] → N (N is commutative); degree ≤ 3 keeps values below
     * 2^63.
     */
    @Nested
    class EvaluationAtThree implements HomomorphismLaws<Polynomial<Long>, Long> {
        private final PolynomialSemiring<Long> ring = Semirings.polynomials(Semirings.naturals());

        @Override
        public Homomorphism<Polynomial<Long>, Long> homomorphism() {
            return Homomorphism.of("ev_3", ring, Semirings.naturals(), p -> ring.evaluate(p, 3L));
        }

        @Override
        public Gen<Polynomial<Long>> sources() {
            return AlgebraGens.polynomials(Semirings.naturals(), AlgebraGens.naturals(1000), 3);
        }

        @Override
        public int examples() {
            return 400;
        }
    }

    @Test
    void trailingZerosAreNormalisedAway() {
        PolynomialSemiring<Long> p = Semirings.polynomials(Semirings.naturals());
        assertEquals(p.of(List.of(1L, 2L)), p.of(List.of(1L, 2L, 0L, 0L)));
        assertEquals(1, p.of(List.of(1L, 2L, 0L)).degree());
        assertEquals(-1, p.zero().degree());
        assertEquals(p.zero(), p.of(List.of(0L, 0L)));
        assertTrue(p.of(List.of(0L)).isZero());
        assertEquals(0L, p.coefficient(p.of(List.of(5L)), 7));
        assertEquals(p.of(List.of(0L, 0L, 4L)), p.monomial(4L, 2));
    }

    @Test
    void productMatchesTheBinomialTheorem() {
        // (1 + X)^5 = Σ C(5, k) X^k = 1 + 5X + 10X^2 + 10X^3 + 5X^4 + X^5 (binomial coefficients).
        PolynomialSemiring<Long> p = Semirings.polynomials(Semirings.naturals());
        Polynomial<Long> onePlusX = p.of(List.of(1L, 1L));
        Polynomial<Long> power = p.one();
        for (int i = 0; i < 5; i++) {
            power = p.multiply(power, onePlusX);
        }
        assertEquals(List.of(1L, 5L, 10L, 10L, 5L, 1L), power.coefficients());
        assertEquals(32L, p.evaluate(power, 1L));
    }

    @Test
    void booleanPolynomialsAreSupportsOfNaturalOnes() {
        // The support map N → B, n ↦ [n ≠ 0], lifts coefficientwise to a homomorphism N[X] → B[X].
        PolynomialSemiring<Long> pn = Semirings.polynomials(Semirings.naturals());
        PolynomialSemiring<Boolean> pb = Semirings.polynomials(Semirings.booleans());
        Homomorphism<Polynomial<Long>, Polynomial<Boolean>> support =
                Homomorphism.of(
                        "supp",
                        pn,
                        pb,
                        q ->
                                pb.of(
                                        q.coefficients().stream()
                                                .map(c -> c != 0)
                                                .collect(java.util.stream.Collectors.toList())));
        qt().withExamples(300)
                .forAll(
                        AlgebraGens.polynomials(Semirings.naturals(), AlgebraGens.naturals(50), 4),
                        AlgebraGens.polynomials(Semirings.naturals(), AlgebraGens.naturals(50), 4))
                .checkAssert(
                        (a, b) ->
                                assertEquals(
                                        List.of(),
                                        Homomorphisms.failures(support, List.of(a, b)),
                                        () -> a + ", " + b));
    }

    @Test
    void badInputIsRefused() {
        PolynomialSemiring<Long> p = Semirings.polynomials(Semirings.naturals());
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> p.of(List.of(1L, -2L)));
        assertTrue(e.getMessage().contains("-2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> p.monomial(1L, -1));
        assertThrows(IllegalArgumentException.class, () -> p.coefficient(p.one(), -1));
        assertThrows(IllegalArgumentException.class, () -> p.evaluate(p.one(), -1L));
        assertThrows(NullPointerException.class, () -> p.of(java.util.Arrays.asList(1L, null)));
        assertEquals("(1) + (2)X + (3)X^2", p.of(List.of(1L, 2L, 3L)).toString());
    }

    @Test
    void baseIsTheCoefficientSemiringAndEqualPolynomialsHashAlike() {
        assertEquals(Semirings.naturals(), Semirings.polynomials(Semirings.naturals()).base());
        assertEquals(Semirings.booleans(), Semirings.polynomials(Semirings.booleans()).base());
        PolynomialSemiring<Long> p = Semirings.polynomials(Semirings.naturals());
        Polynomial<Long> a = p.of(List.of(1L, 2L, 0L));
        Polynomial<Long> b = p.of(List.of(1L, 2L));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertTrue(
                !a.equals(p.of(List.of(2L, 1L))) && !a.equals(List.of(1L, 2L)),
                "coefficient order matters");
        assertEquals("0", p.zero().toString());
    }
}
