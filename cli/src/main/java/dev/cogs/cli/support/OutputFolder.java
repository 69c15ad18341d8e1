package dev.cogs.cli.support;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Output folders checked before any work: {@link #prepare} creates the folder and proves that a
 * file can be written in it; {@link #lock} takes the folder's lock file {@value #LOCK_FILE} so that
 * a second run on the same report folder is refused (with the pid of the holder) instead of
 * duplicating or interleaving work. The lock is an operating-system file lock: it is released when
 * the holder exits, even when it is killed, so a stale lock file never blocks anyone.
 */
public final class OutputFolder {

    /** Name of the lock file inside a report folder. */
    public static final String LOCK_FILE = ".cogs.lock";

    private OutputFolder() {}

    /**
     * Creates {@code dir} (and its parents) if needed and checks that files can be written in it.
     *
     * @param option the option that named the folder, e.g. {@code --out}
     * @param dir the folder
     * @return {@code dir}
     * @throws UsageError naming the option and the folder if it is a file, cannot be created or is
     *     not writable
     */
    public static Path prepare(String option, Path dir) {
        String what = option + " " + dir;
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UsageError(what, "is a file, not a folder");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new UsageError(what, "cannot create the folder (" + reason(e) + ")");
        }
        try {
            Path probe = Files.createTempFile(dir, ".cogs-write-test", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new UsageError(what, "the folder is not writable (" + reason(e) + ")");
        }
        return dir;
    }

    /**
     * Prepares {@code dir} and takes its lock for the life of the returned handle.
     *
     * @param option the option that named the folder
     * @param dir the report folder
     * @return the held lock; close it when the run is over
     * @throws UsageError if the folder cannot be used, or another process (or this one) holds the
     *     lock: the message gives the holder's pid
     */
    public static Lock lock(String option, Path dir) {
        prepare(option, dir);
        Path file = dir.resolve(LOCK_FILE);
        FileChannel ch;
        try {
            ch =
                    FileChannel.open(
                            file,
                            StandardOpenOption.CREATE,
                            StandardOpenOption.READ,
                            StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UsageError(
                    option + " " + dir, "cannot open " + file + " (" + reason(e) + ")");
        }
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            close(ch);
            throw new UsageError(
                    option + " " + dir, "cannot lock " + file + " (" + reason(e) + ")");
        }
        if (lock == null) {
            String holder = holder(ch);
            close(ch);
            throw new UsageError(
                    option + " " + dir,
                    "in use by another cogs run ("
                            + holder
                            + ", lock "
                            + file
                            + "); wait for it to finish or choose another "
                            + option);
        }
        try {
            ch.truncate(0);
            ch.write(
                    ByteBuffer.wrap(
                            ("pid " + ProcessHandle.current().pid() + "\n")
                                    .getBytes(StandardCharsets.UTF_8)),
                    0);
            ch.force(false);
        } catch (IOException e) {
            // the lock holds without the pid; the message of a refused run then says "pid unknown"
        }
        return new Lock(ch, lock, file);
    }

    /** A held lock on a report folder. Not thread-safe; close it once. */
    public static final class Lock implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;
        private final Path file;

        private Lock(FileChannel channel, FileLock lock, Path file) {
            this.channel = channel;
            this.lock = lock;
            this.file = file;
        }

        /**
         * The lock file.
         *
         * @return its path
         */
        public Path file() {
            return file;
        }

        /** Releases the lock and deletes the lock file. */
        @Override
        public void close() {
            try {
                if (lock.isValid()) {
                    Files.deleteIfExists(file);
                    lock.release();
                }
            } catch (IOException e) {
                // the operating system releases the lock when the channel closes
            } finally {
                OutputFolder.close(channel);
            }
        }
    }

    private static String holder(FileChannel ch) {
        try {
            ByteBuffer b = ByteBuffer.allocate(64);
            int n = ch.read(b, 0);
            String s = n <= 0 ? "" : new String(b.array(), 0, n, StandardCharsets.UTF_8).strip();
            return s.startsWith("pid ") ? s : "pid unknown";
        } catch (IOException e) {
            return "pid unknown";
        }
    }

    private static void close(FileChannel ch) {
        try {
            ch.close();
        } catch (IOException e) {
            // nothing to release
        }
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.FileSystemException) {
            java.nio.file.FileSystemException f = (java.nio.file.FileSystemException) e;
            String at = f.getFile() == null ? "" : ": " + f.getFile();
            if (f.getReason() != null) {
                return f.getReason() + at;
            }
            if (e instanceof java.nio.file.NoSuchFileException) {
                return "no such file or folder" + at;
            }
            if (e instanceof java.nio.file.AccessDeniedException) {
                return "permission denied" + at;
            }
            if (e instanceof java.nio.file.FileAlreadyExistsException) {
                return "a file is in the way" + at;
            }
            return e.getClass().getSimpleName() + at;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
