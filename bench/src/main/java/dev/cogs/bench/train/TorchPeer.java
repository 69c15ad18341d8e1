package dev.cogs.bench.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the PyTorch peer {@code torch_peer.py D Q EPOCHS} (full-batch Adam with coupled decay,
 * quadratic activation, projected MSE, uniform initialisation, 10 % seeded test split: spec §1 and
 * §8) with {@code THREADS=t} and parses its one-line report. The script is a resource of this
 * module ({@value #RESOURCE}), extracted to a temporary file at run time; {@code --peer-script
 * FILE} replaces it.
 *
 * @param python the interpreter (Debian's {@code /usr/bin/python3} with {@code python3-torch})
 * @param script path of the peer script
 */
public record TorchPeer(Path python, Path script) {

    /** Class-path location of the bundled peer script. */
    public static final String RESOURCE = "/dev/cogs/bench/peers/torch_peer.py";

    private static final Pattern STEP = Pattern.compile("s_per_step=([0-9.eE+-]+)");
    private static final Pattern TRAIN_ACC = Pattern.compile("train_acc=([0-9.]+)");
    private static final Pattern TEST_ACC = Pattern.compile("test_acc=([0-9.]+)");
    private static final Pattern TORCH = Pattern.compile("torch=(\\S+)");

    /**
     * Checks the components.
     *
     * @param python the interpreter
     * @param script path of the peer script
     * @throws NullPointerException if a component is null
     */
    public TorchPeer {
        Objects.requireNonNull(python, "python");
        Objects.requireNonNull(script, "script");
    }

    /**
     * One peer run.
     *
     * @param threads torch thread count
     * @param secondsPerStep the peer's seconds per step
     * @param trainAccuracy final train accuracy it printed
     * @param testAccuracy final test accuracy it printed
     * @param torchVersion the torch version it printed ("unknown" if none)
     * @param line its raw report line
     */
    public record Run(
            int threads,
            double secondsPerStep,
            double trainAccuracy,
            double testAccuracy,
            String torchVersion,
            String line) {}

    /**
     * The peer: {@code scriptOverride} if given, else the bundled script extracted to a temporary
     * file (deleted when the JVM exits).
     *
     * @param scriptOverride a peer script with the same command-line contract, or null for the
     *     bundled one
     * @param python interpreter
     * @return the peer, or empty if the interpreter or the override is not there
     * @throws UncheckedIOException if the bundled script cannot be extracted
     */
    public static Optional<TorchPeer> locate(Path scriptOverride, Path python) {
        Objects.requireNonNull(python, "python");
        if (!Files.isExecutable(python)) {
            return Optional.empty();
        }
        if (scriptOverride != null) {
            return Files.isRegularFile(scriptOverride)
                    ? Optional.of(new TorchPeer(python, scriptOverride))
                    : Optional.empty();
        }
        return Optional.of(new TorchPeer(python, extractBundledScript()));
    }

    /**
     * Copies the bundled script ({@value #RESOURCE}) to a new temporary file that is deleted when
     * the JVM exits.
     *
     * @return the file
     * @throws UncheckedIOException if the resource is missing or the file cannot be written
     */
    public static Path extractBundledScript() {
        try (InputStream in = TorchPeer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(
                        new IOException("resource " + RESOURCE + " is missing"));
            }
            Path file = Files.createTempFile("cogs-torch-peer-", ".py");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the peer for {@code epochs} steps.
     *
     * @param d group order
     * @param q hidden width
     * @param epochs steps to time
     * @param threads torch threads ({@code THREADS} environment variable)
     * @param timeoutSeconds kill the peer after this long
     * @return the parsed run, or empty if the peer failed or printed nothing parsable
     */
    public Optional<Run> run(int d, int q, int epochs, int threads, long timeoutSeconds) {
        ProcessBuilder pb =
                new ProcessBuilder(
                        python.toString(),
                        script.toString(),
                        Integer.toString(d),
                        Integer.toString(q),
                        Integer.toString(epochs));
        pb.environment().put("THREADS", Integer.toString(threads));
        pb.redirectErrorStream(true);
        try {
            Process p = pb.start();
            StringBuilder out = new StringBuilder();
            try (BufferedReader r =
                    new BufferedReader(
                            new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    out.append(line).append('\n');
                }
            }
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            String text = out.toString();
            Matcher step = STEP.matcher(text);
            if (p.exitValue() != 0 || !step.find()) {
                return Optional.empty();
            }
            String line = text.substring(text.lastIndexOf("d=" + d)).trim();
            Matcher torch = TORCH.matcher(text);
            return Optional.of(
                    new Run(
                            threads,
                            Double.parseDouble(step.group(1)),
                            group(TRAIN_ACC, text),
                            group(TEST_ACC, text),
                            torch.find() ? torch.group(1) : "unknown",
                            line));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static double group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }
}
