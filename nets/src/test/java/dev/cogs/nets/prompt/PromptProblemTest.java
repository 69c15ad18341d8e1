package dev.cogs.nets.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.cogs.algebra.weights.RealWeights;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The batched objective of {@link PromptProblem} against the definitions in {@link PromptedNet}
 * (values) and against central finite differences (gradients), for the Gram and the direct
 * evaluation, on all inputs and on subsets.
 */
class PromptProblemTest {

    /** d in [3, 8], q in [1, 9], a subset size, a seed. */
    record Case(int d, int q, int subset, long seed) {
        int[] inputs() {
            int n = Math.min(subset, d);
            int[] s = new int[n];
            for (int i = 0; i < n; i++) {
                s[i] = (int) Math.floorMod(seed + 3L * i, (long) d);
            }
            return java.util.Arrays.stream(s).distinct().toArray();
        }
    }

    static Gen<Case> cases() {
        return SourceDSL.integers()
                .between(3, 8)
                .zip(
                        SourceDSL.integers().between(1, 9),
                        SourceDSL.integers().between(1, 8),
                        SourceDSL.longs().between(0, 1L << 40),
                        Case::new);
    }

    private static double[] values(PromptProblem p, double[][] us) {
        double[] v = new double[us.length];
        boolean[] active = new boolean[us.length];
        java.util.Arrays.fill(active, true);
        p.evaluate(us, active, v, new double[us.length][us[0].length]);
        return v;
    }

    private static void assertGradientMatchesCentralDifferences(
            PromptedNet net,
            int[] y,
            int[] inputs,
            Objective objective,
            boolean direct,
            double[] u) {
        int q = u.length;
        PromptProblem p = new PromptProblem(net, y, inputs, objective, 2, direct);
        double[][] us = {u.clone(), u.clone()};
        double[] v = new double[2];
        double[][] g = new double[2][q];
        p.evaluate(us, new boolean[] {true, false}, v, g);
        double h = 1e-5;
        for (int j = 0; j < q; j++) {
            double[] plus = u.clone();
            double[] minus = u.clone();
            plus[j] += h;
            minus[j] -= h;
            double[] fv = values(p, new double[][] {plus, minus});
            double fd = (fv[0] - fv[1]) / (2 * h);
            // central differences: truncation O(h^2 * |f'''|) ~ 1e-9 for these quartic objectives
            // with O(1) data,
            // rounding O(eps * |f| / h) ~ 1e-10
            assertEquals(fd, g[0][j], 1e-6 * Math.max(1, Math.abs(fd)), "component " + j);
        }
    }

    @Test
    void valuesMatchTheDefinitions() {
        qt().withExamples(150)
                .forAll(cases())
                .checkAssert(
                        k -> {
                            RealWeights w = Fixtures.randomNet(k.d(), k.q(), 1.0, k.seed());
                            PromptedNet net = PromptedNet.of(w);
                            int[] y = Fixtures.randomTask(k.d(), k.seed() + 1);
                            int[] inputs = k.inputs();
                            double[] u = Fixtures.randomVector(k.q(), 1.5, k.seed() + 2);
                            double loss = net.evaluate(u, y, inputs, 0.05).loss();
                            for (boolean direct : new boolean[] {false, true}) {
                                PromptProblem mse =
                                        new PromptProblem(
                                                net, y, inputs, Objective.mse(), 1, direct);
                                // the Gram form cancels terms of size |o|^2 <= ~1e3: absolute error
                                // ~1e-13 x terms
                                assertEquals(
                                        loss,
                                        values(mse, new double[][] {u})[0],
                                        1e-10 * Math.max(1, loss));
                            }
                            PromptProblem ce =
                                    new PromptProblem(
                                            net, y, inputs, Objective.crossEntropy(0.3), 1, false);
                            double expected = net.crossEntropy(u, y, inputs, 0.3);
                            assertEquals(
                                    expected,
                                    values(ce, new double[][] {u})[0],
                                    1e-11 * Math.max(1, expected));
                        });
    }

    @Test
    void gradientsMatchCentralDifferences() {
        qt().withExamples(60)
                .forAll(cases())
                .checkAssert(
                        k -> {
                            PromptedNet net =
                                    PromptedNet.of(Fixtures.randomNet(k.d(), k.q(), 1.0, k.seed()));
                            int[] y = Fixtures.randomTask(k.d(), k.seed() + 1);
                            double[] u = Fixtures.randomVector(k.q(), 1.0, k.seed() + 2);
                            assertGradientMatchesCentralDifferences(
                                    net, y, k.inputs(), Objective.mse(), false, u);
                            assertGradientMatchesCentralDifferences(
                                    net, y, k.inputs(), Objective.mse(), true, u);
                            assertGradientMatchesCentralDifferences(
                                    net, y, k.inputs(), Objective.crossEntropy(0.5), true, u);
                        });
    }

