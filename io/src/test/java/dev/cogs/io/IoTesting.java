package dev.cogs.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.junit.jupiter.api.function.Executable;

/**
 * Test support for cogs-io: byte builders written from the format specifications (PKWARE APPNOTE
 * for ZIP, the pickle opcode table of CPython's {@code pickletools}, NumPy's {@code .npy} layout),
 * independent of the main code, plus the shared fuzzing loop and assertion helpers.
 */
public final class IoTesting {

    private IoTesting() {}

    /** Reads a fixture from {@code src/test/resources/dev/cogs/io/fixtures}. */
    public static byte[] fixture(String path) {
        try (InputStream in = IoTesting.class.getResourceAsStream("fixtures/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Little-endian float32 bytes. */
    public static byte[] f32(double... v) {
        ByteBuffer b = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        for (double x : v) {
            b.putFloat((float) x);
        }
        return b.array();
    }

    /** Little-endian float64 bytes. */
    public static byte[] f64(double... v) {
        ByteBuffer b = ByteBuffer.allocate(8 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        for (double x : v) {
            b.putDouble(x);
        }
        return b.array();
    }

    /** Little-endian 16-bit words (float16 or bfloat16 bit patterns). */
    public static byte[] u16(int... bits) {
        ByteBuffer b = ByteBuffer.allocate(2 * bits.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int x : bits) {
            b.putShort((short) x);
        }
        return b.array();
    }

    /** Concatenates byte arrays. */
    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** ASCII bytes. */
    public static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Asserts that the action throws an IllegalArgumentException with a one-line message containing
     * every fragment, and returns the message.
     */
    public static String assertRefused(Executable action, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
        String m = e.getMessage();
        assertTrue(m.indexOf('\n') < 0, () -> "message has several lines: " + m);
        for (String f : fragments) {
            assertTrue(m.contains(f), () -> "message lacks '" + f + "': " + m);
        }
        return m;
    }

    /**
     * A {@code .npy} file by hand: magic, version, header length, the header text padded with
     * spaces to a multiple of 64 bytes and ended by a newline, then the data.
     */
    public static byte[] npy(String dict, byte[] data) {
        int total = 10 + dict.length() + 1;
        int padded = (total + 63) / 64 * 64;
        String header = dict + " ".repeat(padded - total) + "\n";
        ByteBuffer b =
                ByteBuffer.allocate(10 + header.length() + data.length)
                        .order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        b.putShort((short) header.length());
        b.put(header.getBytes(StandardCharsets.ISO_8859_1));
        b.put(data);
        return b.array();
    }

    /**
     * A ZIP archive built by hand from PKWARE's APPNOTE 6.3: local file headers, central directory,
     * end of central directory, optionally the ZIP64 end record and locator, and optionally
     * PyTorch's 64-byte alignment of each entry's data through an {@code FB} extra field padded
     * with {@code Z}.
     */
    public static final class ZipBuilder {
        private final List<byte[]> names = new ArrayList<>();
        private final List<byte[]> stored = new ArrayList<>();
        private final List<Integer> methods = new ArrayList<>();
        private final List<Long> crcs = new ArrayList<>();
        private final List<Integer> sizes = new ArrayList<>();
        private boolean zip64;
        private boolean align64;

        /** Adds a stored entry. */
        public ZipBuilder stored(String name, byte[] data) {
            return add(name, data, 0, data);
        }

        /** Adds a deflated entry (raw deflate, as method 8 requires). */
        public ZipBuilder deflated(String name, byte[] data) {
            Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
            d.setInput(data);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            while (!d.finished()) {
                int n = d.deflate(buf);
                out.write(buf, 0, n);
            }
            d.end();
            return add(name, data, 8, out.toByteArray());
        }

        private ZipBuilder add(String name, byte[] data, int method, byte[] payload) {
            CRC32 crc = new CRC32();
            crc.update(data);
            names.add(name.getBytes(StandardCharsets.UTF_8));
            stored.add(payload);
            methods.add(method);
            crcs.add(crc.getValue());
            sizes.add(data.length);
            return this;
        }

        /**
         * Also writes the ZIP64 end of central directory record and locator, as PyTorch's writer
         * does.
         */
        public ZipBuilder zip64End() {
            this.zip64 = true;
            return this;
        }

        /**
         * Pads each local header so the data start at a multiple of 64, as PyTorch's writer does.
         */
        public ZipBuilder align64() {
            this.align64 = true;
            return this;
        }

        /** The archive bytes. */
        public byte[] build() {
            ByteBuffer out = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
            int[] offsets = new int[names.size()];
            for (int i = 0; i < names.size(); i++) {
                offsets[i] = out.position();
                byte[] extra = new byte[0];
                if (align64) {
                    int start = out.position() + 30 + names.get(i).length + 4;
                    int pad = (64 - start % 64) % 64;
                    extra = new byte[4 + pad];
                    ByteBuffer x = ByteBuffer.wrap(extra).order(ByteOrder.LITTLE_ENDIAN);
                    x.put((byte) 'F').put((byte) 'B').putShort((short) pad);
                    Arrays.fill(extra, 4, extra.length, (byte) 'Z');
                }
                out.putInt(0x04034b50)
                        .putShort((short) 20)
                        .putShort((short) 0x0800)
                        .putShort(methods.get(i).shortValue())
                        .putShort((short) 0)
                        .putShort((short) 0x21)
                        .putInt(crcs.get(i).intValue())
                        .putInt(stored.get(i).length)
                        .putInt(sizes.get(i))
                        .putShort((short) names.get(i).length)
                        .putShort((short) extra.length)
                        .put(names.get(i))
                        .put(extra)
                        .put(stored.get(i));
            }
            int cdOffset = out.position();
            for (int i = 0; i < names.size(); i++) {
                out.putInt(0x02014b50)
                        .putShort((short) 20)
                        .putShort((short) 20)
                        .putShort((short) 0x0800)
                        .putShort(methods.get(i).shortValue())
                        .putShort((short) 0)
                        .putShort((short) 0x21)
                        .putInt(crcs.get(i).intValue())
                        .putInt(stored.get(i).length)
                        .putInt(sizes.get(i))
                        .putShort((short) names.get(i).length)
                        .putShort((short) 0)
                        .putShort((short) 0)
                        .putShort((short) 0)
                        .putShort((short) 0)
                        .putInt(0)
                        .putInt(offsets[i])
                        .put(names.get(i));
            }
            int cdSize = out.position() - cdOffset;
            if (zip64) {
                int record = out.position();
                out.putInt(0x06064b50)
                        .putLong(44)
                        .putShort((short) 45)
                        .putShort((short) 45)
                        .putInt(0)
                        .putInt(0)
                        .putLong(names.size())
                        .putLong(names.size())
                        .putLong(cdSize)
                        .putLong(cdOffset);
                out.putInt(0x07064b50).putInt(0).putLong(record).putInt(1);
            }
            out.putInt(0x06054b50)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putShort((short) names.size())
                    .putShort((short) names.size())
                    .putInt(cdSize)
                    .putInt(cdOffset)
                    .putShort((short) 0);
            return Arrays.copyOf(out.array(), out.position());
        }
    }

    /**
     * A pickle written opcode by opcode (opcode bytes and argument encodings from CPython's {@code
     * Lib/pickletools.py} table).
     */
    public static final class PickleBuilder {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        private PickleBuilder op(int code) {
            out.write(code);
            return this;
        }

        private PickleBuilder le(long value, int bytes) {
            for (int i = 0; i < bytes; i++) {
                out.write((int) (value >>> (8 * i)) & 0xff);
            }
            return this;
        }

        /** PROTO n. */
        public PickleBuilder proto(int n) {
            return op(0x80).le(n, 1);
        }

        /** EMPTY_DICT. */
        public PickleBuilder emptyDict() {
            return op('}');
        }

        /** EMPTY_LIST. */
        public PickleBuilder emptyList() {
            return op(']');
        }

        /** EMPTY_TUPLE. */
        public PickleBuilder emptyTuple() {
            return op(')');
        }

        /** MARK. */
        public PickleBuilder mark() {
            return op('(');
        }

        /** BINPUT i. */
        public PickleBuilder binput(int i) {
            return op('q').le(i, 1);
        }

        /** BINGET i. */
        public PickleBuilder binget(int i) {
            return op('h').le(i, 1);
        }

        /** LONG_BINPUT i. */
        public PickleBuilder longBinput(long i) {
            return op('r').le(i, 4);
        }

        /** LONG_BINGET i. */
        public PickleBuilder longBinget(long i) {
            return op('j').le(i, 4);
        }

        /** MEMOIZE. */
        public PickleBuilder memoize() {
            return op(0x94);
        }

        /** BINUNICODE s (4-byte length, UTF-8). */
        public PickleBuilder binunicode(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            op('X').le(b.length, 4);
            out.writeBytes(b);
            return this;
        }

        /** SHORT_BINUNICODE s (protocol 4). */
        public PickleBuilder shortBinunicode(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            op(0x8c).le(b.length, 1);
            out.writeBytes(b);
            return this;
        }

        /** GLOBAL module name (two newline-terminated lines). */
        public PickleBuilder global(String module, String name) {
            op('c');
            out.writeBytes((module + "\n" + name + "\n").getBytes(StandardCharsets.UTF_8));
            return this;
        }

        /** STACK_GLOBAL (protocol 4). */
        public PickleBuilder stackGlobal() {
            return op(0x93);
        }

        /** FRAME n (protocol 4). */
        public PickleBuilder frame(long n) {
            return op(0x95).le(n, 8);
        }

        /** BININT1 v. */
        public PickleBuilder binint1(int v) {
            return op('K').le(v, 1);
        }

        /** BININT2 v. */
        public PickleBuilder binint2(int v) {
            return op('M').le(v, 2);
        }

        /** BININT v (signed 32-bit). */
        public PickleBuilder binint(int v) {
            return op('J').le(v, 4);
        }

        /** LONG1 with the given little-endian two's-complement bytes. */
        public PickleBuilder long1(byte... littleEndian) {
            op(0x8a).le(littleEndian.length, 1);
            out.writeBytes(littleEndian);
            return this;
        }

        /** BINFLOAT v (big-endian). */
        public PickleBuilder binfloat(double v) {
            op('G');
            out.writeBytes(ByteBuffer.allocate(8).putDouble(v).array());
            return this;
        }

        /** TUPLE. */
        public PickleBuilder tuple() {
            return op('t');
        }

        /** TUPLE1. */
        public PickleBuilder tuple1() {
            return op(0x85);
        }

        /** TUPLE2. */
        public PickleBuilder tuple2() {
            return op(0x86);
        }

        /** TUPLE3. */
        public PickleBuilder tuple3() {
            return op(0x87);
        }

        /** REDUCE. */
        public PickleBuilder reduce() {
            return op('R');
        }

        /** BUILD. */
        public PickleBuilder build() {
            return op('b');
        }

        /** BINPERSID. */
        public PickleBuilder binpersid() {
            return op('Q');
        }

        /** SETITEM. */
        public PickleBuilder setitem() {
            return op('s');
        }

        /** SETITEMS. */
        public PickleBuilder setitems() {
            return op('u');
        }

        /** APPEND. */
        public PickleBuilder append() {
            return op('a');
        }

        /** APPENDS. */
        public PickleBuilder appends() {
            return op('e');
        }

        /** NEWTRUE. */
        public PickleBuilder newtrue() {
            return op(0x88);
        }

        /** NEWFALSE. */
        public PickleBuilder newfalse() {
            return op(0x89);
        }

        /** NONE. */
        public PickleBuilder none() {
            return op('N');
        }

        /** STOP. */
        public PickleBuilder stop() {
            return op('.');
        }

        /** Any raw bytes. */
        public PickleBuilder raw(int... bytes) {
            for (int b : bytes) {
                out.write(b);
            }
            return this;
        }

        /** Raw bytes. */
        public PickleBuilder raw(byte[] bytes) {
            out.writeBytes(bytes);
            return this;
        }

        /** The pickle. */
        public byte[] bytes() {
            return out.toByteArray();
        }
    }

    /**
     * The number of cases of a fuzz test: its base count times the system property {@code
     * cogs.fuzz.scale} (1 in the normal suite; {@code -Pfuzz-long} sets 25).
     *
     * @param base the count of the normal suite
     * @return the count to run
     */
    public static int fuzzCases(int base) {
        return Math.multiplyExact(base, Math.max(1, Integer.getInteger("cogs.fuzz.scale", 1)));
    }

    /** How one fuzz case ended. */
    public enum Outcome {
        /** Parsed. */
        ACCEPTED,
        /** Refused with an IllegalArgumentException. */
        REFUSED
    }

    /**
     * Runs {@code cases} seeded random mutations of {@code valid} through {@code parser}: each must
     * return or throw IllegalArgumentException with a one-line message; anything else fails the
     * test with the seed, the case and the mutation. Mutations: bit flips, truncation, insertion,
     * deletion, overwriting with random or boundary bytes, duplicating a chunk.
     *
     * @param valid the valid input
     * @param seed the seed of the mutations
     * @param baseCases the number of cases in the normal suite (scaled by {@link #fuzzCases})
     * @param parser the reader under test
     * @return {accepted, refused}
     */
    public static int[] fuzz(byte[] valid, long seed, int baseCases, Function<byte[], ?> parser) {
        int cases = fuzzCases(baseCases);
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        int accepted = 0;
        int refused = 0;
        for (int c = 0; c < cases; c++) {
            StringBuilder how = new StringBuilder();
            byte[] mutated = mutate(valid, random, how);
            try {
                parser.apply(mutated);
                accepted++;
            } catch (IllegalArgumentException e) {
                if (e.getMessage() == null
                        || e.getMessage().indexOf('\n') >= 0
                        || !e.getMessage().startsWith("cogs: ")) {
                    throw new AssertionError(
                            "seed "
                                    + seed
                                    + " case "
                                    + c
                                    + " ("
                                    + how
                                    + "): bad message: "
                                    + e.getMessage(),
                            e);
                }
                refused++;
            } catch (RuntimeException | Error e) {
                throw new AssertionError("seed " + seed + " case " + c + " (" + how + "): " + e, e);
            }
        }
        assertEquals(cases, accepted + refused);
        return new int[] {accepted, refused};
    }

    private static byte[] mutate(byte[] valid, java.util.SplittableRandom r, StringBuilder how) {
        byte[] b = valid.clone();
        int rounds = 1 + r.nextInt(3);
        for (int k = 0; k < rounds; k++) {
            int kind = r.nextInt(7);
            int n = b.length;
            switch (kind) {
                case 0:
                    {
                        int flips = 1 + r.nextInt(4);
                        for (int f = 0; f < flips && n > 0; f++) {
                            int at = r.nextInt(n);
                            b[at] ^= (byte) (1 << r.nextInt(8));
                            how.append("flip@").append(at).append(' ');
                        }
                        break;
                    }
                case 1:
                    {
                        int len = n == 0 ? 0 : r.nextInt(n);
                        b = Arrays.copyOf(b, len);
                        how.append("truncate@").append(len).append(' ');
                        break;
                    }
                case 2:
                    {
                        int at = r.nextInt(n + 1);
                        int len = 1 + r.nextInt(8);
                        byte[] ins = new byte[len];
                        for (int i = 0; i < len; i++) {
                            ins[i] = (byte) r.nextInt(256);
                        }
                        b = concat(Arrays.copyOf(b, at), ins, Arrays.copyOfRange(b, at, n));
                        how.append("insert").append(len).append('@').append(at).append(' ');
                        break;
                    }
                case 3:
                    {
                        if (n == 0) {
                            break;
                        }
                        int at = r.nextInt(n);
                        int len = Math.min(n - at, 1 + r.nextInt(8));
                        b = concat(Arrays.copyOf(b, at), Arrays.copyOfRange(b, at + len, n));
                        how.append("delete").append(len).append('@').append(at).append(' ');
                        break;
                    }
                case 4:
                    {
                        if (n == 0) {
                            break;
                        }
                        int at = r.nextInt(n);
                        b[at] = (byte) r.nextInt(256);
                        how.append("set@").append(at).append(' ');
                        break;
                    }
                case 5:
                    {
                        // Boundary values where lengths and counts live: 0x00, 0x7f, 0x80, 0xff
                        // runs.
                        if (n < 4) {
                            break;
                        }
                        int at = r.nextInt(n - 3);
                        int[] choices = {0x00, 0x7f, 0x80, 0xff};
                        byte v = (byte) choices[r.nextInt(4)];
                        int len = 1 + r.nextInt(4);
                        for (int i = 0; i < len && at + i < n; i++) {
                            b[at + i] = v;
                        }
                        how.append("boundary").append(len).append('@').append(at).append(' ');
                        break;
                    }
                default:
                    {
                        if (n == 0) {
                            break;
                        }
                        int at = r.nextInt(n);
                        int len = Math.min(n - at, 1 + r.nextInt(32));
                        int to = r.nextInt(n + 1);
                        byte[] chunk = Arrays.copyOfRange(b, at, at + len);
                        b = concat(Arrays.copyOf(b, to), chunk, Arrays.copyOfRange(b, to, n));
                        how.append("dup")
                                .append(len)
                                .append('@')
                                .append(at)
                                .append("->")
                                .append(to)
                                .append(' ');
                        break;
                    }
            }
        }
        return b;
    }
}
