package dev.cogs.io.npy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads and writes NumPy {@code .npy} files.
 *
 * <p>Format (NumPy's {@code numpy.lib.format}, versions 1.0, 2.0, 3.0): the magic bytes
 * {@code \x93NUMPY}, a major and a minor version byte, the header length (unsigned little-endian, 2 bytes for
 * version 1, 4 bytes for versions 2 and 3), then the header, a Python dict literal with exactly the keys
 * {@code 'descr'}, {@code 'fortran_order'} and {@code 'shape'}, padded with spaces and ended by a newline
 * (Latin-1 for versions 1 and 2, UTF-8 for version 3). The raw data follow.
 *
 * <p>Accepted element types: {@code <f4}, {@code >f4}, {@code <f8}, {@code >f8} (and {@code =} treated as
 * little-endian). Fortran-order files are read and returned in C order. The data must have exactly the
 * length the header announces: truncated files and trailing bytes are refused. Parsing finishes before
 * anything is returned, so a corrupt file is never half-loaded.
 *
 * <p>Writing produces version 1.0 (2.0 if the header is longer than 65535 bytes), little-endian, C order,
 * with the header padded so that the data start at a multiple of 64 bytes, as NumPy does. The file is
 * written to a temporary sibling and moved into place, so readers never see a partial file.
 */
public final class Npy {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int ALIGN = 64;

    private Npy() {
    }

    /**
     * Reads a {@code .npy} file.
     *
     * @param file the file
     * @return the array (C order)
     * @throws IOException if the file cannot be read or is not a valid float32/float64 {@code .npy} file; the
     *     message starts with the file name
     */
    public static NpyArray read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException(file + ": cannot read (no such file)", e);
        } catch (IOException e) {
            throw new IOException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        return parse(bytes, file.toString());
    }

    /**
     * Parses the bytes of a {@code .npy} file.
     *
     * @param bytes the whole file
     * @param source the name used in error messages (usually the file name)
     * @return the array (C order)
     * @throws IOException if the bytes are not a valid float32/float64 {@code .npy} file
     */
    public static NpyArray parse(byte[] bytes, String source) throws IOException {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(source, "source");
        if (bytes.length < MAGIC.length + 2) {
            throw fail(source, "too short for a .npy file (" + bytes.length + " bytes)");
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) {
                throw fail(source, "not a .npy file (bad magic string)");
            }
        }
        int major = bytes[6] & 0xff;
        int minor = bytes[7] & 0xff;
        if (minor != 0 || major < 1 || major > 3) {
            throw fail(source, "unsupported .npy format version " + major + "." + minor
                    + " (supported: 1.0, 2.0, 3.0)");
        }
        int lengthBytes = major == 1 ? 2 : 4;
        int headerStart = 8 + lengthBytes;
        if (bytes.length < headerStart) {
            throw fail(source, "truncated in the header length");
        }
        ByteBuffer lb = ByteBuffer.wrap(bytes, 8, lengthBytes).order(ByteOrder.LITTLE_ENDIAN);
        long headerLength = major == 1 ? (lb.getShort() & 0xffffL) : (lb.getInt() & 0xffffffffL);
        if (headerStart + headerLength > bytes.length) {
            throw fail(source, String.format(Locale.ROOT, "truncated: header announces %d bytes, file has %d after "
                    + "the preamble", headerLength, bytes.length - headerStart));
        }
        String header = new String(bytes, headerStart, (int) headerLength,
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        if (header.isEmpty() || header.charAt(header.length() - 1) != '\n') {
            throw fail(source, "header does not end with a newline");
        }
        NpyHeader h;
        try {
            h = NpyHeader.parse(header);
        } catch (IllegalArgumentException e) {
            throw fail(source, "bad header " + header.strip() + ": " + e.getMessage());
        }
        long count;
        try {
            count = NpyArray.elementCount(h.shape());
        } catch (ArithmeticException e) {
            throw fail(source, "shape " + NpyArray.shapeString(h.shape()) + " is too large");
        }
        long dataStart = headerStart + headerLength;
        long expected = count * h.dtype().size();
        long actual = bytes.length - dataStart;
        if (actual < expected) {
            throw fail(source, String.format(Locale.ROOT, "truncated: shape %s of %s needs %d data bytes, found %d",
                    NpyArray.shapeString(h.shape()), h.dtype().code(), expected, actual));
        }
        if (actual > expected) {
            throw fail(source, String.format(Locale.ROOT, "%d unexpected bytes after the data of shape %s",
                    actual - expected, NpyArray.shapeString(h.shape())));
        }
        if (count > Integer.MAX_VALUE - 8) {
            throw fail(source, "shape " + NpyArray.shapeString(h.shape()) + " is too large");
        }
        ByteBuffer data = ByteBuffer.wrap(bytes, (int) dataStart, (int) expected).order(h.order());
        double[] raw = new double[(int) count];
        if (h.dtype() == NpyDtype.FLOAT32) {
            for (int i = 0; i < raw.length; i++) {
                raw[i] = data.getFloat();
            }
        } else {
            for (int i = 0; i < raw.length; i++) {
                raw[i] = data.getDouble();
            }
        }
        double[] values = h.fortranOrder() ? fortranToC(raw, h.shape()) : raw;
        return NpyArray.of(h.shape(), values, h.dtype());
    }

    /** Reorders column-major data into row-major order. */
    private static double[] fortranToC(double[] f, int[] shape) {
        int n = shape.length;
        double[] c = new double[f.length];
        int[] index = new int[n];
        for (int flat = 0; flat < f.length; flat++) {
            // index runs through the C order; compute the Fortran offset of the same multi-index.
            long offset = 0;
            long stride = 1;
            for (int ax = 0; ax < n; ax++) {
                offset += index[ax] * stride;
                stride *= shape[ax];
            }
            c[flat] = f[(int) offset];
            for (int ax = n - 1; ax >= 0; ax--) {
                if (++index[ax] < shape[ax]) {
                    break;
                }
                index[ax] = 0;
            }
        }
        return c;
    }

    /**
     * Encodes an array as the bytes of a little-endian, C-order {@code .npy} file.
     *
     * <p>Non-finite values: written as they are (float32 rounding of large finite values may give
     * infinities; values are rounded to nearest by {@code (float)}).
     *
     * @param array the array
     * @param dtype the element type to write
     * @return the file bytes
     */
    public static byte[] encode(NpyArray array, NpyDtype dtype) {
        Objects.requireNonNull(array, "array");
        Objects.requireNonNull(dtype, "dtype");
        String dict = "{'descr': '<" + dtype.code() + "', 'fortran_order': False, 'shape': "
                + NpyArray.shapeString(array.shape()) + ", }";
        int major = dict.length() + 1 + 10 > 65535 ? 2 : 1;
        int preamble = major == 1 ? 10 : 12;
        int total = preamble + dict.length() + 1;
        int padded = (total + ALIGN - 1) / ALIGN * ALIGN;
        String header = dict + " ".repeat(padded - total) + "\n";
        double[] values = array.data();
        ByteBuffer out = ByteBuffer.allocate(padded + values.length * dtype.size()).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).put((byte) major).put((byte) 0);
        if (major == 1) {
            out.putShort((short) header.length());
        } else {
            out.putInt(header.length());
        }
        out.put(header.getBytes(StandardCharsets.ISO_8859_1));
        if (dtype == NpyDtype.FLOAT32) {
            for (double v : values) {
                out.putFloat((float) v);
            }
        } else {
            for (double v : values) {
                out.putDouble(v);
            }
        }
        return out.array();
    }

    /**
     * Writes an array as a {@code .npy} file (see {@link #encode}); atomic where the file system allows.
     *
     * @param file the target file (parent directories are created)
     * @param array the array
     * @param dtype the element type to write
     * @throws IOException if writing fails; the message names the file
     */
    public static void write(Path file, NpyArray array, NpyDtype dtype) throws IOException {
        Objects.requireNonNull(file, "file");
        byte[] bytes = encode(array, dtype);
        Path abs = file.toAbsolutePath();
        try {
            Files.createDirectories(abs.getParent());
            // A plain sibling (not createTempFile, which would make the file owner-only on POSIX).
            Path tmp = abs.resolveSibling(abs.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
            try {
                Files.write(tmp, bytes);
                try {
                    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new IOException(file + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    private static IOException fail(String source, String problem) {
        return new IOException(source + ": " + problem);
    }
}
