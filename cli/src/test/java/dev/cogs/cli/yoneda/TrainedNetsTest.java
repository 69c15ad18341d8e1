package dev.cogs.cli.yoneda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.nets.run.TrainingConfig;
import dev.cogs.train.Trainer;
import dev.cogs.yoneda.NamedNet;
import dev.cogs.yoneda.NetKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seam to the run cache: tiny runs (d = 5, q = 16, 30 epochs) through the real trainer. */
class TrainedNetsTest {

    @TempDir Path dir;

    @Test
    void trainsOnceThenReadsTheCache() {
        TrainingConfig c =
                TrainingConfig.defaults(5)
                        .withQ(16)
                        .withEpochs(30)
                        .withCheckpointEpoch(20)
                        .withEvaluation(10, 5);
        List<TrainingConfig> configs = List.of(c.withSeed(1), c.withSeed(2));
        AtomicInteger calls = new AtomicInteger();
        PrintStream log =
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        TrainedNets.Loaded first =
                TrainedNets.load(
                        configs,
                        dir,
                        (config, listener) -> {
                            calls.incrementAndGet();
                            return Trainer.train(config, listener);
                        },
                        () -> false,
                        log);
        assertEquals(2, first.trained());
        assertEquals(0, first.cached());
        assertFalse(first.interrupted());
        assertEquals(
                List.of("trained-1", "trained-2"),
                first.nets().stream().map(NamedNet::name).toList());
        assertTrue(first.nets().stream().allMatch(n -> n.kind() == NetKind.TRAINED));
        TrainedNets.Loaded again =
                TrainedNets.load(
                        configs,
                        dir,
                        (config, listener) -> {
                            throw new AssertionError("a cached run was trained again");
                        },
                        () -> false,
                        log);
        assertEquals(0, again.trained());
        assertEquals(2, again.cached());
        assertEquals(2, calls.get());
        // the cache keeps float64 weights: the nets read back are the nets trained
        for (int i = 0; i < 2; i++) {
            assertEquals(first.nets().get(i).weights(), again.nets().get(i).weights());
        }
    }

    @Test
    void aStopBeforeTheFirstRunTrainsNothing() {
        TrainedNets.Loaded none =
                TrainedNets.load(
                        TrainedNets.configs(5, List.of(1L)),
                        dir,
                        (config, listener) -> {
                            throw new AssertionError("trained despite the stop");
                        },
                        () -> true,
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertTrue(none.interrupted());
        assertTrue(none.nets().isEmpty());
    }
}
