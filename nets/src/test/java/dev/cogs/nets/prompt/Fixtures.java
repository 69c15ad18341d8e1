package dev.cogs.nets.prompt;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.group.FiniteGroups;
import dev.cogs.algebra.weights.Constructions;
import dev.cogs.algebra.weights.FourierNet;
import dev.cogs.algebra.weights.GroupTask;
import dev.cogs.algebra.weights.RealWeights;
import java.util.SplittableRandom;
import java.util.function.IntUnaryOperator;

/**
 * The constructed nets and tasks of docs/yoneda-nets.md §2.1–§2.2 for tests: z_F6 and z_F4/6 with ν
 * = e^{0.7i}, ξ = e^{0.3i}, k₀ = 1, and z_M; tasks as arrays y.
 */
final class Fixtures {

    static final Complex NU = Complex.of(Math.cos(0.7), Math.sin(0.7));
    static final Complex XI = Complex.of(Math.cos(0.3), Math.sin(0.3));

    private Fixtures() {}

    static FourierNet f6Fourier(int d) {
        return Constructions.f6(d, NU);
    }

    static RealWeights f6(int d) {
        return f6Fourier(d).toReal();
    }

    static RealWeights f46(int d) {
        return Constructions.f46(d, NU, XI, 1).toReal();
    }

    static RealWeights memorisation(int d) {
        return Constructions.memorisation(d).toReal();
    }

    /**
     * z_M written in real space (docs/cogs-math.md §6.4), with exact zeros: the algebra's
     * memorisation over ℤ_d.
     */
    static RealWeights memorisationExact(int d) {
        return GroupTask.memorisation(FiniteGroups.cyclic(d));
    }

    /** A random net: every weight uniform in [−scale, scale]. */
    static RealWeights randomNet(int d, int q, double scale, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] ua = new double[q][d];
        double[][] ub = new double[q][d];
        double[][] w = new double[d][q];
        for (int j = 0; j < q; j++) {
            for (int x = 0; x < d; x++) {
                ua[j][x] = scale * (2 * r.nextDouble() - 1);
                ub[j][x] = scale * (2 * r.nextDouble() - 1);
                w[x][j] = scale * (2 * r.nextDouble() - 1);
            }
        }
        return RealWeights.of(ua, ub, w);
    }

    static double[] randomVector(int n, double scale, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = scale * (2 * r.nextDouble() - 1);
        }
        return v;
    }

    static int[] randomTask(int d, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] y = new int[d];
        for (int b = 0; b < d; b++) {
            y[b] = r.nextInt(d);
        }
        return y;
    }

    /** h(y)·d: the largest fibre of b ↦ y(b) − b, counted directly (docs/yoneda-nets.md §1.2). */
    static int hardPromptCount(int[] y) {
        int d = y.length;
        int[] count = new int[d];
        int best = 0;
        for (int b = 0; b < d; b++) {
            best = Math.max(best, ++count[Math.floorMod(y[b] - b, d)]);
        }
        return best;
    }

    static int[] task(int d, IntUnaryOperator f) {
        int[] y = new int[d];
        for (int b = 0; b < d; b++) {
            y[b] = Math.floorMod(f.applyAsInt(b), d);
        }
        return y;
    }

    static int[] affine(int d, int m, int c) {
        return task(d, b -> m * b + c);
    }

    static int[] square(int d) {
        return task(d, b -> b * b);
    }

    static int[] parity(int d) {
        return task(d, b -> b % 2 == 0 ? 1 : 0);
    }

    static int[] permutation(int d, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] y = task(d, b -> b);
        for (int i = d - 1; i > 0; i--) {
            int k = r.nextInt(i + 1);
            int t = y[i];
            y[i] = y[k];
            y[k] = t;
        }
        return y;
    }

    /**
     * The nine tasks of docs/yoneda-nets.md §1.2: b+3, −b, 5−b, 2b, 3b+1, b², [b even], 0, a
     * permutation.
     */
    static int[][] defaultTasks(int d) {
        return new int[][] {
            affine(d, 1, 3),
            affine(d, -1, 0),
            affine(d, -1, 5),
            affine(d, 2, 0),
            affine(d, 3, 1),
            square(d),
            parity(d),
            affine(d, 0, 0),
            permutation(d, 7)
        };
    }
}
