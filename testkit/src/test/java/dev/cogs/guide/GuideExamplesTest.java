package dev.cogs.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The code of each guide ({@code docs/guide-*.md}) is the code of its example test: every {@code
 * <!-- example: <path>[#<region>] -->} marker is followed by a Java block equal (up to indentation)
 * to the lines between {@code // guide:begin [region]} and {@code // guide:end [region]} of that
 * file. So the guides' examples run (as tests here and in the it module's separate project) and
 * cannot drift from what the guides show.
 */
class GuideExamplesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> GUIDES =
            List.of("algebra", "category", "nets", "rgflow", "testkit");
    private static final Pattern MARKER =
            Pattern.compile(
                    "<!-- example: ([^#\\s]+)(?:#(\\S+))? -->\\n```java\\n(.*?)\\n```",
                    Pattern.DOTALL);

    @Test
    void everyGuideShowsItsExampleTestsCode() throws IOException {
        for (String module : GUIDES) {
            Path guide = ROOT.resolve("docs/guide-" + module + ".md");
            String text = Files.readString(guide, StandardCharsets.UTF_8);
            Matcher m = MARKER.matcher(text);
            int examples = 0;
            while (m.find()) {
                examples++;
                Path source = ROOT.resolve(m.group(1));
                assertTrue(Files.exists(source), guide + " cites " + source);
                String region =
                        region(Files.readAllLines(source, StandardCharsets.UTF_8), m.group(2));
                assertFalse(region.isEmpty(), source + " has no region " + m.group(2));
                assertEquals(
                        region,
                        dedent(List.of(m.group(3).split("\n", -1))),
                        guide
                                + ": the example differs from "
                                + source
                                + " "
                                + (m.group(2) == null ? "" : m.group(2)));
            }
            assertTrue(examples >= 1, guide + " has no example");
        }
    }

    @Test
    void theReadmeLinksEveryGuide() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        for (String module : GUIDES) {
            assertTrue(
                    readme.contains("docs/guide-" + module + ".md"),
                    "README links guide-" + module);
        }
    }

    private static String region(List<String> lines, String name) {
        String begin = "// guide:begin" + (name == null ? "" : " " + name);
        String end = "// guide:end" + (name == null ? "" : " " + name);
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String l : lines) {
            if (l.strip().equals(begin)) {
                in = true;
            } else if (l.strip().equals(end)) {
                break;
            } else if (in) {
                out.add(l);
            }
        }
        return dedent(out);
    }

    private static String dedent(List<String> lines) {
        int indent =
                lines.stream()
                        .filter(l -> !l.isBlank())
                        .mapToInt(l -> l.length() - l.stripLeading().length())
                        .min()
                        .orElse(0);
        try (Stream<String> s = lines.stream()) {
            return s.map(l -> l.isBlank() ? "" : l.substring(indent).stripTrailing())
                    .collect(Collectors.joining("\n"))
                    .strip();
        }
    }
}
