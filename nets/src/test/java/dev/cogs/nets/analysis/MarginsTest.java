package dev.cogs.nets.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.weights.Constructions;
import dev.cogs.algebra.weights.RealWeights;
import org.junit.jupiter.api.Test;

/**
 * docs/cogs-math.md §13.4 and §13.6: the normalised margin, the bound γ*(d) of Morwani et al.'s
 * Theorem 7, and what it implies for the constructions (closed forms derived in §13.6).
 */
class MarginsTest {

    private static final Complex NU = Complex.polar(1, 0.7);
    private static final Complex XI = Complex.polar(1, 0.3);

    @Test
    void maximumHasTheDocumentedValues() {
        // √(2/27)/((d−1)√d), evaluated independently to 16 digits: 0.002579565244723481 (d = 23)
        // and
        // 0.0016294123891261478 (d = 31).
        assertEquals(0.002579565244723481, Margins.maximum(23), 1e-18);
        assertEquals(0.0016294123891261478, Margins.maximum(31), 1e-18);
        assertThrows(IllegalArgumentException.class, () -> Margins.maximum(2));
    }

    @Test
    void zF6WithUnitNuAttainsTheMaximum() {
        for (int d : new int[] {5, 7, 23, 31}) {
            for (double phase : new double[] {0.0, 0.7, 2.5}) {
                RealWeights w = Constructions.f6(d, Complex.polar(1, phase)).toReal();
                // A global optimum has o(a, b) = e_{a+b} + const, so its margin is 1 (rounding
                // ~1e-15).
                assertEquals(1.0, Margins.margin(w), 1e-12);
                // 3(d−1) balanced single-frequency nodes: Σ‖θ_j‖³ = 3(d−1)·(6d)^{3/2}/(12d) =
                // 1/γ*(d).
                double l23 = 3 * (d - 1) * Math.pow(6.0 * d, 1.5) / (12.0 * d);
                assertEquals(l23, Margins.l23Cubed(w), 1e-10 * l23);
                assertEquals(Margins.maximum(d), Margins.normalised(w), 1e-12 * Margins.maximum(d));
                // Already balanced: rescaling the nodes cannot lower the norm.
                assertEquals(Margins.l23Cubed(w), Margins.balancedL23Cubed(w), 1e-10 * l23);
            }
        }
    }

    @Test
    void zF6WithNonUnitNuIsUnbalancedAndFallsBelow() {
        // |ν| ≠ 1 makes the second node of each z_ν factor unbalanced (|a|, |b| ∝ |ν|, |c| ∝
        // |ν|⁻²): strictly below
        // the maximum as built, and back at the maximum once every node is rebalanced.
        RealWeights w = Constructions.f6(23, Complex.polar(0.8, 0.7)).toReal();
        assertEquals(1.0, Margins.margin(w), 1e-12);
        double ratio = Margins.normalised(w) / Margins.maximum(23);
        assertTrue(ratio < 1 - 1e-3, "ratio " + ratio);
        assertEquals(
                1.0, Margins.margin(w) / Margins.balancedL23Cubed(w) / Margins.maximum(23), 1e-10);
    }

    @Test
    void noNetExceedsTheBound() {
        // Weak duality (docs/cogs-math.md §13.6): γ(θ)/‖θ‖³ ≤ γ*(d) for every net. Perturbed optima
        // have positive
        // margins close to the bound, so the inequality is tested where it is tight; 1e-12 relative
        // is rounding.
        qt().withExamples(40)
                .forAll(integers().between(2, 5), longs().all(), doubles().between(0, 0.05))
                .check(
                        (h, seed, size) -> {
                            int d = 2 * h + 1;
                            RealWeights w =
                                    ProgressNets.perturbed(
                                            Constructions.f6(d, NU).toReal(), seed, size);
                            return Margins.normalised(w) <= Margins.maximum(d) * (1 + 1e-12);
                        });
        qt().withExamples(40)
                .forAll(integers().between(1, 5), integers().between(1, 12), longs().all())
                .check(
                        (h, q, seed) -> {
                            int d = 2 * h + 1;
                            RealWeights w = ProgressNets.random(d, q, seed, 1.0);
                            return Margins.margin(w) / Margins.balancedL23Cubed(w)
                                    <= Margins.maximum(d) * (1 + 1e-12);
                        });
    }

