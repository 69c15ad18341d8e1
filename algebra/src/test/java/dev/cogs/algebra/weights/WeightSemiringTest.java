package dev.cogs.algebra.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.cogs.algebra.Laws;
import dev.cogs.testkit.weights.WeightGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The weight semiring of docs/cogs-math.md §4: its laws (up to node permutation), orders and
 * operations.
 */
class WeightSemiringTest {

    @Test
    void semiringLawsHoldOnRandomElements() {
        qt().withExamples(150)
                .forAll(WeightGenerators.sameD(3, 3))
                .check(
                        nets ->
                                Laws.semiringFailures(WeightSemiring.over(nets.get(0).d()), nets)
                                        .isEmpty());
    }

    @Test
    void multiplicationIsCommutativeUpToNodePermutation() {
        qt().withExamples(150)
                .forAll(WeightGenerators.sameD(2, 3))
                .check(
                        nets ->
                                Laws.commutativityFailures(
                                                WeightSemiring.over(nets.get(0).d()), nets)
                                        .isEmpty());
    }

    @Test
    void ordersAddAndMultiply() {
        qt().withExamples(100)
                .forAll(WeightGenerators.sameD(2, 4))
                .check(
                        nets -> {
                            WeightSemiring s = WeightSemiring.over(nets.get(0).d());
                            FourierNet a = nets.get(0);
                            FourierNet b = nets.get(1);
                            return s.add(a, b).order() == a.order() + b.order()
                                    && s.multiply(a, b).order() == a.order() * b.order();
                        });
    }

    @Test
    void productIsKhatriRaoPerPartAndFrequency() {
        qt().withExamples(100)
                .forAll(WeightGenerators.sameD(2, 3))
                .check(
                        nets -> {
                            FourierNet a = nets.get(0);
                            FourierNet b = nets.get(1);
                            FourierNet p = WeightSemiring.over(a.d()).multiply(a, b);
                            for (Part part : Part.values()) {
                                for (int k = 0; k < a.d(); k++) {
                                    for (int j1 = 0; j1 < a.order(); j1++) {
                                        for (int j2 = 0; j2 < b.order(); j2++) {
                                            if (!p.coefficient(part, k, j1 * b.order() + j2)
                                                    .equals(
                                                            a.coefficient(part, k, j1)
                                                                    .multiply(
                                                                            b.coefficient(
                                                                                    part, k,
                                                                                    j2)))) {
                                                return false;
                                            }
                                        }
                                    }
                                }
                            }
                            return true;
                        });
    }

    @Test
    void equivalenceIgnoresNodeOrderButNotValues() {
        WeightSemiring s = WeightSemiring.over(5);
        FourierNet z = Constructions.syn(5, 1);
        FourierNet swapped = z.select(new int[] {2, 0, 1});
        assertTrue(s.equivalent(z, swapped));
        assertEquals(3, s.nodeMatching(z, swapped).orElseThrow().length);
        assertFalse(
                s.equivalent(z, z.scale(1, 1, 1 + 1e-6)),
                "a relative change 1e-6 exceeds the tolerance 1e-9");
        assertTrue(
                s.equivalent(z, z.scale(1, 1, 1 + 1e-12)),
                "a relative change 1e-12 is within 1e-9");
        assertFalse(
                s.equivalent(z, z.select(new int[] {0, 1})),
                "different orders are never equivalent");
    }

    @Test
    void zeroAndOneAreTheEmptyNetAndTheNodeOfOnes() {
        WeightSemiring s = WeightSemiring.over(7);
        assertEquals(0, s.zero().order());
        assertEquals(1, s.one().order());
        for (Part p : Part.values()) {
            for (int k = 0; k < 7; k++) {
                assertEquals(1.0, s.one().re(p, k, 0));
                assertEquals(0.0, s.one().im(p, k, 0));
            }
        }
        assertTrue(s.isZero(s.zero()));
        assertFalse(s.isZero(s.one()));
        assertEquals(WeightSemiring.over(7), s, "structure objects compare by value");
    }

    @Test
    void powersMultiplyOrders() {
        WeightSemiring s = WeightSemiring.over(7);
        FourierNet syn = Constructions.syn(7, 2);
        assertEquals(1, s.power(syn, 0).order());
        assertEquals(9, s.power(syn, 2).order());
        assertTrue(s.equivalent(s.power(syn, 2), s.multiply(syn, syn)));
    }

    @Test
    void operandsOfDifferentGroupSizeAreRejected() {
        WeightSemiring s = WeightSemiring.over(5);
        FourierNet a = Constructions.syn(5, 1);
        FourierNet b = Constructions.syn(7, 1);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> s.add(a, b));
        assertTrue(
                e.getMessage().contains("d = 7") && e.getMessage().contains("Z_5"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> s.multiply(b, a));
        assertTrue(e.getMessage().contains("d = 7"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> s.sum(List.of(a, b)));
    }

    @Test
    void invalidParametersAreRejected() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> WeightSemiring.over(2));
        assertTrue(
                e.getMessage().contains("(2)") && e.getMessage().contains(">= 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> WeightSemiring.over(5, Double.NaN));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> WeightSemiring.over(5).power(FourierNet.one(5), -1));
    }

    @Test
    void toleranceIsTheStatedOneAndDecidesEquivalence() {
        assertEquals(WeightSemiring.DEFAULT_TOLERANCE, WeightSemiring.over(5).tolerance());
        assertEquals(0.25, WeightSemiring.over(5, 0.25).tolerance());
        // syn has coefficient moduli 1, so the bound is τ·max(1, M) = τ: a 1e-6 relative change
        // passes at
        // τ = 1e-5 and fails at the default 1e-9.
        FourierNet z = Constructions.syn(5, 1);
        FourierNet perturbed = z.scale(1, 1, 1 + 1e-6);
        assertTrue(WeightSemiring.over(5, 1e-5).equivalent(z, perturbed));
        assertFalse(WeightSemiring.over(5).equivalent(z, perturbed));
        assertThrows(IllegalArgumentException.class, () -> WeightSemiring.over(5, Double.NaN));
    }
}
