package dev.cogs.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.nets.run.EvaluationPoint;
import dev.cogs.nets.run.TrainingConfig;
import dev.cogs.nets.run.TrainingListener;
import dev.cogs.nets.run.TrainingResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * End-to-end behaviour of {@link Trainer}: learning, determinism, divergence, schedule, initial
 * weights.
 */
class TrainerTest {

    @Test
    void smallGroupIsLearnedPerfectlyWithinAFewHundredEpochs() {
        // With the paper's wd = 5e-5, d = 11 generalises only after ~600-900 epochs; a stronger
        // decay
        // (1e-3) reaches 100 % train and test accuracy at epoch ~70-110 for seeds 1-3 (measured),
        // so 300
        // epochs leave a margin of about 3x.
        TrainingConfig config =
                TrainingConfig.defaults(11)
                        .withQ(128)
                        .withWeightDecay(1e-3)
                        .withEpochs(300)
                        .withCheckpointEpoch(250);
        TrainingResult result = Trainer.train(config);
        EvaluationPoint last = result.last();
        assertFalse(result.diverged());
        assertEquals(300, last.epoch());
        assertEquals(1.0, last.trainAccuracy(), 0.0);
        assertEquals(1.0, last.testAccuracy(), 0.0);
        // The initial loss is ≈ 1 − 1/d (outputs near class-constant); training must have cut it by
        // far.
        assertTrue(last.trainLoss() < 1e-2, "train loss " + last.trainLoss());
        assertTrue(result.checkpointReached());
    }

    @Test
    void sameSeedGivesIdenticalBitsAndOtherSeedDiffers() {
        TrainingConfig config =
                TrainingConfig.defaults(7).withQ(32).withEpochs(60).withCheckpointEpoch(50);
        TrainingResult r1 = Trainer.train(config);
        TrainingResult r2 = Trainer.train(config);
        assertEquals(r1.finalWeights(), r2.finalWeights());
        assertEquals(r1.checkpoint(), r2.checkpoint());
        assertEquals(r1.history(), r2.history());
        TrainingResult other = Trainer.train(config.withSeed(2));
        assertNotEquals(r1.finalWeights(), other.finalWeights());
    }

    @Test
    void noOpListenerRunMatchesAWatchedRun() {
        // Trainer skips the weight copies for TrainingListener.none(); the result must not depend
        // on that,
        // with the checkpoint at an evaluation epoch (150) and at one that is not (250; evaluations
        // every 100
        // from 200 on, docs/cogs-math.md §8).
        for (int checkpoint : new int[] {150, 250}) {
            TrainingConfig config =
                    TrainingConfig.defaults(5)
                            .withQ(8)
                            .withEpochs(300)
                            .withCheckpointEpoch(checkpoint);
            List<RealWeights> seen = new ArrayList<>();
            TrainingResult watched = Trainer.train(config, (p, w) -> seen.add(w));
            TrainingResult quiet = Trainer.train(config, TrainingListener.none());
            assertEquals(watched.history(), quiet.history());
            assertEquals(watched.checkpoint(), quiet.checkpoint());
            assertEquals(watched.finalWeights(), quiet.finalWeights());
            assertEquals(watched.history().size(), seen.size());
            assertEquals(seen.get(seen.size() - 1), quiet.finalWeights());
        }
    }

    @Test
    void checkpointHoldsWeightsAfterThatManySteps() {
        TrainingConfig config =
                TrainingConfig.defaults(5).withQ(8).withEpochs(30).withCheckpointEpoch(12);
        TrainingResult full = Trainer.train(config);
        TrainingResult shorter = Trainer.train(config.withEpochs(12));
        assertEquals(shorter.finalWeights(), full.checkpoint());
        assertTrue(full.checkpointReached());
    }

