package dev.cogs.cli.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.algebra.group.FiniteGroups;
import dev.cogs.nets.run.TrainingConfig;
import dev.cogs.train.Trainer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training, caching and reporting group runs (docs/cogs-math.md §14.8). */
class GroupReproductionTest {

    @Test
    void runsAreCachedAnalysedAndReported(@TempDir Path dir) throws Exception {
        // tiny runs: what matters is the plumbing, not convergence
        List<TrainingConfig> configs =
                List.of(
                        TrainingConfig.defaults(FiniteGroups.parse("Z3xZ3"))
                                .withQ(16)
                                .withEpochs(20)
                                .withCheckpointEpoch(20),
                        TrainingConfig.defaults(FiniteGroups.parse("S3"))
                                .withQ(16)
                                .withEpochs(20)
                                .withCheckpointEpoch(20));
        AtomicInteger trained = new AtomicInteger();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        GroupReproduction.Outcome first =
                GroupReproduction.run(
                        configs,
                        dir,
                        (c, l) -> {
                            trained.incrementAndGet();
                            return Trainer.train(c, l);
                        },
                        () -> false,
                        false,
                        new PrintStream(log, true, StandardCharsets.UTF_8));
        assertEquals(2, trained.get());
        assertFalse(first.interrupted());
        assertTrue(first.runs().get(0).abelian().isPresent());
        assertTrue(first.runs().get(1).abelian().isEmpty());
        GroupReproduction.Outcome second =
                GroupReproduction.run(
                        configs,
                        dir,
                        (c, l) -> {
                            trained.incrementAndGet();
                            return Trainer.train(c, l);
                        },
                        () -> false,
                        false,
                        new PrintStream(log, true, StandardCharsets.UTF_8));
        assertEquals(2, trained.get(), "the second pass must load both runs from the cache");
        assertTrue(second.runs().stream().allMatch(GroupRun::fromCache));
        assertEquals(first.runs().get(1).checkpoint(), second.runs().get(1).checkpoint());
        assertEquals(first.runs().get(1).history(), second.runs().get(1).history());
        String text = GroupReport.text(second.runs());
        assertTrue(text.contains("per-character orders over [(0,1), (1,0), (1,1), (1,2)]"), text);
        assertTrue(text.contains("nodes per irrep over [1a, 1b, 2a]"), text);
        List<Path> files = GroupReport.write(dir, second.runs(), false);
        for (Path f : files) {
            assertTrue(Files.size(f) > 0, f.toString());
        }
        String html = Files.readString(dir.resolve("index.html"));
        assertTrue(html.contains("Per-character orders") && html.contains("Irrep usage"), html);
        assertTrue(Files.readString(dir.resolve("summary.json")).contains("\"irreps\""));
        // a stop request before the first uncached run interrupts
        GroupReproduction.Outcome stopped =
                GroupReproduction.run(
                        List.of(configs.get(0).withSeed(9)),
                        dir,
                        Trainer::train,
                        () -> true,
                        false,
                        new PrintStream(log, true, StandardCharsets.UTF_8));
        assertTrue(stopped.interrupted());
        assertTrue(stopped.runs().isEmpty());
    }
}
