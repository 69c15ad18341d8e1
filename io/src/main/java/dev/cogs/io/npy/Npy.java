package dev.cogs.io.npy;

import dev.cogs.io.DType;
import dev.cogs.io.Tensor;
import dev.cogs.io.internal.Problems;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes NumPy {@code .npy} files: the one {@code .npy} implementation of cogs, used for
 * single files and for the entries of {@code .npz} archives ({@link dev.cogs.io.npz.Npz}).
 *
 * <p>Format (NumPy's {@code numpy.lib.format}, versions 1.0, 2.0, 3.0): the magic bytes {@code
 * \x93NUMPY}, a major and a minor version byte, the header length (unsigned little-endian, 2 bytes
 * for version 1, 4 bytes for versions 2 and 3), then the header, a Python dict literal with exactly
 * the keys {@code 'descr'}, {@code 'fortran_order'} and {@code 'shape'}, padded with spaces and
 * ended by a newline (Latin-1 for versions 1 and 2, UTF-8 for version 3). The raw data follow and
 * must have exactly the length the header announces: truncated files and trailing bytes are
 * refused. Parsing finishes before anything is returned, so a corrupt file is never half-loaded.
 *
 * <p>Read: {@code f2}, {@code f4} and {@code f8} in either byte order ({@code =} is read as
 * little-endian), C or Fortran order (returned in C order). Other simple type strings (integers,
 * booleans, complex, strings, datetimes, objects) are valid NumPy files but are not read: {@link
 * #parseEntry} reports them as skipped, and {@link #parse} refuses them; object arrays, which hold
 * pickles, are never unpickled.
 *
 * <p>Two error conventions, one parser: {@link #parseEntry} (used for archive entries and by
 * format-neutral readers) throws one-line {@link IllegalArgumentException}s {@code cogs: <source>:
 * tensor <name>: <problem>}; {@link #read} and {@link #parse} (the single-file API) throw {@link
 * IOException}s whose message is {@code <source>: <problem>}.
 *
 * <p>Writing produces version 1.0 (2.0 if the header is longer than 65535 bytes), little-endian, C
 * order, with the header padded so that the data start at a multiple of 64 bytes, as NumPy does.
 * Files are written to a temporary sibling and moved into place, so readers never see a partial
 * file.
 */
public final class Npy {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int ALIGN = 64;

    private Npy() {}

    /**
     * One parsed {@code .npy} entry: a tensor, or the reason it was skipped (a valid array of a
     * type that is not read).
     *
     * @param name the tensor name
     * @param tensor the tensor, if read
     * @param skipped the reason, if not read
     */
    public record Entry(String name, Optional<Tensor> tensor, Optional<String> skipped) {

        /**
         * Validates that exactly one of the two is present.
         *
         * @param name the tensor name
         * @param tensor the tensor, if read
         * @param skipped the reason, if not read
         * @throws IllegalArgumentException unless exactly one of {@code tensor} and {@code skipped}
         *     is present
         */
        public Entry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(tensor, "tensor");
            Objects.requireNonNull(skipped, "skipped");
            if (tensor.isPresent() == skipped.isPresent()) {
                throw new IllegalArgumentException("an entry is either read or skipped");
            }
        }
    }

    /**
     * Reads a {@code .npy} file of floats.
     *
     * @param file the file
     * @return the array (C order)
     * @throws IOException if the file cannot be read, is not a valid {@code .npy} file or holds a
     *     non-float type; the message starts with the file name
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
     * Parses the bytes of a {@code .npy} file of floats.
     *
     * @param bytes the whole file
     * @param source the name used in error messages (usually the file name)
     * @return the array (C order)
     * @throws IOException if the bytes are not a valid {@code .npy} file or hold a non-float type;
     *     the message is {@code <source>: <problem>}
     */
    public static NpyArray parse(byte[] bytes, String source) throws IOException {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(source, "source");
        Entry e;
        try {
            e = decode(bytes, "array", "file");
        } catch (Detail d) {
            throw new IOException(source + ": " + d.getMessage());
        }
        if (e.skipped().isPresent()) {
            throw new IOException(source + ": " + e.skipped().get());
        }
        Tensor t = e.tensor().orElseThrow();
        return NpyArray.of(t.shape(), t.data(), NpyDtype.of(t.dtype()));
    }

    /**
     * Parses one {@code .npy} entry into a format-neutral tensor.
     *
     * @param bytes the entry
     * @param source the file (archive) name for messages
     * @param name the tensor name (for an archive, the entry name without {@code .npy})
     * @return the tensor, or the reason it was skipped (a valid array of a non-float type)
     * @throws IllegalArgumentException {@code cogs: <source>: tensor <name>: <problem>} if the
     *     bytes are not a valid {@code .npy} entry
     */
    public static Entry parseEntry(byte[] bytes, String source, String name) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(name, "name");
        try {
            return decode(bytes, name, "entry");
        } catch (Detail d) {
            throw Problems.fail(source, "tensor %s: %s", Problems.quote(name), d.getMessage());
        }
    }

    /**
     * A problem found while decoding, without the source; the front ends add it in their own
     * convention.
     */
    private static final class Detail extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Detail(String format, Object... args) {
            super(String.format(Locale.ROOT, format, args), null, false, false);
        }
    }

    private static Entry decode(byte[] bytes, String name, String noun) {
        if (bytes.length < 10) {
            throw new Detail("too short for a .npy %s (%d bytes)", noun, bytes.length);
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) {
                throw new Detail("not a .npy %s (bad magic string)", noun);
            }
        }
        int major = bytes[6] & 0xff;
        int minor = bytes[7] & 0xff;
        if (minor != 0 || major < 1 || major > 3) {
            throw new Detail(
                    "unsupported .npy version %d.%d (supported: 1.0, 2.0, 3.0)", major, minor);
        }
        int lengthBytes = major == 1 ? 2 : 4;
        int headerStart = 8 + lengthBytes;
        if (bytes.length < headerStart) {
            throw new Detail("truncated in the header length");
        }
        ByteBuffer lb = ByteBuffer.wrap(bytes, 8, lengthBytes).order(ByteOrder.LITTLE_ENDIAN);
        long headerLength = major == 1 ? (lb.getShort() & 0xffffL) : (lb.getInt() & 0xffffffffL);
        if (headerLength > bytes.length - headerStart) {
            throw new Detail(
                    "header announces %d bytes, only %d follow; truncated?",
                    headerLength, bytes.length - headerStart);
        }
        String header =
                new String(
                        bytes,
                        headerStart,
                        (int) headerLength,
                        major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        if (header.isEmpty() || header.charAt(header.length() - 1) != '\n') {
            throw new Detail(".npy header does not end with a newline");
        }
        Header h;
        try {
            h = Header.parse(header);
        } catch (IllegalArgumentException e) {
            throw new Detail(
                    "bad .npy header %s: %s", Problems.quote(header.strip()), e.getMessage());
        }
        long count = 1;
        for (int dim : h.shape) {
            count *= dim;
            if (count > Integer.MAX_VALUE - 8) {
                throw new Detail("shape %s is too large", Tensor.shapeString(h.shape));
            }
        }
        int dataStart = headerStart + (int) headerLength;
        long actual = bytes.length - dataStart;
        if (h.kind == 'O') {
            return new Entry(
                    name,
                    Optional.empty(),
                    Optional.of("object array (pickled Python objects) is never unpickled"));
        }
        long expected = count * h.itemSize;
        if (actual != expected) {
            throw new Detail(
                    "shape %s of %s needs %d data bytes, the %s has %d%s",
                    Tensor.shapeString(h.shape),
                    Problems.quote(h.descr),
                    expected,
                    noun,
                    actual,
                    actual < expected ? "; truncated?" : "");
        }
        DType dtype = h.dtype();
        if (dtype == null) {
            return new Entry(
                    name,
                    Optional.empty(),
                    Optional.of(
                            "NumPy dtype "
                                    + Problems.quote(h.descr)
                                    + " is not a float type (f2, f4, f8)"));
        }
        ByteBuffer data = ByteBuffer.wrap(bytes, dataStart, (int) expected).order(h.order);
        double[] raw = new double[(int) count];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = dtype.read(data);
        }
        double[] values = h.fortranOrder ? fortranToC(raw, h.shape) : raw;
        return new Entry(
                name, Optional.of(Tensor.of(name, dtype, h.shape, values)), Optional.empty());
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
     * <p>Non-finite values: written as they are; finite values are rounded to nearest (ties to
     * even) in the target type, so large values may become infinities in float16 or float32.
     *
     * @param array the array
     * @param dtype the element type to write
     * @return the file bytes
     */
    public static byte[] encode(NpyArray array, NpyDtype dtype) {
        Objects.requireNonNull(array, "array");
        Objects.requireNonNull(dtype, "dtype");
        return encode(array.shape(), array.data(), dtype.dtype());
    }

    /**
     * Encodes a tensor in its own type as the bytes of a little-endian, C-order {@code .npy} file
     * (the form of each entry of a {@code .npz} archive); the tensor's name is not stored.
     *
     * @param tensor the tensor
     * @return the file bytes
     * @throws IllegalArgumentException naming the tensor if it is bfloat16, which NumPy has no type
     *     for
     */
    public static byte[] encode(Tensor tensor) {
        Objects.requireNonNull(tensor, "tensor");
        if (tensor.dtype() == DType.BFLOAT16) {
            throw new IllegalArgumentException(
                    "npy: tensor "
                            + Problems.quote(tensor.name())
                            + ": NumPy has no bfloat16 type; convert it to float32 first");
        }
        return encode(tensor.shape(), tensor.data(), tensor.dtype());
    }

    private static byte[] encode(int[] shape, double[] values, DType dtype) {
        String code = "<" + NpyDtype.of(dtype).code();
        StringBuilder tuple = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            tuple.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        tuple.append(shape.length == 1 ? ",)" : ")");
        String dict = "{'descr': '" + code + "', 'fortran_order': False, 'shape': " + tuple + ", }";
        int major = dict.length() + 1 + 10 > 65535 ? 2 : 1;
        int preamble = major == 1 ? 10 : 12;
        int total = preamble + dict.length() + 1;
        int padded = (total + ALIGN - 1) / ALIGN * ALIGN;
        String header = dict + " ".repeat(padded - total) + "\n";
        ByteBuffer out =
                ByteBuffer.allocate(padded + values.length * dtype.byteSize())
                        .order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).put((byte) major).put((byte) 0);
        if (major == 1) {
            out.putShort((short) header.length());
        } else {
            out.putInt(header.length());
        }
        out.put(header.getBytes(StandardCharsets.ISO_8859_1));
        for (double v : values) {
            dtype.write(out, v);
        }
        return out.array();
    }

    /**
     * Writes an array as a {@code .npy} file (see {@link #encode(NpyArray, NpyDtype)}); atomic
     * where the file system allows.
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
            Path tmp =
                    abs.resolveSibling(
                            abs.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
            try {
                Files.write(tmp, bytes);
                try {
                    Files.move(
                            tmp,
                            abs,
                            StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
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

    /** The parsed header dict. */
    private static final class Header {
        final String descr;
        final char kind;
        final int itemSize;
        final ByteOrder order;
        final boolean fortranOrder;
        final int[] shape;

        private Header(
                String descr,
                char kind,
                int itemSize,
                ByteOrder order,
                boolean fortranOrder,
                int[] shape) {
            this.descr = descr;
            this.kind = kind;
            this.itemSize = itemSize;
            this.order = order;
            this.fortranOrder = fortranOrder;
            this.shape = shape;
        }

        /** The float type, or {@code null} for the types that are skipped. */
        DType dtype() {
            if (kind != 'f') {
                return null;
            }
            switch (itemSize) {
                case 2:
                    return DType.FLOAT16;
                case 4:
                    return DType.FLOAT32;
                case 8:
                    return DType.FLOAT64;
                default:
                    return null;
            }
        }

        /**
         * Parses {@code {'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }} and the
         * padding.
         */
        static Header parse(String text) {
            Literal p = new Literal(text);
            Map<String, Object> dict = p.dict();
            p.skipSpace();
            if (!p.atEnd()) {
                throw new IllegalArgumentException("text after the dict");
            }
            if (!dict.keySet().equals(Set.of("descr", "fortran_order", "shape"))) {
                throw new IllegalArgumentException(
                        "keys must be exactly descr, fortran_order, shape");
            }
            if (!(dict.get("descr") instanceof String)) {
                throw new IllegalArgumentException("descr is not a simple type string");
            }
            if (!(dict.get("fortran_order") instanceof Boolean)) {
                throw new IllegalArgumentException("fortran_order is not True or False");
            }
            if (!(dict.get("shape") instanceof int[])) {
                throw new IllegalArgumentException("shape is not a tuple of integers");
            }
            String descr = (String) dict.get("descr");
            if (descr.length() < 2 || "<>|=".indexOf(descr.charAt(0)) < 0) {
                throw new IllegalArgumentException(
                        "descr " + Problems.quote(descr) + " is not a simple type string");
            }
            char kind = descr.charAt(1);
            if ("biufcmMOSUV?".indexOf(kind) < 0) {
                throw new IllegalArgumentException(
                        "descr " + Problems.quote(descr) + " has an unknown kind");
            }
            // Item size digits, then for datetimes an optional unit such as [ns]; objects may omit
            // the size.
            int end = 2;
            while (end < descr.length() && end < 12 && Character.isDigit(descr.charAt(end))) {
                end++;
            }
            String rest = descr.substring(end);
            boolean unit = (kind == 'M' || kind == 'm') && rest.matches("\\[[A-Za-z0-9]+\\]");
            if (!rest.isEmpty() && !unit) {
                throw new IllegalArgumentException(
                        "descr " + Problems.quote(descr) + " is not a simple type string");
            }
            if (end == 2 && kind != 'O') {
                throw new IllegalArgumentException(
                        "descr " + Problems.quote(descr) + " has no item size");
            }
            long size = end == 2 ? 8 : Long.parseLong(descr.substring(2, end));
            if (size <= 0 || size > 1 << 20) {
                throw new IllegalArgumentException(
                        "descr " + Problems.quote(descr) + " has a bad item size");
            }
            if (kind == 'U') {
                size *= 4;
            }
            ByteOrder order =
                    descr.charAt(0) == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
            return new Header(
                    descr,
                    kind,
                    (int) size,
                    order,
                    (Boolean) dict.get("fortran_order"),
                    (int[]) dict.get("shape"));
        }
    }

    /** A tiny reader of the Python literals that appear in a {@code .npy} header. */
    private static final class Literal {
        private final String s;
        private int i;

        Literal(String s) {
            this.s = s;
        }

        boolean atEnd() {
            return i >= s.length();
        }

        void skipSpace() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private void expect(char c) {
            skipSpace();
            if (i >= s.length() || s.charAt(i) != c) {
                throw new IllegalArgumentException(
                        String.format(Locale.ROOT, "expected '%c' at %d", c, i));
            }
            i++;
        }

        private boolean peek(char c) {
            skipSpace();
            return i < s.length() && s.charAt(i) == c;
        }

        Map<String, Object> dict() {
            expect('{');
            Map<String, Object> map = new LinkedHashMap<>();
            while (!peek('}')) {
                String key = string();
                expect(':');
                Object value = value();
                if (map.put(key, value) != null) {
                    throw new IllegalArgumentException("duplicate key " + Problems.quote(key));
                }
                if (!peek(',')) {
                    break;
                }
                expect(',');
            }
            expect('}');
            return map;
        }

        private Object value() {
            skipSpace();
            if (peek('\'') || peek('"')) {
                return string();
            }
            if (peek('(')) {
                return tuple();
            }
            if (s.startsWith("True", i)) {
                i += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("False", i)) {
                i += 5;
                return Boolean.FALSE;
            }
            throw new IllegalArgumentException("unsupported value at " + i);
        }

        private String string() {
            skipSpace();
            if (i >= s.length() || (s.charAt(i) != '\'' && s.charAt(i) != '"')) {
                throw new IllegalArgumentException("expected a string at " + i);
            }
            char q = s.charAt(i++);
            int end = s.indexOf(q, i);
            if (end < 0) {
                throw new IllegalArgumentException("unterminated string");
            }
            String out = s.substring(i, end);
            if (out.indexOf('\\') >= 0) {
                throw new IllegalArgumentException("escapes in strings are not supported");
            }
            i = end + 1;
            return out;
        }

        private int[] tuple() {
            expect('(');
            List<Integer> dims = new ArrayList<>();
            while (!peek(')')) {
                dims.add(integer());
                if (!peek(',')) {
                    break;
                }
                expect(',');
            }
            expect(')');
            int[] out = new int[dims.size()];
            for (int k = 0; k < out.length; k++) {
                out[k] = dims.get(k);
            }
            return out;
        }

        private int integer() {
            skipSpace();
            int start = i;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == start || i - start > 10) {
                throw new IllegalArgumentException("expected a dimension at " + start);
            }
            long v = Long.parseLong(s.substring(start, i));
            if (i < s.length() && s.charAt(i) == 'L') {
                i++; // Python 2 long literal, as NumPy under Python 2 wrote them.
            }
            if (v > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("dimension " + v + " is too large");
            }
            return (int) v;
        }
    }
}
