package dev.cogs.algebra.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.group.CharacterGroup;
import dev.cogs.algebra.group.FiniteGroups;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The blocks and global solutions over finite abelian groups (docs/cogs-math.md §14.3–§14.5): the
 * \(\mathbb{Z}_d\) special case returns the bits of {@link Constructions}; the per-character
 * potential tables are those of check docs/cogs-math.md §11.A.4 at characters of order ≥ 3
 * (including order 3 and 4, where 2χ = χ̄ or 2χ = −2χ) and the derived values at characters of
 * order 2.
 */
class AbelianConstructionsTest {

    /** Unnormalised potentials are sums of ≤ 6 unit-modulus products: rounding below 1e-13. */
    private static final double SP_TOL = 1e-13;

    private static final Complex NU = Complex.I.multiply(0.7).exp();
    private static final Complex XI = Complex.I.multiply(0.3).exp();
    private static final Complex Z = Complex.ZERO;

    private record Site(CharacterGroup characters, int chi) {
        @Override
        public String toString() {
            return characters.decomposition().group().name()
                    + " chi="
                    + chi
                    + " (order "
                    + characters.order(chi)
                    + ")";
        }
    }

    /** A character of order ≥ 3 (complex = true) or of order 2 of a small abelian group. */
    private static Gen<Site> sites(boolean complex) {
        return Generate.pick(
                        List.of(
                                "Z3xZ5", "Z4", "Z6", "Z2xZ4", "Z3xZ3", "Z2xZ6", "Z4xZ4", "Z5xZ5",
                                "Z8"))
                .map(AbelianGenerators::characters)
                .flatMap(
                        ch -> {
                            List<Integer> ks =
                                    ch.pairRepresentatives().stream()
                                            .filter(k -> (ch.conjugate(k) != k) == complex)
                                            .toList();
                            return ks.isEmpty()
                                    ? Generate.constant(
                                            new Site(
                                                    AbelianGenerators.characters("Z6"),
                                                    complex ? 1 : 3))
                                    : Generate.pick(ks).map(k -> new Site(ch, k));
                        });
    }

    private static Complex[] table(GroupNet z, int chi) {
        List<AbelianSumPotential> rs = AbelianSumPotentials.perCharacter(z.characters(), chi);
        Complex[] v = new Complex[rs.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = rs.get(i).valueAt(z);
        }
        return v;
    }

