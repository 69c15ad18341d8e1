package dev.cogs.io.weights;

import dev.cogs.io.internal.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Lists the checkpoints of a training run: the weight files of one folder with the epoch each was
 * saved at.
 *
 * <p>By default every file of the folder with a weight file extension ({@code .pt}, {@code .pth},
 * {@code .safetensors}, {@code .npz}) whose name holds a number is a checkpoint, and the epoch is
 * the first run of digits in its name: {@code model09900.pt} and the authors' {@code
 * model09900_train1.00_loss0.0001_test1.00_ loss0.0001.pt} are both epoch 9900. A pattern names the
 * files explicitly: a template in which {@code {epoch}} stands for the digits of the epoch and
 * {@code *} for any text, for example {@code run3-{epoch}.safetensors} or {@code
 * model{epoch}_*.pt}; it must match the whole file name.
 *
 * <p>Two files of the same epoch are refused, naming both, so that a folder holding a run twice
 * (say as {@code .pt} and {@code .safetensors}) is never analysed with a silent choice.
 */
public final class Checkpoints {

    /** The placeholder of the epoch in a pattern. */
    public static final String EPOCH = "{epoch}";

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private Checkpoints() {}

    /**
     * The checkpoints of a folder, sorted by epoch.
     *
     * @param dir the folder
     * @param pattern the file name template (see the class description), or empty for the default
     *     rule
     * @return the checkpoints, at least one, in increasing epoch order
     * @throws IllegalArgumentException naming the folder if it is not a folder, the pattern is
     *     malformed, no file matches, two files share an epoch, or an epoch does not fit an {@code
     *     int}
     * @throws UncheckedIOException if the folder cannot be listed
     */
    public static List<Checkpoint> list(Path dir, Optional<String> pattern) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(pattern, "pattern");
        if (!Files.isDirectory(dir)) {
            throw Problems.fail(
                    dir.toString(), "not a folder (a run is a folder of checkpoint files)");
        }
        Optional<Pattern> regex = pattern.map(Checkpoints::compile);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot list (" + e.getMessage() + ")", e);
        }
        Map<Integer, Path> byEpoch = new HashMap<>();
        List<Checkpoint> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            Optional<String> digits =
                    regex.isPresent() ? matchTemplate(regex.get(), name) : matchDefault(name);
            if (digits.isEmpty()) {
                continue;
            }
            int epoch = epoch(digits.get(), dir, name);
            Path earlier = byEpoch.putIfAbsent(epoch, f);
            if (earlier != null) {
                throw Problems.fail(
                        dir.toString(),
                        "two checkpoints of epoch %d: %s and %s; name one kind with " + "--pattern",
                        epoch,
                        Problems.quote(earlier.getFileName().toString()),
                        Problems.quote(name));
            }
            out.add(new Checkpoint(epoch, f));
        }
        if (out.isEmpty()) {
            throw Problems.fail(
                    dir.toString(),
                    "no checkpoint files%s (expected names such as model09900.pt, "
                            + "model09900.safetensors or model09900.npz; see the pattern option)",
                    pattern.map(p -> " match " + Problems.quote(p)).orElse(""));
        }
        out.sort(Comparator.comparingInt(Checkpoint::epoch));
        return List.copyOf(out);
    }

    private static Optional<String> matchDefault(String name) {
        if (WeightFormat.ofName(name).filter(f -> f != WeightFormat.NPY_FOLDER).isEmpty()) {
            return Optional.empty();
        }
        Matcher m = DIGITS.matcher(name);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    private static Optional<String> matchTemplate(Pattern regex, String name) {
        Matcher m = regex.matcher(name);
        return m.matches() ? Optional.of(m.group("epoch")) : Optional.empty();
    }

    /**
     * Compiles a template into a regular expression with the named group {@code epoch}.
     *
     * @param template the file name template
     * @return the pattern
     * @throws IllegalArgumentException unless the template holds {@code {epoch}} exactly once and
     *     no path separator
     */
    static Pattern compile(String template) {
        int at = template.indexOf(EPOCH);
        if (at < 0 || template.indexOf(EPOCH, at + 1) >= 0) {
            throw new IllegalArgumentException(
                    "checkpoint pattern "
                            + Problems.quote(template)
                            + " must hold "
                            + EPOCH
                            + " exactly once, e.g. model{epoch}.pt");
        }
        if (template.indexOf('/') >= 0 || template.indexOf('\\') >= 0) {
            throw new IllegalArgumentException(
                    "checkpoint pattern "
                            + Problems.quote(template)
                            + " is a file name "
                            + "and cannot hold a path separator");
        }
        StringBuilder re = new StringBuilder();
        for (String part : splitKeep(template)) {
            if (part.equals(EPOCH)) {
                re.append("(?<epoch>[0-9]+)");
            } else if (part.equals("*")) {
                re.append(".*?");
            } else {
                re.append(Pattern.quote(part));
            }
        }
        return Pattern.compile(re.toString());
    }

    /** Splits a template into literal text, {@code {epoch}} and {@code *} tokens. */
    private static List<String> splitKeep(String template) {
        List<String> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < template.length(); ) {
            if (template.startsWith(EPOCH, i)) {
                flush(literal, parts);
                parts.add(EPOCH);
                i += EPOCH.length();
            } else if (template.charAt(i) == '*') {
                flush(literal, parts);
                parts.add("*");
                i++;
            } else {
                literal.append(template.charAt(i++));
            }
        }
        flush(literal, parts);
        return parts;
    }

    private static void flush(StringBuilder literal, List<String> parts) {
        if (literal.length() > 0) {
            parts.add(literal.toString());
            literal.setLength(0);
        }
    }

    private static int epoch(String digits, Path dir, String name) {
        String trimmed = digits.replaceFirst("^0+(?=[0-9])", "");
        if (trimmed.length() > 9) {
            throw Problems.fail(
                    dir.toString(),
                    "file %s: epoch %s is too large",
                    Problems.quote(name),
                    Problems.quote(digits));
        }
        return Integer.parseInt(trimmed);
    }
}
