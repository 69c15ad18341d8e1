package dev.cogs.io.npz;

import static dev.cogs.io.IoTesting.ascii;
import static dev.cogs.io.IoTesting.assertRefused;
import static dev.cogs.io.IoTesting.concat;
import static dev.cogs.io.IoTesting.f32;
import static dev.cogs.io.IoTesting.f64;
import static dev.cogs.io.IoTesting.fixture;
import static dev.cogs.io.IoTesting.npy;
import static dev.cogs.io.IoTesting.u16;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.cogs.io.DType;
import dev.cogs.io.IoTesting.ZipBuilder;
import dev.cogs.io.Tensor;
import dev.cogs.io.TensorFile;
import dev.cogs.io.TensorInfo;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpzTest {

    private static final String F4_2X3 =
            "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }";

    private static TensorFile parse(byte[] b) {
        return Npz.parse(b, "w.npz");
    }

    @Test
    void readsHandBuiltEntriesStoredAndDeflated() {
        byte[] a = npy(F4_2X3, f32(1, 2, 3, 4, 5, 6));
        // Fortran order: column-major storage of [[1, 2, 3], [4, 5, 6]].
        byte[] f =
                npy(
                        "{'descr': '<f8', 'fortran_order': True, 'shape': (2, 3), }",
                        f64(1, 4, 2, 5, 3, 6));
        ByteBuffer be =
                ByteBuffer.allocate(16).order(ByteOrder.BIG_ENDIAN).putDouble(0.5).putDouble(-8);
        byte[] b = npy("{'descr': '>f8', 'fortran_order': False, 'shape': (2,), }", be.array());
        byte[] h =
                npy(
                        "{\"descr\": \"<f2\", \"fortran_order\": False, \"shape\": (2L,)}",
                        u16(0x3c00, 0x7bff));
        byte[] s = npy("{'shape': (), 'fortran_order': False, 'descr': '<f8'}", f64(2.5));
        byte[] zip =
                new ZipBuilder()
                        .stored("a.npy", a)
                        .deflated("f.npy", f)
                        .stored("b.npy", b)
                        .deflated("h.npy", h)
                        .stored("sub/s.npy", s)
                        .stored("sub/", new byte[0])
                        .build();
        TensorFile t = parse(zip);
        assertEquals(List.of("a", "f", "b", "h", "sub/s"), t.names());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, t.get("a").data(), 0.0);
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, t.get("f").data(), 0.0);
        assertArrayEquals(new double[] {0.5, -8}, t.get("b").data(), 0.0);
        assertArrayEquals(new double[] {1, 65504}, t.get("h").data(), 0.0);
        assertEquals(DType.FLOAT16, t.get("h").dtype());
        assertEquals(2.5, t.get("sub/s").get(), 0.0);
    }

    @Test
    void readsNumpySavezAndSavezCompressed() {
        // Written by NumPy 2.4.6 (fixtures/make_fixtures.py): stored with ZIP64 local extras, and
        // deflated.
        for (String name : List.of("npz/numpy_savez.npz", "npz/numpy_savez_compressed.npz")) {
            TensorFile t = Npz.parse(fixture(name), name);
            assertEquals(
                    List.of(
                            new TensorInfo("a", DType.FLOAT32, List.of(2, 3)),
                            new TensorInfo("b", DType.FLOAT64, List.of(2, 3, 4)),
                            new TensorInfo("c", DType.FLOAT16, List.of(3)),
                            new TensorInfo("s", DType.FLOAT64, List.of()),
                            new TensorInfo("e", DType.FLOAT32, List.of(0, 3)),
                            new TensorInfo("be", DType.FLOAT64, List.of(4))),
                    t.listing());
            assertArrayEquals(
                    new double[] {-0.625, -0.375, -0.125, 0.125, 0.375, 0.625},
                    t.get("a").data(),
                    0.0);
            double[] b = new double[24];
            Arrays.setAll(
                    b, i -> i / 8.0); // arange(24).reshape(2, 3, 4) / 8 in C order, stored Fortran
            assertArrayEquals(b, t.get("b").data(), 0.0);
            assertArrayEquals(new double[] {1, -2, 65504}, t.get("c").data(), 0.0);
            assertEquals(3.25, t.get("s").get(), 0.0);
            assertArrayEquals(new double[] {-1.5, -0.5, 0.5, 1.5}, t.get("be").data(), 0.0);
            assertEquals(
                    Map.of("i", "NumPy dtype <i8 is not a float type (f2, f4, f8)"), t.skipped());
        }
    }

    @Test
    void writesTheLayoutNumpyWrites() {
        Tensor w = Tensor.of("w", DType.FLOAT32, new int[] {2, 3}, new double[] {1, 2, 3, 4, 5, 6});
        byte[] zip = Npz.encode(List.of(w), Npz.Compression.STORED);
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0x04034b50, b.getInt(0));
        assertEquals(0, b.getShort(8), "method 0 = stored");
        int nameLength = b.getShort(26);
        int extraLength = b.getShort(28);
        assertEquals("w.npy", new String(zip, 30, nameLength, StandardCharsets.US_ASCII));
        int start = 30 + nameLength + extraLength;
        int size = b.getInt(22);
        byte[] entry = Arrays.copyOfRange(zip, start, start + size);
        // .npy 1.0: magic, version, little-endian header length, header padded so the data start at
        // 64.
        String header = F4_2X3 + " ".repeat(128 - 10 - F4_2X3.length() - 1) + "\n";
        assertArrayEquals(
                concat(
                        new byte[] {
                            (byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) header.length(), 0
                        },
                        ascii(header),
                        f32(1, 2, 3, 4, 5, 6)),
                entry);
        byte[] deflated = Npz.encode(List.of(w), Npz.Compression.DEFLATED);
        assertEquals(8, ByteBuffer.wrap(deflated).order(ByteOrder.LITTLE_ENDIAN).getShort(8));
        assertArrayEquals(
                zip, Npz.encode(List.of(w), Npz.Compression.STORED), "deterministic bytes");
    }

    @Test
    void roundTripsAnyFloatTensors() {
        qt().withExamples(300)
                .forAll(NpzGenerators.tensorLists(), NpzGenerators.compression())
                .check((ts, c) -> parse(Npz.encode(ts, c)).tensors().equals(ts));
    }

    @Test
    void writesAndReadsFiles(@TempDir Path dir) {
        Path file = dir.resolve("sub/w.npz");
        Tensor w = Tensor.of("w", DType.FLOAT64, new int[] {1}, new double[] {0.1});
        Npz.write(file, List.of(w), Npz.Compression.DEFLATED);
        assertEquals(List.of(w), Npz.read(file).tensors());
        assertEquals(file.toString(), Npz.read(file).source());
        assertRefused(
                () -> Npz.encode(List.of(w, w), Npz.Compression.STORED), "two tensors are named w");
        Tensor bf = Tensor.of("bf", DType.BFLOAT16, new int[] {1}, new double[] {1});
        assertRefused(
                () -> Npz.encode(List.of(bf), Npz.Compression.STORED),
                "tensor bf: NumPy has no bfloat16");
        assertEquals(true, Files.exists(file));
    }

    @Test
    void numpyReadsWhatWeWrite(@TempDir Path dir) throws Exception {
        NumpyPython.assumeNumpy();
        Tensor a =
                Tensor.of("a", DType.FLOAT32, new int[] {2, 3}, new double[] {1, 2, 3, 4, 5, 6.5});
        Tensor h = Tensor.of("h", DType.FLOAT16, new int[] {2}, new double[] {-2, 65504});
        Tensor s = Tensor.of("s", DType.FLOAT64, new int[0], new double[] {0.1});
        for (Npz.Compression c : Npz.Compression.values()) {
            Path file = dir.resolve("ours-" + c + ".npz");
            Npz.write(file, List.of(a, h, s), c);
            assertEquals(
                    "a float32 (2, 3) [[1.0, 2.0, 3.0], [4.0, 5.0, 6.5]]|h float16 (2,) [-2.0, 65504.0]|"
                            + "s float64 () 0.1|",
                    NumpyPython.describe(file));
        }
    }

    @Test
    void refusesMalformedEntriesNamingTheTensor() {
        byte[] good = npy(F4_2X3, f32(1, 2, 3, 4, 5, 6));
        assertRefused(
                () -> parse(new ZipBuilder().stored("notes.txt", ascii("hi")).build()),
                "cogs: w.npz: entry notes.txt is not a .npy array");
        assertRefused(
                () ->
                        parse(
                                new ZipBuilder()
                                        .stored("w.npy", Arrays.copyOf(good, good.length - 4))
                                        .build()),
                "cogs: w.npz: tensor w: shape [2, 3] of <f4 needs 24 data bytes, the entry has 20; truncated?");
        assertRefused(
                () -> parse(new ZipBuilder().stored("w.npy", concat(good, new byte[4])).build()),
                "tensor w: shape [2, 3] of <f4 needs 24 data bytes, the entry has 28");
        byte[] magic = good.clone();
        magic[1] = 'X';
        assertRefused(
                () -> parse(new ZipBuilder().stored("w.npy", magic).build()),
                "tensor w: not a .npy entry");
        byte[] version = good.clone();
        version[6] = 4;
        assertRefused(
                () -> parse(new ZipBuilder().stored("w.npy", version).build()),
                "tensor w: unsupported .npy version 4.0");
        byte[] newline = good.clone();
        newline[10 + (newline[8] & 0xff) - 1] = ' ';
        assertRefused(
                () -> parse(new ZipBuilder().stored("w.npy", newline).build()),
                "does not end with a newline");
        assertRefused(
                () ->
                        parse(
                                new ZipBuilder()
                                        .stored(
                                                "w.npy",
                                                npy(
                                                        "{'descr': '<f4', 'shape': (2, 3), }",
                                                        f32(1, 2, 3, 4, 5, 6)))
                                        .build()),
                "keys must be exactly descr, fortran_order, shape");
        assertRefused(
                () ->
                        parse(
                                new ZipBuilder()
                                        .stored(
                                                "w.npy",
                                                npy(
                                                        "{'descr': [('x', '<f4')], "
                                                                + "'fortran_order': False, 'shape': (1,), }",
                                                        f32(1)))
                                        .build()),
                "tensor w: bad .npy header");
        assertRefused(
                () ->
                        parse(
                                new ZipBuilder()
                                        .stored(
                                                "w.npy",
                                                npy(
                                                        "{'descr': '<f4', 'fortran_order': False, "
                                                                + "'shape': (99999999999,), }",
                                                        f32(1)))
                                        .build()),
                "bad .npy header");
        assertRefused(
                () ->
                        parse(
                                new ZipBuilder()
                                        .stored(
                                                "w.npy",
                                                npy(
                                                        "{'descr': '<f4', 'fortran_order': False, "
                                                                + "'shape': (65536, 65536), }",
                                                        f32(1)))
                                        .build()),
                "shape [65536, 65536] is too large");
        assertRefused(
                () ->
                        parse(
                                new ZipBuilder()
                                        .stored(
                                                "w.npy",
                                                npy(
                                                        "{'descr': '<q9', 'fortran_order': False, "
                                                                + "'shape': (1,), }",
                                                        f32(1)))
                                        .build()),
                "has an unknown kind");
        TensorFile objects =
                parse(
                        new ZipBuilder()
                                .stored(
                                        "o.npy",
                                        npy(
                                                "{'descr': '|O', 'fortran_order': False, "
                                                        + "'shape': (1,), }",
                                                ascii("pickle bytes never read")))
                                .build());
        assertEquals(
                Map.of("o", "object array (pickled Python objects) is never unpickled"),
                objects.skipped());
        assertRefused(
                () -> parse(new ZipBuilder().stored(".npy", good).build()),
                "entry .npy is not a .npy array");
    }
}
