package dev.cogs.io.npy;

import static dev.cogs.io.IoTesting.fuzz;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Seeded random mutations of valid {@code .npy} files end in an array or in the reader's one-line
 * IOException {@code <source>: <problem>} (issue 16); never another exception, a hang or an
 * out-of-memory.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class NpyFuzzTest {

    /** Npy.parse, its IOException turned into the helper's one-line refusal if well formed. */
    private static NpyArray parse(byte[] bytes) {
        try {
            return Npy.parse(bytes, "fuzz.npy");
        } catch (IOException e) {
            String m = e.getMessage();
            if (m == null || !m.startsWith("fuzz.npy: ") || m.indexOf('\n') >= 0) {
                throw new IllegalStateException("badly formed refusal: " + m, e);
            }
            throw new IllegalArgumentException("cogs: " + m, e);
        }
    }

    @Test
    void mutatedMatrices() {
        byte[] valid =
                Npy.encode(
                        NpyArray.ofMatrix(new double[][] {{1, 2, 3}, {4, 5, 6}}, NpyDtype.FLOAT64),
                        NpyDtype.FLOAT64);
        int[] r = fuzz(valid, 0x4E59L, 2000, NpyFuzzTest::parse);
        System.out.printf("npy float64 fuzz: %d accepted, %d refused%n", r[0], r[1]);
        assertTrue(r[0] > 0 && r[1] > 0);
    }

    @Test
    void mutatedFloat32Vectors() {
        byte[] valid =
                Npy.encode(
                        NpyArray.of(
                                new int[] {5},
                                new double[] {0.5, -1, 2, 3.25, 1e-3},
                                NpyDtype.FLOAT32),
                        NpyDtype.FLOAT32);
        int[] r = fuzz(valid, 0x4E5AL, 2000, NpyFuzzTest::parse);
        System.out.printf("npy float32 fuzz: %d accepted, %d refused%n", r[0], r[1]);
        assertTrue(r[1] > 0);
    }
}
