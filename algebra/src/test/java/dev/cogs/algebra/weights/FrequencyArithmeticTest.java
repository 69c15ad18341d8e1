package dev.cogs.algebra.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cogs.algebra.group.CharacterGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The three ways of adding frequencies agree with CharacterGroup's own arithmetic
 * (docs/cogs-math.md §14.1).
 */
class FrequencyArithmeticTest {

    @Test
    void tableDigitsAndCyclicAgreeWithTheCharacterGroup() {
        for (String name : List.of("Z7", "Z3xZ5", "Z2xZ6", "Z4xZ4", "Z3xZ3xZ3", "Z2xZ2xZ2")) {
            CharacterGroup ch = AbelianGenerators.characters(name);
            FrequencyArithmetic table = FrequencyArithmetic.of(ch);
            FrequencyArithmetic digits = FrequencyArithmetic.of(ch, 0);
            int n = ch.size();
            assertEquals(n, table.size());
            for (int a = 0; a < n; a++) {
                assertEquals(ch.conjugate(a), table.negate(a), name);
                assertEquals(ch.conjugate(a), digits.negate(a), name);
                for (int b = 0; b < n; b++) {
                    assertEquals(ch.multiply(a, b), table.add(a, b), name);
                    assertEquals(ch.multiply(a, b), digits.add(a, b), name);
                    assertEquals(ch.multiply(a, ch.conjugate(b)), digits.subtract(a, b), name);
                }
            }
        }
        // Z_d: residues mod d, and the standard characters of Z_d have the same arithmetic
        FrequencyArithmetic z9 = FrequencyArithmetic.cyclic(9);
        CharacterGroup c9 = AbelianGenerators.characters("Z9");
        for (int a = 0; a < 9; a++) {
            assertEquals((9 - a) % 9, z9.negate(a));
            for (int b = 0; b < 9; b++) {
                assertEquals((a + b) % 9, z9.add(a, b));
                assertEquals(c9.multiply(a, b), z9.add(a, b));
            }
        }
    }
}
