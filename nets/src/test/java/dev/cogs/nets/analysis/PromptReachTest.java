package dev.cogs.nets.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.weights.Constructions;
import dev.cogs.algebra.weights.FourierNet;
import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.nets.prompt.PromptEvaluation;
import dev.cogs.nets.prompt.PromptedNet;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntUnaryOperator;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link PromptReach}: docs/yoneda-nets.md §5 checks 2 and 3, the bound B against a naive 2-D DFT,
 * L_lin against an SVD least-squares solve and against actual prompts, and the argmax program
 * against the closed forms of §1.4 and an independent check of the argmax of the returned solution.
 */
class PromptReachTest {

    private static final Complex NU = Complex.of(Math.cos(0.7), Math.sin(0.7));
    private static final Complex XI = Complex.of(Math.cos(0.3), Math.sin(0.3));

    private static int[] task(int d, IntUnaryOperator f) {
        int[] y = new int[d];
        for (int b = 0; b < d; b++) {
            y[b] = Math.floorMod(f.applyAsInt(b), d);
        }
        return y;
    }

    private static int[] randomTask(int d, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] y = new int[d];
        for (int b = 0; b < d; b++) {
            y[b] = r.nextInt(d);
        }
        return y;
    }

    /** The nine tasks of docs/yoneda-nets.md §1.2 (the permutation from a fixed seed). */
    private static int[][] tasks(int d) {
        int[] perm = task(d, b -> b);
        SplittableRandom r = new SplittableRandom(7);
        for (int i = d - 1; i > 0; i--) {
            int k = r.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[k];
            perm[k] = t;
        }
        return new int[][] {
            task(d, b -> b + 3),
            task(d, b -> -b),
            task(d, b -> 5 - b),
            task(d, b -> 2 * b),
            task(d, b -> 3 * b + 1),
            task(d, b -> b * b),
            task(d, b -> b % 2 == 0 ? 1 : 0),
            task(d, b -> 0),
            perm
        };
    }

    /** B from the definition: the off-line energy of the full 2-D DFT of P⊥Y, O(d⁴), over d³. */
    private static double naiveBound(int[] y) {
        int d = y.length;
        double off = 0;
        for (int kc = 0; kc < d; kc++) {
            for (int kb = 0; kb < d; kb++) {
                double re = 0;
                double im = 0;
                for (int c = 0; c < d; c++) {
                    for (int b = 0; b < d; b++) {
                        double v = (y[b] == c ? 1.0 : 0.0) - 1.0 / d;
                        double a = -2 * Math.PI * ((long) kc * c + (long) kb * b) / d;
                        re += v * Math.cos(a);
                        im += v * Math.sin(a);
                    }
                }
                boolean online = kb == 0 || kb == Math.floorMod(-kc, d) || kb == kc;
                if (!online) {
                    off += re * re + im * im;
                }
            }
        }
        return off / ((double) d * d * d);
    }

    @Test
    void fourierBoundMatchesTheNaiveSpectrum() {
        qt().withExamples(60)
                .forAll(SourceDSL.integers().between(2, 6), SourceDSL.longs().all())
                .checkAssert(
                        (h, seed) -> {
                            int[] y = randomTask(2 * h + 1, seed);
                            assertEquals(naiveBound(y), PromptReach.fourierBound(y), 1e-12);
                        });
    }

    @Test
    void spectrumMatchesTheNaiveTransform() {
        int d = 7;
        int[] y = randomTask(d, 3);
        double[][] s = PromptReach.spectrum(y);
        for (int kc = 0; kc < d; kc++) {
            for (int kb = 0; kb < d; kb++) {
                double re = 0;
                double im = 0;
                for (int c = 0; c < d; c++) {
                    for (int b = 0; b < d; b++) {
                        double v = (y[b] == c ? 1.0 : 0.0) - 1.0 / d;
                        double a = -2 * Math.PI * (kc * c + kb * b) / d;
                        re += v * Math.cos(a);
                        im += v * Math.sin(a);
                    }
                }
                assertEquals(Math.hypot(re, im), s[kc][kb], 1e-12);
            }
        }
    }

    /** Check 2, closed forms of docs/yoneda-nets.md §1.4 items 3–4. */
    @Test
    void checkTwoClosedForms() {
        for (int d : new int[] {11, 23}) {
            for (int m : new int[] {2, 3, d - 2}) {
                assertEquals(1 - 1.0 / d, PromptReach.fourierBound(task(d, b -> m * b)), 1e-12);
                assertEquals(1 - 1.0 / d, PromptReach.fourierBound(task(d, b -> m * b + 4)), 1e-12);
            }
            for (int s : new int[] {0, 3, 5}) {
                assertEquals(0.0, PromptReach.fourierBound(task(d, b -> b + s)), 1e-12);
                assertEquals(0.0, PromptReach.fourierBound(task(d, b -> s - b)), 1e-12);
                assertEquals(0.0, PromptReach.fourierBound(task(d, b -> s)), 1e-12);
            }
            assertEquals(
                    (1 - 1.0 / d) * (1 - 3.0 / d),
                    PromptReach.fourierBound(task(d, b -> b * b)),
                    1e-12);
        }
        // the design note quotes 0.8318 for b^2 and 0.416 (parity) at d = 23, 0.331 (parity) at d =
        // 11
        assertEquals(0.8318, PromptReach.fourierBound(task(23, b -> b * b)), 5e-5);
        assertEquals(0.416, PromptReach.fourierBound(task(23, b -> b % 2 == 0 ? 1 : 0)), 5e-4);
        assertEquals(0.331, PromptReach.fourierBound(task(11, b -> b % 2 == 0 ? 1 : 0)), 5e-4);
    }

    /** Check 2, net side: L_lin(z_F6) = B and L_lin(z_M) = 0 for every task, d = 23. */
    @Test
    void checkTwoLinearSpanBounds() {
        int d = 23;
        PromptReach.LinearSpan f6 = PromptReach.linearSpan(Constructions.f6(d, NU).toReal());
        PromptReach.LinearSpan m = PromptReach.linearSpan(Constructions.memorisation(d).toReal());
        for (int[] y : tasks(d)) {
            assertEquals(PromptReach.fourierBound(y), f6.bound(y), 1e-9);
            assertEquals(0.0, m.bound(y), 1e-9);
        }
        // z_F6's design: 4 real directions per frequency for the f and g lines, plus d - 1 class
        // biases
        assertEquals(4 * (d - 1) / 2 + d - 1, f6.rank());
        assertEquals(d * (d - 1), m.rank());
    }

    /**
     * L_lin against commons-math3's SVD least squares on the same design, built here from the
     * definition.
     */
    @Test
    void linearSpanBoundMatchesAnSvdSolve() {
        int d = 5;
        int q = 4;
        SplittableRandom r = new SplittableRandom(41);
        double[][] ua = new double[q][d];
        double[][] ub = new double[q][d];
        double[][] w = new double[d][q];
        for (int j = 0; j < q; j++) {
            for (int x = 0; x < d; x++) {
                ua[j][x] = 2 * r.nextDouble() - 1;
                ub[j][x] = 2 * r.nextDouble() - 1;
                w[x][j] = 2 * r.nextDouble() - 1;
            }
        }
        RealWeights net = RealWeights.of(ua, ub, w);
        int[] y = randomTask(d, 42);
        double[][] design = new double[d * d][q + d];
        double[] target = new double[d * d];
        for (int b = 0; b < d; b++) {
            for (int c = 0; c < d; c++) {
                int row = b * d + c;
                double v = 0;
                for (int j = 0; j < q; j++) {
                    double wc = w[c][j];
                    double mean = 0;
                    for (int c2 = 0; c2 < d; c2++) {
                        mean += w[c2][j] / d;
                    }
                    design[row][j] = (wc - mean) * ub[j][b];
                    v += (wc - mean) * ub[j][b] * ub[j][b];
                }
                for (int c2 = 0; c2 < d; c2++) {
                    design[row][q + c2] = (c2 == c ? 1.0 : 0.0) - 1.0 / d;
                }
                target[row] = (c == y[b] ? 1.0 : 0.0) - 1.0 / d - v;
            }
        }
        Array2DRowRealMatrix a = new Array2DRowRealMatrix(design);
        RealVector t = new ArrayRealVector(target);
        RealVector x = new SingularValueDecomposition(a).getSolver().solve(t);
        RealVector res = t.subtract(a.operate(x));
        // two least-squares methods on a 25x9 problem of rank 8: agree to rounding
        assertEquals(res.dotProduct(res) / d, PromptReach.linearSpanBound(net, y), 1e-12);
    }

    /**
     * L_lin bounds every prompt's loss from below (docs/yoneda-nets.md §1.4 item 4), on random
     * nets.
     */
    @Test
    void linearSpanBoundsEveryPrompt() {
        qt().withExamples(80)
                .forAll(
                        SourceDSL.integers().between(3, 7),
                        SourceDSL.integers().between(1, 30),
                        SourceDSL.longs().all())
                .checkAssert(
                        (d, q, seed) -> {
                            SplittableRandom r = new SplittableRandom(seed);
                            double[][] ua = new double[q][d];
                            double[][] ub = new double[q][d];
                            double[][] w = new double[d][q];
                            for (int j = 0; j < q; j++) {
                                for (int x = 0; x < d; x++) {
                                    ua[j][x] = r.nextDouble() - 0.5;
                                    ub[j][x] = r.nextDouble() - 0.5;
                                    w[x][j] = r.nextDouble() - 0.5;
                                }
                            }
                            RealWeights net = RealWeights.of(ua, ub, w);
                            int[] y = randomTask(d, seed + 1);
                            double bound = PromptReach.linearSpanBound(net, y);
                            PromptedNet p = PromptedNet.of(net);
                            for (int i = 0; i < 5; i++) {
                                double[] u = new double[q];
                                for (int j = 0; j < q; j++) {
                                    u[j] = 4 * (r.nextDouble() - 0.5);
                                }
                                PromptEvaluation e = p.evaluate(u, y);
                                assertTrue(e.loss() >= bound - 1e-12, e.loss() + " < " + bound);
                            }
                        });
    }

    /** Check 3: the closed-form reflection prompt on z_F6. */
    @Test
    void checkThreeReflectionPrompt() {
        for (int d : new int[] {11, 23, 71}) {
            FourierNet z = Constructions.f6(d, NU);
            PromptedNet net = PromptedNet.of(z.toReal());
            for (int s : new int[] {0, 5}) {
                double[] u = PromptReach.reflectionPrompt(z, s);
                PromptEvaluation e = net.evaluate(u, task(d, b -> s - b));
                assertTrue(e.loss() < 1e-20, "d=" + d + " s=" + s + ": " + e);
                assertEquals(d, e.robustCorrect());
                if (s == 0) {
                    assertEquals(1.0, net.relativeNorm(u), 1e-9);
                }
            }
        }
        // the pilot's |u|/rmax = 1.17 for s = 5 at d = 23, quoted to two decimals
        FourierNet z = Constructions.f6(23, NU);
        assertEquals(
                1.17,
                PromptedNet.of(z.toReal()).relativeNorm(PromptReach.reflectionPrompt(z, 5)),
                5e-3);
        // z_F4/6 has order-4 blocks: no reflection prompt of this form; a real nu^3 makes the
        // system singular
        assertThrows(
                IllegalArgumentException.class,
                () -> PromptReach.reflectionPrompt(Constructions.f46(11, NU, XI, 1), 0));
        assertThrows(
                IllegalArgumentException.class,
                () -> PromptReach.reflectionPrompt(Constructions.f6(11, Complex.ONE), 0));
    }

    /**
     * Margins of the closed forms: an output with f = ±1 (or g = ±1) has margin 2 for a translation
     * (reflection).
     */
    @Test
    void argmaxProgramClosedForms() {
        int d = 11;
        Set<PromptReach.Channel> circ = EnumSet.of(PromptReach.Channel.CIRC);
        Set<PromptReach.Channel> hankel = EnumSet.of(PromptReach.Channel.HANKEL);
        Set<PromptReach.Channel> all = EnumSet.allOf(PromptReach.Channel.class);
        assertEquals(2.0, PromptReach.argmaxReachable(task(d, b -> b + 3), circ).margin(), 1e-9);
        assertEquals(2.0, PromptReach.argmaxReachable(task(d, b -> 5 - b), hankel).margin(), 1e-9);
        assertEquals(0.0, PromptReach.argmaxReachable(task(d, b -> 5 - b), circ).margin(), 1e-9);
        assertEquals(0.0, PromptReach.argmaxReachable(task(d, b -> b + 3), hankel).margin(), 1e-9);
        assertEquals(
                2.0,
                PromptReach.argmaxReachable(task(d, b -> 4), EnumSet.of(PromptReach.Channel.BIAS))
                        .margin(),
                1e-9);
        for (int m : new int[] {2, 3}) {
            PromptReach.ArgmaxReach r = PromptReach.argmaxReachable(task(d, b -> m * b + 1), all);
            assertFalse(r.reachable());
            assertEquals(0.0, r.margin(), 1e-9);
        }
        // the pilot's margin 0.545 for b^2 at d = 11 (quoted to three decimals)
        assertEquals(0.545, PromptReach.argmaxReachable(task(d, b -> b * b), all).margin(), 5e-4);
    }

    /** Whenever the program reports reach, its v, f, g really have argmax y (recomputed here). */
    @Test
    void reportedSolutionsHaveTheArgmax() {
        qt().withExamples(40)
                .forAll(
                        SourceDSL.integers().between(2, 5),
                        SourceDSL.longs().all(),
                        SourceDSL.integers().between(1, 7))
                .checkAssert(
                        (h, seed, mask) -> {
                            int d = 2 * h + 1;
                            SplittableRandom r = new SplittableRandom(seed);
                            int kind = r.nextInt(3);
                            int s = r.nextInt(d);
                            int[] y =
                                    kind == 0
                                            ? task(d, b -> b + s)
                                            : kind == 1 ? task(d, b -> s - b) : randomTask(d, seed);
                            EnumSet<PromptReach.Channel> ch =
                                    EnumSet.noneOf(PromptReach.Channel.class);
                            for (PromptReach.Channel c : PromptReach.Channel.values()) {
                                if ((mask & (1 << c.ordinal())) != 0) {
                                    ch.add(c);
                                }
                            }
                            PromptReach.ArgmaxReach res = PromptReach.argmaxReachable(y, ch);
                            double[] v = res.v();
                            double[] f = res.f();
                            double[] g = res.g();
                            double margin = Double.POSITIVE_INFINITY;
                            for (int b = 0; b < d; b++) {
                                for (int c = 0; c < d; c++) {
                                    assertTrue(
                                            Math.abs(v[c]) <= 1
                                                    && Math.abs(f[c]) <= 1
                                                    && Math.abs(g[c]) <= 1);
                                    if (c != y[b]) {
                                        double top =
                                                v[y[b]]
                                                        + f[Math.floorMod(y[b] - b, d)]
                                                        + g[(y[b] + b) % d];
                                        margin =
                                                Math.min(
                                                        margin,
                                                        top
                                                                - (v[c]
                                                                        + f[Math.floorMod(c - b, d)]
                                                                        + g[(c + b) % d]));
                                    }
                                }
                            }
                            assertEquals(Math.max(0, margin), res.margin(), 1e-12);
                            if (kind == 0 && ch.contains(PromptReach.Channel.CIRC)) {
                                assertEquals(2.0, res.margin(), 1e-9);
                            }
                        });
    }
}
