package dev.cogs.yoneda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.category.yoneda.NonRepresentability;
import dev.cogs.nets.prompt.PromptClass;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The runner on the constructions at d = 11 with short optimisation (200 steps): the category
 * table, the ideality gate, the deterministic predictions (P1, P1′, P6 do not depend on the
 * optimiser), the shape of every result and independence of the parallelism. The long run at d = 23
 * belongs to the experiment, not to unit tests.
 */
class YonedaExperimentTest {

    private static final int D = 11;

    private static RealWeights randomNet() {
        SplittableRandom r = new SplittableRandom(3);
        double[][] ua = new double[4][D];
        double[][] ub = new double[4][D];
        double[][] w = new double[D][4];
        for (int j = 0; j < 4; j++) {
            for (int x = 0; x < D; x++) {
                ua[j][x] = r.nextDouble() - 0.5;
                ub[j][x] = r.nextDouble() - 0.5;
                w[x][j] = r.nextDouble() - 0.5;
            }
        }
        return RealWeights.of(ua, ub, w);
    }

    private static YonedaExperiment.Options options(int parallelism) {
        return YonedaExperiment.Options.defaults(D)
                .withSteps(200)
                .withRestarts(2)
                .withNets(List.of(NamedNet.trained("random", randomNet())))
                .withFewShot(List.of(Task.affine(D, 1, 3), Task.affine(D, -1, 0)), List.of(1, 2), 2)
                .withParallelism(parallelism);
    }

    @Test
    void shortRunOnTheConstructions() {
        YonedaResult r = YonedaExperiment.run(options(2));
        assertEquals(9, r.categoryTable().size());
        YonedaResult.CategoryRow translation = r.categoryRow("b+3").orElseThrow();
        assertTrue(translation.representable());
        assertEquals("representable", translation.witness());
        assertEquals(3, translation.reading().token().getAsInt());
        YonedaResult.CategoryRow square = r.categoryRow("b^2").orElseThrow();
        assertFalse(square.representable());
        assertTrue(
                square.reading().labelled().reason()
                        instanceof NonRepresentability.ProfileMismatch);
        assertEquals(2.0 / D, square.hardPromptAccuracy(), 0.0);

        assertEquals(
                List.of("zF6", "zF46", "zM", "random"),
                r.nets().stream().map(n -> n.net().name()).toList());
        for (YonedaResult.NetResult n : r.nets().subList(0, 3)) {
            assertTrue(n.ideal(), n.net().name());
            assertEquals(0, n.countHeadFailures());
            assertEquals(9, n.tasks().size());
            assertEquals(2 * 2 * 3, n.fewShot().size());
            assertEquals(5, r.trainedNetChecks().size());
            for (YonedaResult.TaskResult t : n.tasks()) {
                assertEquals(3, t.freeMse().size());
                assertEquals(3, t.freeCe().size());
                assertTrue(t.spanCrossEntropy().isPresent());
                assertEquals(1.0, t.freeMse(1.0).orElseThrow().budget(), 0.0);
                assertTrue(t.freeCe(Double.POSITIVE_INFINITY).isPresent());
                assertTrue(t.freeMse(3.0).isEmpty());
            }
            // one example of a translation identifies the token (Yoneda): one-hot few-shot is exact
            // on every ideal net
            assertEquals(
                    1.0,
                    n.fewShot("b+3", PromptClass.ONE_HOT, 1).orElseThrow().meanRobustAccuracy(),
                    0.0);
        }
        YonedaResult.NetResult random = r.nets().get(3);
        assertFalse(random.ideal());
        assertTrue(random.countHeadFailures() > 0);
        assertTrue(random.tasks().isEmpty() && random.fewShot().isEmpty());

        assertEquals(
                List.of("P1", "P1'", "P2", "P3", "P4", "P5", "P6", "P7"),
                r.predictions().stream().map(YonedaResult.PredictionCheck::id).toList());
        for (String id : List.of("P1", "P1'", "P6")) {
            YonedaResult.PredictionCheck p = r.prediction(id).orElseThrow();
            assertEquals(YonedaResult.Verdict.PASS, p.verdict(), p.summary());
        }
        assertEquals(27, r.prediction("P1").orElseThrow().evidence().size());
        // 3 ideal nets x 9 tasks x (one-hot, span, span-CE, 3 free-MSE, 3 free-CE, FT-head,
        // FT-full)
        assertEquals(3 * 9 * 11, r.measurements().size());
        assertEquals(9, r.taskPredictions().size());
        assertTrue(r.taskPredictions().get(0).reach().reachable());
        assertFalse(r.taskPredictions().get(3).reach().reachable());
        assertTrue(r.wallSeconds() > 0 && r.cpuSeconds() > 0);
    }

    @Test
    void resultsDoNotDependOnTheParallelism() {
        YonedaExperiment.Options o =
                options(1)
                        .withConstructions(List.of(Construction.Z_F6))
                        .withNets(List.of())
                        .withSteps(50);
        YonedaResult one = YonedaExperiment.run(o);
        YonedaResult two = YonedaExperiment.run(o.withParallelism(3));
        assertEquals(one.nets().get(0).tasks(), two.nets().get(0).tasks());
        assertEquals(one.nets().get(0).fewShot(), two.nets().get(0).fewShot());
        assertEquals(one.predictions(), two.predictions());
    }

    @Test
    void optionsAreValidated() {
        YonedaExperiment.Options o = YonedaExperiment.Options.defaults(D);
        assertThrows(
                IllegalArgumentException.class, () -> o.withTasks(List.of(Task.affine(13, 1, 0))));
        assertThrows(IllegalArgumentException.class, () -> o.withBudgets(List.of(0.0)));
        assertThrows(IllegalArgumentException.class, () -> o.withParallelism(0));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        o.withTasks(
                                List.of(
                                        Task.affine(D, 1, 0),
                                        new Task("b", Task.affine(D, 2, 0).y()))));
        assertThrows(
                IllegalArgumentException.class, () -> o.withFewShot(List.of(), List.of(D + 1), 1));
        assertThrows(IllegalArgumentException.class, () -> YonedaExperiment.Options.defaults(12));
        assertEquals(23, YonedaExperiment.Options.defaults().d());
        assertEquals(List.of(1.0, 2.0, Double.POSITIVE_INFINITY), o.budgets());
    }
}
