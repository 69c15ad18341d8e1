package dev.cogs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The {@code cogs} command line on cli's own class path, where no plug-in is present. */
class MainTest {

    @Test
    void withoutPlugInsCogsHasItsBuiltInCommandsOnly() {
        CommandLine cl = Main.commandLine();
        assertEquals(
                List.of(
                        "help",
                        "construct",
                        "reproduce",
                        "sweep",
                        "analyze",
                        "category",
                        "ot",
                        "rgflow",
                        "yoneda"),
                List.copyOf(cl.getSubcommands().keySet()));
    }

    @Test
    void withoutArgumentsCogsPrintsItsUsage() {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute());
        String usage = out.toString();
        assertTrue(usage.startsWith("Usage: cogs") && usage.contains("reproduce"), usage);
        assertFalse(usage.contains("bench"), usage);
    }
}
