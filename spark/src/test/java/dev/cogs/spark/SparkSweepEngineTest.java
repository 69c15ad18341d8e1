package dev.cogs.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.cli.sweep.LocalEngine;
import dev.cogs.cli.sweep.RunSettings;
import dev.cogs.cli.sweep.RunSummary;
import dev.cogs.cli.sweep.SweepEngine;
import dev.cogs.cli.sweep.SweepEngines;
import dev.cogs.nets.run.TrainingConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark engine against the in-process engine on a tiny sweep (d = 5 and 7, 200 epochs, and the
 * group runs of docs/sweeps.md §1.2 on S3 and on a group given only by its table) on an embedded
 * local[2] bound to 127.0.0.1 with the UI off: the same runs, record for record and bit for bit,
 * and a second Spark invocation recomputes nothing.
 */
class SparkSweepEngineTest {

    private static final String[] WEIGHTS = {"Ua.npy", "Ub.npy", "W.npy"};

    private static List<RunSettings> runs() {
        List<RunSettings> runs = new ArrayList<>();
        for (int d : new int[] {5, 7}) {
            for (long seed : new long[] {1}) {
                runs.add(
                        RunSettings.of(
                                TrainingConfig.defaults(d)
                                        .withQ(16)
                                        .withEpochs(200)
                                        .withCheckpointEpoch(150)
                                        .withEvaluation(50, 0)
                                        .withSeed(seed)));
            }
        }
        // a non-abelian group by name, and Z3 x Z3 known only by its table (shipped as JSON)
        runs.add(group(6, "S3", ""));
        StringBuilder table = new StringBuilder("{\"name\": \"K9\", \"table\": [");
        for (int a = 0; a < 9; a++) {
            table.append(a == 0 ? "[" : ",[");
            for (int b = 0; b < 9; b++) {
                int sum = ((a / 3 + b / 3) % 3) * 3 + (a % 3 + b % 3) % 3;
                table.append(b == 0 ? "" : ",").append(sum);
            }
            table.append(']');
        }
        runs.add(group(9, "K9", table.append("]}").toString()));
        return runs;
    }

    private static RunSettings group(int order, String name, String table) {
        RunSettings z =
                RunSettings.of(
                        TrainingConfig.defaults(5)
                                .withQ(16)
                                .withEpochs(200)
                                .withCheckpointEpoch(150)
                                .withEvaluation(50, 0)
                                .withSeed(1));
        // normalised through the configuration: the table as RunSettings.of writes it
        return RunSettings.of(
                new RunSettings(
                                order,
                                z.q(),
                                z.weightDecay(),
                                z.learningRate(),
                                z.beta1(),
                                z.beta2(),
                                z.epsilon(),
                                z.epochs(),
                                z.seed(),
                                z.testFraction(),
                                z.evalEvery(),
                                z.evalAllBelow(),
                                z.checkpointEpoch(),
                                name,
                                table)
                        .config());
    }

    /** The summary without what may differ between engines: the timing and the cache flag. */
    private static RunSummary untimed(RunSummary r) {
        return new RunSummary(
                r.key(),
                r.engine(),
                r.settings(),
                r.status(),
                r.message(),
                false,
                0,
                r.diverged(),
                r.trainLoss(),
                r.testLoss(),
                r.trainAccuracy(),
                r.testAccuracy(),
                r.frequencyOrders(),
                r.statistics(),
                r.group(),
                r.groupAnalysis());
    }

    /** run.json (Z_d) or group-run.json (the group path) without the training time. */
    private static String recordWithoutTiming(Path dir) throws IOException {
        Path record =
                Files.exists(dir.resolve("run.json"))
                        ? dir.resolve("run.json")
                        : dir.resolve("group-run.json");
        return Files.readString(record, StandardCharsets.UTF_8)
                .replaceAll("\"nanos\"\\s*:\\s*\\d+", "\"nanos\":0");
    }

