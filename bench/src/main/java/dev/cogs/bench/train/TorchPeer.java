package dev.cogs.bench.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code shared/bench/torch_cogo.py D Q EPOCHS} (the PyTorch peer: full-batch Adam with coupled decay,
 * quadratic activation, projected MSE) with {@code THREADS=t} and parses its one-line report.
 *
 * @param python the interpreter (Debian's {@code /usr/bin/python3} carries torch)
 * @param script path of {@code torch_cogo.py}
 */
public record TorchPeer(Path python, Path script) {

    private static final Pattern STEP = Pattern.compile("s_per_step=([0-9.eE+-]+)");
    private static final Pattern TRAIN_ACC = Pattern.compile("train_acc=([0-9.]+)");
    private static final Pattern TEST_ACC = Pattern.compile("test_acc=([0-9.]+)");

    /**
     * One peer run.
     *
     * @param threads torch thread count
     * @param secondsPerStep the peer's seconds per step
     * @param trainAccuracy final train accuracy it printed
     * @param testAccuracy final test accuracy it printed
     * @param line its raw report line
     */
    public record Run(int threads, double secondsPerStep, double trainAccuracy, double testAccuracy, String line) {
    }

    /**
     * Finds the peer: an explicit {@code shared} directory, else {@code ../shared} relative to the repository
     * root, searched upwards from the working directory and from the bench jar's location.
     *
     * @param sharedOverride explicit {@code shared} directory, or null
     * @param python interpreter
     * @return the peer if the script and interpreter exist
     */
    public static Optional<TorchPeer> locate(Path sharedOverride, Path python) {
        List<Path> candidates = new ArrayList<>();
        if (sharedOverride != null) {
            candidates.add(sharedOverride);
        } else {
            addUpwards(candidates, Path.of("").toAbsolutePath());
            try {
                Path jar = Path.of(TorchPeer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                addUpwards(candidates, jar.toAbsolutePath());
            } catch (java.net.URISyntaxException | SecurityException | NullPointerException e) {
                // no jar location: working-directory candidates only
            }
        }
        if (!Files.isExecutable(python)) {
            return Optional.empty();
        }
        for (Path shared : candidates) {
            Path script = shared.resolve("bench").resolve("torch_cogo.py");
            if (Files.isRegularFile(script)) {
                return Optional.of(new TorchPeer(python, script));
            }
        }
        return Optional.empty();
    }

    private static void addUpwards(List<Path> out, Path start) {
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml")) && p.getParent() != null) {
                out.add(p.getParent().resolve("shared"));
            }
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
        ProcessBuilder pb = new ProcessBuilder(python.toString(), script.toString(), Integer.toString(d),
                Integer.toString(q), Integer.toString(epochs));
        pb.environment().put("THREADS", Integer.toString(threads));
        pb.redirectErrorStream(true);
        try {
            Process p = pb.start();
            StringBuilder out = new StringBuilder();
            try (BufferedReader r = new BufferedReader(
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
            return Optional.of(new Run(threads, Double.parseDouble(step.group(1)), group(TRAIN_ACC, text),
                    group(TEST_ACC, text), line));
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
