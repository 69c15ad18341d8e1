package dev.cogs.io.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/** Whole-file reads and atomic writes for the format readers. Internal; not API. */
public final class FileBytes {

    /** The largest file held in one Java array. */
    public static final long MAX_FILE_SIZE = Integer.MAX_VALUE - 8;

    private FileBytes() {}

    /**
     * Reads a whole file.
     *
     * @param file the file
     * @return its bytes
     * @throws IllegalArgumentException naming the file if it is larger than {@link #MAX_FILE_SIZE}
     *     bytes
     * @throws UncheckedIOException naming the file if it cannot be read
     */
    public static byte[] read(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_SIZE) {
                throw Problems.fail(
                        file.toString(),
                        "file of %d bytes is too large (limit %d)",
                        size,
                        MAX_FILE_SIZE);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cogs: " + file + ": cannot read (" + e + ")", e);
        }
    }

    /**
     * Writes a file through a temporary sibling that is then moved into place, so readers never see
     * a partial file.
     *
     * @param file the target
     * @param bytes the content
     * @throws UncheckedIOException naming the file if it cannot be written
     */
    public static void writeAtomically(Path file, byte[] bytes) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(bytes, "bytes");
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            Files.write(tmp, bytes);
            try {
                Files.move(
                        tmp,
                        file,
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cogs: " + file + ": cannot write (" + e + ")", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // The write already failed; that failure is the one to report.
                }
            }
        }
    }
}
