package dev.cogs.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code cogs bench} reaches the command line through the service registration, as in the
 * distribution.
 */
class BenchCommandProviderTest {

    @Test
    void cogsFindsTheBenchCommandThroughTheServiceLoader() {
        CommandLine cl = Main.commandLine();
        List<String> names = List.copyOf(cl.getSubcommands().keySet());
        assertEquals("bench", names.get(names.size() - 1), names.toString());
        CommandLine bench = cl.getSubcommands().get("bench");
        assertNotNull(bench);
        assertEquals(
                List.of("construct", "train", "category", "ot", "sweep"),
                List.copyOf(bench.getSubcommands().keySet()));
    }

    @Test
    void theUsageOfCogsListsThePlugInCommand() {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute());
        assertTrue(out.toString().contains("bench      Speed benchmarks"), out.toString());
    }

    @Test
    void eachCommandLineGetsFreshCommandObjects() {
        BenchCommandProvider provider = new BenchCommandProvider();
        assertNotSame(provider.commands().get(0), provider.commands().get(0));
    }
}
