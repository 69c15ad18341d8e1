package dev.cogs.category;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * ARCHITECTURE.md: every package has a {@code package-info.java}: every main package, and every
 * test package without a main counterpart (the shipped test support). Reads the sources (Surefire
 * runs in the module directory); the package boundaries themselves are checked by {@link
 * ArchitectureTest}.
 */
class PackageInfoTest {

    private static List<Path> packages(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".java"))
                    .map(p -> root.relativize(p.getParent()))
                    .distinct()
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    private static List<Path> withoutInfo(Path root, List<Path> packages) {
        return packages.stream()
                .filter(d -> !Files.exists(root.resolve(d).resolve("package-info.java")))
                .collect(Collectors.toList());
    }

    @Test
    void everyPackageHasAPackageInfo() throws IOException {
        Path main = Paths.get("src", "main", "java", "dev", "cogs", "category");
        Path test = Paths.get("src", "test", "java", "dev", "cogs", "category");
        assertTrue(Files.isDirectory(main), main.toAbsolutePath().toString());
        List<Path> mainPackages = packages(main);
        assertTrue(mainPackages.size() >= 9, "main packages found: " + mainPackages);
        assertEquals(List.of(), withoutInfo(main, mainPackages));
        List<Path> testOnly =
                packages(test).stream()
                        .filter(d -> !mainPackages.contains(d))
                        .collect(Collectors.toList());
        assertEquals(List.of(), withoutInfo(test, testOnly));
    }
}
