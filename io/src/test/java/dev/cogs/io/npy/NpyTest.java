package dev.cogs.io.npy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyTest {

    /** The matrix the NumPy fixtures were generated from (see the fixtures' README). */
    private static final double[] A = {1.5, -2.25, 3.0, 0.1, 1e-3, -7.0};

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = NpyTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    /**
     * Hand-built .npy bytes: magic, version, header length, header text (padded by the caller),
     * data.
     */
    static byte[] npy(int major, String header, byte[] data) {
        int lengthBytes = major == 1 ? 2 : 4;
        byte[] h = header.getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer b =
                ByteBuffer.allocate(8 + lengthBytes + h.length + data.length)
                        .order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
        if (major == 1) {
            b.putShort((short) h.length);
        } else {
            b.putInt(h.length);
        }
        return b.put(h).put(data).array();
    }

    static byte[] doublesLe(double... v) {
        ByteBuffer b = ByteBuffer.allocate(8 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        for (double x : v) {
            b.putDouble(x);
        }
        return b.array();
    }

    @Test
    void readsNumpyFloat64AndFloat32() throws IOException {
        NpyArray f8 = Npy.parse(fixture("c_f8.npy"), "c_f8.npy");
        assertArrayEquals(new int[] {2, 3}, f8.shape());
        assertArrayEquals(A, f8.data(), 0.0);
        assertEquals(NpyDtype.FLOAT64, f8.dtype());
        NpyArray f4 = Npy.parse(fixture("c_f4.npy"), "c_f4.npy");
        double[] rounded = Arrays.stream(A).map(x -> (float) x).toArray();
        assertArrayEquals(rounded, f4.data(), 0.0);
        assertEquals(NpyDtype.FLOAT32, f4.dtype());
    }

    @Test
    void readsVersions2And3BigEndianAndFortranOrder() throws IOException {
        assertArrayEquals(
                Arrays.stream(A).map(x -> (float) x).toArray(),
                Npy.parse(fixture("v2_f4.npy"), "v2").data(),
                0.0);
        assertArrayEquals(A, Npy.parse(fixture("v3_f8.npy"), "v3").data(), 0.0);
        assertArrayEquals(A, Npy.parse(fixture("be_f8.npy"), "be").data(), 0.0);
        NpyArray f = Npy.parse(fixture("f_f8.npy"), "f");
        assertArrayEquals(new int[] {2, 3, 4}, f.shape());
        // np.arange(24).reshape(2, 3, 4) in C order is 0..23 whatever the storage order was.
        double[] expected = new double[24];
        Arrays.setAll(expected, i -> i);
        assertArrayEquals(expected, f.data(), 0.0);
    }

    @Test
    void encodesByteForByteLikeNumpy() throws IOException {
        NpyArray a = NpyArray.of(new int[] {2, 3}, A, NpyDtype.FLOAT64);
        assertArrayEquals(fixture("c_f8.npy"), Npy.encode(a, NpyDtype.FLOAT64));
        assertArrayEquals(fixture("c_f4.npy"), Npy.encode(a, NpyDtype.FLOAT32));
    }

    @Test
    void roundTripsRandomShapesAndValues() {
        qt().withExamples(200)
                .forAll(
                        integers().between(0, 4),
                        integers().between(0, 7),
                        integers().between(1, 9),
                        doubles().between(-1e300, 1e300))
                .check(
                        (rank, n, m, scale) -> {
                            int[] shape = new int[rank];
                            for (int i = 0; i < rank; i++) {
                                shape[i] = i % 2 == 0 ? n : m;
                            }
                            long count = NpyArray.elementCount(shape);
                            SplittableRandom rnd = new SplittableRandom(n * 31L + m);
                            double[] v = new double[(int) count];
                            for (int i = 0; i < v.length; i++) {
                                v[i] = scale * (rnd.nextDouble() - 0.5);
                            }
                            NpyArray x = NpyArray.of(shape, v, NpyDtype.FLOAT64);
                            try {
                                byte[] bytes = Npy.encode(x, NpyDtype.FLOAT64);
                                int headerEnd =
                                        10
                                                + (ByteBuffer.wrap(bytes, 8, 2)
                                                        .order(ByteOrder.LITTLE_ENDIAN)
                                                        .getShort());
                                return Npy.parse(bytes, "x").equals(x) && headerEnd % 64 == 0;
                            } catch (IOException e) {
                                return false;
                            }
                        });
    }

    @Test
    void float32RoundTripRoundsToNearestFloat() throws IOException {
        double[] v = {Math.PI, -1.0 / 3, 1e-40, 0.1};
        NpyArray back =
                Npy.parse(
                        Npy.encode(
                                NpyArray.of(new int[] {4}, v, NpyDtype.FLOAT64), NpyDtype.FLOAT32),
                        "x");
        for (int i = 0; i < v.length; i++) {
            assertEquals((double) (float) v[i], back.data()[i], 0.0);
        }
    }

    @Test
    void writesAndReadsFiles(@TempDir Path dir) throws IOException {
        NpyArray a =
                NpyArray.of(new int[] {3, 2}, new double[] {1, 2, 3, 4, 5, 6}, NpyDtype.FLOAT64);
        Path f = dir.resolve("sub/a.npy");
        Npy.write(f, a, NpyDtype.FLOAT64);
        assertEquals(a, Npy.read(f));
        try (var files = Files.list(f.getParent())) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    private static String messageOf(byte[] bytes) {
        return assertThrows(IOException.class, () -> Npy.parse(bytes, "bad.npy")).getMessage();
    }

    @Test
    void refusesBadMagicVersionAndTruncation() throws IOException {
        byte[] good = fixture("c_f8.npy");
        byte[] magic = good.clone();
        magic[1] = 'X';
        assertTrue(messageOf(magic).contains("bad.npy: not a .npy file"));
        byte[] version = good.clone();
        version[6] = 4;
        assertTrue(messageOf(version).contains("version 4.0"));
        assertTrue(messageOf(Arrays.copyOf(good, 7)).contains("too short"));
        assertTrue(messageOf(Arrays.copyOf(good, 50)).contains("truncated"));
        String m = messageOf(Arrays.copyOf(good, good.length - 3));
        assertTrue(
                m.startsWith("bad.npy: ")
                        && m.contains("truncated")
                        && m.contains("needs 48 data bytes, the file " + "has 45"),
                m);
        byte[] longer = Arrays.copyOf(good, good.length + 8);
        assertTrue(messageOf(longer).contains("needs 48 data bytes, the file has 56"));
    }

    @Test
    void refusesBadHeaders() {
        byte[] data = doublesLe(1, 2);
        assertTrue(
                messageOf(
                                npy(
                                        1,
                                        "{'descr': '<i8', 'fortran_order': False, 'shape': (2,), }\n",
                                        data))
                        .contains("NumPy dtype <i8 is not a float type (f2, f4, f8)"));
        assertTrue(
                messageOf(
                                npy(
                                        1,
                                        "{'descr': '<c16', 'fortran_order': False, 'shape': (1,), }\n",
                                        data))
                        .contains("dtype <c16"));
        assertTrue(
                messageOf(npy(1, "{'descr': '<f8', 'shape': (2,), }\n", data))
                        .contains("keys must be exactly " + "descr, fortran_order, shape"));
        assertTrue(
                messageOf(npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }", data))
                        .contains("newline"));
        assertTrue(
                messageOf(npy(1, "{'descr': '<f8', 'fortran_order': 0, 'shape': (2,), }\n", data))
                        .contains("unsupported value"));
        assertTrue(
                messageOf(
                                npy(
                                        1,
                                        "{'descr': '<f8', 'fortran_order': False, 'shape': (-2,), }\n",
                                        data))
                        .contains("expected a dimension"));
        assertTrue(
                messageOf(
                                npy(
                                        1,
                                        "{'descr': '<f8', 'fortran_order': False, 'shape': (2,), 'x': 1}\n",
                                        data))
                        .contains("bad .npy header"));
        assertTrue(
                messageOf(
                                npy(
                                        2,
                                        "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }\n",
                                        data))
                        .contains("truncated"));
    }

    @Test
    void handBuiltHeadersOfEveryVersionParse() throws IOException {
        byte[] data = doublesLe(0.5, -0.25);
        for (int major = 1; major <= 3; major++) {
            NpyArray a =
                    Npy.parse(
                            npy(
                                    major,
                                    "{\"shape\": (1, 2), \"fortran_order\": False, \"descr\": \"<f8\"}  \n",
                                    data),
                            "v" + major);
            assertArrayEquals(new double[] {0.5, -0.25}, a.data(), 0.0);
            assertArrayEquals(new int[] {1, 2}, a.shape());
        }
        NpyArray scalar =
                Npy.parse(
                        npy(
                                1,
                                "{'descr': '<f8', 'fortran_order': False, 'shape': (), }\n",
                                doublesLe(4.0)),
                        "s");
        assertEquals(0, scalar.rank());
        assertArrayEquals(new double[] {4.0}, scalar.data(), 0.0);
    }

    @Test
    void arrayValidatesShapeAndCopies() {
        assertThrows(
                IllegalArgumentException.class,
                () -> NpyArray.of(new int[] {2, 2}, new double[3], NpyDtype.FLOAT64));
        assertThrows(
                IllegalArgumentException.class,
                () -> NpyArray.of(new int[] {-1}, new double[0], NpyDtype.FLOAT64));
        double[] v = {1, 2};
        NpyArray a = NpyArray.of(new int[] {2}, v, NpyDtype.FLOAT64);
        v[0] = 9;
        assertEquals(1.0, a.data()[0], 0.0);
        assertEquals("(2,)", NpyArray.shapeString(a.shape()));
        assertThrows(IllegalStateException.class, a::toMatrix);
    }

    @Test
    void readsFloat16AndReportsOtherTypesPerEntry() throws IOException {
        // 0x3c00 = 1.0, 0xc000 = -2.0, 0x7bff = 65504 (IEEE 754 binary16).
        ByteBuffer h =
                ByteBuffer.allocate(6)
                        .order(ByteOrder.LITTLE_ENDIAN)
                        .putShort((short) 0x3c00)
                        .putShort((short) 0xc000)
                        .putShort((short) 0x7bff);
        byte[] f2 =
                npy(1, "{'descr': '<f2', 'fortran_order': False, 'shape': (3,), }\n", h.array());
        NpyArray a = Npy.parse(f2, "h.npy");
        assertEquals(NpyDtype.FLOAT16, a.dtype());
        assertArrayEquals(new double[] {1, -2, 65504}, a.data(), 0.0);
        // Written back as <f2 byte for byte.
        byte[] back = Npy.encode(a, NpyDtype.FLOAT16);
        assertEquals(
                128 + 6, back.length, "header padded to a multiple of 64 bytes, then the data");
        assertArrayEquals(h.array(), Arrays.copyOfRange(back, 128, 134));
        Npy.Entry e = Npy.parseEntry(f2, "w.npz", "h");
        assertEquals(dev.cogs.io.DType.FLOAT16, e.tensor().orElseThrow().dtype());
        Npy.Entry ints =
                Npy.parseEntry(
                        npy(
                                1,
                                "{'descr': '<i8', 'fortran_order': False, 'shape': (2,), }\n",
                                doublesLe(1, 2)),
                        "w.npz",
                        "i");
        assertEquals(
                java.util.Optional.of("NumPy dtype <i8 is not a float type (f2, f4, f8)"),
                ints.skipped());
        IllegalArgumentException bad =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                Npy.parseEntry(
                                        new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11},
                                        "w.npz",
                                        "x"));
        assertEquals(
                "cogs: w.npz: tensor x: not a .npy entry (bad magic string)", bad.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> new Npy.Entry("x", java.util.Optional.empty(), java.util.Optional.empty()));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        Npy.encode(
                                dev.cogs.io.Tensor.of(
                                        "b",
                                        dev.cogs.io.DType.BFLOAT16,
                                        new int[] {1},
                                        new double[] {1})));
        assertEquals(NpyDtype.FLOAT32, NpyDtype.of(dev.cogs.io.DType.FLOAT32));
    }
}
