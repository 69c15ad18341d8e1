package dev.cogs.algebra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.testkit.algebra.AlgebraGens;
import dev.cogs.testkit.algebra.FieldLaws;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PrimeFieldTest implements FieldLaws<Integer> {

    @Override
    public Field<Integer> semiring() {
        return Fields.integersModPrime(101);
    }

    @Override
    public Gen<Integer> elements() {
        return AlgebraGens.residues(101);
    }

    @Test
    void smallPrimeFieldsPassExhaustively() {
        for (int p : new int[] {2, 3, 5, 7, 11, 13}) {
            FiniteField<Integer> f = Fields.integersModPrime(p);
            assertEquals(List.of(), Laws.fieldFailures(f, f.elements()), "F_" + p);
        }
    }

    @Test
    void compositeModuliAreRefusedAndHaveNoInverseOfAZeroDivisor() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Fields.integersModPrime(91));
        assertTrue(e.getMessage().contains("91"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Fields.integersModPrime(1));
        // In Z_6, 2 has no inverse: no x with 2x = 1 (why Z_6 is only a ring).
        FiniteRing<Integer> z6 = Rings.integersMod(6);
        assertTrue(z6.elements().stream().noneMatch(x -> z6.multiply(2, x) == 1));
    }

    @Test
    void reciprocalNearTheIntRange() {
        int p = Integer.MAX_VALUE; // the Mersenne prime 2^31 - 1
        FiniteField<Integer> f = Fields.integersModPrime(p);
        for (int a : new int[] {2, 3, p - 1, 123_456_789}) {
            assertEquals(1, (int) f.multiply(a, f.reciprocal(a)), () -> "a = " + a);
        }
        assertEquals((int) ((p + 1L) / 2), (int) f.reciprocal(2)); // 2 * (p + 1)/2 = p + 1 = 1
    }
}
