package dev.cogs.nets.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.algebra.weights.RealWeights;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class TrainingListenerTest {

    private static final RealWeights W =
            RealWeights.ofFlat(
                    3, 1, new double[] {1, 2, 3}, new double[] {4, 5, 6}, new double[] {7, 8, 9});

    /** Logs its calls as "name@epoch" and asks to stop when told. */
    private static final class Recorder implements TrainingListener {
        private final String name;
        private final List<String> log;
        private final List<RealWeights> weights = new ArrayList<>();
        boolean stop;
        int polls;

        Recorder(String name, List<String> log) {
            this.name = name;
            this.log = log;
        }

        @Override
        public void onEvaluation(EvaluationPoint point, RealWeights weightsBeforeUpdate) {
            log.add(name + "@" + point.epoch());
            weights.add(weightsBeforeUpdate);
        }

        @Override
        public boolean stopRequested() {
            polls++;
            return stop;
        }
    }

    @Test
    void allForwardsInOrderAndStopsWhenOneAsks() {
        List<String> log = new ArrayList<>();
        Recorder a = new Recorder("a", log);
        Recorder b = new Recorder("b", log);
        Recorder c = new Recorder("c", log);
        TrainingListener all = TrainingListener.all(a, TrainingListener.none(), b, c);
        all.onEvaluation(new EvaluationPoint(0, 1, 1, 0, 0), W);
        all.onEvaluation(new EvaluationPoint(7, 1, 1, 0, 0), W);
        assertEquals(List.of("a@0", "b@0", "c@0", "a@7", "b@7", "c@7"), log);
        assertSame(W, b.weights.get(1));
        assertFalse(all.stopRequested());
        b.stop = true;
        assertTrue(all.stopRequested());
        // polling stops at the first listener that asks: c was polled once (the first time) only
        assertEquals(2, a.polls);
        assertEquals(1, c.polls);
    }

    @Test
    void allOfNothingIsNoneAndOfOneIsThatOne() {
        Recorder a = new Recorder("a", new ArrayList<>());
        assertSame(TrainingListener.none(), TrainingListener.all());
        assertSame(
                TrainingListener.none(),
                TrainingListener.all(TrainingListener.none(), TrainingListener.none()));
        assertSame(a, TrainingListener.all(TrainingListener.none(), a));
        NullPointerException e =
                assertThrows(NullPointerException.class, () -> TrainingListener.all(a, null));
        assertEquals("listeners[1]", e.getMessage());
        assertThrows(
                NullPointerException.class, () -> TrainingListener.all((TrainingListener[]) null));
    }

    @Test
    void stopWhenFollowsItsCondition() {
        AtomicBoolean flag = new AtomicBoolean();
        TrainingListener l = TrainingListener.stopWhen(flag::get);
        l.onEvaluation(new EvaluationPoint(0, 1, 1, 0, 0), W);
        assertFalse(l.stopRequested());
        flag.set(true);
        assertTrue(l.stopRequested());
        assertTrue(TrainingListener.all(new Recorder("a", new ArrayList<>()), l).stopRequested());
        assertFalse(TrainingListener.none().stopRequested());
        assertThrows(NullPointerException.class, () -> TrainingListener.stopWhen(null));
    }
}
