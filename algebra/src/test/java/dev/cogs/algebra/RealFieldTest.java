package dev.cogs.algebra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.testkit.algebra.AlgebraGens;
import dev.cogs.testkit.algebra.DoubleCandidates;
import dev.cogs.testkit.algebra.FieldLaws;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class RealFieldTest implements FieldLaws<Double> {

    /**
     * Operands at most 1e3: the worst law is distributivity, whose two sides differ by at most
     * ulp(2e3)/2·1e3 + 2·ulp(2e6)/2 + 2·ulp(1e6)/2 ≈ 6.9e-10 (b + c rounded, then scaled; products
     * and their sum rounded), below 1e-9 absolute even when the result cancels; products without
     * cancellation are within a few 2^-53 relative, below 1e-12.
     */
    private static final Tolerance TOLERANCE = Tolerance.absoluteOrRelative(1e-9, 1e-12);

    @Override
    public Field<Double> semiring() {
        return Fields.reals();
    }

    @Override
    public Gen<Double> elements() {
        // the finite candidates except ±MAX_VALUE (whose products overflow, which the field
        // refuses)
        List<Double> small =
                DoubleCandidates.finite().stream()
                        .filter(x -> Math.abs(x) < 1.0)
                        .collect(Collectors.toList());
        return AlgebraGens.doublesIn(-1e3, 1e3).mix(Generate.pick(small), 5);
    }

    @Override
    public BiPredicate<Double, Double> same() {
        return TOLERANCE::test;
    }

    /**
     * Below about 5.6e-309 the reciprocal overflows, which the field refuses with
     * ArithmeticException.
     */
    @Override
    public boolean invertible(Double a) {
        return Math.abs(a) > 1e-300;
    }

    @Test
    void nonFiniteValuesAreRefusedAndOverflowThrows() {
        Field<Double> r = Fields.reals();
        for (Double x : DoubleCandidates.nonFinite()) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> r.add(x, 1.0));
            assertTrue(e.getMessage().contains(String.valueOf(x)), e.getMessage());
        }
        assertThrows(ArithmeticException.class, () -> r.multiply(Double.MAX_VALUE, 2.0));
        assertThrows(ArithmeticException.class, () -> r.add(Double.MAX_VALUE, Double.MAX_VALUE));
        assertThrows(ArithmeticException.class, () -> r.reciprocal(Double.MIN_VALUE));
        assertThrows(ArithmeticException.class, () -> r.divide(1.0, -0.0));
        assertEquals(
                0.0,
                r.multiply(Double.MIN_VALUE, 0.5)); // underflow to 0 is silent, 0 is an element
    }

    @Test
    void mainCodeFieldCheckerPassesOnSamples() {
        List<Double> samples =
                List.of(0.0, -0.0, 1.0, -1.0, 0.1, 1.0 / 3, 123.456, -999.9, Double.MIN_NORMAL);
        assertEquals(List.of(), Laws.fieldFailures(Fields.reals(), samples));
    }

    @Test
    void theStatedToleranceDecidesEquivalence() {
        // 0.1 + 0.2 = 0.30000000000000004, one ulp above 0.3: equivalent by default, not under
        // exact().
        double sum = 0.1 + 0.2;
        assertTrue(Fields.reals().equivalent(sum, 0.3));
        Field<Double> exact = Fields.reals(Tolerance.exact());
        assertTrue(
                !exact.equivalent(sum, 0.3)
                        && exact.equivalent(0.3, 0.3)
                        && exact.equivalent(0.0, -0.0));
        assertTrue(Fields.reals(Tolerance.absolute(0.5)).equivalent(1.0, 1.4));
        // The tolerance changes nothing else: same arithmetic as the default instance.
        assertEquals(Fields.reals().multiply(3.0, 0.1), exact.multiply(3.0, 0.1));
        assertThrows(NullPointerException.class, () -> Fields.reals(null));
    }
}
