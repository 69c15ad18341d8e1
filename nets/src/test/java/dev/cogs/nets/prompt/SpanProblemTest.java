package dev.cogs.nets.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.cogs.algebra.weights.RealWeights;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The π-space objective of span prompts ({@link SpanProblem}, docs/yoneda-nets.md §4.2) against two
 * independent computations: the definitions in {@link PromptedNet} at \(u = U_a\pi\) (values: the
 * outputs \(\sum_j W[c,j](u_j + U_b[j,b])^2\) formed from scratch), and the chain rule through the
 * free problem, \(\nabla_\pi = U_a^\top \nabla_u\), computed by {@link PromptProblem} in u space
 * (gradients), plus central differences in π.
 */
class SpanProblemTest {

    /** d in [3, 8], q in [1, 12], a subset size, a seed. */
    record Case(int d, int q, int subset, long seed) {
        int[] inputs() {
            if (subset >= d && (seed & 1) == 0) {
                // every input in order: the problem then reads the net's shared tensors as they are
                return PromptedNet.allInputs(d);
            }
            int n = Math.min(subset, d);
            int[] s = new int[n];
            for (int i = 0; i < n; i++) {
                s[i] = (int) Math.floorMod(seed + 3L * i, (long) d);
            }
            return Arrays.stream(s).distinct().toArray();
        }
    }

    static Gen<Case> cases() {
        return SourceDSL.integers()
                .between(3, 8)
                .zip(
                        SourceDSL.integers().between(1, 12),
                        SourceDSL.integers().between(1, 8),
                        SourceDSL.longs().between(0, 1L << 40),
                        Case::new);
    }

    private static double value(SpanProblem p, double[] pi) {
        double[] v = new double[1];
        p.evaluate(new double[][] {pi}, new boolean[] {true}, v, new double[1][pi.length]);
        return v[0];
    }

    @Test
    void valuesMatchTheDefinitionsAtTheSpannedPrompt() {
        qt().withExamples(150)
                .forAll(cases())
                .checkAssert(
                        k -> {
                            RealWeights w = Fixtures.randomNet(k.d(), k.q(), 1.0, k.seed());
                            PromptedNet net = PromptedNet.of(w);
                            int[] y = Fixtures.randomTask(k.d(), k.seed() + 1);
                            int[] inputs = k.inputs();
                            double[] pi = Fixtures.randomVector(k.d(), 1.5, k.seed() + 2);
                            double[] u = net.span(pi);
                            double loss = net.evaluate(u, y, inputs, 0.05).loss();
                            // both sides sum O(q d^2) products of size <= ~1e2 in different orders:
                            // rounding ~1e-14 relative to the terms, far below 1e-10
                            assertEquals(
                                    loss,
                                    value(new SpanProblem(net, y, inputs, Objective.mse()), pi),
                                    1e-10 * Math.max(1, loss));
                            double ce = net.crossEntropy(u, y, inputs, 0.3);
                            assertEquals(
                                    ce,
                                    value(
                                            new SpanProblem(
                                                    net, y, inputs, Objective.crossEntropy(0.3)),
                                            pi),
                                    1e-10 * Math.max(1, ce));
                        });
    }

    @Test
    void gradientsAreTheChainRuleThroughTheFreeProblem() {
        qt().withExamples(100)
                .forAll(cases())
                .checkAssert(
                        k -> {
                            PromptedNet net =
                                    PromptedNet.of(Fixtures.randomNet(k.d(), k.q(), 1.0, k.seed()));
                            int[] y = Fixtures.randomTask(k.d(), k.seed() + 1);
                            double[] pi = Fixtures.randomVector(k.d(), 1.0, k.seed() + 2);
                            for (Objective o :
                                    new Objective[] {
                                        Objective.mse(), Objective.crossEntropy(0.5)
                                    }) {
                                double[][] gPi = new double[1][k.d()];
                                new SpanProblem(net, y, k.inputs(), o)
                                        .evaluate(
                                                new double[][] {pi},
                                                new boolean[] {true},
                                                new double[1],
                                                gPi);
                                double[][] gU = new double[1][k.q()];
                                new PromptProblem(net, y, k.inputs(), o, 1, true)
                                        .evaluate(
                                                new double[][] {net.span(pi)},
                                                new boolean[] {true},
                                                new double[1],
                                                gU);
                                double scale = 0;
                                for (int p = 0; p < k.d(); p++) {
                                    scale =
                                            Math.max(
                                                    scale,
                                                    Math.abs(
                                                            Kernels.dot(net.uaT[p], gU[0], k.q())));
                                }
                                for (int p = 0; p < k.d(); p++) {
                                    double expected = Kernels.dot(net.uaT[p], gU[0], k.q());
                                    // two summation orders of the same O(q d^3) products:
                                    // rounding ~1e-14 of the largest component
                                    assertEquals(
                                            expected,
                                            gPi[0][p],
                                            1e-10 * Math.max(1, scale),
                                            "component " + p);
                                }
                            }
                        });
    }

    @Test
    void gradientsMatchCentralDifferences() {
        qt().withExamples(40)
                .forAll(cases())
                .checkAssert(
                        k -> {
                            PromptedNet net =
                                    PromptedNet.of(Fixtures.randomNet(k.d(), k.q(), 1.0, k.seed()));
                            int[] y = Fixtures.randomTask(k.d(), k.seed() + 1);
                            double[] pi = Fixtures.randomVector(k.d(), 1.0, k.seed() + 2);
                            SpanProblem p = new SpanProblem(net, y, k.inputs(), Objective.mse());
                            double[][] g = new double[1][k.d()];
                            p.evaluate(new double[][] {pi}, new boolean[] {true}, new double[1], g);
                            double h = 1e-5;
                            for (int i = 0; i < k.d(); i++) {
                                double[] plus = pi.clone();
                                double[] minus = pi.clone();
                                plus[i] += h;
                                minus[i] -= h;
                                double fd = (value(p, plus) - value(p, minus)) / (2 * h);
                                // as in PromptProblemTest: truncation O(h^2 |f'''|) ~ 1e-9 for a
                                // quartic in π with O(1) data (q <= 12 nodes), rounding O(eps |f|
                                // / h) ~ 1e-10
                                assertEquals(fd, g[0][i], 1e-6 * Math.max(1, Math.abs(fd)));
                            }
                        });
    }

    @Test
    void spanTensorsAreSymmetricAndContractTheWeights() {
        PromptedNet net = PromptedNet.of(Fixtures.randomNet(5, 7, 1.0, 11));
        PromptedNet.SpanTensors t = net.spanTensors();
        for (int c = 0; c < 5; c++) {
            for (int p = 0; p < 5; p++) {
                for (int p2 = 0; p2 < 5; p2++) {
                    assertEquals(t.q[c * 5 + p][p2], t.q[c * 5 + p2][p], 0.0);
                    double direct = 0;
                    for (int j = 0; j < 7; j++) {
                        direct += net.z[c][j] * net.uaT[p][j] * net.uaT[p2][j];
                    }
                    // 7 products of size <= 1: rounding ~1e-15
                    assertEquals(direct, t.q[c * 5 + p][p2], 1e-13);
                }
            }
        }
    }
}
