package dev.cogs.nets.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.weights.Constructions;
import dev.cogs.algebra.weights.FourierNet;
import dev.cogs.algebra.weights.Part;
import dev.cogs.algebra.weights.RealWeights;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * docs/cogs-math.md §13.2: Gini and IPR against a second formula, direct DFT sums and closed forms.
 */
class SpectralConcentrationTest {

    /**
     * The sorted-values form of the Gini coefficient, Σ_i (2i − m − 1)·x_(i) / (m Σ x), i = 1..m.
     */
    private static double giniSorted(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        int m = s.length;
        double num = 0;
        double sum = 0;
        for (int i = 1; i <= m; i++) {
            num += (2.0 * i - m - 1) * s[i - 1];
            sum += s[i - 1];
        }
        return num / (m * sum);
    }

    @Test
    void giniEqualsTheSortedFormAndIprIsBounded() {
        // 1e-12 relative: two summation orders of at most 32² terms of size ≤ 1.
        qt().withExamples(300)
                .forAll(integers().between(1, 32), longs().all())
                .check(
                        (m, seed) -> {
                            double[] x = new SplittableRandom(seed).doubles(m, 0, 1).toArray();
                            double g = SpectralConcentration.gini(x);
                            double ipr = SpectralConcentration.ipr(x);
                            return Math.abs(g - giniSorted(x)) <= 1e-12
                                    && g >= 0
                                    && g <= 1 - 1.0 / m + 1e-12
                                    && ipr >= 1.0 / m - 1e-12
                                    && ipr <= 1 + 1e-12;
                        });
        assertEquals(0.75, SpectralConcentration.gini(new double[] {0, 0, 0, 5}), 1e-15);
        assertEquals(1.0, SpectralConcentration.ipr(new double[] {0, 0, 3, 0}), 1e-15);
        assertEquals(0.25, SpectralConcentration.ipr(new double[] {2, 2, 2, 2}), 1e-15);
        assertTrue(Double.isNaN(SpectralConcentration.gini(new double[] {0, 0})));
        assertThrows(
                IllegalArgumentException.class, () -> SpectralConcentration.gini(new double[0]));
        assertThrows(
                IllegalArgumentException.class,
                () -> SpectralConcentration.gini(new double[] {1, -1}));
        assertThrows(
                IllegalArgumentException.class, () -> SpectralConcentration.ipr(new double[0]));
    }

    @Test
    void aSingleFrequencyNetHasIprOneInEveryLayer() {
        // Random nodes living at frequency 3 only: u[x] = 2 Re(α ω^{3x}) etc. (docs/cogs-math.md
        // §2).
        int d = 13;
        int q = 9;
        SplittableRandom r = new SplittableRandom(7);
        double[] ua = new double[q * d];
        double[] ub = new double[q * d];
        double[] w = new double[d * q];
        for (int j = 0; j < q; j++) {
            double[] ph = r.doubles(6, 0, 2 * Math.PI).toArray();
            double[] amp = r.doubles(3, 0.1, 1).toArray();
            for (int x = 0; x < d; x++) {
                double t = 2 * Math.PI * 3 * x / d;
                ua[j * d + x] = 2 * amp[0] * Math.cos(t + ph[0]);
                ub[j * d + x] = 2 * amp[1] * Math.cos(t + ph[1]);
                w[x * q + j] = 2 * amp[2] * Math.cos(-t + ph[2]);
            }
        }
        FourierNet z = FourierNet.fromReal(RealWeights.ofFlat(d, q, ua, ub, w));
        int m = d / 2 + 1;
        for (Part p : Part.values()) {
            SpectralConcentration s = SpectralConcentration.of(z, p);
            // Rounding of the transform leaves ~1e-32 of power at the other frequencies.
            assertEquals(1.0, s.ipr(), 1e-12, p.toString());
            assertEquals(1.0, s.neuronIpr(), 1e-12, p.toString());
            assertEquals(1 - 1.0 / m, s.gini(), 1e-12, p.toString());
        }
    }

    @Test
    void zF6SpreadsEqualNormsOverEveryFrequency() {
        for (int d : new int[] {7, 23}) {
            FourierNet z = Constructions.f6(d, Complex.polar(1, 0.4));
            int n = (d - 1) / 2;
            for (Part p : Part.values()) {
                SpectralConcentration s = SpectralConcentration.of(z, p);
                // Equal norms at k = 1..n and none at k = 0: ipr = 1/n, gini = 1/(n + 1); every
                // node is single-
                // frequency: neuronIpr = 1.
                assertEquals(1.0 / n, s.ipr(), 1e-12);
                assertEquals(1.0 / (n + 1), s.gini(), 1e-12);
                assertEquals(1.0, s.neuronIpr(), 1e-12);
            }
        }
    }

    @Test
    void perFrequencyNormsMatchDirectDftSums() {
        int d = 9;
        int q = 4;
        RealWeights w = ProgressNets.random(d, q, 99, 1.0);
        int m = d / 2 + 1;
        double[] x = new double[m];
        double[][] ub = w.ub();
        for (int j = 0; j < q; j++) {
            for (int k = 0; k < m; k++) {
                double p = ProgressNets.dft(ub[j], k, -1).abs();
                x[k] += p * p * (k == 0 ? 1 : 2);
            }
        }
        for (int k = 0; k < m; k++) {
            x[k] = Math.sqrt(x[k]);
        }
        SpectralConcentration s = SpectralConcentration.of(FourierNet.fromReal(w), Part.B);
        assertEquals(giniSorted(x), s.gini(), 1e-12);
        double s2 = Arrays.stream(x).map(v -> v * v).sum();
        assertEquals(Arrays.stream(x).map(v -> v * v * v * v).sum() / (s2 * s2), s.ipr(), 1e-12);
        assertTrue(s.neuronIpr() >= 1.0 / m && s.neuronIpr() <= 1);
        RealWeights zero = RealWeights.ofFlat(d, 1, new double[d], new double[d], new double[d]);
        assertTrue(
                Double.isNaN(
                        SpectralConcentration.of(FourierNet.fromReal(zero), Part.A).neuronIpr()));
    }
}
