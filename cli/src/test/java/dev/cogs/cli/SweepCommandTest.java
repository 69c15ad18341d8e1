package dev.cogs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cogs sweep} end to end on a tiny grid (d = 5, q = 8, 60 epochs), and its bad input. */
class SweepCommandTest {

    private record Run(int exit, String out, String err) {}

    private static synchronized Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = Main.commandLine().execute(args);
            return new Run(
                    code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static String[] tiny(Path out, String... more) {
        List<String> a =
                new ArrayList<>(
                        List.of(
                                "sweep",
                                "--d",
                                "5",
                                "--q",
                                "8",
                                "--wd",
                                "1e-4,5e-4",
                                "--seeds",
                                "1-2",
                                "--epochs",
                                "60",
                                "--no-progress",
                                "--out",
                                out.toString()));
        a.addAll(List.of(more));
        return a.toArray(new String[0]);
    }

    /** sweep.json without the timings, which are the only thing allowed to differ. */
    private static JsonNode untimed(Path out) throws IOException {
        JsonNode j = new ObjectMapper().readTree(out.resolve("sweep.json").toFile());
        for (JsonNode r : j.get("runs")) {
            ((ObjectNode) r).remove("seconds");
        }
        return j;
    }

    private static List<FileTime> weightTimes(Path out) throws IOException {
        try (Stream<Path> s = Files.walk(out.resolve("runs"))) {
            List<FileTime> t = new ArrayList<>();
            for (Path p : s.filter(p -> p.toString().endsWith("W.npy")).sorted().toList()) {
                t.add(Files.getLastModifiedTime(p));
            }
            return t;
        }
    }

    @Test
    void shardsMergeIntoTheUnshardedReportAndNothingFinishedIsRecomputed(@TempDir Path tmp)
            throws IOException {
        Path whole = tmp.resolve("whole");
        Path sharded = tmp.resolve("sharded");
        Run a = run(tiny(whole));
        assertEquals(0, a.exit(), a.err() + a.out());
        assertTrue(a.out().contains("4 run(s); 0 already finished"), a.out());
        Run s1 = run(tiny(sharded, "--shard", "1/2"));
        assertEquals(0, s1.exit(), s1.err());
        assertTrue(s1.out().contains("2 run(s) in shard 1/2 of 4"), s1.out());
        // the first shard's report is partial and says so
        JsonNode partial = new ObjectMapper().readTree(sharded.resolve("sweep.json").toFile());
        assertFalse(partial.get("complete").asBoolean());
        assertEquals(2, partial.get("missing").size());
        assertTrue(
                Files.readString(sharded.resolve("index.html")).contains("Partial sweep"),
                "partial report not flagged");
        Run s2 = run(tiny(sharded, "--shard", "2/2"));
        assertEquals(0, s2.exit(), s2.err());
        assertEquals(untimed(whole), untimed(sharded));
        assertEquals(
                Files.readString(whole.resolve("cells.csv")),
                Files.readString(sharded.resolve("cells.csv")));
        assertTrue(
                new ObjectMapper()
                        .readTree(whole.resolve("sweep.json").toFile())
                        .get("complete")
                        .asBoolean());

        List<FileTime> before = weightTimes(whole);
        Run again = run(tiny(whole));
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("4 already finished"), again.out());
        assertTrue(again.out().contains("0 to run"), again.out());
        assertEquals(before, weightTimes(whole));
        assertEquals(untimed(whole), untimed(sharded));

        // reproduce with the same settings finds the sweep's runs: same keys, same cache
        Run rep =
                run(
                        "reproduce",
                        "--d",
                        "5",
                        "--q",
                        "8",
                        "--wd",
                        "5e-4",
                        "--seeds",
                        "1-2",
                        "--epochs",
                        "60",
                        "--no-progress",
                        "--out",
                        whole.toString());
        assertEquals(0, rep.exit(), rep.err());
        assertEquals(2, rep.out().split(": cached", -1).length - 1, rep.out());
        assertEquals(before, weightTimes(whole));

        String[] dryArgs = tiny(whole, "--dry-run");
        dryArgs[2] = "5,7";
        Run dry = run(dryArgs);
        assertEquals(0, dry.exit(), dry.err());
        assertTrue(dry.out().contains("4 already finished"), dry.out());
        assertEquals(4, dry.out().split(" cached ", -1).length - 1, dry.out());
        assertEquals(4, dry.out().split(" to run ", -1).length - 1, dry.out());
        assertTrue(dry.out().contains("estimate: "), dry.out());
    }

