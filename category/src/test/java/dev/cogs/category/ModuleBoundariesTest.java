package dev.cogs.category;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Spec §4 and STYLE §1: only {@code dev.cogs.category.graph} imports JGraphT, and every package has a
 * {@code package-info.java}. Reads the main sources (Surefire runs in the module directory).
 */
class ModuleBoundariesTest {

    private static final Path MAIN = Paths.get("src", "main", "java", "dev", "cogs", "category");

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
        }
    }

    @Test
    void onlyTheGraphPackageImportsJGraphT() throws IOException {
        List<Path> files = javaFiles();
        assertTrue(files.size() > 20, "sources found: " + files.size());
        List<Path> offenders = files.stream()
                .filter(p -> !p.startsWith(MAIN.resolve("graph")))
                .filter(p -> {
                    try {
                        return Files.readString(p, StandardCharsets.UTF_8).contains("org.jgrapht");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .collect(Collectors.toList());
        assertEquals(List.of(), offenders);
    }

    @Test
    void everyPackageHasAPackageInfo() throws IOException {
        List<Path> dirs = javaFiles().stream().map(Path::getParent).distinct().collect(Collectors.toList());
        for (Path d : dirs) {
            assertTrue(Files.exists(d.resolve("package-info.java")), d.toString());
        }
    }
}
