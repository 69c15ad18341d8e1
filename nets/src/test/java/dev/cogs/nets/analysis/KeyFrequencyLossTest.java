package dev.cogs.nets.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.weights.CogsLoss;
import dev.cogs.algebra.weights.Constructions;
import dev.cogs.algebra.weights.FourierNet;
import dev.cogs.algebra.weights.RealWeights;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * docs/cogs-math.md §13.1: the sum-potential formulas against the data-space projection, and closed
 * forms.
 */
class KeyFrequencyLossTest {

    private static SortedSet<Integer> all(int d) {
        SortedSet<Integer> s = new TreeSet<>();
        for (int k = 1; k <= (d - 1) / 2; k++) {
            s.add(k);
        }
        return s;
    }

    /** The key set coded by the bits of {@code mask} (bit k−1 ↔ frequency k). */
    private static SortedSet<Integer> subset(int d, int mask) {
        SortedSet<Integer> s = new TreeSet<>();
        for (int k = 1; k <= (d - 1) / 2; k++) {
            if ((mask >> (k - 1) & 1) == 1) {
                s.add(k);
            }
        }
        return s;
    }

    @Test
    void sumPotentialFormulasAgreeWithTheDataSpaceProjection() {
        // Tolerance 1e-10 relative: both sides are sums of O(d³q) products of O(1) numbers in
        // double precision.
        qt().withExamples(60)
                .forAll(
                        integers().between(1, 4),
                        integers().between(1, 7),
                        longs().all(),
                        integers().between(0, 15))
                .check(
                        (h, q, seed, mask) -> {
                            int d = 2 * h + 1;
                            RealWeights w = ProgressNets.random(d, q, seed, 1.0);
                            SortedSet<Integer> keys = subset(d, mask);
                            KeyFrequencyLoss f = KeyFrequencyLoss.of(FourierNet.fromReal(w), keys);
                            KeyFrequencyLoss s = KeyFrequencyLoss.dataSpace(w, keys);
                            return Math.abs(f.restricted() - s.restricted())
                                            <= 1e-10 * Math.max(1, s.restricted())
                                    && Math.abs(f.excluded() - s.excluded())
                                            <= 1e-10 * Math.max(1, s.excluded())
                                    && f.keys().equals(keys);
                        });
    }

    @Test
    void zF6KeepsEverythingInItsKeyDirections() {
        for (int d : new int[] {7, 23}) {
            RealWeights w = Constructions.f6(d, Complex.polar(1, 0.7)).toReal();
            double zero = 1 - 1.0 / d;
            // Closed forms of docs/cogs-math.md §13.1: ρ_k = 1 and ℓ = 0 give restricted(all) = 0,
            // excluded(all) = 1 − 1/d (the zero net's loss), restricted(∅) = 1 − 1/d, excluded(∅) =
            // ℓ = 0.
            for (KeyFrequencyLoss l :
                    List.of(
                            KeyFrequencyLoss.of(FourierNet.fromReal(w), all(d)),
                            KeyFrequencyLoss.dataSpace(w, all(d)))) {
                assertEquals(0.0, l.restricted(), 1e-12);
                assertEquals(zero, l.excluded(), 1e-12);
            }
            KeyFrequencyLoss none = KeyFrequencyLoss.dataSpace(w, Set.of());
            assertEquals(zero, none.restricted(), 1e-12);
            assertEquals(0.0, none.excluded(), 1e-12);
            // Removing m of the (d−1)/2 key pairs costs exactly 2/d each.
            KeyFrequencyLoss two = KeyFrequencyLoss.of(FourierNet.fromReal(w), Set.of(1, 3));
            assertEquals(4.0 / d, two.excluded(), 1e-12);
            assertEquals(zero - 4.0 / d, two.restricted(), 1e-12);
        }
    }

    @Test
    void theZeroNetLosesTheSameWhateverIsKept() {
        int d = 11;
        RealWeights zero =
                RealWeights.ofFlat(d, 2, new double[2 * d], new double[2 * d], new double[2 * d]);
        for (int mask = 0; mask < 32; mask += 7) {
            KeyFrequencyLoss l = KeyFrequencyLoss.dataSpace(zero, subset(d, mask));
            // 1e-13: the mean of d² = 121 per-pair losses accumulates rounding of ~1e-16 each.
            assertEquals(1 - 1.0 / d, l.restricted(), 1e-13);
            assertEquals(1 - 1.0 / d, l.excluded(), 1e-13);
        }
    }

    @Test
    void diagonalIsTwoDTimesRkkk() {
        RealWeights w = ProgressNets.random(9, 5, 42, 1.0);
        FourierNet z = FourierNet.fromReal(w);
        List<Complex> rho = KeyFrequencyLoss.diagonal(z);
        assertEquals(4, rho.size());
        for (int k = 1; k <= 4; k++) {
            // Independent: r_kkk from direct DFT sums of the real rows (docs/cogs-math.md §2
            // signs).
            double re = 0;
            double im = 0;
            double[][] ua = w.ua();
            double[][] ub = w.ub();
            double[][] wm = w.w();
            for (int j = 0; j < 5; j++) {
                Complex t =
                        ProgressNets.dft(ua[j], k, -1)
                                .multiply(ProgressNets.dft(ub[j], k, -1))
                                .multiply(ProgressNets.dft(ProgressNets.column(wm, j), k, +1));
                re += t.re();
                im += t.im();
            }
            assertEquals(18 * re, rho.get(k - 1).re(), 1e-12);
            assertEquals(18 * im, rho.get(k - 1).im(), 1e-12);
        }
        assertEquals(CogsLoss.dataSpace(w), KeyFrequencyLoss.of(z, Set.of()).excluded(), 1e-10);
    }

    @Test
    void refusesKeysOutOfRange() {
        FourierNet z = FourierNet.fromReal(ProgressNets.random(7, 2, 1, 1));
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class, () -> KeyFrequencyLoss.of(z, Set.of(4)));
        assertTrue(
                e.getMessage().contains("key frequency 4 is not in 1..(d-1)/2 = 1..3"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> KeyFrequencyLoss.of(z, Set.of(0)));
        assertThrows(
                IllegalArgumentException.class,
                () -> KeyFrequencyLoss.fromPotentials(7, 0, List.of(), Set.of()));
    }
}