    /** Σ‖θ_j‖³ of z_F4/6 (|ν| = |ξ| = 1, c₂ = +i) in closed form, docs/cogs-math.md §13.6. */
    private static double f46L23Cubed(int d) {
        int n = (d - 1) / 2;
        double s4sq = Math.pow(8.0 * d, -2.0 / 3);
        double s6sq = Math.pow(12.0 * d, -2.0 / 3);
        double four = 4 * (n - 1) * Math.pow(6 * d * s4sq, 1.5);
        double extra = (n - 1) / (144.0 * d * s6sq * s6sq);
        double six = 6 * Math.pow(6 * d * s6sq + extra, 1.5);
        return four + six;
    }

    @Test
    void theMarginFunctionIsTheOneGiven() {
        // a planted margin per order: every row must carry it, and nothing else changes
        ConstructionMargins planted =
                ConstructionMargins.of(11, NU, XI, 1, true, w -> 1000.0 + w.order());
        ConstructionMargins ref = ConstructionMargins.of(11, NU, XI, 1, true);
        assertEquals(ref.rows().size(), planted.rows().size());
        for (int i = 0; i < ref.rows().size(); i++) {
            ConstructionMargins.Row p = planted.rows().get(i);
            ConstructionMargins.Row r = ref.rows().get(i);
            assertEquals(1000.0 + r.order(), p.margin());
            assertEquals(r.l23Cubed(), p.l23Cubed());
            assertEquals(r.name(), p.name());
        }
        assertThrows(
                NullPointerException.class,
                () -> ConstructionMargins.of(11, NU, XI, 1, false, null));
    }

    @Test
    void zF46FallsStrictlyBelowTheMaximumAtD23AndD31() {
        for (int d : new int[] {23, 31}) {
            ConstructionMargins m = ConstructionMargins.of(d, NU, XI, 1, false);
            ConstructionMargins.Row f6 = m.row("z_F6");
            ConstructionMargins.Row f46 = m.row("z_F4/6");
            assertEquals(1.0, f6.ratio(), 1e-10);
            assertEquals(1.0, f46.margin(), 1e-12);
            assertEquals(f46L23Cubed(d), f46.l23Cubed(), 1e-10 * f46.l23Cubed());
            // Strictly below: the six k₀-nodes carry output components at every other frequency.
            double expected = 1 / f46L23Cubed(d) / Margins.maximum(d);
            assertEquals(expected, f46.ratio(), 1e-10);
            assertTrue(f46.ratio() < 1 - 1e-3, "ratio " + f46.ratio());
            System.out.printf(
                    "d = %d: z_F4/6 normalised margin %.6e = %.4f gamma*, balanced %.4f gamma*%n",
                    d, f46.normalised(), f46.ratio(), f46.balancedRatio());
            assertTrue(f46.balancedRatio() < 1 - 1e-3, "balanced ratio " + f46.balancedRatio());
            assertTrue(
                    m.row("z_F4").margin() < 0,
                    "z_F4 is not global: some pair is misclassified or tied");
            assertEquals(Margins.maximum(d), m.maximum(), 0.0);
            ConstructionMargins.Row any =
                    ConstructionMargins.of("f6 again", Constructions.f6(d, NU).toReal());
            assertEquals(f6.ratio(), any.ratio(), 1e-12);
            assertEquals(f6.balancedRatio(), any.balancedRatio(), 1e-12);
        }
    }

    @Test
    void memorisationHasMarginOneAndOneHotNodes() {
        int d = 11;
        ConstructionMargins m = ConstructionMargins.of(d, NU, XI, 2, true);
        ConstructionMargins.Row mem = m.row("memorisation");
        assertEquals(d * d, mem.order());
        assertEquals(1.0, mem.margin(), 1e-12);
        // u_a = e_g1, u_b = e_g2, w = ½ P⊥ e_g (docs/cogs-math.md §6.4): ‖θ_j‖² = 2 + (1 − 1/d)/4
        // per node.
        double l23 = d * d * Math.pow(2 + (1 - 1.0 / d) / 4, 1.5);
        assertEquals(l23, mem.l23Cubed(), 1e-10 * l23);
        double balanced = d * d * Math.pow(3 * Math.cbrt(4 * (1 - 1.0 / d) / 4 / 4), 1.5);
        assertEquals(balanced, mem.balancedL23Cubed(), 1e-10 * balanced);
        assertTrue(mem.ratio() < 1 && mem.balancedRatio() < 1);
        assertThrows(IllegalArgumentException.class, () -> m.row("nothing"));
        assertThrows(
                IllegalArgumentException.class, () -> ConstructionMargins.of(10, NU, XI, 1, false));
        assertThrows(
                IllegalArgumentException.class, () -> ConstructionMargins.of(11, NU, XI, 6, false));
    }
}
