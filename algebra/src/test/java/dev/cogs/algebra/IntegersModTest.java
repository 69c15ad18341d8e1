package dev.cogs.algebra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.testkit.algebra.AlgebraGens;
import dev.cogs.testkit.algebra.RingLaws;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Z_12 (with zero divisors) through the law suite, and every Z_n for n ≤ 12 exhaustively. */
class IntegersModTest implements RingLaws<Integer> {

    private static final int N = 12;

    @Override
    public Ring<Integer> semiring() {
        return Rings.integersMod(N);
    }

    @Override
    public Gen<Integer> elements() {
        return AlgebraGens.residues(N);
    }

    @Test
    void everySmallModulusIsACommutativeRingOnItsWholeCarrier() {
        for (int n = 1; n <= 12; n++) {
            FiniteRing<Integer> r = Rings.integersMod(n);
            assertEquals(n, r.size());
            assertEquals(List.of(), Laws.ringFailures(r, r.elements()), "Z_" + n);
            assertEquals(List.of(), Laws.commutativityFailures(r, r.elements()), "Z_" + n);
        }
    }

    @Test
    void largeModulusComputesWithoutIntOverflow() {
        int p = Integer.MAX_VALUE; // 2^31 - 1 is prime
        FiniteRing<Integer> r = Rings.integersMod(p);
        assertEquals(1, (int) r.multiply(p - 1, p - 1)); // (-1)(-1) = 1
        assertEquals(p - 2, (int) r.add(p - 1, p - 1)); // (-1) + (-1) = -2
        assertEquals(List.of(), Laws.ringFailures(r, List.of(0, 1, p - 1, p / 2, 12345)));
    }

    @Test
    void outOfRangeResiduesAreRefusedNamingTheValue() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Rings.integersMod(5).add(7, 1));
        assertTrue(e.getMessage().contains("7") && e.getMessage().contains("Z_5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Rings.integersMod(5).negate(-1));
        assertThrows(IllegalArgumentException.class, () -> Rings.integersMod(0));
    }

    @Test
    void multiplicativeMonoidMatchesTabulationAndIsAGroupOnlyForTheZeroRing() {
        for (int n = 1; n <= 7; n++) {
            FiniteRing<Integer> r = Rings.integersMod(n);
            FiniteMonoid m = FiniteMonoid.multiplicative(r);
            FiniteMonoid t =
                    FiniteMonoid.tabulate(r.elements(), (a, b) -> (a * b) % r.size(), 1 % r.size());
            assertEquals(t, m, "Z_" + r.size());
            assertEquals(n == 1, m.isGroup(), "Z_" + n);
            assertTrue(m.isCommutative());
            assertEquals(FiniteMonoid.cyclicGroup(n), FiniteMonoid.additive(r));
        }
        // units of Z_12 are 1, 5, 7, 11, each its own inverse
        FiniteMonoid m12 = FiniteMonoid.multiplicative(Rings.integersMod(12));
        for (int u : new int[] {1, 5, 7, 11}) {
            assertEquals(u, m12.inverse(u).getAsInt());
        }
        assertFalse(m12.inverse(2).isPresent());
    }

    @Test
    void structuresAreValues() {
        assertEquals(Rings.integersMod(5), Rings.integersMod(5));
        assertNotEquals(Rings.integersMod(5), Rings.integersMod(6));
        assertEquals(List.of(0, 1, 2), Rings.integersMod(3).elements());
    }
}
