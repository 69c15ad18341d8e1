package dev.cogs.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Runs {@code cogs} in-process, as {@code Main.main} does, capturing both streams. */
final class Cli {

    private Cli() {}

    /**
     * Exit code and captured output of one command.
     *
     * @param exit the exit code
     * @param out standard output
     * @param err standard error
     */
    record Outcome(int exit, String out, String err) {
        /** The error stream's non-empty lines. */
        long errLines() {
            return err.lines().filter(l -> !l.isBlank()).count();
        }
    }

    static synchronized Outcome run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
            PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
            System.setOut(o);
            System.setErr(e);
            var cl = Main.commandLine();
            cl.setOut(new PrintWriter(o, true));
            cl.setErr(new PrintWriter(e, true));
            int exit = Main.run(cl, args);
            return new Outcome(
                    exit,
                    out.toString(StandardCharsets.UTF_8),
                    err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
