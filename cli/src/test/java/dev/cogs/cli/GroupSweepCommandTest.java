package dev.cogs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.algebra.group.FiniteGroups;
import dev.cogs.nets.run.TrainingConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cogs sweep --group} (docs/sweeps.md §1.2): bad groups are one-line errors before any
 * training, and a group run is one cache entry shared with {@code cogs reproduce --group}, in both
 * directions.
 */
class GroupSweepCommandTest {

    private static final List<String> TINY =
            List.of("--q", "8", "--wd", "1e-4", "--epochs", "60", "--no-progress");

    private static String[] args(String command, Path out, String... more) {
        List<String> a = new ArrayList<>(List.of(command));
        a.addAll(List.of(more));
        a.addAll(TINY);
        a.addAll(List.of("--out", out.toString()));
        return a.toArray(new String[0]);
    }

    private static void assertBadInput(String expected, String... args) {
        Cli.Outcome r = Cli.run(args);
        assertEquals(2, r.exit(), r.out() + r.err());
        String err = r.err().strip();
        assertEquals(1, r.errLines(), "not one line: " + err);
        assertTrue(err.startsWith("cogs sweep: "), err);
        assertTrue(err.contains(expected), err);
        assertFalse(r.out().contains("estimate"), "went on after bad input: " + r.out());
    }