    @Test
    void sparkMatchesLocalBitForBitAndResumesWithoutRecomputing(@TempDir Path tmp)
            throws IOException {
        List<RunSettings> runs = runs();
        SweepEngine.Options options = new SweepEngine.Options("local[2]", false, () -> false);
        Path localOut = tmp.resolve("local");
        Path sparkOut = tmp.resolve("spark");
        // one by one on the two-thread trainer, against Spark's tasks on one thread each
        List<RunSummary> local = new LocalEngine(1).run(runs, localOut, options, r -> {});
        SparkSweepEngine spark = new SparkSweepEngine();
        List<RunSummary> distributed = spark.run(runs, sparkOut, options, r -> {});
        assertEquals(runs.size(), distributed.size());
        for (int i = 0; i < runs.size(); i++) {
            RunSummary a = local.get(i);
            RunSummary b = distributed.get(i);
            assertTrue(a.ok(), a.message());
            assertTrue(b.ok(), b.message());
            assertFalse(b.fromCache(), "trained by the Spark task, not found");
            assertEquals(runs.get(i), b.settings());
            assertEquals(untimed(a), untimed(b));
            Path da = localOut.resolve("runs").resolve(a.key());
            Path db = sparkOut.resolve("runs").resolve(b.key());
            for (String w : WEIGHTS) {
                assertEquals(-1L, Files.mismatch(da.resolve(w), db.resolve(w)), w + " differs");
            }
            assertEquals(recordWithoutTiming(da), recordWithoutTiming(db));
        }
        assertEquals("S3", distributed.get(2).group());
        assertTrue(distributed.get(2).groupAnalysis().containsKey("irreps"));
        assertEquals("K9", distributed.get(3).group());
        assertEquals(4, distributed.get(3).frequencyOrders().size(), "4 character pairs");
        List<FileTime> before = new ArrayList<>();
        for (RunSummary b : distributed) {
            before.add(
                    Files.getLastModifiedTime(
                            sparkOut.resolve("runs").resolve(b.key()).resolve("W.npy")));
        }
        List<RunSummary> again = spark.run(runs, sparkOut, options, r -> {});
        for (int i = 0; i < runs.size(); i++) {
            assertTrue(again.get(i).fromCache(), "recomputed " + again.get(i).key());
            assertEquals(untimed(distributed.get(i)), untimed(again.get(i)));
            assertEquals(
                    before.get(i),
                    Files.getLastModifiedTime(
                            sparkOut.resolve("runs").resolve(again.get(i).key()).resolve("W.npy")));
        }
    }

    @Test
    void unreachableOrMalformedMastersAreRejectedBeforeTraining() {
        SparkSweepEngine spark = new SparkSweepEngine();
        // port 1 on the loopback: nothing listens there
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                spark.check(
                                        new SweepEngine.Options(
                                                "spark://127.0.0.1:1", false, () -> false)));
        assertTrue(e.getMessage().contains("cannot be reached"), e.getMessage());
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> spark.check(new SweepEngine.Options("mesos", false, () -> false)));
        assertTrue(e.getMessage().startsWith("--master mesos: not a Spark master"), e.getMessage());
        spark.check(new SweepEngine.Options("local[3]", false, () -> false));
    }

    @Test
    void configurationBindsToLoopbackWithoutUiAndReservesTheTrainersThreads() {
        var conf = SparkSweepEngine.conf("local[4]");
        assertEquals("127.0.0.1", conf.get("spark.driver.host"));
        assertEquals("127.0.0.1", conf.get("spark.driver.bindAddress"));
        assertEquals("false", conf.get("spark.ui.enabled"));
        // a task trains on its own thread: one run per core
        assertEquals("1", conf.get("spark.task.cpus"));
        assertEquals("1", SparkSweepEngine.conf("local[1]").get("spark.task.cpus"));
        assertFalse(SparkSweepEngine.conf("spark://h:7077").contains("spark.driver.host"));
    }

    @Test
    void theCliFindsTheEngineThroughTheServiceLoader() {
        assertEquals(
                List.of("local", "spark"),
                SweepEngines.all().stream().map(SweepEngine::name).toList());
    }
}