    @Test
    void hugeLearningRateDivergesAndKeepsFiniteWeights() {
        TrainingConfig config =
                TrainingConfig.defaults(5).withQ(8).withEpochs(200).withLearningRate(1e12);
        List<EvaluationPoint> seen = new ArrayList<>();
        TrainingResult result = Trainer.train(config, (p, w) -> seen.add(p));
        assertTrue(result.diverged());
        assertTrue(result.stepsCompleted() < 200, "steps " + result.stepsCompleted());
        assertFalse(result.checkpointReached());
        // RealWeights rejects non-finite entries, so building them at all proves finiteness; check
        // anyway.
        for (double x : result.finalWeights().wFlat()) {
            assertTrue(Double.isFinite(x));
        }
        assertEquals(result.history(), seen);
    }

    @Test
    void evaluationScheduleFollowsSpec() {
        TrainingConfig config = TrainingConfig.defaults(5).withQ(4).withEpochs(350);
        List<Integer> epochs = new ArrayList<>();
        TrainingResult result = Trainer.train(config, (p, w) -> epochs.add(p.epoch()));
        List<Integer> expected = new ArrayList<>();
        for (int e = 0; e < 200; e++) {
            expected.add(e);
        }
        expected.addAll(List.of(200, 300, 350));
        assertEquals(expected, epochs);
        assertEquals(expected.size(), result.history().size());
    }

    @Test
    void listenerCanStopTheRun() {
        TrainingConfig config = TrainingConfig.defaults(5).withQ(4).withEpochs(1000);
        int[] calls = {0};
        TrainingResult result =
                Trainer.train(
                        config,
                        new TrainingListener() {
                            @Override
                            public void onEvaluation(
                                    EvaluationPoint point, RealWeights weightsBeforeUpdate) {
                                calls[0]++;
                            }

                            @Override
                            public boolean stopRequested() {
                                return calls[0] >= 3;
                            }
                        });
        assertTrue(result.stopped());
        assertEquals(3, result.stepsCompleted());
        assertFalse(result.checkpointReached());
        assertEquals(result.finalWeights(), result.checkpoint());
    }

    @Test
    void fanOutListenersSeeTheSameRunAndCanStopIt() {
        // The report's set-up: several recorders and an external stop flag composed with
        // TrainingListener.all.
        TrainingConfig config = TrainingConfig.defaults(5).withQ(4).withEpochs(1000);
        List<Integer> first = new ArrayList<>();
        List<RealWeights> second = new ArrayList<>();
        TrainingResult result =
                Trainer.train(
                        config,
                        TrainingListener.all(
                                (p, w) -> first.add(p.epoch()),
                                (p, w) -> second.add(w),
                                TrainingListener.stopWhen(() -> first.size() >= 4)));
        assertTrue(result.stopped());
        // stops after the step of epoch 3 (the fourth evaluation); the final weights are evaluated
        // once more
        assertEquals(List.of(0, 1, 2, 3, 4), first);
        assertEquals(4, result.stepsCompleted());
        assertEquals(result.finalWeights(), second.get(second.size() - 1));
        TrainingResult quiet = Trainer.train(config.withEpochs(4), TrainingListener.all());
        assertEquals(quiet.finalWeights(), result.finalWeights());
    }

    @Test
    void initialWeightsRespectPyTorchBounds() {
        TrainingConfig config = TrainingConfig.defaults(23).withQ(64);
        RealWeights w = Trainer.initialWeights(config);
        double in = 1 / Math.sqrt(23);
        double out = 1 / Math.sqrt(64);
        assertTrue(Arrays.stream(w.uaFlat()).allMatch(x -> Math.abs(x) <= in));
        assertTrue(Arrays.stream(w.ubFlat()).allMatch(x -> Math.abs(x) <= in));
        assertTrue(Arrays.stream(w.wFlat()).allMatch(x -> Math.abs(x) <= out));
        // Uniform on (−B, B): the sample maximum of 64·23 draws lies within 1 % of B with
        // probability
        // 1 − 0.99^1472 ≈ 1 − 4e-7.
        assertTrue(Arrays.stream(w.uaFlat()).map(Math::abs).max().orElse(0) > 0.99 * in);
    }
}
