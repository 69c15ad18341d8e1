package dev.cogs.algebra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cogs.testkit.algebra.AlgebraGens;
import dev.cogs.testkit.algebra.RingLaws;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class IntegerRingTest implements RingLaws<Long> {

    @Override
    public Ring<Long> semiring() {
        return Rings.integers();
    }

    /**
     * |x| < 2^20, so triple products and sums stay far inside the long range: the laws hold
     * exactly.
     */
    @Override
    public Gen<Long> elements() {
        return AlgebraGens.integersIn((1L << 20) - 1);
    }

    @Test
    void overflowThrowsArithmeticException() {
        Ring<Long> z = Rings.integers();
        assertThrows(ArithmeticException.class, () -> z.negate(Long.MIN_VALUE));
        assertThrows(ArithmeticException.class, () -> z.subtract(Long.MIN_VALUE, 1L));
        assertThrows(ArithmeticException.class, () -> z.multiply(Long.MAX_VALUE, 2L));
        assertThrows(ArithmeticException.class, () -> z.add(Long.MAX_VALUE, 1L));
        assertEquals(-Long.MAX_VALUE, z.negate(Long.MAX_VALUE));
    }

    @Test
    void mainCodeRingCheckerPassesOnSamples() {
        assertEquals(
                List.of(),
                Laws.ringFailures(Rings.integers(), List.of(-3L, -1L, 0L, 1L, 2L, 1000L)));
    }
}
