package dev.cogs.nets.analysis;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.weights.RealWeights;
import java.util.SplittableRandom;

/** Seeded random nets and direct real-space Fourier sums for the progress-measure tests. */
final class ProgressNets {

    private ProgressNets() {}

    /** Uniform weights in [−scale, scale], from a seed. */
    static RealWeights random(int d, int q, long seed, double scale) {
        SplittableRandom r = new SplittableRandom(seed);
        return RealWeights.ofFlat(
                d,
                q,
                r.doubles((long) q * d, -scale, scale).toArray(),
                r.doubles((long) q * d, -scale, scale).toArray(),
                r.doubles((long) d * q, -scale, scale).toArray());
    }

    /** w + noise of the given size. */
    static RealWeights perturbed(RealWeights w, long seed, double size) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] a = w.uaFlat();
        double[] b = w.ubFlat();
        double[] c = w.wFlat();
        for (double[] v : new double[][] {a, b, c}) {
            for (int i = 0; i < v.length; i++) {
                v[i] += size * (2 * r.nextDouble() - 1);
            }
        }
        return RealWeights.ofFlat(w.d(), w.order(), a, b, c);
    }

    /**
     * (1/d) Σ_x u[x] ω^{sign·k·x} by a direct sum (docs/cogs-math.md §2, independent of
     * FourierNet).
     */
    static Complex dft(double[] u, int k, int sign) {
        int d = u.length;
        double re = 0;
        double im = 0;
        for (int x = 0; x < d; x++) {
            double t = sign * 2 * Math.PI * ((long) k * x % d) / d;
            re += u[x] * Math.cos(t);
            im += u[x] * Math.sin(t);
        }
        return Complex.of(re / d, im / d);
    }

    /** Node j's input row of U_a (or U_b). */
    static double[] row(double[][] m, int j) {
        return m[j].clone();
    }

    /** Node j's output column of W. */
    static double[] column(double[][] w, int j) {
        double[] c = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            c[i] = w[i][j];
        }
        return c;
    }
}