    private static void assertBadInput(String expected, String... args) {
        Run r = run(args);
        assertEquals(2, r.exit(), r.out() + r.err());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), "not one line: " + err);
        assertTrue(err.startsWith("cogs sweep: "), err);
        assertTrue(err.contains(expected), err);
        assertFalse(r.out().contains("estimate"), "went on after bad input: " + r.out());
    }

    @Test
    void badInputIsOneLineBeforeAnyTraining(@TempDir Path tmp) throws IOException {
        String out = tmp.resolve("o").toString();
        assertBadInput("axis q is empty", "sweep", "--q", ",", "--out", out);
        assertBadInput(
                "wd (-1.0E-5) must be finite and >= 0", "sweep", "--wd", "-1e-5", "--out", out);
        assertBadInput("lr (NaN) must be finite and > 0", "sweep", "--lr", "NaN", "--out", out);
        assertBadInput("lr (Infinity) must be finite", "sweep", "--lr", "Infinity", "--out", out);
        assertBadInput("q (0) must be >= 1", "sweep", "--q", "0", "--out", out);
        assertBadInput("--shard 3/2", "sweep", "--shard", "3/2", "--out", out);
        assertBadInput("--shard 0/2", "sweep", "--shard", "0/2", "--out", out);
        assertBadInput("--shard x", "sweep", "--shard", "x", "--out", out);
        assertBadInput("--engine nope: no such engine", "sweep", "--engine", "nope", "--out", out);
        Path file = tmp.resolve("a-file");
        Files.writeString(file, "x");
        assertBadInput("not a writable folder", "sweep", "--out", file.toString());
        Path spec = tmp.resolve("spec.json");
        Files.writeString(spec, "{\"d\": [5], \"qq\": [8]}");
        assertBadInput("unknown key 'qq'", "sweep", "--spec", spec.toString(), "--out", out);
        Files.writeString(spec, "{\"d\": [], \"q\": 8}");
        assertBadInput("axis d is empty", "sweep", "--spec", spec.toString(), "--out", out);
    }

    @Test
    void aSpecFileGivesThePlanAndFlagsOverrideIt(@TempDir Path tmp) throws IOException {
        Path spec = tmp.resolve("spec.json");
        Files.writeString(
                spec,
                "{\"d\": [5, 7], \"q\": \"8\", \"wd\": [1e-4, 1e-4], \"seeds\": \"1-3\","
                        + " \"epochs\": 60, \"testFraction\": 0.2}");
        Run r =
                run(
                        "sweep",
                        "--spec",
                        spec.toString(),
                        "--seeds",
                        "1",
                        "--dry-run",
                        "--out",
                        tmp.resolve("o").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("note: axis wd: 1 duplicate value(s) removed"), r.out());
        assertTrue(r.out().contains("2 run(s); 0 already finished"), r.out());
        assertTrue(r.out().contains("-ep60-seed1-tf0.2-"), r.out());
    }

    @Test
    void aYamlSpecFileGivesTheSamePlanAsItsJsonTwin(@TempDir Path tmp) throws IOException {
        Path json = tmp.resolve("spec.json");
        Files.writeString(
                json,
                "{\"d\": [5, 7], \"q\": \"8\", \"wd\": [1e-4, 5e-4], \"seeds\": \"1-3\","
                        + " \"epochs\": 60, \"testFraction\": 0.2}");
        Path yaml = tmp.resolve("spec.yml");
        Files.writeString(
                yaml,
                "# the same spec\nd: [5, 7]\nq: 8\nwd:\n  - 1e-4\n  - 5e-4\nseeds: 1-3\n"
                        + "epochs: 60\ntestFraction: 0.2\n");
        Run a =
                run(
                        "sweep",
                        "--spec",
                        json.toString(),
                        "--dry-run",
                        "--out",
                        tmp.resolve("o").toString());
        Run b =
                run(
                        "sweep",
                        "--spec",
                        yaml.toString(),
                        "--dry-run",
                        "--out",
                        tmp.resolve("o").toString());
        assertEquals(0, a.exit(), a.err());
        assertEquals(0, b.exit(), b.err());
        assertTrue(b.out().contains("12 run(s); 0 already finished"), b.out());
        // the plans, run by run: the lines of the printed plan without the (timed) estimates
        assertEquals(planLines(a.out()), planLines(b.out()));
        assertEquals(12, planLines(b.out()).size());
        Files.writeString(yaml, "d: [5]\nd: [7]\n");
        assertBadInput(
                yaml + ": not YAML: line 2, column 2: Duplicate field 'd'",
                "sweep",
                "--spec",
                yaml.toString(),
                "--out",
                tmp.resolve("o").toString());
    }

    /** The keys of the runs in a printed plan, in order. */
    private static List<String> planLines(String out) {
        return out.lines()
                .filter(l -> l.contains(" to run "))
                .map(l -> l.substring(l.lastIndexOf(' ') + 1))
                .toList();
    }
}
