package dev.cogs.cli.category;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.category.foundation.RotationModel;
import dev.cogs.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CategoryCommandTest {

    @TempDir Path tmp;

    @Test
    void rotationExampleWithoutGraphvizWritesDotAndANotice() throws IOException {
        RotationDemo.Result r =
                RotationDemo.run(RotationModel.ACTION_GROUPOID, tmp, Optional.empty());
        assertTrue(Files.readString(Path.of(r.dot())).startsWith("digraph"));
        assertEquals("", r.png());
        assertTrue(r.notice().contains("not found"), r.notice());
        assertEquals(9, r.tasks().size());
        // docs/category.md, "Numbers to reproduce" E: classification is not solvable; rotation
        // relative to B0 is solved exactly by B0, B1.
        assertFalse(r.tasks().get(0).solvable());
        assertEquals(java.util.List.of("B0", "B1"), r.tasks().get(4).prompts());
        assertTrue(r.yonedaFullyFaithful());
        assertTrue(r.fineTuningExact());
        assertTrue(RotationDemo.text(r).contains("NOT solvable"));
    }

    @Test
    void commandExitCodes() throws IOException {
        Path good = tmp.resolve("good.json");
        Files.writeString(
                good,
                "{\"category\": {\"objects\": [\"X\"]}, \"presheaves\": [{\"name\": \"pt\","
                        + " \"sizes\": {\"X\": 1}}]}");
        Path bad = tmp.resolve("bad.json");
        Files.writeString(
                bad,
                "{\"category\": {\"objects\": [\"X\"]}, \"presheaves\": [{\"name\": \"pt\","
                        + " \"sizes\": {\"Y\": 1}}]}");
        String out = run(0, "category", "--input", good.toString(), "--json");
        assertTrue(out.contains("\"representable\" : true"), out);
        run(2, "category", "--input", bad.toString());
        // a missing input is bad input (exit 2) by the one convention of CliErrors
        run(2, "category", "--input", tmp.resolve("missing.json").toString());
        Path export = tmp.resolve("sub/rotation.json");
        run(0, "category", "--export", export.toString());
        assertTrue(Files.exists(export));
    }

    private static String run(int expectedExit, String... args) {
        PrintStream old = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            System.setErr(
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertEquals(expectedExit, Main.run(Main.commandLine(), args), String.join(" ", args));
        } finally {
            System.setOut(old);
            System.setErr(oldErr);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
