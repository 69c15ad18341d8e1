package dev.cogs.algebra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FiniteSemiringTest {

    @Test
    void zeroAndOneOfMinPlusAreACopyOfTheBooleans() {
        FiniteSemiring<Double> b =
                FiniteSemiring.of(Semirings.minPlus(), List.of(Double.POSITIVE_INFINITY, 0.0));
        assertEquals(List.of(), Laws.semiringFailures(b, b.elements()));
        assertEquals(
                FiniteMonoid.multiplicative(Semirings.booleans()), FiniteMonoid.multiplicative(b));
        assertEquals(FiniteMonoid.additive(Semirings.booleans()), FiniteMonoid.additive(b));
        // and the isomorphism B -> {+inf, 0} is a homomorphism, checked on the whole carrier
        Homomorphism<Boolean, Double> iso =
                Homomorphism.of(
                        "iso", Semirings.booleans(), b, x -> x ? 0.0 : Double.POSITIVE_INFINITY);
        assertEquals(List.of(), Homomorphisms.failures(iso, Semirings.booleans().elements()));
    }

    @Test
    void viterbiOnHalvesIsNotClosed() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> FiniteSemiring.of(Semirings.maxTimesUnit(), List.of(0.0, 0.5, 1.0)));
        assertTrue(e.getMessage().contains("0.5 * 0.5 = 0.25"), e.getMessage());
    }

    @Test
    void duplicatesAndMissingUnitsAreRefused() {
        IllegalArgumentException dup =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> FiniteSemiring.of(Rings.integersMod(3), List.of(0, 1, 2, 1)));
        assertTrue(dup.getMessage().contains("equivalent"), dup.getMessage());
        IllegalArgumentException noOne =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> FiniteSemiring.of(Semirings.naturals(), List.of(0L)));
        assertTrue(noOne.getMessage().contains("one"), noOne.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> FiniteSemiring.of(Semirings.naturals(), List.of()));
    }

    @Test
    void indexOfUsesTheEquivalenceAndRefusesNonElements() {
        FiniteSemiring<Integer> z5 =
                FiniteSemiring.of(Rings.integersMod(5), List.of(4, 3, 2, 1, 0));
        assertEquals(4, z5.indexOf(0));
        assertEquals(5, z5.size());
        FiniteMonoid m = FiniteMonoid.multiplicative(z5);
        assertEquals(3, m.unit()); // index of 1 in the reversed list
        FiniteSemiring<Double> b =
                FiniteSemiring.of(Semirings.minPlus(), List.of(Double.POSITIVE_INFINITY, 0.0));
        assertEquals(1, b.indexOf(-0.0)); // equivalent to 0.0
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> b.indexOf(3.0));
        assertTrue(e.getMessage().contains("3.0 is not an element"), e.getMessage());
    }
}
