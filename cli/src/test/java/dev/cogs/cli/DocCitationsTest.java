package dev.cogs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every citation of the documentation in the sources ({@code docs/<file>.md §<number>}) names a
 * file that exists and a numbered heading in it; nothing in the sources points outside the
 * repository.
 */
class DocCitationsTest {

    private static final Pattern TOKEN =
            Pattern.compile("docs/([\\w-]+\\.md)|(?:§|&sect;)\\s*(\\d+(?:\\.[0-9A-Z]+)*)");
    private static final Pattern HEADING =
            Pattern.compile("^#{1,6}\\s+(?:§\\s*)?(\\d+(?:\\.[0-9A-Z]+)*)[.\\s]");

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("docs"))) {
            dir = dir.getParent();
        }
        assertTrue(dir != null, "no docs/ folder above " + Path.of("").toAbsolutePath());
        return dir;
    }

    private static List<Path> sources(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !root.relativize(p).toString().contains("target/"))
                    .filter(p -> !root.relativize(p).startsWith("."))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<String>> headings(Path docs) {
        Map<String, List<String>> out = new HashMap<>();
        try (Stream<Path> files = Files.list(docs)) {
            for (Path f :
                    (Iterable<Path>) files.filter(p -> p.toString().endsWith(".md"))::iterator) {
                List<String> numbers = new ArrayList<>();
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    Matcher m = HEADING.matcher(line);
                    if (m.find()) {
                        numbers.add(m.group(1));
                    }
                }
                out.put(f.getFileName().toString(), numbers);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Test
    void everyDocsCitationResolvesToAHeading() throws IOException {
        Path root = repositoryRoot();
        Map<String, List<String>> headings = headings(root.resolve("docs"));
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path source : sources(root)) {
            List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String doc = null;
                Matcher m = TOKEN.matcher(lines.get(i));
                while (m.find()) {
                    if (m.group(1) != null) {
                        doc = m.group(1);
                        if (!headings.containsKey(doc)) {
                            broken.add(
                                    root.relativize(source)
                                            + ":"
                                            + (i + 1)
                                            + " docs/"
                                            + doc
                                            + " does not exist");
                        }
                    } else if (doc != null && headings.containsKey(doc)) {
                        String number = m.group(2);
                        checked++;
                        if (!headings.get(doc).contains(number)) {
                            broken.add(
                                    root.relativize(source)
                                            + ":"
                                            + (i + 1)
                                            + " docs/"
                                            + doc
                                            + " has no heading §"
                                            + number);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), broken, "broken documentation citations");
        assertTrue(checked > 100, "expected the sources to cite docs/ sections; found " + checked);
    }

    @Test
    void noSourcePointsOutsideTheRepository() throws IOException {
        Path root = repositoryRoot();
        List<String> offenders = new ArrayList<>();
        for (Path source : sources(root)) {
            List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("shared" + '/')) {
                    offenders.add(root.relativize(source) + ":" + (i + 1));
                }
            }
        }
        assertEquals(List.of(), offenders, "sources must not refer to ../shared");
    }
}
