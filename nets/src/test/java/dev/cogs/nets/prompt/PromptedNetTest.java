package dev.cogs.nets.prompt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.cogs.algebra.weights.CogsLoss;
import dev.cogs.algebra.weights.RealWeights;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link PromptedNet} against the network's definition and against {@link CogsLoss}, an independent
 * evaluator.
 */
class PromptedNetTest {

    /** A small random case: d in [3, 9], q in [1, 7], a seed. */
    record Case(int d, int q, long seed) {
        RealWeights net() {
            return Fixtures.randomNet(d, q, 1.0, seed);
        }
    }

    static Gen<Case> cases() {
        return SourceDSL.integers()
                .between(3, 9)
                .zip(SourceDSL.integers().between(1, 7), SourceDSL.longs().all(), Case::new);
    }

    @Test
    void outputIsTheNetWithTheASlotReplaced() {
        qt().withExamples(200)
                .forAll(cases())
                .checkAssert(
                        k -> {
                            RealWeights w = k.net();
                            double[] u = Fixtures.randomVector(k.q(), 2.0, k.seed() + 1);
                            double[][] out = PromptedNet.of(w).output(u);
                            for (int b = 0; b < k.d(); b++) {
                                for (int c = 0; c < k.d(); c++) {
                                    double expected = 0;
                                    for (int j = 0; j < k.q(); j++) {
                                        double x = u[j] + w.ub(j, b);
                                        expected += w.w(c, j) * x * x;
                                    }
                                    // both sum q terms of size <= 18 in different association
                                    // orders
                                    assertEquals(
                                            expected,
                                            out[c][b],
                                            1e-12 * Math.max(1, Math.abs(expected)) * k.q());
                                }
                            }
                        });
    }

    @Test
    void oneHotPromptsReproduceThePretextLossAndAccuracy() {
        qt().withExamples(100)
                .forAll(cases())
                .checkAssert(
                        k -> {
                            RealWeights w = k.net();
                            PromptedNet net = PromptedNet.of(w);
                            int d = k.d();
                            double loss = 0;
                            int correct = 0;
                            for (int a = 0; a < d; a++) {
                                int shift = a;
                                PromptEvaluation e =
                                        net.evaluate(
                                                net.oneHot(a),
                                                Fixtures.task(d, b -> b + shift),
                                                PromptedNet.allInputs(d),
                                                0.0);
                                loss += e.loss();
                                correct += e.correct();
                            }
                            // CogsLoss evaluates o(a, b) on all d^2 pairs by its own code path
                            // (algebra.weights.DataSpace)
                            assertEquals(
                                    CogsLoss.dataSpace(w), loss / d, 1e-12 * Math.max(1, loss));
                            assertEquals(CogsLoss.accuracy(w), (double) correct / (d * d), 0.0);
                            assertEquals(correct, net.idealityCertificate().correct());
                        });
    }

    @Test
    void spanOfABasisVectorIsTheOneHotPrompt() {
        RealWeights w = Fixtures.randomNet(7, 5, 1.0, 3);
        PromptedNet net = PromptedNet.of(w);
        for (int p = 0; p < 7; p++) {
            double[] pi = new double[7];
            pi[p] = 1;
            assertArrayEquals(net.oneHot(p), net.span(pi), 0.0);
            for (int j = 0; j < 5; j++) {
                assertEquals(w.ua(j, p), net.oneHot(p)[j], 0.0);
            }
        }
    }

    @Test
    void theZeroNetHasLossOneMinusOneOverDAndNoRobustAnswer() {
        int d = 9;
        RealWeights zero = RealWeights.of(new double[2][d], new double[2][d], new double[d][2]);
        PromptEvaluation e =
                PromptedNet.of(zero).evaluate(new double[] {1, 2}, Fixtures.affine(d, 2, 0));
        assertEquals(1 - 1.0 / d, e.loss(), 1e-15);
        assertEquals(0, e.robustCorrect());
        assertEquals(0, e.correct());
        assertEquals(0.0, e.minMargin(), 0.0);
    }

    @Test
    void crossEntropyMatchesTheTextbookFormulaOnSmallOutputs() {
        RealWeights w = Fixtures.randomNet(5, 4, 0.5, 11);
        PromptedNet net = PromptedNet.of(w);
        double[] u = Fixtures.randomVector(4, 0.5, 12);
        int[] y = {1, 4, 0, 0, 2};
        int[] inputs = {0, 3, 4};
        double t = 0.7;
        double[][] o = net.output(u);
        double expected = 0;
        for (int b : inputs) {
            double z = 0;
            for (int c = 0; c < 5; c++) {
                z += Math.exp(o[c][b] / t);
            }
            expected -= Math.log(Math.exp(o[y[b]][b] / t) / z);
        }
        assertEquals(expected / 3, net.crossEntropy(u, y, inputs, t), 1e-13);
    }

    @Test
    void constructionsPassTheIdealityCertificate() {
        for (int d : new int[] {11, 23}) {
            for (RealWeights w :
                    new RealWeights[] {Fixtures.f6(d), Fixtures.f46(d), Fixtures.memorisation(d)}) {
                IdealityCertificate c = PromptedNet.of(w).idealityCertificate();
                assertTrue(c.passes(), w + " " + c.failures());
                assertEquals(1.0, c.accuracy(), 0.0);
                assertEquals(d * d, c.total());
                // a global optimum outputs P_perp e_{a+b} + const: margin exactly 1 up to rounding
                assertEquals(1.0, c.minMargin(), 1e-9);
            }
        }
        IdealityCertificate random =
                PromptedNet.of(Fixtures.randomNet(7, 3, 1.0, 5)).idealityCertificate();
        assertFalse(random.passes());
        assertEquals(random.total(), random.correct() + random.failures().size());
    }

    @Test
    void rmaxIsTheLargestOneHotNorm() {
        RealWeights w = Fixtures.randomNet(6, 4, 1.0, 8);
        PromptedNet net = PromptedNet.of(w);
        double best = 0;
        for (int p = 0; p < 6; p++) {
            double s = 0;
            for (int j = 0; j < 4; j++) {
                s += w.ua(j, p) * w.ua(j, p);
            }
            best = Math.max(best, Math.sqrt(s));
        }
        assertEquals(best, net.rmax(), 1e-15);
        assertEquals(
                1.0,
                net.relativeNorm(net.oneHot(0))
                        * net.rmax()
                        / Math.sqrt(Kernels.normSquared(net.oneHot(0))),
                1e-15);
    }

    @Test
    void invalidArgumentsNameTheValue() {
        PromptedNet net = PromptedNet.of(Fixtures.randomNet(5, 3, 1.0, 1));
        assertEquals(
                "u has length 2 but must have length 3",
                assertThrows(IllegalArgumentException.class, () -> net.output(new double[2]))
                        .getMessage());
        assertEquals(
                "u[1] (NaN) must be finite",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> net.output(new double[] {0, Double.NaN, 0}))
                        .getMessage());
        assertEquals(
                "y[2] (5) must be in [0, 5)",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> net.evaluate(new double[3], new int[] {0, 0, 5, 0, 0}))
                        .getMessage());
        assertEquals(
                "inputs[1] (2) is repeated",
                assertThrows(
                                IllegalArgumentException.class,
                                () ->
                                        net.evaluate(
                                                new double[3], new int[5], new int[] {2, 2}, 0.05))
                        .getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> net.evaluate(new double[3], new int[5], new int[] {0}, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> net.oneHot(5));
        assertThrows(
                IllegalArgumentException.class,
                () -> net.crossEntropy(new double[3], new int[5], new int[] {0}, 0.0));
    }
}
