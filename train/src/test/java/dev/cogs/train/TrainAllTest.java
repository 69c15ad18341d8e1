package dev.cogs.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.nets.run.EvaluationPoint;
import dev.cogs.nets.run.TrainingConfig;
import dev.cogs.nets.run.TrainingListener;
import dev.cogs.nets.run.TrainingResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link Trainer#trainAll}: a batch of runs trained side by side gives every run the same bits as
 * training it alone with the two-thread engine (weights, checkpoint, history), whatever the number
 * of workers; listeners see their own run; bad arguments are refused with the rule they break.
 */
class TrainAllTest {

    private static List<TrainingConfig> batch() {
        TrainingConfig base =
                TrainingConfig.defaults(7).withQ(32).withEpochs(60).withCheckpointEpoch(50);
        List<TrainingConfig> cs = new ArrayList<>();
        for (int s = 1; s <= 3; s++) {
            cs.add(base.withSeed(s));
        }
        // another d, wd and lr in the same batch
        cs.add(
                TrainingConfig.defaults(9)
                        .withQ(24)
                        .withEpochs(40)
                        .withCheckpointEpoch(30)
                        .withWeightDecay(1e-3)
                        .withLearningRate(0.02));
        return cs;
    }

    private static void assertSameBits(TrainingResult alone, TrainingResult inBatch) {
        assertEquals(alone.finalWeights(), inBatch.finalWeights());
        assertEquals(alone.checkpoint(), inBatch.checkpoint());
        assertEquals(alone.history(), inBatch.history());
        assertEquals(alone.diverged(), inBatch.diverged());
    }

    @Test
    void everyRunHasTheBitsItGetsAlone() {
        List<TrainingConfig> cs = batch();
        List<TrainingResult> together = Trainer.trainAll(cs);
        assertEquals(cs.size(), together.size());
        for (int i = 0; i < cs.size(); i++) {
            assertEquals(cs.get(i), together.get(i).config());
            assertSameBits(Trainer.train(cs.get(i)), together.get(i));
        }
    }

    @Test
    void aRunOnTheCallingThreadHasTheBitsOfTheTwoThreadTrainer() {
        for (TrainingConfig c : batch()) {
            assertSameBits(
                    Trainer.train(c), Trainer.trainOnCallingThread(c, TrainingListener.none()));
        }
    }

    @Test
    void theWorkerCountDoesNotChangeTheBits() {
        List<TrainingConfig> cs = batch();
        List<TrainingListener> none = new ArrayList<>();
        for (int i = 0; i < cs.size(); i++) {
            none.add(TrainingListener.none());
        }
        List<TrainingResult> one = Trainer.trainAll(cs, none, 1);
        List<TrainingResult> three = Trainer.trainAll(cs, none, 3);
        for (int i = 0; i < cs.size(); i++) {
            assertSameBits(one.get(i), three.get(i));
        }
    }

    @Test
    void listenersSeeTheirOwnRunAndCanStopIt() {
        List<TrainingConfig> cs = batch().subList(0, 2);
        List<EvaluationPoint> seen = new ArrayList<>();
        AtomicInteger evaluations = new AtomicInteger();
        TrainingListener recording =
                new TrainingListener() {
                    @Override
                    public void onEvaluation(
                            EvaluationPoint point, dev.cogs.algebra.weights.RealWeights weights) {
                        synchronized (seen) {
                            seen.add(point);
                        }
                    }
                };
        TrainingListener stopper =
                new TrainingListener() {
                    @Override
                    public void onEvaluation(
                            EvaluationPoint point, dev.cogs.algebra.weights.RealWeights weights) {
                        evaluations.incrementAndGet();
                    }

                    @Override
                    public boolean stopRequested() {
                        return evaluations.get() >= 3;
                    }
                };
        List<TrainingResult> rs = Trainer.trainAll(cs, List.of(recording, stopper), 2);
        assertEquals(Trainer.train(cs.get(0)).history(), seen);
        assertTrue(rs.get(1).stopped());
        assertTrue(rs.get(1).last().epoch() < cs.get(1).epochs());
    }

    @Test
    void badArgumentsAreRefused() {
        List<TrainingConfig> cs = batch();
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Trainer.trainAll(cs, List.of(TrainingListener.none()), 2));
        assertTrue(e.getMessage().contains("same length"), e.getMessage());
        List<TrainingListener> none = new ArrayList<>();
        for (int i = 0; i < cs.size(); i++) {
            none.add(TrainingListener.none());
        }
        e = assertThrows(IllegalArgumentException.class, () -> Trainer.trainAll(cs, none, 0));
        assertTrue(e.getMessage().contains("threads (0)"), e.getMessage());
        assertEquals(List.of(), Trainer.trainAll(List.of()));
    }
}
