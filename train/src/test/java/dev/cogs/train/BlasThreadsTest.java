package dev.cogs.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cogs.nets.run.TrainingConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link BlasThreads} scopes the process-wide count and the trainer runs with one BLAS thread. */
class BlasThreadsTest {

    @Test
    void countIsSetForTheTaskAndRestored() {
        int before = BlasThreads.current();
        int other = before == 1 ? 2 : 1;
        assertEquals(other, BlasThreads.with(other, BlasThreads::current));
        assertEquals(before, BlasThreads.current());
        assertThrows(
                IllegalStateException.class,
                () ->
                        BlasThreads.with(
                                other,
                                () -> {
                                    throw new IllegalStateException("task failed");
                                }));
        assertEquals(before, BlasThreads.current());
    }

    @Test
    void overlappingScopesOfTwoThreadsKeepTheCountUntilTheLastEnds() throws Exception {
        // the first scope ends while the second still runs: the second must keep one thread
        int before = BlasThreads.with(2, BlasThreads::current);
        BlasThreads.with(
                2,
                () -> {
                    java.util.concurrent.CountDownLatch firstIn =
                            new java.util.concurrent.CountDownLatch(1);
                    java.util.concurrent.CountDownLatch firstOut =
                            new java.util.concurrent.CountDownLatch(1);
                    int[] seenBySecond = new int[1];
                    Thread second =
                            new Thread(
                                    () -> {
                                        try {
                                            firstIn.await();
                                            BlasThreads.with(
                                                    1,
                                                    () -> {
                                                        try {
                                                            firstOut.await();
                                                        } catch (InterruptedException e) {
                                                            throw new IllegalStateException(e);
                                                        }
                                                        seenBySecond[0] = BlasThreads.current();
                                                        return null;
                                                    });
                                        } catch (InterruptedException e) {
                                            throw new IllegalStateException(e);
                                        }
                                    });
                    second.start();
                    try {
                        BlasThreads.with(
                                1,
                                () -> {
                                    firstIn.countDown();
                                    // let the second scope open before this one closes
                                    try {
                                        Thread.sleep(200);
                                    } catch (InterruptedException e) {
                                        throw new IllegalStateException(e);
                                    }
                                    return null;
                                });
                        firstOut.countDown();
                        second.join();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    assertEquals(1, seenBySecond[0], "count changed under a running scope");
                    assertEquals(2, BlasThreads.current(), "outer scope's count not restored");
                    return null;
                });
        assertEquals(before, 2);
    }

    @Test
    void badArgumentsAreRefused() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> BlasThreads.with(0, () -> 0));
        assertEquals("threads (0) must be >= 1", e.getMessage());
        assertThrows(NullPointerException.class, () -> BlasThreads.with(1, null));
    }

    @Test
    void trainerRunsWithOneBlasThreadAndRestoresTheCount() {
        TrainingConfig config = TrainingConfig.defaults(5).withQ(4).withEpochs(3);
        List<Integer> seen = new ArrayList<>();
        BlasThreads.with(
                2,
                () -> {
                    Trainer.train(config, (p, w) -> seen.add(BlasThreads.current()));
                    assertEquals(2, BlasThreads.current());
                    return null;
                });
        // evaluations at epochs 0, 1, 2 and after the last step (docs/cogs-math.md §8 schedule)
        assertEquals(List.of(1, 1, 1, 1), seen);
    }
}
