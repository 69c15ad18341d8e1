package dev.cogs.algebra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.testkit.algebra.AlgebraGens;
import dev.cogs.testkit.algebra.DoubleCandidates;
import dev.cogs.testkit.algebra.FieldLaws;
import java.util.List;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ComplexFieldTest implements FieldLaws<Complex> {

    /**
     * Parts at most 100, so moduli at most 142. Complex products have |ab| = |a||b| and
     * componentwise error a few 2^-53 |a||b|: associativity of × is within 1e-12 relative to the
     * modulus. Distributivity can cancel: its error is a few 2^-53 |a|(|b| + |c|) ≤
     * 4·1.1e-16·142·284 ≈ 1.8e-11 absolute, below 1e-9.
     */
    private static final Tolerance TOLERANCE = Tolerance.absoluteOrRelative(1e-9, 1e-12);

    @Override
    public Field<Complex> semiring() {
        return Fields.complex();
    }

    @Override
    public Gen<Complex> elements() {
        return AlgebraGens.complex(100);
    }

    @Override
    public BiPredicate<Complex, Complex> same() {
        return TOLERANCE::test;
    }

    /** The reciprocal overflows for moduli below about 1e-308; the generator rarely gets there. */
    @Override
    public boolean invertible(Complex a) {
        return a.abs() > 1e-300;
    }

    @Test
    void cubeRootsOfUnitySumToZero() {
        // ω = e^{2πi/3}: 1 + ω + ω² = 0 and ω³ = 1 (the z_syn identity of arXiv:2410.01779, §5).
        Field<Complex> c = Fields.complex();
        Complex w = Complex.of(-0.5, Math.sqrt(3) / 2);
        Complex w2 = c.multiply(w, w);
        assertTrue(TOLERANCE.test(c.add(c.add(c.one(), w), w2), Complex.ZERO));
        assertTrue(TOLERANCE.test(c.multiply(w2, w), Complex.ONE));
        assertTrue(TOLERANCE.test(c.divide(Complex.ONE, w), w2));
    }

    @Test
    void nonFinitePartsAreRefusedAndOverflowThrows() {
        Field<Complex> c = Fields.complex();
        for (Double x : DoubleCandidates.nonFinite()) {
            assertThrows(
                    IllegalArgumentException.class, () -> c.add(Complex.of(x, 0), Complex.ONE));
            assertThrows(
                    IllegalArgumentException.class,
                    () -> c.multiply(Complex.ONE, Complex.of(0, x)));
        }
        Complex big = Complex.of(Double.MAX_VALUE, Double.MAX_VALUE);
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> c.multiply(big, big));
        assertTrue(e.getMessage().contains("overflows"), e.getMessage());
        assertThrows(ArithmeticException.class, () -> c.reciprocal(Complex.ZERO));
        assertThrows(ArithmeticException.class, () -> c.divide(Complex.ONE, Complex.of(0.0, -0.0)));
    }

    @Test
    void mainCodeFieldCheckerPassesOnSamples() {
        List<Complex> samples =
                List.of(
                        Complex.ZERO,
                        Complex.ONE,
                        Complex.I,
                        Complex.of(-0.5, Math.sqrt(3) / 2),
                        Complex.of(3, -4),
                        Complex.of(1e-3, 2e2));
        assertEquals(List.of(), Laws.fieldFailures(Fields.complex(), samples));
    }

    @Test
    void theStatedToleranceDecidesEquivalence() {
        Complex sum = Complex.of(0.1, 0).add(Complex.of(0.2, 0));
        Complex third = Complex.of(0.3, 0);
        assertTrue(Fields.complex().equivalent(sum, third));
        Field<Complex> exact = Fields.complex(Tolerance.exact());
        assertFalse(exact.equivalent(sum, third));
        assertTrue(exact.equivalent(third, Complex.of(0.3, -0.0)));
        assertTrue(
                Fields.complex(Tolerance.absolute(0.5))
                        .equivalent(Complex.ONE, Complex.of(1.3, 0.3)));
        assertFalse(
                Fields.complex(Tolerance.absolute(0.5))
                        .equivalent(Complex.ONE, Complex.of(1.3, 0.5)));
        assertThrows(NullPointerException.class, () -> Fields.complex(null));
    }
}
