package dev.cogs.cli.ot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.io.npy.Npy;
import dev.cogs.io.npy.NpyArray;
import dev.cogs.io.npy.NpyDtype;
import dev.cogs.rgflow.ot.EmpiricalMeasure;
import dev.cogs.rgflow.ot.ReferenceClouds;
import dev.cogs.rgflow.ot.SinkhornOptions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudFilesTest {

    @TempDir Path dir;

    @Test
    void npyRoundTripAndSpecRow13ThroughFiles() throws IOException {
        Path x = dir.resolve("x.npy");
        Path y = dir.resolve("y.csv");
        Npy.write(
                x,
                NpyArray.ofMatrix(ReferenceClouds.circle(100).points(), NpyDtype.FLOAT64),
                NpyDtype.FLOAT64);
        StringBuilder sb = new StringBuilder("s,s2\n");
        for (double[] p : ReferenceClouds.parabola(100).points()) {
            sb.append(Double.toString(p[0])).append(',').append(Double.toString(p[1])).append('\n');
        }
        Files.writeString(y, sb.toString());
        EmpiricalMeasure mx = CloudFiles.read(x, null, false).measure();
        EmpiricalMeasure my = CloudFiles.read(y, null, false).measure();
        assertEquals(ReferenceClouds.circle(100), mx);
        List<OtOutcome> out =
                OtRunner.run(
                        mx,
                        my,
                        List.of(OtMethod.EXACT, OtMethod.SINKHORN),
                        new OtRunner.Settings(2, SinkhornOptions.of(0.1), 10, 1));
        // docs/rgflow.md §8 row 13 (POT 0.8.2 emd2) and row 14c (POT sinkhorn2 at stopThr 1e-9)
        assertEquals(0.944159161617, out.get(0).value(), 1e-11);
        assertEquals(0.985483797089, out.get(1).value(), 1e-11);
    }

    @Test
    void float32BigEndianAndOneDimensional() throws IOException {
        // header for big-endian float32, shape (3,), padded to 128 bytes (NumPy pads to a multiple
        // of 64)
        String dict = "{'descr': '>f4', 'fortran_order': False, 'shape': (3,), }";
        String header = dict + " ".repeat(128 - 10 - dict.length() - 1) + "\n";
        ByteBuffer buf = ByteBuffer.allocate(128 + 12).order(ByteOrder.LITTLE_ENDIAN);
        buf.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0})
                .putShort((short) header.length());
        buf.put(header.getBytes(StandardCharsets.ISO_8859_1));
        buf.order(ByteOrder.BIG_ENDIAN).putFloat(1.5f).putFloat(-2f).putFloat(0.25f);
        Path f = dir.resolve("be.npy");
        Files.write(f, buf.array());
        double[][] a = CloudFiles.table(f);
        assertEquals(3, a.length);
        assertArrayEquals(
                new double[] {1.5, -2, 0.25}, new double[] {a[0][0], a[1][0], a[2][0]}, 0.0);
        assertTrue(a[0].length == 1 && a[1].length == 1 && a[2].length == 1);
    }

    @Test
    void badFilesNameTheFileAndProblem() throws IOException {
        Path txt = dir.resolve("junk.npy");
        Files.writeString(txt, "hello world, not numpy");
        IllegalArgumentException e1 =
                assertThrows(
                        IllegalArgumentException.class, () -> CloudFiles.read(txt, null, false));
        assertTrue(
                e1.getMessage().contains("junk.npy") && e1.getMessage().contains("magic"),
                e1.getMessage());

        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "1,2\n3,x\n");
        IllegalArgumentException e2 =
                assertThrows(
                        IllegalArgumentException.class, () -> CloudFiles.read(csv, null, false));
        assertTrue(
                e2.getMessage().contains("bad.csv line 2") && e2.getMessage().contains("'x'"),
                e2.getMessage());

        Path ragged = dir.resolve("ragged.csv");
        Files.writeString(ragged, "1,2\n3\n");
        assertThrows(IllegalArgumentException.class, () -> CloudFiles.read(ragged, null, false));

        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "# nothing\n");
        IllegalArgumentException e3 =
                assertThrows(
                        IllegalArgumentException.class, () -> CloudFiles.read(empty, null, false));
        assertTrue(e3.getMessage().contains("empty point cloud"), e3.getMessage());

        Path neg = dir.resolve("neg.csv");
        Files.writeString(neg, "0,0,0.5\n1,1,-0.5\n");
        IllegalArgumentException e4 =
                assertThrows(
                        IllegalArgumentException.class, () -> CloudFiles.read(neg, null, true));
        assertTrue(e4.getMessage().contains("weight 1 (-0.5)"), e4.getMessage());

        Path nan = dir.resolve("nan.csv");
        Files.writeString(nan, "0,NaN\n");
        IllegalArgumentException e5 =
                assertThrows(
                        IllegalArgumentException.class, () -> CloudFiles.read(nan, null, false));
        assertTrue(
                e5.getMessage().contains("nan.csv") && e5.getMessage().contains("NaN"),
                e5.getMessage());

        IllegalArgumentException e6 =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> CloudFiles.read(dir.resolve("missing.csv"), null, false));
        assertTrue(e6.getMessage().contains("missing.csv"), e6.getMessage());
    }

    @Test
    void weightsFromFileAndColumn() throws IOException {
        Path pts = dir.resolve("p.csv");
        Files.writeString(pts, "0\n1\n3\n");
        Path w = dir.resolve("w.csv");
        Files.writeString(w, ".2\n.5\n.3\n");
        CloudFiles.Cloud c = CloudFiles.read(pts, w, false);
        assertArrayEquals(new double[] {.2, .5, .3}, c.weights(), 0.0);
        Path pw = dir.resolve("pw.csv");
        Files.writeString(pw, "0,.2\n1,.5\n3,.3\n");
        CloudFiles.Cloud d = CloudFiles.read(pw, null, true);
        assertArrayEquals(c.weights(), d.weights(), 0.0);
        // docs/rgflow.md §8 row 9 (POT 0.8.2): W₁ = 0.95 between u (weights .2,.5,.3) and v = (.5,
        // 2, 2.5, 4) uniform
        Path v = dir.resolve("v.csv");
        Files.writeString(v, ".5\n2\n2.5\n4\n");
        List<OtOutcome> out =
                OtRunner.run(
                        d.measure(),
                        CloudFiles.read(v, null, false).measure(),
                        List.of(OtMethod.ONE_D, OtMethod.EXACT),
                        new OtRunner.Settings(1, SinkhornOptions.of(1), 10, 1));
        assertEquals(0.95, out.get(0).value(), 1e-15);
        assertEquals(0.95, out.get(1).value(), 1e-15);
        Path shortW = dir.resolve("short.csv");
        Files.writeString(shortW, ".5\n.5\n");
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class, () -> CloudFiles.read(pts, shortW, false));
        assertTrue(e.getMessage().contains("2 weights for 3 points"), e.getMessage());
    }

    @Test
    void methodNamesParse() {
        OtMethodConverter c = new OtMethodConverter();
        assertEquals(OtMethod.ONE_D, c.convert("1d"));
        assertEquals(OtMethod.SINKHORN, c.convert("Sinkhorn"));
        assertThrows(
                picocli.CommandLine.TypeConversionException.class, () -> c.convert("hungarian"));
    }

    @Test
    void dimensionMismatchIsReported() {
        EmpiricalMeasure a = ReferenceClouds.circle(4);
        EmpiricalMeasure b =
                EmpiricalMeasure.of1d(new double[] {0, 1, 2, 3}, new double[] {.25, .25, .25, .25});
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                OtRunner.run(
                                        a,
                                        b,
                                        List.of(OtMethod.EXACT),
                                        new OtRunner.Settings(2, SinkhornOptions.of(1), 1, 1)));
        assertTrue(e.getMessage().contains("dimension mismatch"), e.getMessage());
    }
}
