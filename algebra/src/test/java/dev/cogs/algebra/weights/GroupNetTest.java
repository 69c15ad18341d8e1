package dev.cogs.algebra.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.group.CharacterGroup;
import dev.cogs.algebra.group.FiniteGroups;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Nets over finite abelian groups: the Fourier convention of docs/cogs-math.md §14.1 and the value
 * class.
 */
class GroupNetTest {

    private record Case(CharacterGroup characters, RealWeights weights) {
        @Override
        public String toString() {
            return characters.decomposition().group().name() + " q=" + weights.order();
        }
    }

    private static Gen<Case> cases() {
        return AbelianGenerators.smallCharacters()
                .flatMap(
                        ch ->
                                integers()
                                        .between(1, 4)
                                        .flatMap(
                                                q ->
                                                        AbelianGenerators.realWeights(ch.size(), q)
                                                                .map(w -> new Case(ch, w))));
    }

    @Test
    void fromRealIsTheDefinition() {
        // A_chi,j = (1/n) sum_g U_a[j,g] conj(chi(g)), C_chi,j = (1/n) sum_c W[c,j] chi(c), with
        // chi(g) evaluated
        // by CharacterGroup.re/im independently of GroupNet's tables. Sums of n terms below 1:
        // 1e-14.
        qt().withExamples(60)
                .forAll(cases())
                .check(
                        c -> {
                            CharacterGroup ch = c.characters();
                            RealWeights w = c.weights();
                            GroupNet z = GroupNet.fromReal(ch, w);
                            int n = ch.size();
                            for (int chi = 0; chi < n; chi++) {
                                for (int j = 0; j < w.order(); j++) {
                                    double ar = 0;
                                    double ai = 0;
                                    double cr = 0;
                                    double ci = 0;
                                    for (int g = 0; g < n; g++) {
                                        ar += w.ua(j, g) * ch.re(chi, g) / n;
                                        ai -= w.ua(j, g) * ch.im(chi, g) / n;
                                        cr += w.w(g, j) * ch.re(chi, g) / n;
                                        ci += w.w(g, j) * ch.im(chi, g) / n;
                                    }
                                    if (z.coefficient(Part.A, chi, j)
                                                            .subtract(Complex.of(ar, ai))
                                                            .abs()
                                                    > 1e-14
                                            || z.coefficient(Part.C, chi, j)
                                                            .subtract(Complex.of(cr, ci))
                                                            .abs()
                                                    > 1e-14) {
                                        return false;
                                    }
                                }
                            }
                            return z.isConjugateSymmetric(0.0);
                        });
    }

    @Test
    void toRealInvertsFromReal() {
        qt().withExamples(60)
                .forAll(cases())
                .check(
                        c ->
                                GroupNet.fromReal(c.characters(), c.weights())
                                        .toReal()
                                        .isClose(c.weights(), 1e-13));
    }

    @Test
    void oneIsTheScaledIdentityNode() {
        // sum_chi chi(g) = n [g = e]: the unit net has u_a = u_b = w = n e_e (docs/cogs-math.md
        // §14.1)
        CharacterGroup ch = AbelianGenerators.characters("Z2xZ6");
        RealWeights w = GroupNet.one(ch).toReal();
        int e = ch.decomposition().group().identity();
        for (int g = 0; g < 12; g++) {
            double expected = g == e ? 12 : 0;
            assertEquals(expected, w.ua(0, g), 1e-13);
            assertEquals(expected, w.ub(0, g), 1e-13);
            assertEquals(expected, w.w(g, 0), 1e-13);
        }
    }

    @Test
    void standardCyclicCharacters() {
        GroupNet z15 = GroupNet.empty(AbelianGenerators.characters("Z15"));
        GroupNet z35 = GroupNet.empty(AbelianGenerators.characters("Z3xZ5"));
        assertTrue(z15.isStandardCyclic());
        assertEquals(FourierNet.empty(15), z15.toCyclic());
        // Z3xZ5 is cyclic, but its element (a, b) = 5a + b does not have coordinate 5a + b in Z15
        assertFalse(z35.isStandardCyclic());
        IllegalStateException e = assertThrows(IllegalStateException.class, z35::toCyclic);
        assertTrue(e.getMessage().contains("Z3xZ5"), e.getMessage());
        assertFalse(GroupNet.empty(AbelianGenerators.characters("Z2xZ2")).isStandardCyclic());
    }

