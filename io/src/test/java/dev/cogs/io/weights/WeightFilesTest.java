package dev.cogs.io.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.io.DType;
import dev.cogs.io.IoTesting;
import dev.cogs.io.Tensor;
import dev.cogs.io.TensorFile;
import dev.cogs.io.WeightKeys;
import dev.cogs.io.npy.NpyDtype;
import dev.cogs.io.npy.NpyWeights;
import dev.cogs.io.npz.Npz;
import dev.cogs.io.safetensors.Safetensors;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One net through every format: the values come back exactly, under the luckmatters names. */
class WeightFilesTest {

    /** float32-exact random weights. */
    private static RealWeights net(int d, int q, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] parts = new double[3][d * q];
        for (double[] p : parts) {
            for (int i = 0; i < p.length; i++) {
                p[i] = (float) (2 * r.nextDouble() - 1);
            }
        }
        return RealWeights.ofFlat(d, q, parts[0], parts[1], parts[2]);
    }

    @Test
    void everyFormatRoundTripsExactly(@TempDir Path dir) throws IOException {
        RealWeights w = net(5, 3, 1);
        for (String name : List.of("w.safetensors", "w.npz", "folder")) {
            Path p = dir.resolve(name);
            WeightFiles.write(p, w, DType.FLOAT32, Map.of("k", "v"));
            assertEquals(w, WeightFiles.readNet(p), name);
        }
        assertEquals(WeightFormat.NPY_FOLDER, WeightFiles.formatOf(dir.resolve("folder")));
        assertEquals(List.of("Ua", "Ub", "W"), WeightFiles.read(dir.resolve("folder")).names());
        assertEquals(
                List.of("layera.weight", "layerb.weight", "layerc.weight"),
                WeightFiles.read(dir.resolve("w.npz")).names());
        assertEquals(Map.of("k", "v"), WeightFiles.read(dir.resolve("w.safetensors")).metadata());
        // float64 keeps any double; float16 rounds to nearest.
        RealWeights exact =
                RealWeights.ofFlat(
                        3, 1, new double[] {0.1, 0.2, 0.3}, new double[3], new double[3]);
        WeightFiles.write(dir.resolve("e.safetensors"), exact, DType.FLOAT64, Map.of());
        assertEquals(exact, WeightFiles.readNet(dir.resolve("e.safetensors")));
        WeightFiles.write(dir.resolve("h.safetensors"), exact, DType.FLOAT16, Map.of());
        assertEquals(
                DType.FLOAT16.round(0.1),
                WeightFiles.readNet(dir.resolve("h.safetensors")).ua(0, 0),
                0.0);
    }

    @Test
    void theWrittenSafetensorsHeaderIsTheFormatsLayout(@TempDir Path dir) throws IOException {
        RealWeights w = net(3, 2, 5);
        Path p = dir.resolve("w.safetensors");
        WeightFiles.write(p, w, DType.FLOAT32, Map.of());
        byte[] b = Files.readAllBytes(p);
        // 8-byte little-endian header size, JSON header padded with spaces to a multiple of 8, then
        // the data.
        long n = ByteBuffer.wrap(b, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        assertEquals(0, n % 8);
        String header = new String(b, 8, (int) n, StandardCharsets.UTF_8).strip();
        assertEquals(
                "{\"layera.weight\":{\"dtype\":\"F32\",\"shape\":[2,3],\"data_offsets\":[0,24]},"
                        + "\"layerb.weight\":{\"dtype\":\"F32\",\"shape\":[2,3],\"data_offsets\":[24,48]},"
                        + "\"layerc.weight\":{\"dtype\":\"F32\",\"shape\":[3,2],\"data_offsets\":[48,72]}}",
                header);
        assertEquals(8 + n + 72, b.length);
        assertEquals(
                (float) w.ua(0, 0),
                ByteBuffer.wrap(b, (int) (8 + n), 4).order(ByteOrder.LITTLE_ENDIAN).getFloat(),
                0.0f);
    }

    @Test
    void readsTheAuthorsCheckpointLayoutAndOtherNames(@TempDir Path dir) throws IOException {
        RealWeights w = net(4, 3, 2);
        List<Tensor> nested =
                List.of(
                        Tensor.of(
                                "model.layera.weight", DType.FLOAT32, new int[] {3, 4}, w.uaFlat()),
                        Tensor.of(
                                "model.layerb.weight", DType.FLOAT32, new int[] {3, 4}, w.ubFlat()),
                        Tensor.of(
                                "model.layerc.weight", DType.FLOAT32, new int[] {4, 3}, w.wFlat()),
                        Tensor.of(
                                "model.embedding.weight",
                                DType.FLOAT32,
                                new int[] {4, 4},
                                new double[16]));
        Path st = dir.resolve("m.safetensors");
        Safetensors.write(st, nested, Map.of());
        assertEquals(w, WeightFiles.readNet(st));
        Path npz = dir.resolve("m.npz");
        Npz.write(
                npz,
                List.of(
                        nested.get(2).withName("out"),
                        nested.get(0).withName("a"),
                        nested.get(1).withName("b")),
                Npz.Compression.DEFLATED);
        assertEquals(w, WeightFiles.readNet(npz, Optional.of(WeightKeys.parse("Ua=a,Ub=b,W=out"))));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> WeightFiles.readNet(npz));
        assertTrue(
                e.getMessage().startsWith("cogs: " + npz + ": no tensor layera.weight"),
                e.getMessage());
        // The torch reader is reached through the extension.
        Path pt = dir.resolve("c.pt");
        Files.write(pt, IoTesting.fixture("torch/cpython_pickle_checkpoint.pt"));
        assertEquals(WeightFormat.TORCH, WeightFiles.formatOf(pt));
        assertEquals(3, WeightFiles.readNet(pt).d());
    }

    @Test
    void foldersKeepTheNpyWeightsMessagesAndOptionalKeys(@TempDir Path dir) throws IOException {
        RealWeights w = net(4, 2, 3);
        Path f = dir.resolve("f");
        NpyWeights.write(f, w, NpyDtype.FLOAT64);
        assertEquals(w, WeightFiles.readNet(f, Optional.of(new WeightKeys("Ua", "Ub", "W"))));
        Files.delete(f.resolve("W.npy"));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> WeightFiles.readNet(f));
        assertEquals("cogs: " + f + ": W.npy: cannot read (no such file)", e.getMessage());
        TensorFile two = WeightFiles.read(f);
        assertEquals(List.of("Ua", "Ub"), two.names());
    }

    @Test
    void refusesWhatAFormatCannotHold(@TempDir Path dir) throws IOException {
        RealWeights w = net(3, 1, 4);
        IllegalArgumentException pt =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> WeightFiles.write(dir.resolve("x.pt"), w, DType.FLOAT32, Map.of()));
        assertTrue(pt.getMessage().contains("does not write torch.save files"), pt.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> WeightFiles.write(dir.resolve("x.npz"), w, DType.BFLOAT16, Map.of()));
        assertThrows(
                IllegalArgumentException.class,
                () -> WeightFiles.write(dir.resolve("x"), w, DType.FLOAT16, Map.of()));
        Files.write(dir.resolve("x.txt"), new byte[1]);
        IllegalArgumentException txt =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> WeightFiles.readNet(dir.resolve("x.txt")));
        assertEquals(
                "cogs: "
                        + dir.resolve("x.txt")
                        + ": not a weight file: expected a folder of .npy files or a "
                        + ".pt, .pth, .safetensors or .npz file",
                txt.getMessage());
        // d = 2 is no group of the task: refused with the file's name.
        WeightFiles.write(dir.resolve("d2.safetensors"), w, DType.FLOAT32, Map.of());
        Path d2 = dir.resolve("small.safetensors");
        Safetensors.write(
                d2,
                List.of(
                        Tensor.of("layera.weight", DType.FLOAT32, new int[] {1, 2}, new double[2]),
                        Tensor.of("layerb.weight", DType.FLOAT32, new int[] {1, 2}, new double[2]),
                        Tensor.of("layerc.weight", DType.FLOAT32, new int[] {2, 1}, new double[2])),
                Map.of());
        IllegalArgumentException small =
                assertThrows(IllegalArgumentException.class, () -> WeightFiles.readNet(d2));
        assertTrue(
                small.getMessage()
                        .equals(
                                "cogs: "
                                        + d2
                                        + ": tensor layera.weight (Ua): shape [1, 2] has d = 2 classes; "
                                        + "a net on a group needs d >= 3"),
                small.getMessage());
        assertEquals(Optional.empty(), WeightFormat.ofName(".pt"));
        assertEquals(Optional.of(WeightFormat.SAFETENSORS), WeightFormat.ofName("A.SafeTensors"));
    }
}