    @Test
    void gramIsChosenWhenCheaper() {
        PromptedNet small = PromptedNet.of(Fixtures.randomNet(7, 5, 1.0, 1));
        int[] y = Fixtures.randomTask(7, 2);
        assertTrue(
                new PromptProblem(small, y, PromptedNet.allInputs(7), Objective.mse(), 1, false)
                        .usesGram());
        assertFalse(
                new PromptProblem(
                                small,
                                y,
                                PromptedNet.allInputs(7),
                                Objective.crossEntropy(1),
                                1,
                                false)
                        .usesGram());
        PromptedNet wide = PromptedNet.of(Fixtures.randomNet(5, 40, 1.0, 1));
        assertFalse(
                new PromptProblem(
                                wide,
                                Fixtures.randomTask(5, 2),
                                new int[] {1, 3},
                                Objective.mse(),
                                1,
                                false)
                        .usesGram());
    }

    /**
     * A random net whose node j sees one input only (U_b[j, ·] one-hot, as in the real-space z_M):
     * its cross-term rows are banded, so {@link PromptProblem} takes the banded evaluation.
     */
    static RealWeights sparseNet(int d, int q, long seed) {
        RealWeights dense = Fixtures.randomNet(d, q, 1.0, seed);
        double[][] ub = new double[q][d];
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed + 7);
        for (int j = 0; j < q; j++) {
            ub[j][r.nextInt(d)] = 2 * r.nextDouble() - 1;
        }
        return RealWeights.of(dense.ua(), ub, dense.w());
    }

    @Test
    void bandedEvaluationMatchesTheDefinitionsAndCentralDifferences() {
        qt().withExamples(80)
                .forAll(cases())
                .checkAssert(
                        k -> {
                            PromptedNet net = PromptedNet.of(sparseNet(k.d(), k.q(), k.seed()));
                            int[] y = Fixtures.randomTask(k.d(), k.seed() + 1);
                            int[] inputs = k.inputs();
                            double[] u = Fixtures.randomVector(k.q(), 1.5, k.seed() + 2);
                            PromptProblem mse =
                                    new PromptProblem(net, y, inputs, Objective.mse(), 1, false);
                            // node j's row is non-zero exactly on the d classes of its input,
                            // if that input is a training input: bands cover d per such node
                            long seen = 0;
                            double[][] ub = net.weights().ub();
                            for (int j = 0; j < k.q(); j++) {
                                for (int b : inputs) {
                                    seen += ub[j][b] != 0 ? 1 : 0;
                                }
                            }
                            boolean expected =
                                    4 * seen * k.d() <= (long) k.q() * inputs.length * k.d();
                            assertEquals(expected, mse.usesBands());
                            double loss = net.evaluate(u, y, inputs, 0.05).loss();
                            // sums of O(qd) products of size <= ~1e1 in another order: ~1e-14
                            assertEquals(
                                    loss,
                                    values(mse, new double[][] {u})[0],
                                    1e-10 * Math.max(1, loss));
                            PromptProblem ce =
                                    new PromptProblem(
                                            net, y, inputs, Objective.crossEntropy(0.3), 1, false);
                            double entropy = net.crossEntropy(u, y, inputs, 0.3);
                            assertEquals(
                                    entropy,
                                    values(ce, new double[][] {u})[0],
                                    1e-11 * Math.max(1, entropy));
                            double[] small = Fixtures.randomVector(k.q(), 1.0, k.seed() + 3);
                            assertGradientMatchesCentralDifferences(
                                    net, y, inputs, Objective.mse(), false, small);
                            assertGradientMatchesCentralDifferences(
                                    net, y, inputs, Objective.crossEntropy(0.5), false, small);
                        });
    }

    @Test
    void denseNetsAreNotBanded() {
        PromptedNet net = PromptedNet.of(Fixtures.randomNet(7, 30, 1.0, 3));
        int[] y = Fixtures.randomTask(7, 4);
        assertFalse(
                new PromptProblem(net, y, PromptedNet.allInputs(7), Objective.mse(), 1, false)
                        .usesBands());
        assertFalse(
                new PromptProblem(net, y, new int[] {2}, Objective.crossEntropy(1), 1, false)
                        .usesBands());
        PromptedNet memorisation = PromptedNet.of(Fixtures.memorisationExact(7));
        assertTrue(
                new PromptProblem(
                                memorisation,
                                y,
                                PromptedNet.allInputs(7),
                                Objective.mse(),
                                1,
                                false)
                        .usesBands());
    }
}