    @Test
    void blocksAreConjugateSymmetricAndValidated() {
        CharacterGroup ch = AbelianGenerators.characters("Z3xZ5");
        Complex[] v = {Complex.of(0.3, -0.2), Complex.of(-1, 2)};
        GroupNet b = GroupNet.block(ch, 4, v, v, v);
        assertTrue(b.isConjugateSymmetric(0.0));
        assertEquals(v[1].conjugate(), b.coefficient(Part.B, ch.conjugate(4), 1));
        assertEquals(2, b.order());
        assertEquals(15, b.size());
        assertEquals("Z3xZ5", b.group().name());
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> GroupNet.block(ch, 0, v, v, v));
        assertTrue(e.getMessage().contains("non-trivial"), e.getMessage());
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> GroupNet.block(ch, 4, v, new Complex[] {Complex.ONE}, v));
        assertTrue(e.getMessage().contains("a=2, b=1"), e.getMessage());
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                GroupNet.block(
                                        ch, 4, new Complex[] {Complex.of(Double.NaN, 0)}, v, v));
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> GroupNet.of(ch, 1, new double[3], new double[3]));
        assertTrue(e.getMessage().contains("3*d*q = 45"), e.getMessage());
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> GroupNet.empty(AbelianGenerators.characters("Z2")));
        assertTrue(e.getMessage().contains("at least 3 classes"), e.getMessage());
        // a non-symmetric net names its worst entry
        double[] re = new double[45];
        re[(2 * 15 + 4) * 1] = 1;
        GroupNet asym = GroupNet.of(ch, 1, re, new double[45]);
        e = assertThrows(IllegalArgumentException.class, asym::toReal);
        assertTrue(
                e.getMessage().contains("z[C][4][0]")
                        && e.getMessage().contains("conj(z[C][" + ch.conjugate(4)),
                e.getMessage());
    }

    @Test
    void outputOperationsKeepSymmetry() {
        CharacterGroup ch = AbelianGenerators.characters("Z6");
        GroupNet z = AbelianConstructions.f46(ch, Complex.polar(1, 0.7), Complex.polar(1, 0.3), 1);
        assertTrue(z.scaleOutput(2, Complex.polar(2, 1.1)).isConjugateSymmetric(1e-15));
        assertTrue(z.scaleOutput(3, Complex.of(-2, 0)).isConjugateSymmetric(1e-15));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> z.scaleOutput(3, Complex.I));
        assertTrue(e.getMessage().contains("order 2"), e.getMessage());
        Complex[] gammas = new Complex[6];
        gammas[3] = Complex.I;
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> z.withOutputShifts(new int[] {0}, gammas));
        assertTrue(e.getMessage().contains("must be real"), e.getMessage());
        gammas[3] = null;
        gammas[1] = Complex.ONE;
        gammas[5] = Complex.ONE;
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> z.withOutputShifts(new int[] {0}, gammas));
        assertTrue(e.getMessage().contains("conjugate"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> z.withOutputShifts(new int[] {0}, new Complex[5]));
        assertThrows(
                IllegalArgumentException.class,
                () -> z.withOutputShifts(new int[] {99}, new Complex[6]));
        // projecting the output or negating it does not change the class-projected loss / negates
        // potentials
        assertEquals(AbelianLoss.fullDataset(z), AbelianLoss.fullDataset(z.projectOutput()), 1e-25);
        AbelianSumPotential r = AbelianSumPotentials.abc(ch, 1, 1, 1);
        assertEquals(r.valueAt(z).negate(), r.valueAt(z.negateOutput()));
        assertEquals(r.valueAt(z).multiply(12), r.paperValueAt(z));
        assertEquals(z.select(new int[] {0, 1}).order(), 2);
    }

    @Test
    void equalityIsByDecompositionAndBits() {
        GroupNet a = AbelianConstructions.f6(AbelianGenerators.characters("Z3xZ5"), Complex.I);
        GroupNet b = AbelianConstructions.f6(AbelianGenerators.characters("Z3xZ5"), Complex.I);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertTrue(a.isClose(b, 0.0));
        assertNotEquals(a, AbelianConstructions.f6(AbelianGenerators.characters("Z15"), Complex.I));
        assertFalse(
                a.isClose(
                        AbelianConstructions.f6(AbelianGenerators.characters("Z15"), Complex.I),
                        1.0));
        assertTrue(a.toString().contains("Z3xZ5") && a.toString().contains("42"), a.toString());
        assertEquals(
                List.of(1, 2, 3, 4, 5, 6, 7),
                AbelianGenerators.characters("Z15").pairRepresentatives());
    }

    @Test
    void semiringRefusesMixedCharacters() {
        AbelianWeightSemiring ring = AbelianWeightSemiring.over(FiniteGroups.parse("Z3xZ5"));
        GroupNet other = GroupNet.one(AbelianGenerators.characters("Z15"));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> ring.add(ring.one(), other));
        assertTrue(
                e.getMessage().contains("Z15") && e.getMessage().contains("Z3xZ5"), e.getMessage());
        assertEquals(ring, AbelianWeightSemiring.over(AbelianGenerators.characters("Z3xZ5")));
        assertEquals(
                ring.hashCode(),
                AbelianWeightSemiring.over(AbelianGenerators.characters("Z3xZ5")).hashCode());
        assertNotEquals(ring, AbelianWeightSemiring.over(AbelianGenerators.characters("Z15")));
        assertTrue(ring.toString().contains("Z3xZ5"));
        assertTrue(ring.isZero(ring.zero()));
        assertFalse(ring.isZero(ring.one()));
        GroupNet x = AbelianConstructions.syn(ring.characters(), 2);
        assertTrue(ring.nodeMatching(x, x.select(new int[] {2, 0, 1})).isPresent());
        // same code as the Z_d semiring: equal bits over Z_d
        WeightSemiring cyc = WeightSemiring.over(7);
        FourierNet u = Constructions.syn(7, 2);
        FourierNet v = Constructions.nu(7, 2, Complex.of(0.3, 0.4));
        assertEquals(
                cyc.multiply(u, v),
                AbelianWeightSemiring.over(FiniteGroups.cyclic(7))
                        .multiply(GroupNet.fromCyclic(u), GroupNet.fromCyclic(v))
                        .toCyclic());
        assertEquals(1e-9, ring.tolerance());
    }
}