    private static boolean matches(Complex[] actual, Complex... expected) {
        if (actual.length != expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != null && actual[i].subtract(expected[i]).abs() > SP_TOL) {
                return false;
            }
        }
        return true;
    }

    private static Complex c(double re) {
        return Complex.of(re, 0);
    }

    @Test
    void complexCharacterTablesAreThoseOfZd() {
        // check docs/cogs-math.md §11.A.4 at any character of order >= 3 of any abelian group
        qt().withExamples(60)
                .forAll(sites(true))
                .check(
                        s -> {
                            CharacterGroup ch = s.characters();
                            int k = s.chi();
                            AbelianWeightSemiring ring = AbelianWeightSemiring.over(ch);
                            return matches(
                                            table(AbelianConstructions.syn(ch, k), k),
                                            c(3),
                                            Z,
                                            Z,
                                            Z,
                                            Z,
                                            Z,
                                            c(3),
                                            c(3),
                                            Z,
                                            Z)
                                    && matches(
                                            table(AbelianConstructions.nuI(ch, k), k),
                                            c(2),
                                            Z,
                                            Z,
                                            c(2),
                                            c(2),
                                            c(2),
                                            Z,
                                            Z,
                                            Z,
                                            Z)
                                    && matches(
                                            table(
                                                    ring.multiply(
                                                            AbelianConstructions.nu(
                                                                    ch, k, Complex.of(0.4, -1.3)),
                                                            AbelianConstructions.syn(ch, k)),
                                                    k),
                                            c(6),
                                            Z,
                                            Z,
                                            Z,
                                            Z,
                                            Z,
                                            Z,
                                            Z,
                                            Z,
                                            Z)
                                    && matches(
                                            table(
                                                    ring.multiply(
                                                            AbelianConstructions.nuI(ch, k),
                                                            AbelianConstructions.synAlphaBeta(
                                                                    ch,
                                                                    k,
                                                                    Complex.polar(1, 0.4),
                                                                    Complex.polar(1, -2))),
                                                    k),
                                            c(6),
                                            Z,
                                            Z,
                                            Z,
                                            Z,
                                            Z,
                                            Z,
                                            Z,
                                            Z,
                                            Z)
                                    && matches(
                                            table(
                                                    ring.multiply(
                                                            AbelianConstructions.nuI(ch, k),
                                                            AbelianConstructions.xi(
                                                                    ch,
                                                                    k,
                                                                    XI,
                                                                    ImaginaryUnit.PLUS_I)),
                                                    k),
                                            c(4),
                                            Z,
                                            Z,
                                            Z,
                                            Complex.of(2, 2),
                                            Complex.of(2, 2),
                                            Z,
                                            Z,
                                            Z,
                                            Z);
                        });
    }

    @Test
    void orderTwoCharacterTables() {
        // docs/cogs-math.md §14.3: at chi = conj(chi) the potentials are abc, aac, bbc. z_nu (real
        // nu): abc = 1 +
        // nu(-nu)(-1/nu^2) = 2, aac = 1 + nu^2(-1/nu^2) = 0, bbc = 0. single: abc = aac = bbc = 1.
        Gen<Double> nus =
                doubles().between(0.2, 5).zip(Generate.pick(List.of(-1.0, 1.0)), (a, s) -> a * s);
        qt().withExamples(60)
                .forAll(sites(false), nus)
                .check(
                        (s, nu) ->
                                matches(
                                                table(
                                                        AbelianConstructions.nu(
                                                                s.characters(), s.chi(), c(nu)),
                                                        s.chi()),
                                                c(2),
                                                Z,
                                                Z)
                                        && matches(
                                                table(
                                                        AbelianConstructions.single(
                                                                s.characters(), s.chi()),
                                                        s.chi()),
                                                c(1),
                                                c(1),
                                                c(1)));
    }

    @Test
    void normalisedBlocksHitTheTarget() {
        // r_kkk = 1/(2n) after normalisation (docs/cogs-math.md §5.3 over G), at both kinds of
        // character
        qt().withExamples(40)
                .forAll(sites(true))
                .check(
                        s -> {
                            int n = s.characters().size();
                            Complex r =
                                    AbelianSumPotentials.abc(
                                                    s.characters(), s.chi(), s.chi(), s.chi())
                                            .valueAt(
                                                    AbelianConstructions.order4Block(
                                                            s.characters(), s.chi(), XI));
                            return r.subtract(c(1.0 / (2 * n))).abs() < 1e-15;
                        });
        qt().withExamples(40)
                .forAll(sites(false))
                .check(
                        s -> {
                            int n = s.characters().size();
                            GroupNet two =
                                    AbelianConstructions.order2Block(s.characters(), s.chi(), -0.6);
                            GroupNet one =
                                    AbelianConstructions.order1Block(s.characters(), s.chi());
                            Complex r2 =
                                    AbelianSumPotentials.abc(
                                                    s.characters(), s.chi(), s.chi(), s.chi())
                                            .valueAt(two);
                            Complex r1 =
                                    AbelianSumPotentials.abc(
                                                    s.characters(), s.chi(), s.chi(), s.chi())
                                            .valueAt(one);
                            // the order-2 block is a standalone solution at chi: alone it leaves
                            // only the other characters' targets
                            return r2.subtract(c(1.0 / (2 * n))).abs() < 1e-15
                                    && r1.subtract(c(1.0 / (2 * n))).abs() < 1e-15
                                    && two.isConjugateSymmetric(0)
                                    && one.isConjugateSymmetric(0);
                        });
    }

    @Test
    void zdConstructionsAreBitIdentical() {
        // docs/cogs-math.md §14: Z_d is the special case and every number stays the same.
        qt().withExamples(20)
                .forAll(integers().between(2, 20).map(h -> 2 * h + 1))
                .checkAssert(
                        d -> {
                            CharacterGroup ch = CharacterGroup.of(FiniteGroups.cyclic(d));
                            assertEquals(
                                    Constructions.f6(d, NU),
                                    AbelianConstructions.f6(ch, NU).toCyclic());
                            assertEquals(
                                    Constructions.f46(d, NU, XI, 1),
                                    AbelianConstructions.f46(ch, NU, XI, 1).toCyclic());
                            assertEquals(
                                    Constructions.f46(d, NU, XI, (d - 1) / 2),
                                    AbelianConstructions.f46(ch, NU, XI, (d - 1) / 2).toCyclic());
                            assertEquals(
                                    Constructions.f4(d, XI),
                                    AbelianConstructions.f4(ch, XI).toCyclic());
                            int k = (d - 1) / 2;
                            assertEquals(
                                    Constructions.syn(d, k),
                                    AbelianConstructions.syn(ch, k).toCyclic());
                            assertEquals(
                                    Constructions.nu(d, k, NU),
                                    AbelianConstructions.nu(ch, k, NU).toCyclic());
                            assertEquals(
                                    Constructions.xi(d, k, XI, ImaginaryUnit.MINUS_I),
                                    AbelianConstructions.xi(ch, k, XI, ImaginaryUnit.MINUS_I)
                                            .toCyclic());
                            assertEquals(
                                    Constructions.synAlphaBeta(d, k, NU, XI),
                                    AbelianConstructions.synAlphaBeta(ch, k, NU, XI).toCyclic());
                            assertEquals(
                                    Constructions.order6Block(d, k, NU),
                                    AbelianConstructions.order6Block(ch, k, NU).toCyclic());
                            assertEquals(
                                    Constructions.order4Block(d, k, XI),
                                    AbelianConstructions.order4Block(ch, k, XI).toCyclic());
                            assertEquals(
                                    CogsLoss.fullDataset(Constructions.f46(d, NU, XI, 1)),
                                    AbelianLoss.fullDataset(
                                            AbelianConstructions.f46(ch, NU, XI, 1)));
                        });
    }

    @Test
    void f46NeedsUnitNu() {
        // docs/cogs-math.md §6.3 over G: with |nu| != 1 the k0 block's shifts leak into (a,
        // b)-dependent outputs
        CharacterGroup ch = AbelianGenerators.characters("Z3xZ5");
        GroupNet bad =
                AbelianConstructions.f46(
                        ch, Complex.polar(0.8, 0.7), XI, AbelianConstructions.defaultK0(ch));
        assertTrue(
                AbelianLoss.fullDataset(bad) > 1e-3, () -> "loss " + AbelianLoss.fullDataset(bad));
        // and every complex representative serves as k0
        for (int k0 : ch.pairRepresentatives()) {
            GroupNet z = AbelianConstructions.f46(ch, NU, XI, k0);
            assertTrue(AbelianLoss.fullDataset(z) <= 1e-20, "k0 = " + k0);
        }
        // z_F6 with another real nu' at the order-2 characters of Z2xZ6
        CharacterGroup z26 = AbelianGenerators.characters("Z2xZ6");
        assertTrue(AbelianLoss.fullDataset(AbelianConstructions.f6(z26, NU, -2.5)) <= 1e-20);
        assertTrue(
                GroupTask.loss(
                                z26.decomposition().group(),
                                AbelianConstructions.f6(z26, NU, -2.5).toReal())
                        <= 1e-20);
    }

    @Test
    void blocksRefuseTheWrongKindOfCharacter() {
        CharacterGroup z6 = AbelianGenerators.characters("Z6");
        // character 3 of Z6 has order 2
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> AbelianConstructions.syn(z6, 3));
        assertTrue(
                e.getMessage().contains("order 2") && e.getMessage().contains("§14.3"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AbelianConstructions.nuI(z6, 3));
        assertThrows(
                IllegalArgumentException.class,
                () -> AbelianConstructions.xi(z6, 3, XI, ImaginaryUnit.PLUS_I));
        assertThrows(
                IllegalArgumentException.class,
                () -> AbelianConstructions.synAlphaBeta(z6, 3, NU, NU));
        e = assertThrows(IllegalArgumentException.class, () -> AbelianConstructions.nu(z6, 3, NU));
        assertTrue(e.getMessage().contains("real"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> AbelianConstructions.single(z6, 1));
        assertTrue(e.getMessage().contains("order 6"), e.getMessage());
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> AbelianConstructions.f46(z6, NU, XI, 3));
        assertTrue(e.getMessage().contains("k0 (3)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AbelianConstructions.syn(z6, 0));
        assertThrows(
                IllegalArgumentException.class, () -> AbelianConstructions.nu(z6, 1, Complex.ZERO));
        assertThrows(IllegalArgumentException.class, () -> AbelianConstructions.f6(z6, NU, 0.0));
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> AbelianConstructions.normalised(GroupNet.empty(z6), 1));
        assertTrue(e.getMessage().contains("r_kkk"), e.getMessage());
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                GroupNet.block(
                                        z6,
                                        3,
                                        new Complex[] {Complex.I},
                                        new Complex[] {Complex.ONE},
                                        new Complex[] {Complex.ONE}));
        assertTrue(e.getMessage().contains("must be real"), e.getMessage());
    }

    @Test
    void predictedOrdersCountBlocks() {
        for (String name : List.of("Z5xZ5", "Z6", "Z2xZ2xZ2", "Z2xZ4", "Z3xZ5")) {
            CharacterGroup ch = AbelianGenerators.characters(name);
            assertEquals(
                    AbelianConstructions.f6Order(ch),
                    AbelianConstructions.f6(ch, NU).order(),
                    name);
            assertEquals(
                    AbelianConstructions.f4Order(ch),
                    AbelianConstructions.f4(ch, XI).order(),
                    name);
        }
    }
}