    @Test
    void badGroupsAreOneLineErrorsBeforeAnyTraining(@TempDir Path tmp) throws IOException {
        String out = tmp.resolve("o").toString();
        assertBadInput(
                "--group Foo: unknown group name", "sweep", "--group", "S3,Foo", "--out", out);
        assertBadInput("known forms", "sweep", "--group", "Foo", "--out", out);
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "[[0,1,2],[1,2,0],[2,0,0]]");
        assertBadInput(
                "not a group: not associative: (1·1)·2 = 0 but 1·(1·2) = 1",
                "sweep",
                "--group-table",
                bad.toString(),
                "--out",
                out);
        assertBadInput("either --d or --group", "sweep", "--d", "5", "--group", "S3", "--out", out);
        assertBadInput("group Z2 has order 2", "sweep", "--group", "Z2", "--out", out);
        // --d stays the Z_d axis with its refusal of an even d; --group Z6 is the group path
        assertBadInput("d = 6 is even", "sweep", "--d", "6", "--out", out);
        Path spec = tmp.resolve("spec.json");
        Files.writeString(spec, "{\"group\": [\"S3\", \"Foo\"], \"q\": 8}");
        assertBadInput(
                "group Foo: unknown group name", "sweep", "--spec", spec.toString(), "--out", out);
        Files.writeString(spec, "{\"group\": [[[0,1,2],[1,2,0],[2,0,0]]]}");
        assertBadInput("not associative", "sweep", "--spec", spec.toString(), "--out", out);
        Files.writeString(spec, "{\"d\": [5], \"group\": \"S3\"}");
        assertBadInput("either d (Z_d) or group", "sweep", "--spec", spec.toString(), "--out", out);
        assertFalse(Files.exists(tmp.resolve("o").resolve("runs")), "trained on bad input");
    }

    @Test
    void aSpecFileNamesGroupsAndTablesAndTheDryRunShowsThem(@TempDir Path tmp) throws IOException {
        Path spec = tmp.resolve("spec.json");
        Files.writeString(
                spec,
                "{\"group\": [\"Z3xZ3\", {\"name\": \"C3\", \"table\": [[0,1,2],[1,2,0],[2,0,1]]},"
                        + " \"S3\"], \"q\": 8, \"seeds\": \"1-2\", \"epochs\": 60}");
        Cli.Outcome r =
                Cli.run(
                        "sweep",
                        "--spec",
                        spec.toString(),
                        "--dry-run",
                        "--out",
                        tmp.resolve("o").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("6 run(s); 0 already finished"), r.out());
        for (String g : List.of("Z3xZ3", "C3", "S3")) {
            assertTrue(r.out().contains(" " + g + " "), g + " missing in\n" + r.out());
        }
        assertTrue(r.out().contains("-gS3-"), r.out());
        // --d on the command line replaces the file's group axis
        Cli.Outcome d =
                Cli.run(
                        "sweep",
                        "--spec",
                        spec.toString(),
                        "--d",
                        "5",
                        "--dry-run",
                        "--out",
                        tmp.resolve("o").toString());
        assertEquals(0, d.exit(), d.err());
        assertTrue(d.out().contains("2 run(s)"), d.out());
        String key =
                TrainingConfig.defaults(5)
                        .withQ(8)
                        .withEpochs(60)
                        .withCheckpointEpoch(0)
                        .withSeed(1)
                        .key();
        assertTrue(d.out().contains(key), key + " not in\n" + d.out());
    }

    private static FileTime weightTime(Path out, TrainingConfig c) throws IOException {
        return Files.getLastModifiedTime(out.resolve("runs").resolve(c.key()).resolve("W.npy"));
    }

    @Test
    void reproduceAndSweepShareGroupRunsBothWays(@TempDir Path tmp) throws IOException {
        TrainingConfig s3 =
                TrainingConfig.defaults(FiniteGroups.symmetric(3))
                        .withQ(8)
                        .withWeightDecay(1e-4)
                        .withEpochs(60)
                        .withCheckpointEpoch(0)
                        .withSeed(1);
        // reproduce first, then the sweep finds the runs (Z6: Z_d with d even, the group path)
        Path a = tmp.resolve("a");
        Cli.Outcome rep = Cli.run(args("reproduce", a, "--group", "S3", "--seeds", "1"));
        assertEquals(0, rep.exit(), rep.err());
        Cli.Outcome rep6 = Cli.run(args("reproduce", a, "--group", "Z6", "--seeds", "1"));
        assertEquals(0, rep6.exit(), rep6.err());
        TrainingConfig z6 = s3.withGroup(FiniteGroups.cyclic(6));
        assertTrue(Files.exists(a.resolve("runs").resolve(z6.key()).resolve("group-run.json")));
        FileTime trained = weightTime(a, s3);
        Cli.Outcome sweep = Cli.run(args("sweep", a, "--group", "S3,Z6", "--seeds", "1"));
        assertEquals(0, sweep.exit(), sweep.err() + sweep.out());
        assertTrue(sweep.out().contains("2 run(s); 2 already finished"), sweep.out());
        assertTrue(sweep.out().contains("0 to run"), sweep.out());
        assertEquals(trained, weightTime(a, s3));
        assertTrue(sweep.out().contains("report: ") && sweep.out().contains("(2 of 2 runs"));

        // the sweep first (two groups, one a product), then reproduce finds both
        Path b = tmp.resolve("b");
        Cli.Outcome first = Cli.run(args("sweep", b, "--group", "Z3xZ3,S3", "--seeds", "1"));
        assertEquals(0, first.exit(), first.err() + first.out());
        assertTrue(first.out().contains("2 run(s); 0 already finished"), first.out());
        assertTrue(first.out().contains("Z3xZ3 q=8"), first.out());
        FileTime before = weightTime(b, s3);
        Cli.Outcome again = Cli.run(args("reproduce", b, "--group", "Z3xZ3,S3", "--seeds", "1"));
        assertEquals(0, again.exit(), again.err());
        assertEquals(2, again.out().split(": cached", -1).length - 1, again.out());
        assertEquals(before, weightTime(b, s3));
        // same weights as reproduce trains in a fresh folder
        Path c = tmp.resolve("c");
        assertEquals(0, Cli.run(args("reproduce", c, "--group", "S3", "--seeds", "1")).exit());
        Path w = Path.of("runs", s3.key(), "W.npy");
        assertEquals(-1L, Files.mismatch(b.resolve(w), c.resolve(w)));
    }
}
