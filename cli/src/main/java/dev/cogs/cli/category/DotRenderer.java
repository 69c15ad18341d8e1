package dev.cogs.cli.category;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Writes DOT text and, when Graphviz {@code dot} is on the {@code PATH}, renders it as PNG. */
public final class DotRenderer {

    private DotRenderer() {}

    /**
     * The outcome of writing one picture.
     *
     * @param dot the DOT file written
     * @param png the PNG file, when rendered
     * @param notice a message for the user when the PNG was not rendered (empty otherwise)
     */
    public record Result(Path dot, Optional<Path> png, String notice) {}

    /**
     * The {@code dot} executable found on the {@code PATH}, if any.
     *
     * @return its path
     */
    public static Optional<Path> findDot() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p = Path.of(dir, "dot");
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Writes {@code base.dot} and, if possible, {@code base.png}.
     *
     * @param dir the output directory (created if needed)
     * @param base the file name without extension
     * @param dotText the DOT source
     * @param dot the {@code dot} executable, or empty to skip rendering
     * @return what was written
     * @throws IOException if the DOT file cannot be written
     */
    public static Result write(Path dir, String base, String dotText, Optional<Path> dot)
            throws IOException {
        Files.createDirectories(dir);
        Path dotFile = dir.resolve(base + ".dot");
        Files.writeString(dotFile, dotText, StandardCharsets.UTF_8);
        if (dot.isEmpty()) {
            return new Result(
                    dotFile,
                    Optional.empty(),
                    "Graphviz 'dot' not found on PATH: wrote "
                            + dotFile
                            + " only, no PNG "
                            + "(install graphviz, e.g. 'apt-get install graphviz', then run 'dot -Tpng "
                            + dotFile
                            + " -o "
                            + dir.resolve(base + ".png")
                            + "')");
        }
        Path png = dir.resolve(base + ".png");
        try {
            Process p =
                    new ProcessBuilder(
                                    dot.get().toString(),
                                    "-Tpng",
                                    dotFile.toString(),
                                    "-o",
                                    png.toString())
                            .redirectErrorStream(true)
                            .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(
                        dotFile,
                        Optional.empty(),
                        "dot timed out after 60 s: wrote " + dotFile + " only");
            }
            if (p.exitValue() != 0) {
                return new Result(
                        dotFile,
                        Optional.empty(),
                        "dot failed (exit "
                                + p.exitValue()
                                + "): "
                                + out.strip()
                                + "; wrote "
                                + dotFile
                                + " only");
            }
            return new Result(dotFile, Optional.of(png), "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(
                    dotFile,
                    Optional.empty(),
                    "interrupted while running dot: wrote " + dotFile + " only");
        }
    }
}
