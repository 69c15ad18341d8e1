package dev.cogs.nets.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.weights.CogsLoss;
import dev.cogs.algebra.weights.Constructions;
import dev.cogs.algebra.weights.DataSpaceEvaluation;
import dev.cogs.algebra.weights.FourierNet;
import dev.cogs.algebra.weights.Part;
import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.nets.run.EvaluationPoint;
import dev.cogs.nets.run.TrainingConfig;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** docs/cogs-math.md §13: every field of a progress point against an independent computation. */
class ProgressPointTest {

    @Test
    void lossAccuracyAndNormsMatchTheAlgebraModule() {
        for (long seed = 1; seed <= 4; seed++) {
            RealWeights w = ProgressNets.random(11, 6, seed, 0.8);
            ProgressPoint p = ProgressPoint.of(300, w);
            DataSpaceEvaluation e = CogsLoss.evaluate(w);
            // Two data-space implementations of the same sums: rounding only.
            assertEquals(e.loss(), p.loss(), 1e-12 * Math.max(1, e.loss()));
            assertEquals(e.accuracy(), p.accuracy(), 0.0);
            assertEquals(Math.sqrt(w.normSquared()), p.weightNorm(), 1e-12);
            // Parseval (docs/cogs-math.md §2): ‖θ‖² = d Σ |Z|² over parts, frequencies and nodes.
            FourierNet z = FourierNet.fromReal(w);
            double s = 0;
            for (Part part : Part.values()) {
                for (int k = 0; k < 11; k++) {
                    for (int j = 0; j < 6; j++) {
                        double a = z.coefficient(part, k, j).abs();
                        s += a * a;
                    }
                }
            }
            assertEquals(11 * s, p.weightNorm() * p.weightNorm(), 1e-10);
            assertEquals(p.margin() / p.l23Cubed(), p.normalisedMargin(), 0.0);
            assertEquals(p.normalisedMargin() / Margins.maximum(11), p.marginRatio(), 1e-15);
            assertEquals(p.margin() / p.balancedL23Cubed(), p.balancedNormalisedMargin(), 0.0);
            KeyFrequencyLoss data = KeyFrequencyLoss.dataSpace(w, Set.of(2, 5));
            assertEquals(data.excluded(), p.keyFrequencyLoss(Set.of(2, 5)).excluded(), 1e-10);
            assertEquals(data.restricted(), p.keyFrequencyLoss(Set.of(2, 5)).restricted(), 1e-10);
        }
    }

    @Test
    void biasM1IsTheTripleFourierSumOfTheRealWeights() {
        int d = 7;
        int q = 3;
        RealWeights w = ProgressNets.random(d, q, 5, 1.0);
        List<Double> bias = ProgressPoint.of(0, w).biasM1();
        double[][] ua = w.ua();
        double[][] wm = w.w();
        for (int k = 1; k <= 3; k++) {
            // r_{a,k,1−k,k} = (1/d³) Σ_j Σ_{x,x',c} u[x] u[x'] w[c] ω^{−kx −(1−k)x' + kc}, summed
            // directly.
            double re = 0;
            double im = 0;
            for (int j = 0; j < q; j++) {
                double[] wc = ProgressNets.column(wm, j);
                for (int x = 0; x < d; x++) {
                    for (int x2 = 0; x2 < d; x2++) {
                        for (int c = 0; c < d; c++) {
                            double t = 2 * Math.PI * (-k * x - (1 - k) * x2 + k * c) / d;
                            double v = ua[j][x] * ua[j][x2] * wc[c];
                            re += v * Math.cos(t);
                            im += v * Math.sin(t);
                        }
                    }
                }
            }
            double expected = 2.0 * d * Math.hypot(re, im) / (d * d * d);
            assertEquals(expected, bias.get(k - 1), 1e-12);
        }
    }

    @Test
    void biasM1VanishesForBothOrdersOfTheConstructions() {
        // Single-frequency a-parts: A_{1−k} = 0 at a node of frequency k (1 − k ≢ ±k for odd d), so
        // the potential is
        // exactly zero for z_F6 and z_F4/6 (the k₀ nodes' extra output components do not touch A).
        for (RealWeights w :
                List.of(
                        Constructions.f6(23, Complex.polar(1, 0.7)).toReal(),
                        Constructions.f46(23, Complex.polar(1, 0.7), Complex.polar(1, 0.3), 1)
                                .toReal())) {
            for (double b : ProgressPoint.of(0, w).biasM1()) {
                assertEquals(0.0, b, 1e-12);
            }
        }
    }

    @Test
    void validatesItsLists() {
        ProgressPoint p = ProgressPoint.of(0, ProgressNets.random(5, 2, 1, 1));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new ProgressPoint(
                                -1,
                                5,
                                0,
                                0,
                                p.diagonal(),
                                p.spectrumA(),
                                p.spectrumB(),
                                p.spectrumC(),
                                0,
                                0,
                                0,
                                0,
                                p.biasM1()));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new ProgressPoint(
                                0,
                                5,
                                0,
                                0,
                                List.of(),
                                p.spectrumA(),
                                p.spectrumB(),
                                p.spectrumC(),
                                0,
                                0,
                                0,
                                0,
                                p.biasM1()));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new ProgressPoint(
                                0,
                                5,
                                0,
                                1.5,
                                p.diagonal(),
                                p.spectrumA(),
                                p.spectrumB(),
                                p.spectrumC(),
                                0,
                                0,
                                0,
                                0,
                                p.biasM1()));
        RealWeights w = ProgressNets.random(5, 2, 1, 1);
        assertThrows(
                IllegalArgumentException.class,
                () -> ProgressPoint.of(0, w, FourierNet.fromReal(ProgressNets.random(5, 3, 1, 1))));
    }

    @Test
    void listenerRecordsTheChosenEpochs() {
        TrainingConfig config =
                TrainingConfig.defaults(7).withQ(4).withEpochs(1000).withCheckpointEpoch(900);
        ProgressTrajectory t = ProgressTrajectory.forRun(config, 500);
        RealWeights w = ProgressNets.random(7, 4, 3, 0.5);
        for (int e = 0; e <= 1000; e++) {
            if (config.isEvaluationEpoch(e) || e == 1000) {
                t.onEvaluation(new EvaluationPoint(e, 0, 0, 0, 0), w);
            }
        }
        t.onEvaluation(new EvaluationPoint(1000, 0, 0, 0, 0), w);
        assertEquals(
                List.of(0, 500, 900, 1000), t.points().stream().map(ProgressPoint::epoch).toList());
        assertEquals(ProgressPoint.of(500, w), t.points().get(1));
        assertTrue(t.records(900) && !t.records(901));
        assertThrows(IllegalArgumentException.class, () -> new ProgressTrajectory(0));
        assertThrows(IllegalArgumentException.class, () -> new ProgressTrajectory(10, -1));
    }
}
