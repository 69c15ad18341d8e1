package dev.cogs.algebra.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.group.CharacterGroup;
import dev.cogs.testkit.weights.WeightGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The grouped potentials R_p(μ, χ) over finite abelian groups (docs/cogs-math.md §14.2). */
class AbelianGroupedPotentialTest {

    @Test
    void isTheConvolutionOverTheCharacterGroup() {
        // naive: Σ_j C_χj Σ_κ A_κj A_{μκ̄, j} with the character product of CharacterGroup (1e-13:
        // sums of ~n·q
        // products of values below 1)
        qt().withExamples(60)
                .forAll(
                        AbelianGenerators.smallCharacters()
                                .flatMap(ch -> AbelianGenerators.net(ch, 3)),
                        integers().between(0, 1000),
                        integers().between(0, 1000))
                .check(
                        (z, mu, chi) -> {
                            CharacterGroup ch = z.characters();
                            int m = mu % ch.size();
                            int k = chi % ch.size();
                            Complex naive = Complex.ZERO;
                            for (int j = 0; j < z.order(); j++) {
                                Complex conv = Complex.ZERO;
                                for (int kappa = 0; kappa < ch.size(); kappa++) {
                                    conv =
                                            conv.add(
                                                    z.coefficient(Part.B, kappa, j)
                                                            .multiply(
                                                                    z.coefficient(
                                                                            Part.B,
                                                                            ch.multiply(
                                                                                    m,
                                                                                    ch.conjugate(
                                                                                            kappa)),
                                                                            j)));
                                }
                                naive = naive.add(conv.multiply(z.coefficient(Part.C, k, j)));
                            }
                            return AbelianSumPotentials.grouped(Part.B, ch, m, k)
                                            .valueAt(z)
                                            .subtract(naive)
                                            .abs()
                                    < 1e-13;
                        });
    }

    @Test
    void additiveButNotMultiplicative() {
        CharacterGroup ch = AbelianGenerators.characters("Z3xZ5");
        AbelianWeightSemiring ring = AbelianWeightSemiring.over(ch);
        AbelianGroupedPotential r = AbelianSumPotentials.grouped(Part.A, ch, 3, 4);
        // R(1) = n (§4.3 over G), R(0) = 0
        assertEquals(Complex.of(15, 0), r.valueAt(ring.one()));
        assertEquals(Complex.ZERO, r.valueAt(ring.zero()));
        GroupNet x = AbelianConstructions.f6(ch, Complex.I);
        GroupNet y = AbelianConstructions.f4(ch, Complex.ONE);
        assertTrue(
                r.valueAt(ring.add(x, y)).subtract(r.valueAt(x).add(r.valueAt(y))).abs() < 1e-15);
        assertEquals("R_a(3,4)", r.toString());
    }

    @Test
    void overZdItIsTheZdGroupedPotential() {
        qt().withExamples(40)
                .forAll(
                        WeightGenerators.oddD().flatMap(d -> WeightGenerators.net(d, 3)),
                        integers().between(0, 100))
                .checkAssert(
                        (z, m) -> {
                            int d = z.d();
                            GroupNet g = GroupNet.fromCyclic(z);
                            assertEquals(
                                    SumPotentials.grouped(Part.A, d, m % d, (m + 1) % d).valueAt(z),
                                    AbelianSumPotentials.grouped(
                                                    Part.A, g.characters(), m % d, (m + 1) % d)
                                            .valueAt(g));
                        });
    }

    @Test
    void badArgumentsAreRefused() {
        CharacterGroup ch = AbelianGenerators.characters("Z6");
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> AbelianSumPotentials.grouped(Part.C, ch, 1, 1));
        assertTrue(e.getMessage().contains("part (C)"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> AbelianSumPotentials.grouped(Part.A, ch, 6, 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> AbelianSumPotentials.ppc(Part.C, ch, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> AbelianSumPotentials.abc(ch, 1, 1, -1));
        assertThrows(IllegalArgumentException.class, () -> new AbelianSumPotential(ch, List.of()));
        GroupNet other = GroupNet.one(AbelianGenerators.characters("Z7"));
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> AbelianSumPotentials.grouped(Part.A, ch, 1, 1).valueAt(other));
        assertTrue(e.getMessage().contains("Z7") && e.getMessage().contains("Z6"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> AbelianSumPotentials.abc(ch, 1, 1, 1).valueAt(other));
        assertEquals(
                AbelianSumPotentials.REAL_NAMES, AbelianSumPotentials.perCharacterNames(ch, 3));
        assertEquals(
                AbelianSumPotentials.COMPLEX_NAMES, AbelianSumPotentials.perCharacterNames(ch, 1));
        assertEquals("r[a1 b1 c1]", AbelianSumPotentials.abc(ch, 1, 1, 1).toString());
    }
}
