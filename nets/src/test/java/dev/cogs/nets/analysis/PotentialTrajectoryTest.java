package dev.cogs.nets.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.weights.Constructions;
import dev.cogs.algebra.weights.FourierNet;
import dev.cogs.algebra.weights.Part;
import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.algebra.weights.SumPotentials;
import dev.cogs.nets.run.EvaluationPoint;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PotentialTrajectoryTest {

    /** Brute force with the algebra module's sum potentials: O(d³q). */
    @Test
    void matchesBruteForceSumPotentials() {
        qt().withExamples(20)
                .forAll(integers().between(3, 9), integers().between(0, 6), integers().all())
                .checkAssert(
                        (d, q, seed) -> {
                            SplittableRandom r = new SplittableRandom(seed);
                            RealWeights w =
                                    RealWeights.ofFlat(
                                            d,
                                            q,
                                            r.doubles(q * d, -1, 1).toArray(),
                                            r.doubles(q * d, -1, 1).toArray(),
                                            r.doubles(d * q, -1, 1).toArray());
                            FourierNet z = FourierNet.fromReal(w);
                            PotentialPoint p = PotentialPoint.of(7, z);
                            double diag = 0;
                            double off = 0;
                            for (int k = 1; k < d; k++) {
                                for (int k1 = 0; k1 < d; k1++) {
                                    for (int k2 = 0; k2 < d; k2++) {
                                        double v =
                                                SumPotentials.abc(d, k1, k2, k).valueAt(z).re()
                                                        * 2
                                                        * d;
                                        if (k1 == k && k2 == k) {
                                            diag += v;
                                        } else {
                                            off += v;
                                        }
                                    }
                                }
                            }
                            // Sums of ≤ d³q = 4374 products of O(1) terms: 1e-10 absolute is
                            // generous.
                            assertEquals(diag, p.diagonal(), 1e-10);
                            assertEquals(off, p.offDiagonal(), 1e-10);
                            for (int k = 1; k <= (d - 1) / 2; k++) {
                                Complex ra = SumPotentials.ppc(Part.A, d, k, d - k, k).valueAt(z);
                                assertEquals(2 * d * ra.abs(), p.biasA().get(k - 1), 1e-10);
                                assertEquals(
                                        2 * d * SumPotentials.abc(d, k, k, k).valueAt(z).re(),
                                        p.perFrequency().get(k - 1),
                                        1e-10);
                            }
                            assertEquals(7, p.epoch());
                        });
    }

    @Test
    void globalOptimaHaveTheOptimalPotentials() {
        // z_F6 (docs/cogs-math.md §6.1, §11.A.12): Σ 2d Re r_kkk = d − 1, off-diagonal 0,
        // r_{a,k,−k,k} = 0 (z_ν*z_syn row of docs/cogs-math.md §5).
        int d = 23;
        PotentialPoint f6 = PotentialPoint.of(0, Constructions.f6(d, Complex.of(0.8, 0.3)));
        assertEquals(d - 1, f6.diagonal(), 1e-9);
        assertEquals(0, f6.offDiagonal(), 1e-9);
        for (int k = 0; k < 11; k++) {
            assertEquals(1.0, f6.perFrequency().get(k), 1e-9);
            assertEquals(0.0, f6.biasA().get(k), 1e-9);
        }
        // z_F4/6 with |ξ| = 1: order-4 blocks have 2d·r_{a,k,−k,k} = (1 ± i)/2, modulus 1/√2
        // (docs/cogs-math.md §6.2, §11.B).
        PotentialPoint f46 =
                PotentialPoint.of(0, Constructions.f46(d, Complex.I, Complex.of(0.6, 0.8), 1));
        assertEquals(d - 1, f46.diagonal(), 1e-9);
        assertEquals(0.0, f46.biasA().get(0), 1e-9);
        for (int k = 2; k <= 11; k++) {
            assertEquals(Math.sqrt(0.5), f46.biasA().get(k - 1), 1e-9, "k = " + k);
        }
    }

    @Test
    void recordsOnePointPerEvaluation() {
        PotentialTrajectory t = new PotentialTrajectory();
        RealWeights w = Constructions.f6(7, Complex.ONE).toReal();
        t.onEvaluation(new EvaluationPoint(0, 1, 1, 0, 0), w);
        t.onEvaluation(new EvaluationPoint(100, 0, 0, 1, 1), w);
        List<PotentialPoint> pts = t.points();
        assertEquals(List.of(0, 100), pts.stream().map(PotentialPoint::epoch).toList());
        assertEquals(6.0, pts.get(1).diagonal(), 1e-9);
    }
}
