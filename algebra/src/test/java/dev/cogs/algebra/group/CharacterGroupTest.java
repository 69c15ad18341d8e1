package dev.cogs.algebra.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CharacterGroupTest {

    /**
     * The library reduces the angle to [0, pi] before cos/sin, the closed form below does not; the
     * two differ by the rounding of 2 pi r / n (at most ulp(2 pi) = 8.9e-16) plus one rounding of
     * cos/sin each.
     */
    private static final double VALUE_TOLERANCE = 2e-15;

    @Test
    void cyclicCharactersAreTheClosedForm() {
        for (int n = 1; n <= 30; n++) {
            CharacterGroup c = CharacterGroup.of(FiniteGroups.cyclic(n));
            assertEquals(n, c.size());
            for (int k = 0; k < n; k++) {
                for (int g = 0; g < n; g++) {
                    double angle = 2 * Math.PI * ((long) k * g % n) / n;
                    assertEquals(Math.cos(angle), c.re(k, g), VALUE_TOLERANCE);
                    assertEquals(Math.sin(angle), c.im(k, g), VALUE_TOLERANCE);
                }
            }
        }
        CharacterGroup z4 = CharacterGroup.of(FiniteGroups.cyclic(4));
        assertEquals(0.0, z4.re(1, 1)); // exact at quarter turns
        assertEquals(1.0, z4.im(1, 1));
        assertEquals(-1.0, z4.re(2, 1));
    }

    /**
     * chi_k(xy) = chi_k(x) chi_k(y) and chi_{k+l} = chi_k chi_l, exactly on the phases, on random
     * triples.
     */
    @Test
    void charactersAreHomomorphismsInBothArguments() {
        qt().withExamples(200)
                .forAll(GroupGens.smallAbelianGroups(), longs().all())
                .check(
                        (g, seed) -> {
                            CharacterGroup c = CharacterGroup.of(g);
                            SplittableRandom random = new SplittableRandom(seed);
                            int n = g.order();
                            int modulus = c.exponent();
                            for (int trial = 0; trial < 50; trial++) {
                                int k = random.nextInt(n);
                                int l = random.nextInt(n);
                                int x = random.nextInt(n);
                                int y = random.nextInt(n);
                                if (c.phase(k, g.multiply(x, y))
                                                != (c.phase(k, x) + c.phase(k, y)) % modulus
                                        || c.phase(c.multiply(k, l), x)
                                                != (c.phase(k, x) + c.phase(l, x)) % modulus) {
                                    return false;
                                }
                            }
                            return true;
                        });
    }

    @Test
    void conjugationAndOrderTwo() {
        qt().withExamples(30)
                .forAll(GroupGens.smallAbelianGroups())
                .check(
                        g -> {
                            CharacterGroup c = CharacterGroup.of(g);
                            int n = g.order();
                            int elementsOfOrderTwo = 0;
                            for (int x = 0; x < n; x++) {
                                if (g.elementOrder(x) == 2) {
                                    elementsOfOrderTwo++;
                                }
                            }
                            if (c.ofOrderTwo().size() != elementsOfOrderTwo) {
                                return false;
                            }
                            for (int k = 0; k < n; k++) {
                                int conj = c.conjugate(k);
                                boolean real = true;
                                for (int x = 0; x < n; x++) {
                                    if (Math.abs(c.re(conj, x) - c.re(k, x)) > VALUE_TOLERANCE
                                            || Math.abs(c.im(conj, x) + c.im(k, x))
                                                    > VALUE_TOLERANCE) {
                                        return false;
                                    }
                                    real &= Math.abs(c.im(k, x)) <= VALUE_TOLERANCE;
                                }
                                if (c.multiply(k, conj) != 0
                                        || c.isSelfConjugate(k) != real
                                        || c.isSelfConjugate(k) != (c.order(k) <= 2)) {
                                    return false;
                                }
                            }
                            return true;
                        });
    }

    @Test
    void coordinatesIndexTheCharacters() {
        CharacterGroup c = CharacterGroup.of(FiniteGroups.parse("Z2xZ4"));
        assertEquals(List.of(2, 4), c.decomposition().invariantFactors());
        assertEquals(4, c.exponent());
        for (int chi = 0; chi < c.size(); chi++) {
            assertEquals(chi, c.character(c.coordinates(chi)));
        }
        assertArrayEquals(new int[] {1, 3}, c.coordinates(c.character(1, -1)));
        // chi_(1,1) has order lcm(2, 4) = 4; chi_(1,2) has order 2 and is real; chi_(0,2) too
        assertEquals(4, c.order(c.character(1, 1)));
        assertEquals(
                List.of(c.character(0, 2), c.character(1, 0), c.character(1, 2)), c.ofOrderTwo());
        assertTrue(c.isSelfConjugate(0));
        assertFalse(c.isSelfConjugate(c.character(0, 1)));
        assertThrows(IllegalArgumentException.class, () -> c.character(1));
        assertThrows(
                IllegalArgumentException.class, () -> CharacterGroup.of(FiniteGroups.quaternion()));
    }

    /**
     * Orthogonality: (1/|G|) sum_g chi(g) conj(psi(g)) = delta; 1e-13 allows |G| roundings of size
     * 1e-16.
     */
    @Test
    void orthogonality() {
        CharacterGroup c = CharacterGroup.of(FiniteGroups.parse("Z3xZ6"));
        int n = c.size();
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double re = 0;
                double im = 0;
                for (int g = 0; g < n; g++) {
                    re += c.re(a, g) * c.re(b, g) + c.im(a, g) * c.im(b, g);
                    im += c.im(a, g) * c.re(b, g) - c.re(a, g) * c.im(b, g);
                }
                assertEquals(a == b ? 1.0 : 0.0, re / n, 1e-13);
                assertEquals(0.0, im / n, 1e-13);
            }
        }
    }
}
