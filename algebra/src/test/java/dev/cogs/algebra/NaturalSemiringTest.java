package dev.cogs.algebra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.testkit.algebra.AlgebraGens;
import dev.cogs.testkit.algebra.SemiringLaws;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class NaturalSemiringTest implements SemiringLaws<Long> {

    @Override
    public Semiring<Long> semiring() {
        return Semirings.naturals();
    }

    /**
     * Below 2^21 so that a triple product (at most 2^63 - 1) never overflows: the laws hold
     * exactly.
     */
    @Override
    public Gen<Long> elements() {
        return AlgebraGens.naturals((1L << 21) - 1);
    }

    @Test
    void overflowThrowsArithmeticExceptionInsteadOfWrapping() {
        Semiring<Long> n = Semirings.naturals();
        assertThrows(ArithmeticException.class, () -> n.add(Long.MAX_VALUE, 1L));
        assertThrows(ArithmeticException.class, () -> n.multiply(1L << 32, 1L << 31));
        assertEquals(Long.MAX_VALUE, n.add(Long.MAX_VALUE, 0L));
        assertEquals(1L << 62, n.multiply(1L << 31, 1L << 31));
    }

    @Test
    void negativeValuesAreRefusedNamingTheValue() {
        Semiring<Long> n = Semirings.naturals();
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> n.add(3L, -7L));
        assertTrue(e.getMessage().contains("-7"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> n.multiply(-1L, 0L));
        assertThrows(IllegalArgumentException.class, () -> n.equivalent(-1L, -1L));
    }

    @Test
    void notIdempotentWithWitnessOne() {
        List<LawFailure<Long>> failures =
                Laws.idempotenceFailures(Semirings.naturals(), List.of(0L, 1L));
        assertEquals(List.of(new LawFailure<>(Law.ADD_IDEMPOTENT, List.of(1L), 2L, 1L)), failures);
    }
}
