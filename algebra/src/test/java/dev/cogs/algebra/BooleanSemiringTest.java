package dev.cogs.algebra;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.testkit.algebra.AlgebraGens;
import dev.cogs.testkit.algebra.SemiringLaws;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class BooleanSemiringTest implements SemiringLaws<Boolean> {

    @Override
    public Semiring<Boolean> semiring() {
        return Semirings.booleans();
    }

    @Override
    public Gen<Boolean> elements() {
        return AlgebraGens.booleans();
    }

    @Test
    void exhaustiveLawCheckOnTheWholeCarrierFindsNothing() {
        FiniteSemiring<Boolean> b = Semirings.booleans();
        assertEquals(List.of(false, true), b.elements());
        assertEquals(List.of(), Laws.semiringFailures(b, b.elements()));
        assertEquals(List.of(), Laws.commutativityFailures(b, b.elements()));
        assertEquals(List.of(), Laws.idempotenceFailures(b, b.elements()));
    }

    @Test
    void multiplicativeMonoidIsAndWithUnitTrue() {
        FiniteMonoid m = FiniteMonoid.multiplicative(Semirings.booleans());
        assertArrayEquals(new int[][] {{0, 0}, {0, 1}}, m.table());
        assertEquals(1, m.unit());
        FiniteMonoid a = FiniteMonoid.additive(Semirings.booleans());
        assertArrayEquals(new int[][] {{0, 1}, {1, 1}}, a.table());
        assertEquals(0, a.unit());
    }

    @Test
    void indexOfAndNulls() {
        assertEquals(1, Semirings.booleans().indexOf(true));
        assertEquals(0, Semirings.booleans().indexOf(false));
        assertThrows(NullPointerException.class, () -> Semirings.booleans().add(null, true));
        assertTrue(Semirings.booleans().isZero(false));
    }
}
