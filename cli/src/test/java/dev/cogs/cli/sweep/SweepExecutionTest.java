package dev.cogs.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.algebra.group.FiniteGroups;
import dev.cogs.cli.report.GroupTables;
import dev.cogs.cli.report.RunCache;
import dev.cogs.nets.run.TrainingConfig;
import dev.cogs.nets.run.TrainingListener;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unit of work of every engine: idempotent, atomic, failures recorded and retried. */
class SweepExecutionTest {

    private static final TrainingConfig C =
            TrainingConfig.defaults(5)
                    .withQ(8)
                    .withEpochs(40)
                    .withCheckpointEpoch(30)
                    .withEvaluation(10, 0)
                    .withSeed(3);

    @Test
    void aFailedRunIsRecordedAndRetriedNextTime(@TempDir Path tmp) throws IOException {
        RunSettings s = RunSettings.of(C);
        // a file where the runs folder should be: saving fails
        Files.writeString(tmp.resolve("runs"), "in the way");
        RunSummary failed = SweepExecution.runOne(s, tmp, TrainingListener.none());
        assertEquals(RunSummary.FAILED, failed.status());
        assertFalse(failed.ok());
        assertTrue(Double.isNaN(failed.matched()));
        RunCache cache = new RunCache(tmp);
        assertEquals(failed.message(), cache.failure(C).orElseThrow());
        assertTrue(failed.message().contains("runs"), failed.message());

        Files.delete(tmp.resolve("runs"));
        RunSummary ok = SweepExecution.runOne(s, tmp, TrainingListener.none());
        assertTrue(ok.ok(), ok.message());
        assertFalse(ok.fromCache());
        assertTrue(cache.failure(C).isEmpty(), "failure record not cleared");
        assertEquals(C.key(), ok.key());
        assertEquals(s, ok.settings());
        assertEquals(2, ok.frequencyOrders().size(), "(d - 1)/2 frequencies");

        RunSummary again = SweepExecution.runOne(s, tmp, TrainingListener.none());
        assertTrue(again.fromCache());
        assertEquals(ok.testAccuracy(), again.testAccuracy(), 0.0);
        assertEquals(ok.frequencyOrders(), again.frequencyOrders());
        // only the complete folder is left, no temporary one
        try (var files = Files.list(tmp.resolve("runs"))) {
            assertEquals(List.of(C.key()), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void runsSideBySideGiveTheBitsOfRunsOneByOne(@TempDir Path tmp) throws IOException {
        List<RunSettings> runs =
                List.of(
                        RunSettings.of(C),
                        RunSettings.of(C.withSeed(4)),
                        RunSettings.of(C.withWeightDecay(1e-3)),
                        RunSettings.of(C.withQ(12)));
        SweepEngine.Options options = new SweepEngine.Options("local", false, () -> false);
        List<RunSummary> heard = new java.util.ArrayList<>();
        List<RunSummary> one = new LocalEngine(1).run(runs, tmp.resolve("one"), options, r -> {});
        List<RunSummary> two =
                new LocalEngine(2).run(runs, tmp.resolve("two"), options, heard::add);
        assertEquals(runs.size(), two.size());
        assertEquals(runs.size(), heard.size());
        for (int i = 0; i < runs.size(); i++) {
            assertTrue(two.get(i).ok(), two.get(i).message());
            assertEquals(runs.get(i), two.get(i).settings(), "summaries in plan order");
            assertEquals(one.get(i).frequencyOrders(), two.get(i).frequencyOrders());
            Path a = tmp.resolve("one").resolve("runs").resolve(one.get(i).key());
            Path b = tmp.resolve("two").resolve("runs").resolve(two.get(i).key());
            for (String w : List.of("Ua.npy", "Ub.npy", "W.npy")) {
                assertEquals(-1L, Files.mismatch(a.resolve(w), b.resolve(w)), w + " differs");
            }
        }
        assertThrows(IllegalArgumentException.class, () -> new LocalEngine(0));
    }

    @Test
    void aRunOfAnotherEngineKeyOrHalfWrittenIsNotTrusted(@TempDir Path tmp) throws IOException {
        RunCache cache = new RunCache(tmp);
        Path dir = cache.dir(C);
        // the in-place layout of earlier versions, killed before run.json: weights only
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("W.npy"), "truncated");
        assertFalse(cache.contains(C));
        RunSummary first = SweepExecution.runOne(RunSettings.of(C), tmp, TrainingListener.none());
        assertTrue(first.ok() && !first.fromCache());
        assertTrue(cache.contains(C));

        Path json = dir.resolve("run.json");
        String text = Files.readString(json, StandardCharsets.UTF_8);
        String engine = "\"engine\" : \"" + TrainingConfig.engine() + "\"";
        assertTrue(text.contains(engine), text.substring(0, Math.min(200, text.length())));
        Files.writeString(json, text.replace(engine, "\"engine\" : \"f32v0\""));
        assertFalse(cache.contains(C), "a record of another engine key was trusted");
        assertTrue(cache.load(C).isEmpty());
        RunSummary retrained =
                SweepExecution.runOne(RunSettings.of(C), tmp, TrainingListener.none());
        assertFalse(retrained.fromCache());
        assertTrue(cache.contains(C));
    }

    @Test
    void settingsRoundTripForZdNamedGroupsAndTablesAlsoThroughJavaSerialisation() throws Exception {
        TrainingConfig named = C.withGroup(FiniteGroups.dihedral(3));
        // a group known only by its table (the --group-table case): Z3 under another name
        TrainingConfig table =
                C.withGroup(
                        GroupTables.parse(
                                "{\"name\": \"C3\", \"table\": [[0,1,2],[1,2,0],[2,0,1]]}"));
        for (TrainingConfig c : List.of(C, named, table)) {
            RunSettings s = RunSettings.of(c);
            assertEquals(c, s.config());
            assertEquals(c.key(), s.config().key());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
                o.writeObject(s);
            }
            try (ObjectInputStream i =
                    new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                RunSettings back = (RunSettings) i.readObject();
                assertEquals(s, back);
                assertEquals(c, back.config());
            }
        }
        assertEquals("", RunSettings.of(C).groupTable());
        assertEquals("Z5", RunSettings.of(C).group());
        assertEquals("d=5", RunSettings.of(C).task());
        assertEquals("", RunSettings.of(named).groupTable());
        assertEquals("D3", RunSettings.of(named).task());
        assertTrue(RunSettings.of(table).groupTable().contains("\"table\""));
        assertEquals("C3", RunSettings.of(table).task());
        // Z_d with d odd goes through the Z_d path, every other group through the group path
        assertFalse(SweepExecution.groupPath(C));
        assertTrue(SweepExecution.groupPath(named));
        assertTrue(SweepExecution.groupPath(table));
        assertTrue(SweepExecution.groupPath(C.withGroup(FiniteGroups.cyclic(6))));
    }

    @Test
    void axesTakeListsAndRanges() {
        assertEquals(List.of(1L, 2L, 3L, 7L), AxisValues.integers("seeds", "1-3, 7"));
        assertEquals(List.of(23, 71), AxisValues.ints("d", "23,71"));
        assertEquals(List.of(1e-5, 5e-5), AxisValues.reals("wd", "1e-5,5e-5"));
        assertEquals(
                "axis seeds: range 5-1 decreases",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> AxisValues.integers("seeds", "5-1"))
                        .getMessage());
        assertEquals(
                "axis wd: 'x' is not a number",
                assertThrows(IllegalArgumentException.class, () -> AxisValues.reals("wd", "1,x"))
                        .getMessage());
        assertEquals(
                "axis d is empty",
                assertThrows(IllegalArgumentException.class, () -> AxisValues.ints("d", " , "))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> AxisValues.ints("q", "3000000000"));
        assertThrows(IllegalArgumentException.class, () -> AxisValues.integers("q", "a-b"));
    }
}
