package dev.cogs.io.npy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.algebra.weights.RealWeights;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyWeightsTest {

    static RealWeights random(int d, int q, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] a = r.doubles(q * d, -1, 1).toArray();
        double[] b = r.doubles(q * d, -1, 1).toArray();
        double[] w = r.doubles(d * q, -1, 1).toArray();
        return RealWeights.ofFlat(d, q, a, b, w);
    }

    @Test
    void float64RoundTripIsExact(@TempDir Path dir) throws IOException {
        RealWeights w = random(5, 7, 1);
        NpyWeights.write(dir, w, NpyDtype.FLOAT64);
        assertEquals(w, NpyWeights.read(dir));
    }

    @Test
    void float32RoundTripRoundsEveryEntry(@TempDir Path dir) throws IOException {
        RealWeights w = random(7, 4, 2);
        NpyWeights.write(dir, w, NpyDtype.FLOAT32);
        RealWeights back = NpyWeights.read(dir);
        double[] expected = Arrays.stream(w.wFlat()).map(x -> (float) x).toArray();
        assertArrayEquals(expected, back.wFlat(), 0.0);
        assertTrue(back.isClose(w, 1e-7), "float32 rounding error is below 2^-24 for |x| < 1");
        assertArrayEquals(new int[] {4, 7}, Npy.read(dir.resolve("Ua.npy")).shape());
        assertArrayEquals(new int[] {7, 4}, Npy.read(dir.resolve("W.npy")).shape());
    }

    private static String refusal(Path dir) {
        return assertThrows(IOException.class, () -> NpyWeights.read(dir)).getMessage();
    }

    private static void put(Path dir, String name, int rows, int cols) throws IOException {
        Npy.write(
                dir.resolve(name),
                NpyArray.of(new int[] {rows, cols}, new double[rows * cols], NpyDtype.FLOAT32),
                NpyDtype.FLOAT32);
    }

    @Test
    void refusesMismatchedShapesNamingTheFile(@TempDir Path dir) throws IOException {
        put(dir, "Ua.npy", 6, 5);
        put(dir, "Ub.npy", 6, 4);
        put(dir, "W.npy", 5, 6);
        String m = refusal(dir);
        assertTrue(m.contains("Ub.npy") && m.contains("d = 4") && m.contains("d = 5"), m);
        put(dir, "Ub.npy", 7, 5);
        m = refusal(dir);
        assertTrue(m.contains("Ub.npy") && m.contains("q = 7"), m);
        put(dir, "Ub.npy", 6, 5);
        put(dir, "W.npy", 6, 5);
        m = refusal(dir);
        assertTrue(m.contains("W.npy") && m.contains("expected (d, q) = (5, 6)"), m);
        put(dir, "W.npy", 5, 6);
        assertEquals(6, NpyWeights.read(dir).order());
    }

    @Test
    void refusesTinyDWrongRankNonFiniteAndMissingFiles(@TempDir Path dir) throws IOException {
        put(dir, "Ua.npy", 6, 2);
        put(dir, "Ub.npy", 6, 2);
        put(dir, "W.npy", 2, 6);
        assertTrue(refusal(dir).contains("d must be >= 3"));
        Npy.write(
                dir.resolve("Ua.npy"),
                NpyArray.of(new int[] {12}, new double[12], NpyDtype.FLOAT64),
                NpyDtype.FLOAT64);
        String m = refusal(dir);
        assertTrue(m.contains("Ua.npy") && m.contains("not 2-D"), m);
        put(dir, "Ua.npy", 2, 3);
        put(dir, "Ub.npy", 2, 3);
        double[] w = new double[6];
        w[4] = Double.NaN;
        Npy.write(
                dir.resolve("W.npy"),
                NpyArray.of(new int[] {3, 2}, w, NpyDtype.FLOAT64),
                NpyDtype.FLOAT64);
        m = refusal(dir);
        assertTrue(m.contains("W.npy") && m.contains("[2][0] is NaN"), m);
        Files.delete(dir.resolve("Ub.npy"));
        m = refusal(dir);
        assertTrue(m.contains("Ub.npy") && m.contains("cannot read"), m);
    }

    @Test
    void refusesTruncatedAndWrongDtypeFiles(@TempDir Path dir) throws IOException {
        NpyWeights.write(dir, random(5, 3, 3), NpyDtype.FLOAT64);
        byte[] w = Files.readAllBytes(dir.resolve("W.npy"));
        Files.write(dir.resolve("W.npy"), Arrays.copyOf(w, w.length - 1));
        String m = refusal(dir);
        assertTrue(m.contains("W.npy") && m.contains("truncated"), m);
        Files.write(
                dir.resolve("W.npy"),
                NpyTest.npy(
                        1,
                        "{'descr': '<i8', 'fortran_order': False, 'shape': (5, 3), }\n",
                        new byte[120]));
        m = refusal(dir);
        assertTrue(m.contains("W.npy") && m.contains("dtype <i8 is not a float type"), m);
    }
}
