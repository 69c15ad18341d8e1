package dev.cogs.cli.ot;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small self-contained reader of NumPy {@code .npy} files (format versions 1–3): {@code float64} or
 * {@code float32}, either byte order, 1-D or 2-D, C order. Values are widened to {@code double}.
 *
 * <p>Instances are immutable.
 *
 * @param rows number of rows (the length of a 1-D array)
 * @param cols number of columns (1 for a 1-D array)
 * @param oneDimensional whether the array was 1-D
 * @param data the values, row-major (owned; do not modify)
 */
public record NpyArray(int rows, int cols, boolean oneDimensional, double[] data) {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    /** Checks the shape. */
    public NpyArray {
        Objects.requireNonNull(data, "data");
        if ((long) rows * cols != data.length) {
            throw new IllegalArgumentException("shape " + rows + "x" + cols + " vs " + data.length + " values");
        }
    }

    /**
     * Reads a file.
     *
     * @param file the {@code .npy} file
     * @return the array
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException naming the file if it is not a supported {@code .npy} array
     */
    public static NpyArray read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return parse(bytes);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses the bytes of a {@code .npy} file.
     *
     * @param bytes file content
     * @return the array
     * @throws IllegalArgumentException if the content is not a supported {@code .npy} array
     */
    public static NpyArray parse(byte[] bytes) {
        if (bytes.length < 10) {
            throw new IllegalArgumentException("not a .npy file (only " + bytes.length + " bytes)");
        }
        for (int k = 0; k < MAGIC.length; k++) {
            if (bytes[k] != MAGIC[k]) {
                throw new IllegalArgumentException("not a .npy file (bad magic string)");
            }
        }
        int major = bytes[6] & 0xff;
        int headerLen;
        int offset;
        ByteBuffer le = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (major == 1) {
            headerLen = le.getShort(8) & 0xffff;
            offset = 10;
        } else if (major == 2 || major == 3) {
            if (bytes.length < 12) {
                throw new IllegalArgumentException("truncated .npy header");
            }
            headerLen = le.getInt(8);
            offset = 12;
        } else {
            throw new IllegalArgumentException("unsupported .npy format version " + major);
        }
        if (headerLen < 0 || offset + (long) headerLen > bytes.length) {
            throw new IllegalArgumentException("truncated .npy header");
        }
        String header = new String(bytes, offset, headerLen,
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Matcher d = DESCR.matcher(header);
        Matcher f = FORTRAN.matcher(header);
        Matcher s = SHAPE.matcher(header);
        if (!d.find() || !f.find() || !s.find()) {
            throw new IllegalArgumentException("malformed .npy header: " + header.trim());
        }
        String descr = d.group(1);
        ByteOrder order;
        int width;
        switch (descr) {
            case "<f8":
                order = ByteOrder.LITTLE_ENDIAN;
                width = 8;
                break;
            case ">f8":
                order = ByteOrder.BIG_ENDIAN;
                width = 8;
                break;
            case "<f4":
                order = ByteOrder.LITTLE_ENDIAN;
                width = 4;
                break;
            case ">f4":
                order = ByteOrder.BIG_ENDIAN;
                width = 4;
                break;
            default:
                throw new IllegalArgumentException("unsupported dtype '" + descr
                        + "' (float64 or float32 expected)");
        }
        if (f.group(1).equals("True")) {
            throw new IllegalArgumentException("Fortran-order arrays are not supported (save with C order)");
        }
        String[] dims = s.group(1).split(",");
        long[] shape = new long[dims.length];
        int nd = 0;
        for (String dim : dims) {
            String t = dim.trim();
            if (!t.isEmpty()) {
                try {
                    shape[nd++] = Long.parseLong(t);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("malformed shape (" + s.group(1) + ")", e);
                }
            }
        }
        if (nd != 1 && nd != 2) {
            throw new IllegalArgumentException("array must be 1-D or 2-D, shape (" + s.group(1).trim() + ")");
        }
        long rows = shape[0];
        long cols = nd == 2 ? shape[1] : 1;
        long count = rows * cols;
        if (rows < 0 || cols < 0 || count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("unsupported shape (" + s.group(1).trim() + ")");
        }
        int start = offset + headerLen;
        long need = count * width;
        if (bytes.length - start < need) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "truncated data: shape (%s) needs %d bytes, file has %d", s.group(1).trim(), need,
                    bytes.length - start));
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes, start, (int) need).order(order);
        double[] out = new double[(int) count];
        for (int k = 0; k < out.length; k++) {
            out[k] = width == 8 ? buf.getDouble() : buf.getFloat();
        }
        return new NpyArray((int) rows, (int) cols, nd == 1, out);
    }

    /**
     * Writes a 2-D little-endian {@code float64} array (format version 1), for tests and examples.
     *
     * @param file target
     * @param rows data rows
     * @throws IOException on write failure
     */
    public static void writeFloat64(Path file, double[][] rows) throws IOException {
        int r = rows.length;
        int c = r == 0 ? 0 : rows[0].length;
        String dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (" + r + ", " + c + "), }";
        int pad = 16 - (10 + dict.length() + 1) % 16;
        String header = dict + " ".repeat(pad % 16) + "\n";
        ByteBuffer buf = ByteBuffer.allocate(10 + header.length() + 8 * r * c).order(ByteOrder.LITTLE_ENDIAN);
        buf.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) header.length());
        buf.put(header.getBytes(StandardCharsets.ISO_8859_1));
        for (double[] row : rows) {
            for (double v : row) {
                buf.putDouble(v);
            }
        }
        Files.write(file, buf.array());
    }
}
