package dev.cogs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.cli.support.OutputFolder;
import dev.cogs.io.DType;
import dev.cogs.io.weights.WeightFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one error convention of every command (issue 16): one line {@code cogs <command>: <what>:
 * <why>} naming the option or the file and entry, exit 2 for bad input and 1 for a failure while
 * running, and a stack trace only with {@code --debug}; and the regressions of the silent
 * wrong answers, each now refused before any work.
 */
class ErrorConventionTest {

    @TempDir Path dir;

    /** Asserts one error line starting with {@code prefix}, and the exit code. */
    private static Cli.Outcome assertRefused(int exit, String prefix, String... args) {
        Cli.Outcome o = Cli.run(args);
        assertEquals(exit, o.exit(), o.err());
        assertEquals(1, o.errLines(), o.err());
        assertTrue(o.err().startsWith(prefix), "expected '" + prefix + "' in: " + o.err());
        assertFalse(o.err().contains("\tat "), o.err());
        return o;
    }

    private Path file(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    private Path net(String name, int d, int q, double scale) {
        SplittableRandom r = new SplittableRandom(d * 31L + q);
        double[][] ua = new double[q][d];
        double[][] ub = new double[q][d];
        double[][] w = new double[d][q];
        for (double[][] a : new double[][][] {ua, ub, w}) {
            for (double[] row : a) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = scale * (r.nextDouble() - 0.5);
                }
            }
        }
        Path f = dir.resolve(name + ".safetensors");
        WeightFiles.write(f, RealWeights.of(ua, ub, w), DType.FLOAT64, Map.of());
        return f;
    }

    // --- construct ---

    @Test
    void constructRefusesAnEvenD() {
        assertRefused(2, "cogs construct: --d: d = 24 is even", "construct", "--d", "24");
    }

    @Test
    void constructRefusesAHugeDUpFrontWithTheEstimateAndTheOption() {
        long start = System.nanoTime();
        Cli.Outcome o =
                assertRefused(2, "cogs construct: --d 1000001: ", "construct", "--d", "1000001");
        assertTrue(o.err().contains("--max-d") && o.err().contains("years"), o.err());
        assertTrue(System.nanoTime() - start < 5e9, "refused before any work");
    }

    @Test
    void constructNamesAnUnknownDataSpaceEvaluator() {
        assertRefused(
                2,
                "cogs construct: --data-space gpu: must be spectral, blas or java",
                "construct",
                "--data-space",
                "gpu");
    }

    @Test
    void constructRefusesBeyondTheDefaultMaxDOfEachEvaluator() {
        // spectral (the default): up to d = 2017, with the O(d^3) estimate
        Cli.Outcome spectral =
                assertRefused(2, "cogs construct: --d 2019: ", "construct", "--d", "2019");
        assertTrue(
                spectral.err().contains("costs O(d^3)")
                        && spectral.err().contains("--data-space spectral")
                        && spectral.err().contains("--max-d 2017"),
                spectral.err());
        // blas: up to d = 1009, with the flop-count estimate
        Cli.Outcome blas =
                assertRefused(
                        2,
                        "cogs construct: --d 1011: ",
                        "construct",
                        "--d",
                        "1011",
                        "--data-space",
                        "blas");
        assertTrue(
                blas.err().contains("costs O(d^4)")
                        && blas.err().contains("--data-space blas")
                        && blas.err().contains("--max-d 1009"),
                blas.err());
        // java: up to d = 151
        Cli.Outcome java =
                assertRefused(
                        2,
                        "cogs construct: --d 153: ",
                        "construct",
                        "--d",
                        "153",
                        "--data-space",
                        "java");
        assertTrue(
                java.err().contains("--data-space java") && java.err().contains("--max-d 151"),
                java.err());
    }

    @Test
    void constructNamesK0() {
        assertRefused(
                2,
                "cogs construct: --k0 12: must be in 1..(d-1)/2 = 1..11",
                "construct",
                "--k0",
                "12");
    }

    // --- reproduce (every refusal comes before any training) ---

    @Test
    void reproduceRefusesRepeatedSeedsAndSizes() {
        String out = dir.resolve("r").toString();
        assertRefused(
                2,
                "cogs reproduce: --seeds 1,1: seed 1 is listed twice",
                "reproduce",
                "--seeds",
                "1,1",
                "--out",
                out);
        assertRefused(
                2,
                "cogs reproduce: --seeds 1-3,2: seed 2 is listed twice",
                "reproduce",
                "--seeds",
                "1-3,2",
                "--out",
                out);
        assertRefused(
                2,
                "cogs reproduce: --d: d = 23 is listed twice",
                "reproduce",
                "--d",
                "23,23",
                "--out",
                out);
        assertRefused(
                2,
                "cogs reproduce: --seeds abc: 'abc'",
                "reproduce",
                "--seeds",
                "abc",
                "--out",
                out);
        assertFalse(Files.exists(dir.resolve("r")), "no report folder for refused input");
    }

    @Test
    void evenDGetsTheSameMessageInEveryCommand() {
        String construct =
                assertRefused(2, "cogs construct: --d: ", "construct", "--d", "24").err();
        String reproduce =
                assertRefused(
                                2,
                                "cogs reproduce: --d: ",
                                "reproduce",
                                "--d",
                                "24",
                                "--out",
                                dir.toString())
                        .err();
        Path even = net("even24", 24, 8, 1);
        String analyze =
                assertRefused(
                                2,
                                "cogs analyze: --weights " + even + ": ",
                                "analyze",
                                "--weights",
                                even.toString())
                        .err();
        String sweep =
                assertRefused(
                                2,
                                "cogs sweep: --d: ",
                                "sweep",
                                "--d",
                                "23,24",
                                "--dry-run",
                                "--out",
                                dir.resolve("s").toString())
                        .err();
        String why = construct.substring(construct.indexOf("d = 24 is even"));
        assertTrue(why.contains("--group Z24"), why);
        assertEquals(why, sweep.substring(sweep.indexOf("d = 24 is even")));
        assertEquals(why, reproduce.substring(reproduce.indexOf("d = 24 is even")));
        assertEquals(why, analyze.substring(analyze.indexOf("d = 24 is even")));
    }

    @Test
    void reproduceChecksItsReportFolderBeforeTraining() throws IOException {
        Path f = file("a-file", "x");
        assertRefused(
                2,
                "cogs reproduce: --out " + f + ": is a file, not a folder",
                "reproduce",
                "--seeds",
                "1",
                "--epochs",
                "1",
                "--out",
                f.toString());
    }

    @Test
    void aSecondRunOnALockedReportFolderIsRefusedWithTheHoldersPid() {
        Path report = dir.resolve("report");
        OutputFolder.Lock held = OutputFolder.lock("--out", report);
        try {
            Cli.Outcome o =
                    assertRefused(
                            2,
                            "cogs reproduce: --out " + report + ": in use by another cogs run",
                            "reproduce",
                            "--seeds",
                            "1",
                            "--epochs",
                            "1",
                            "--out",
                            report.toString());
            assertTrue(o.err().contains("pid " + ProcessHandle.current().pid()), o.err());
        } finally {
            held.close();
        }
        assertFalse(Files.exists(report.resolve(OutputFolder.LOCK_FILE)), "released and removed");
    }

    // --- analyze ---

    @Test
    void analyzeReportsAnOverflowingLossAsAFailureNotNaN() {
        Path big = net("big", 7, 16, 1e60);
        Cli.Outcome o =
                assertRefused(
                        1,
                        "cogs analyze: --weights " + big + ": the full-dataset loss overflows",
                        "analyze",
                        "--weights",
                        big.toString());
        assertFalse(o.out().contains("NaN"), o.out());
        Path huge = net("huge", 7, 16, 1e120);
        assertRefused(
                1,
                "cogs analyze: --weights " + huge + ": the full-dataset loss overflows",
                "analyze",
                "--weights",
                huge.toString());
        assertEquals(0, Cli.run("analyze", "--weights", net("fine", 7, 16, 1).toString()).exit());
    }

    @Test
    void analyzeReportsAnOverflowingCheckpointOfARun() throws IOException {
        Path run = dir.resolve("run");
        Files.createDirectories(run);
        Path one = net("one", 7, 16, 1e60);
        Files.copy(one, run.resolve("model00100.safetensors"));
        Cli.Outcome o =
                assertRefused(
                        1,
                        "cogs analyze: --run "
                                + run
                                + ", epoch 100: the loss or the weight norm"
                                + " overflows",
                        "analyze",
                        "--run",
                        run.toString(),
                        "--out",
                        dir.resolve("report").toString());
        assertFalse(o.out().contains("NaN"), o.out());
    }

    @Test
    void analyzeNamesABadPattern() {
        assertRefused(
                2,
                "cogs analyze: --pattern model.pt: must hold {epoch} exactly once",
                "analyze",
                "--run",
                dir.toString(),
                "--pattern",
                "model.pt");
    }

    @Test
    void analyzeRefusesTheSameRunTwice() {
        assertRefused(
                2,
                "cogs analyze: --run ",
                "analyze",
                "--run",
                dir.toString(),
                "--run",
                dir.toString() + "/.");
    }

    @Test
    void analyzeNamesAMissingFileWithTheCause() {
        Path missing = dir.resolve("missing.safetensors");
        Cli.Outcome o = Cli.run("analyze", "--weights", missing.toString());
        assertEquals(2, o.exit(), o.err());
        assertEquals(1, o.errLines(), o.err());
        assertTrue(
                o.err().startsWith("cogs analyze: ") && o.err().contains(missing.toString()),
                o.err());
    }

    // --- category ---

    @Test
    void categoryRefusesMisspeltKeysWithASuggestion() throws IOException {
        Path f = file("k.json", "{\"category\":{\"objects\":[\"X\"]},\"presheafs\":[]}");
        assertRefused(
                2,
                "cogs category: "
                        + f
                        + ": top level: unknown key \"presheafs\"; did you mean \"presheaves\"?",
                "category",
                "--input",
                f.toString());
        Path v =
                file(
                        "v.json",
                        "{\"category\":{\"objects\":[\"X\"]},\"presheaves\":[{\"name\":\"F\","
                                + "\"varience\":\"copresheaf\",\"sizes\":{\"X\":1}}]}");
        assertRefused(
                2,
                "cogs category: "
                        + v
                        + ": presheaves[0]: unknown key \"varience\"; did you mean \"variance\"?",
                "category",
                "--input",
                v.toString());
    }

    @Test
    void categoryRefusesHugeInputsWithTheLimitingOption() throws IOException {
        StringBuilder objs = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            objs.append(i == 0 ? "" : ",").append("\"o").append(i).append('"');
        }
        Path big = file("big.json", "{\"category\":{\"objects\":[" + objs + "]}}");
        Cli.Outcome o =
                assertRefused(
                        2,
                        "cogs category: " + big + ": category: 200000 objects",
                        "category",
                        "--input",
                        big.toString());
        assertTrue(o.err().contains("--max-morphisms"), o.err());
        Path fibre =
                file(
                        "fibre.json",
                        "{\"category\":{\"objects\":[\"X\"]},\"presheaves\":[{\"sizes\":{\"X\":2000000000}}]}");
        o =
                assertRefused(
                        2,
                        "cogs category: " + fibre + ": presheaves[0] \"F0\".sizes.\"X\"",
                        "category",
                        "--input",
                        fibre.toString());
        assertTrue(o.err().contains("--max-elements"), o.err());
        Path deep = file("deep.json", "[".repeat(5000) + "]".repeat(5000));
        assertRefused(
                2,
                "cogs category: " + deep + ": not accepted: nesting deeper",
                "category",
                "--input",
                deep.toString());
    }

    @Test
    void categoryChecksItsOutputsBeforeWork() throws IOException {
        Path f = file("a-file", "x");
        assertRefused(
                2,
                "cogs category: --out " + f + ": is a file, not a folder",
                "category",
                "--out",
                f.toString());
        assertRefused(
                2,
                "cogs category: --export " + dir + ": is a folder, not a file",
                "category",
                "--export",
                dir.toString());
    }

    // --- ot ---

    @Test
    void otRefusesANonNumericFirstRowThatIsNotAHeader() throws IOException {
        Path b = file("b.csv", "0,0\n1,1\n");
        for (String first : new String[] {"nan,1", "inf,0", "0x10,2", "1,nan"}) {
            Path a = file("a.csv", first + "\n1,2\n3,4\n");
            assertRefused(
                    2, "cogs ot: " + a + " line 1, column ", "ot", a.toString(), b.toString());
        }
    }

    @Test
    void otSaysWhenItTakesAHeader() throws IOException {
        Path a = file("h.csv", "x,y\n0,0\n3,4\n");
        Path b = file("b.csv", "0,0\n3,4\n");
        Cli.Outcome o = Cli.run("ot", a.toString(), b.toString(), "--json");
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.err().contains("line 1 taken as a header"), o.err());
        // two identical clouds of two points each: W_2 = 0 and n = 2
        assertTrue(o.out().contains("\"n\" : 2"), o.out());
    }

    @Test
    void otNamesItsOptions() throws IOException {
        Path a = file("a.csv", "0\n1\n");
        assertRefused(2, "cogs ot: --p 0.0: ", "ot", "--p", "0", a.toString(), a.toString());
        assertRefused(
                2,
                "cogs ot: --method sinkhorn: needs --epsilon",
                "ot",
                "-m",
                "sinkhorn",
                a.toString(),
                a.toString());
        assertRefused(
                2,
                "cogs ot: --method: exact is listed twice",
                "ot",
                "-m",
                "exact,exact",
                a.toString(),
                a.toString());
        assertRefused(
                2,
                "cogs ot: " + dir.resolve("none.csv") + ": no such file",
                "ot",
                dir.resolve("none.csv").toString(),
                a.toString());
    }

    @Test
    void otReportsAnOverflowingCostAsAFailure() throws IOException {
        Path a = file("a.csv", "0\n1e200\n");
        Path b = file("b.csv", "-1e200\n0\n");
        assertRefused(
                1,
                "cogs ot: --p 2.0: |x-y|^p overflows double precision",
                "ot",
                a.toString(),
                b.toString());
    }

    // --- rgflow, yoneda ---

    @Test
    void rgflowNamesItsOptionsAndChecksItsFolder() throws IOException {
        assertRefused(
                2,
                "cogs rgflow: --inner 3: must be even",
                "rgflow",
                "--inner",
                "3",
                "--out",
                dir.toString());
        Path f = file("a-file", "x");
        assertRefused(
                2,
                "cogs rgflow: --out " + f + ": is a file, not a folder",
                "rgflow",
                "--out",
                f.toString());
    }

    @Test
    void yonedaChecksItsOptionsAndFolderBeforeWork() throws IOException {
        assertRefused(
                2,
                "cogs yoneda: --budgets: 1 is listed twice",
                "yoneda",
                "--budgets",
                "1,1",
                "--out",
                dir.toString());
        assertRefused(
                2,
                "cogs yoneda: --steps 0: must be >= 1",
                "yoneda",
                "--steps",
                "0",
                "--out",
                dir.toString());
        Path f = file("a-file", "x");
        assertRefused(
                2,
                "cogs yoneda: --out " + f + ": is a file, not a folder",
                "yoneda",
                "--quick",
                "--out",
                f.toString());
    }

    // --- parsing, --debug ---

    @Test
    void anUnknownOptionGetsOneLineWithASuggestion() {
        Cli.Outcome o =
                assertRefused(2, "cogs construct: Unknown option: '--jsn'", "construct", "--jsn");
        assertTrue(o.err().contains("did you mean --json"), o.err());
        assertRefused(2, "cogs ot: Invalid value for option '--p'", "ot", "--p", "abc", "a", "b");
    }

    @Test
    void debugAddsTheStackTrace() {
        Cli.Outcome plain = Cli.run("construct", "--d", "24");
        Cli.Outcome debug = Cli.run("construct", "--d", "24", "--debug");
        assertEquals(2, debug.exit());
        assertEquals(plain.err().lines().findFirst(), debug.err().lines().findFirst());
        assertTrue(debug.err().contains("\tat dev.cogs.cli."), debug.err());
    }
}
