import dev.cogs.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the cases of error-table.sh in one JVM (each through Main.run, as bin/cogs does, with fresh
 * standard streams) and prints one Markdown row per case: bad input | command | exit code | first
 * line of standard error (and how many more lines followed). Run with the distribution's lib/* on
 * the class path: java -cp 'lib/*' ErrorTableRunner.java cases.tsv WORKDIR
 */
public final class ErrorTableRunner {
    public static void main(String[] a) throws Exception {
        List<String> cases = Files.readAllLines(Path.of(a[0]), StandardCharsets.UTF_8);
        String work = a[1] + "/";
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        for (String line : cases) {
            int tab = line.indexOf('\t');
            String what = line.substring(0, tab);
            String[] args = line.substring(tab + 1).strip().split("\\s+");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
            PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
            System.setOut(o);
            System.setErr(e);
            AtomicInteger code = new AtomicInteger(-1);
            Thread t =
                    new Thread(
                            () -> {
                                var cl = Main.commandLine();
                                cl.setOut(new PrintWriter(o, true));
                                cl.setErr(new PrintWriter(e, true));
                                code.set(Main.run(cl, args));
                            });
            t.setDaemon(true);
            long start = System.nanoTime();
            t.start();
            t.join(300_000);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.setOut(realOut);
            System.setErr(realOut);
            List<String> lines =
                    err.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
            String first =
                    t.isAlive()
                            ? "(still running after 300 s)"
                            : lines.isEmpty()
                                    ? "(nothing on stderr; stdout: "
                                            + out.toString(StandardCharsets.UTF_8)
                                                    .replace('\n', ' ')
                                                    .substring(
                                                            0,
                                                            Math.min(
                                                                    80,
                                                                    out.toString(StandardCharsets.UTF_8)
                                                                            .length()))
                                            + ")"
                                    : lines.get(0);
            String extra = lines.size() > 1 ? " (+" + (lines.size() - 1) + " lines)" : "";
            String msg = (first + extra).replace(work, "").replace("|", "\\|");
            realOut.printf(
                    "| %s | `cogs %s` | %s | %s |%n",
                    what, String.join(" ", args), t.isAlive() ? "-" : code.get(), msg);
            realOut.flush();
            realErr.printf("%.1f s  %s%n", seconds, String.join(" ", args));
        }
        System.exit(0);
    }
}
