package dev.cogs.yoneda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.nets.prompt.PromptClass;
import dev.cogs.nets.prompt.PromptFit;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Checks 8–12 of docs/yoneda-nets.md §5 decided on a short run at d = 11: z_F4/6 passed in as a
 * trained net (ideal, with order-4 blocks like trained nets) beside a random net that is not ideal.
 * The verdicts are recomputed here from the measurements by the rules of the design note; the run's
 * real verdicts on the trained seeds come from {@code cogs yoneda}.
 */
class TrainedNetChecksTest {

    private static final int D = 11;

    private static RealWeights randomNet() {
        SplittableRandom r = new SplittableRandom(5);
        double[][] ua = new double[3][D];
        double[][] ub = new double[3][D];
        double[][] w = new double[D][3];
        for (int j = 0; j < 3; j++) {
            for (int x = 0; x < D; x++) {
                ua[j][x] = r.nextDouble() - 0.5;
                ub[j][x] = r.nextDouble() - 0.5;
                w[x][j] = r.nextDouble() - 0.5;
            }
        }
        return RealWeights.of(ua, ub, w);
    }

    private static YonedaExperiment.Options options() {
        return YonedaExperiment.Options.defaults(D)
                .withConstructions(List.of())
                .withTasks(
                        List.of(Task.affine(D, 1, 3), Task.affine(D, -1, 0), Task.affine(D, 2, 0)))
                .withBudgets(List.of(1.0, Double.POSITIVE_INFINITY))
                .withSteps(300)
                .withRestarts(1)
                .withFewShot(List.of(Task.affine(D, 1, 3), Task.affine(D, -1, 0)), List.of(1, 3), 2)
                .withParallelism(2);
    }

    @Test
    void checksFollowTheMeasurementsOfTheTrainedNets() {
        NamedNet ideal = NamedNet.trained("t-zF46", Construction.Z_F46.build(D).weights());
        NamedNet broken = NamedNet.trained("t-random", randomNet());
        YonedaResult r = YonedaExperiment.run(options().withNets(List.of(ideal, broken)));
        assertEquals(
                List.of("C8", "C9", "C10", "C11", "C12"),
                r.trainedNetChecks().stream().map(YonedaResult.PredictionCheck::id).toList());

        YonedaResult.PredictionCheck c8 = r.trainedNetCheck("C8").orElseThrow();
        assertEquals(YonedaResult.Verdict.FAIL, c8.verdict());
        assertEquals(2, c8.evidence().size());
        assertEquals(1, c8.failures().size());
        YonedaResult.NetResult random = r.nets().get(1);
        assertEquals("t-random", c8.failures().get(0).net());
        assertEquals(random.certificate().accuracy(), c8.failures().get(0).measured(), 0.0);
        assertTrue(c8.failures().get(0).measured() < 1);

        // P1 on an ideal net is exact (one-hot prompts compute b -> b + P): 3 tasks, all hold
        YonedaResult.PredictionCheck c9 = r.trainedNetCheck("C9").orElseThrow();
        assertEquals(YonedaResult.Verdict.PASS, c9.verdict(), c9.summary());
        assertEquals(3, c9.evidence().size());

        YonedaResult.TaskResult mirror = r.nets().get(0).task("-b").orElseThrow();
        PromptFit atOne = mirror.freeMse(1.0).orElseThrow();
        YonedaResult.PredictionCheck c10 = r.trainedNetCheck("C10").orElseThrow();
        assertEquals(1, c10.evidence().size());
        assertEquals(atOne.loss(), c10.evidence().get(0).measured(), 0.0);
        boolean solved = atOne.evaluation().robustCorrect() == D && atOne.loss() <= 0.05;
        assertEquals(solved, c10.evidence().get(0).holds());

        // 2b: free-MSE and free-CE at rho = 1 (the budget inf is above 2), accuracy and loss each
        YonedaResult.PredictionCheck c11 = r.trainedNetCheck("C11").orElseThrow();
        assertEquals(4, c11.evidence().size());
        YonedaResult.TaskResult doubling = r.nets().get(0).task("2b").orElseThrow();
        for (PromptFit f :
                List.of(doubling.freeMse(1.0).orElseThrow(), doubling.freeCe(1.0).orElseThrow())) {
            assertTrue(
                    c11.evidence().stream()
                            .anyMatch(
                                    e ->
                                            e.measured() == f.loss()
                                                    && e.holds()
                                                            == (f.loss()
                                                                    >= doubling.linearSpanBound()
                                                                            - 1e-6)));
        }

        // one-hot k = 1 on b+3 (exact by Yoneda), free k = 3 on b+3 and -b
        YonedaResult.PredictionCheck c12 = r.trainedNetCheck("C12").orElseThrow();
        assertEquals(3, c12.evidence().size());
        assertTrue(c12.evidence().get(0).holds());
        double free3 =
                r.nets()
                        .get(0)
                        .fewShot("b+3", PromptClass.FREE, 3)
                        .orElseThrow()
                        .meanRobustAccuracy();
        assertTrue(
                c12.evidence().stream()
                        .anyMatch(e -> e.measured() == free3 && e.holds() == (free3 >= 0.95)));
    }

    @Test
    void withoutTrainedNetsNothingIsEvaluated() {
        YonedaResult r =
                YonedaExperiment.run(
                        options()
                                .withConstructions(List.of(Construction.Z_F6))
                                .withSteps(20)
                                .withFewShot(List.of(Task.affine(D, 1, 3)), List.of(1), 1));
        for (YonedaResult.PredictionCheck c : r.trainedNetChecks()) {
            assertEquals(YonedaResult.Verdict.NOT_EVALUATED, c.verdict(), c.id());
        }
    }
}
