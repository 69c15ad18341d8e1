package dev.cogs.io.npz;

import static dev.cogs.io.internal.Problems.fail;
import static dev.cogs.io.internal.Problems.quote;

import dev.cogs.io.DType;
import dev.cogs.io.Tensor;
import dev.cogs.io.TensorFile;
import dev.cogs.io.internal.FileBytes;
import dev.cogs.io.internal.ZipReader;
import dev.cogs.io.npy.Npy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Reads and writes NumPy {@code .npz} archives, as written by {@code numpy.savez} and {@code
 * numpy.savez_compressed}.
 *
 * <p>Format: a ZIP archive whose entries are {@code .npy} files (parsed by {@link Npy}); the array
 * named {@code key} is the entry {@code key.npy}, stored (method 0) or deflated (method 8). Read:
 * float16, float32 and float64 arrays, either byte order, C or Fortran order (returned in C order).
 * Arrays of other NumPy types are listed in {@link TensorFile#skipped()} with the reason; object
 * arrays (which hold pickles) are never unpickled. Entries that are not {@code .npy} files are
 * refused, and so is anything malformed: every refusal is one {@link IllegalArgumentException} line
 * naming the file and, where there is one, the tensor. Parsing finishes before anything is
 * returned, so a corrupt file is never half-loaded.
 *
 * <p>Non-finite values: NaN and infinities are read and written as they are.
 *
 * <p>Written: one {@code .npy} entry per tensor (version 1.0, little-endian, C order, data aligned
 * to 64 bytes), in the given order, with fixed timestamps so that equal input gives equal bytes.
 */
public final class Npz {

    /** How entries are written. */
    public enum Compression {
        /** Stored uncompressed, as {@code numpy.savez} does. */
        STORED,
        /** Deflated, as {@code numpy.savez_compressed} does. */
        DEFLATED
    }

    private static final String SUFFIX = ".npy";
    private static final LocalDateTime EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    private Npz() {}

    /**
     * Reads a {@code .npz} file.
     *
     * @param file the file
     * @return the float tensors, named by entry without {@code .npy}, in archive order
     * @throws IllegalArgumentException naming the file (and tensor) if it is not a valid {@code
     *     .npz}
     * @throws UncheckedIOException if the file cannot be read
     */
    public static TensorFile read(Path file) {
        Objects.requireNonNull(file, "file");
        return parse(FileBytes.read(file), file.toString());
    }

    /**
     * Parses the bytes of a {@code .npz} file.
     *
     * @param bytes the whole file
     * @param source the name used in messages
     * @return the float tensors, named by entry without {@code .npy}, in archive order
     * @throws IllegalArgumentException naming the source (and tensor) if the bytes are not a valid
     *     {@code .npz}
     */
    public static TensorFile parse(byte[] bytes, String source) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(source, "source");
        ZipReader zip = ZipReader.open(bytes, source);
        List<Tensor> tensors = new ArrayList<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        for (ZipReader.Entry e : zip.entries()) {
            if (e.isDirectory()) {
                continue;
            }
            if (!e.name().endsWith(SUFFIX) || e.name().length() == SUFFIX.length()) {
                throw fail(source, "entry %s is not a .npy array", quote(e.name()));
            }
            String name = e.name().substring(0, e.name().length() - SUFFIX.length());
            Npy.Entry p = Npy.parseEntry(zip.read(e), source, name);
            if (p.tensor().isPresent()) {
                tensors.add(p.tensor().get());
            } else {
                skipped.put(name, p.skipped().orElseThrow());
            }
        }
        return TensorFile.of(source, tensors, Map.of(), skipped);
    }

    /**
     * Encodes tensors as the bytes of a {@code .npz} file.
     *
     * @param tensors the tensors; each becomes the entry {@code name.npy}
     * @param compression stored or deflated entries
     * @return the file bytes
     * @throws IllegalArgumentException if two tensors share a name or a tensor is bfloat16 (NumPy
     *     has no such type)
     */
    public static byte[] encode(List<Tensor> tensors, Compression compression) {
        Objects.requireNonNull(tensors, "tensors");
        Objects.requireNonNull(compression, "compression");
        Set<String> names = new HashSet<>();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(buffer)) {
            for (Tensor t : tensors) {
                Objects.requireNonNull(t, "tensor");
                if (!names.add(t.name())) {
                    throw new IllegalArgumentException(
                            "npz: two tensors are named " + quote(t.name()));
                }
                if (t.dtype() == DType.BFLOAT16) {
                    throw fail(
                            "npz",
                            "tensor %s: NumPy has no bfloat16 type; convert it to float32 first",
                            quote(t.name()));
                }
                byte[] npy = Npy.encode(t);
                ZipEntry entry = new ZipEntry(t.name() + SUFFIX);
                entry.setTimeLocal(EPOCH);
                if (compression == Compression.STORED) {
                    CRC32 crc = new CRC32();
                    crc.update(npy, 0, npy.length);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(npy.length);
                    entry.setCompressedSize(npy.length);
                    entry.setCrc(crc.getValue());
                } else {
                    entry.setMethod(ZipEntry.DEFLATED);
                }
                zip.putNextEntry(entry);
                zip.write(npy);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("npz: writing to memory failed", e);
        }
        return buffer.toByteArray();
    }

    /**
     * Encodes the tensors of a file (its metadata has no place in {@code .npz} and is dropped).
     *
     * @param file the tensors
     * @param compression stored or deflated entries
     * @return the file bytes
     * @throws IllegalArgumentException if a tensor is bfloat16
     */
    public static byte[] encode(TensorFile file, Compression compression) {
        Objects.requireNonNull(file, "file");
        return encode(file.tensors(), compression);
    }

    /**
     * Writes tensors to a {@code .npz} file, through a temporary sibling moved into place.
     *
     * @param file the target
     * @param tensors the tensors; each becomes the entry {@code name.npy}
     * @param compression stored or deflated entries
     * @throws IllegalArgumentException if two tensors share a name or a tensor is bfloat16
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void write(Path file, List<Tensor> tensors, Compression compression) {
        Objects.requireNonNull(file, "file");
        FileBytes.writeAtomically(file, encode(tensors, compression));
    }
}
