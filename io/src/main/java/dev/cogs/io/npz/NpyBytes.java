package dev.cogs.io.npz;

import static dev.cogs.io.internal.Problems.fail;
import static dev.cogs.io.internal.Problems.quote;

import dev.cogs.io.DType;
import dev.cogs.io.Tensor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * PLACEHOLDER, to be replaced by {@code dev.cogs.io.npy.Npy} when the {@code io} module is merged with the
 * branch that moves {@code dev.cogs.nets.io.Npy} there. It exists only because {@code io} must not depend
 * on {@code nets}; it is package-private so nothing outside {@link Npz} can come to rely on it.
 *
 * <p>The {@code .npy} bytes of one {@code .npz} entry (NumPy's {@code numpy.lib.format}, versions 1.0, 2.0
 * and 3.0): magic {@code \x93NUMPY}, major and minor version, header length (2 bytes little-endian for
 * version 1, 4 bytes otherwise), a Python dict literal with exactly the keys {@code descr},
 * {@code fortran_order} and {@code shape}, padded with spaces and ended by a newline, then the raw data,
 * which must have exactly the announced length.
 *
 * <p>Read: {@code f2}, {@code f4}, {@code f8} in either byte order, C or Fortran order (returned in C order).
 * Other simple type strings (integers, booleans, complex, strings, objects) are valid NumPy files but are not
 * read: {@link #parse} reports them as skipped; object arrays, which hold pickles, are never unpickled.
 */
final class NpyBytes {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int ALIGN = 64;

    /**
     * The outcome of parsing one entry: a tensor, or the reason it is skipped.
     *
     * @param tensor the tensor, or {@code null} if skipped
     * @param skipped the reason, or {@code null} if read
     */
    record Parsed(Tensor tensor, String skipped) {
    }

    private NpyBytes() {
    }

    /**
     * Parses the bytes of one {@code .npy} entry.
     *
     * @param bytes the entry
     * @param source the archive name for messages
     * @param name the tensor name (the entry name without {@code .npy})
     * @return the tensor or the skip reason
     * @throws IllegalArgumentException naming the archive and the tensor if the bytes are not a valid
     *     {@code .npy} file
     */
    static Parsed parse(byte[] bytes, String source, String name) {
        String where = "tensor " + quote(name);
        if (bytes.length < 10) {
            throw fail(source, "%s: too short for a .npy entry (%d bytes)", where, bytes.length);
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) {
                throw fail(source, "%s: not a .npy entry (bad magic string)", where);
            }
        }
        int major = bytes[6] & 0xff;
        int minor = bytes[7] & 0xff;
        if (minor != 0 || major < 1 || major > 3) {
            throw fail(source, "%s: unsupported .npy version %d.%d (supported: 1.0, 2.0, 3.0)", where, major, minor);
        }
        int lengthBytes = major == 1 ? 2 : 4;
        int headerStart = 8 + lengthBytes;
        if (bytes.length < headerStart) {
            throw fail(source, "%s: truncated in the header length", where);
        }
        ByteBuffer lb = ByteBuffer.wrap(bytes, 8, lengthBytes).order(ByteOrder.LITTLE_ENDIAN);
        long headerLength = major == 1 ? (lb.getShort() & 0xffffL) : (lb.getInt() & 0xffffffffL);
        if (headerLength > bytes.length - headerStart) {
            throw fail(source, "%s: header announces %d bytes, only %d follow; truncated?", where, headerLength,
                    bytes.length - headerStart);
        }
        String header = new String(bytes, headerStart, (int) headerLength,
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        if (header.isEmpty() || header.charAt(header.length() - 1) != '\n') {
            throw fail(source, "%s: .npy header does not end with a newline", where);
        }
        Header h;
        try {
            h = Header.parse(header);
        } catch (IllegalArgumentException e) {
            throw fail(source, "%s: bad .npy header %s: %s", where, quote(header.strip()), e.getMessage());
        }
        long count = 1;
        for (int dim : h.shape) {
            count *= dim;
            if (count > Integer.MAX_VALUE - 8) {
                throw fail(source, "%s: shape %s is too large", where, Tensor.shapeString(h.shape));
            }
        }
        int dataStart = headerStart + (int) headerLength;
        long actual = bytes.length - dataStart;
        if (h.kind == 'O') {
            return new Parsed(null, "object array (pickled Python objects) is never unpickled");
        }
        long expected = count * h.itemSize;
        if (actual != expected) {
            throw fail(source, "%s: shape %s of %s needs %d data bytes, the entry has %d%s", where,
                    Tensor.shapeString(h.shape), quote(h.descr), expected, actual,
                    actual < expected ? "; truncated?" : "");
        }
        DType dtype = h.dtype();
        if (dtype == null) {
            return new Parsed(null, "NumPy dtype " + quote(h.descr) + " is not a float type (f2, f4, f8)");
        }
        ByteBuffer data = ByteBuffer.wrap(bytes, dataStart, (int) expected).order(h.order);
        double[] raw = new double[(int) count];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = dtype.read(data);
        }
        double[] values = h.fortranOrder ? fortranToC(raw, h.shape) : raw;
        return new Parsed(Tensor.of(name, dtype, h.shape, values), null);
    }

    /**
     * Encodes a tensor as a version 1.0 (2.0 if the header needs it), little-endian, C-order {@code .npy}
     * entry whose data start at a multiple of 64 bytes, as NumPy writes them.
     *
     * @param tensor the tensor
     * @param source the archive name for messages
     * @return the bytes
     * @throws IllegalArgumentException if the tensor is bfloat16, which NumPy has no type for
     */
    static byte[] encode(Tensor tensor, String source) {
        String code;
        switch (tensor.dtype()) {
            case FLOAT16:
                code = "<f2";
                break;
            case FLOAT32:
                code = "<f4";
                break;
            case FLOAT64:
                code = "<f8";
                break;
            default:
                throw fail(source, "tensor %s: NumPy has no bfloat16 type; convert it to float32 first",
                        quote(tensor.name()));
        }
        int[] shape = tensor.shape();
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
        double[] values = tensor.data();
        ByteBuffer out = ByteBuffer.allocate(padded + values.length * tensor.dtype().byteSize())
                .order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).put((byte) major).put((byte) 0);
        if (major == 1) {
            out.putShort((short) header.length());
        } else {
            out.putInt(header.length());
        }
        out.put(header.getBytes(StandardCharsets.ISO_8859_1));
        for (double v : values) {
            tensor.dtype().write(out, v);
        }
        return out.array();
    }

    /** Reorders column-major data into row-major order. */
    private static double[] fortranToC(double[] f, int[] shape) {
        int n = shape.length;
        double[] c = new double[f.length];
        int[] index = new int[n];
        for (int flat = 0; flat < f.length; flat++) {
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

    /** The parsed header dict. */
    private static final class Header {
        final String descr;
        final char kind;
        final int itemSize;
        final ByteOrder order;
        final boolean fortranOrder;
        final int[] shape;

        private Header(String descr, char kind, int itemSize, ByteOrder order, boolean fortranOrder, int[] shape) {
            this.descr = descr;
            this.kind = kind;
            this.itemSize = itemSize;
            this.order = order;
            this.fortranOrder = fortranOrder;
            this.shape = shape;
        }

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

        /** Parses {@code {'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }} and the padding. */
        static Header parse(String text) {
            Literal p = new Literal(text);
            Map<String, Object> dict = p.dict();
            p.skipSpace();
            if (!p.atEnd()) {
                throw new IllegalArgumentException("text after the dict");
            }
            if (!dict.keySet().equals(java.util.Set.of("descr", "fortran_order", "shape"))) {
                throw new IllegalArgumentException("keys must be exactly descr, fortran_order, shape");
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
                throw new IllegalArgumentException("descr " + quote(descr) + " is not a simple type string");
            }
            char kind = descr.charAt(1);
            if ("biufcmMOSUV?".indexOf(kind) < 0) {
                throw new IllegalArgumentException("descr " + quote(descr) + " has an unknown kind");
            }
            // Item size digits, then for datetimes an optional unit such as [ns]; objects may omit the size.
            int end = 2;
            while (end < descr.length() && end < 12 && Character.isDigit(descr.charAt(end))) {
                end++;
            }
            String rest = descr.substring(end);
            boolean unit = (kind == 'M' || kind == 'm') && rest.matches("\\[[A-Za-z0-9]+\\]");
            if (!rest.isEmpty() && !unit) {
                throw new IllegalArgumentException("descr " + quote(descr) + " is not a simple type string");
            }
            if (end == 2 && kind != 'O') {
                throw new IllegalArgumentException("descr " + quote(descr) + " has no item size");
            }
            long size = end == 2 ? 8 : Long.parseLong(descr.substring(2, end));
            if (size <= 0 || size > 1 << 20) {
                throw new IllegalArgumentException("descr " + quote(descr) + " has a bad item size");
            }
            if (kind == 'U') {
                size *= 4;
            }
            ByteOrder order = descr.charAt(0) == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
            return new Header(descr, kind, (int) size, order, (Boolean) dict.get("fortran_order"),
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
                throw new IllegalArgumentException(String.format(Locale.ROOT, "expected '%c' at %d", c, i));
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
                    throw new IllegalArgumentException("duplicate key " + quote(key));
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
