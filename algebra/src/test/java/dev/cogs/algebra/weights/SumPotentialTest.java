package dev.cogs.algebra.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.Fields;
import dev.cogs.algebra.Homomorphisms;
import dev.cogs.testkit.weights.WeightGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Sum potentials are semiring homomorphisms Z → ℂ (docs/cogs-math.md §4, check docs/cogs-math.md
 * §11.A.3).
 */
class SumPotentialTest {

    /** A pair z₁ (q = 3), z₂ (q = 4) over one d ∈ {3, 5, 7} and a sum potential over the same d. */
    private record Case(List<FourierNet> nets, SumPotential potential) {}

    private static Gen<Case> cases() {
        return WeightGenerators.smallD()
                .flatMap(
                        d ->
                                WeightGenerators.netOfOrder(d, 3)
                                        .zip(
                                                WeightGenerators.netOfOrder(d, 4),
                                                potentials(d),
                                                (z1, z2, r) -> new Case(List.of(z1, z2), r)));
    }

    /** A random sum potential of one of the three types of docs/cogs-math.md §3.1 over Z_d. */
    private static Gen<SumPotential> potentials(int d) {
        Gen<Integer> k = integers().between(0, d - 1);
        return integers()
                .between(0, 2)
                .zip(
                        k,
                        k,
                        k,
                        (type, k1, k2, kc) -> {
                            if (type == 0) {
                                return SumPotentials.abc(d, k1, k2, kc);
                            }
                            return SumPotentials.ppc(type == 1 ? Part.A : Part.B, d, k1, k2, kc);
                        });
    }

    @Test
    void everySumPotentialIsARingHomomorphism() {
        // check docs/cogs-math.md §11.A.3: r(z1+z2) = r(z1)+r(z2), r(z1*z2) = r(z1)r(z2), r(1) = 1,
        // r(0) = 0, compared with
        // Fields.complex()'s tolerance (absolute 1e-9 or relative 1e-12; values here are below 50).
        qt().withExamples(200)
                .forAll(cases())
                .check(
                        c ->
                                Homomorphisms.failures(c.potential().asHomomorphism(), c.nets())
                                        .isEmpty());
    }

    @Test
    void valueIsTheSumOverNodesOfTheMonomial() {
        FourierNet z = Constructions.nu(7, 2, Complex.of(0.3, 0.4));
        // abc at k = 2: 1·1·1 + ν·(−ν)·(−ν⁻²) = 1 + 1 = 2 (docs/cogs-math.md §5 table).
        Complex v = SumPotentials.abc(7, 2, 2, 2).valueAt(z);
        assertEquals(2.0, v.re(), 1e-15);
        assertEquals(0.0, v.im(), 1e-15);
        assertEquals(4 * 7.0, SumPotentials.abc(7, 2, 2, 2).paperValueAt(z).re(), 1e-13);
    }

    @Test
    void multiplicationUnionsZeroSets() {
        // For any z and a generator y, r(y) = 0 ⇒ r(z * y) = 0, since r(z * y) = r(z) r(y).
        Gen<FourierNet> z = WeightGenerators.net(7, 3);
        qt().withExamples(100)
                .forAll(z, WeightGenerators.unit(), integers().between(1, 6))
                .check(
                        (x, nu, k) -> {
                            WeightSemiring s = WeightSemiring.over(7);
                            for (FourierNet y :
                                    List.of(Constructions.syn(7, k), Constructions.nu(7, k, nu))) {
                                FourierNet xy = s.multiply(x, y);
                                for (SumPotential r : SumPotentials.perFrequency(7, k)) {
                                    Complex ry = r.valueAt(y);
                                    Complex expected = r.valueAt(x).multiply(ry);
                                    if (!Fields.complex().equivalent(r.valueAt(xy), expected)) {
                                        return false;
                                    }
                                    if (ry.abs() < 1e-14 && !(r.valueAt(xy).abs() < 1e-13)) {
                                        return false;
                                    }
                                }
                            }
                            return true;
                        });
    }

    @Test
    void negatingTheOutputNegatesEveryPotential() {
        qt().withExamples(100)
                .forAll(WeightGenerators.net(5, 3), potentials(5))
                .check((z, r) -> r.valueAt(z.negateOutput()).add(r.valueAt(z)).abs() == 0.0);
    }

    @Test
    void groupedPotentialIsAdditiveButNotMultiplicative() {
        qt().withExamples(100)
                .forAll(WeightGenerators.sameD(2, 3))
                .check(
                        zs -> {
                            int d = zs.get(0).d();
                            GroupedPotential r = SumPotentials.grouped(Part.A, d, 1, 2);
                            WeightSemiring s = WeightSemiring.over(d);
                            return Fields.complex()
                                    .equivalent(
                                            r.valueAt(s.add(zs.get(0), zs.get(1))),
                                            r.valueAt(zs.get(0)).add(r.valueAt(zs.get(1))));
                        });
        // R_p(m,k)(1) = Σ_{k'} 1 = d, so R is not unital (hence not a ring homomorphism).
        assertEquals(
                5.0, SumPotentials.grouped(Part.B, 5, 3, 1).valueAt(FourierNet.one(5)).re(), 0.0);
        assertEquals(
                0.0,
                SumPotentials.grouped(Part.B, 5, 3, 1).valueAt(FourierNet.empty(5)).abs(),
                0.0);
    }

    @Test
    void groupedPotentialIsTheSumOfItsTerms() {
        qt().withExamples(100)
                .forAll(
                        WeightGenerators.net(5, 3),
                        integers().between(0, 4),
                        integers().between(0, 4))
                .check(
                        (z, m, k) -> {
                            Complex sum = Complex.ZERO;
                            for (int k1 = 0; k1 < 5; k1++) {
                                sum =
                                        sum.add(
                                                SumPotentials.ppc(
                                                                Part.A,
                                                                5,
                                                                k1,
                                                                Math.floorMod(m - k1, 5),
                                                                k)
                                                        .valueAt(z));
                            }
                            return sum.subtract(SumPotentials.grouped(Part.A, 5, m, k).valueAt(z))
                                            .abs()
                                    < 1e-13;
                        });
    }

    @Test
    void badIndicesAreRejected() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> SumPotentials.ppc(Part.C, 5, 1, 1, 1));
        assertTrue(e.getMessage().contains("(C)"), e.getMessage());
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> SumPotentials.grouped(Part.A, 5, 5, 1));
        assertTrue(e.getMessage().contains("m (5)"), e.getMessage());
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> SumPotentials.abc(5, 1, 1, 1).valueAt(Constructions.syn(7, 1)));
        assertTrue(e.getMessage().contains("d = 7"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SumPotentials.abc(2, 1, 1, 1));
        assertTrue(e.getMessage().contains("d (2)"), e.getMessage());
    }
}
