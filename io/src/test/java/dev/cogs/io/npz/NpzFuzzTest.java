package dev.cogs.io.npz;

import static dev.cogs.io.IoTesting.fixture;
import static dev.cogs.io.IoTesting.fuzz;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.io.DType;
import dev.cogs.io.IoTesting.ZipBuilder;
import dev.cogs.io.Tensor;
import dev.cogs.io.npy.Npy;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Seeded random mutations of valid archives end in a result or a one-line IllegalArgumentException.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class NpzFuzzTest {

    @Test
    void mutatedStoredAndDeflatedArchives() {
        List<Tensor> ts =
                List.of(
                        Tensor.of(
                                "a",
                                DType.FLOAT32,
                                new int[] {2, 3},
                                new double[] {1, 2, 3, 4, 5, 6}),
                        Tensor.of("b", DType.FLOAT64, new int[] {2}, new double[] {0.5, -2}));
        for (Npz.Compression c : Npz.Compression.values()) {
            int[] r =
                    fuzz(
                            Npz.encode(ts, c),
                            0x4E9AL + c.ordinal(),
                            1000,
                            b -> Npz.parse(b, "fuzz.npz"));
            System.out.printf("npz %s fuzz: %d accepted, %d refused%n", c, r[0], r[1]);
            assertTrue(r[1] > 0);
        }
        int[] r =
                fuzz(
                        fixture("npz/numpy_savez_compressed.npz"),
                        0xC0DEL,
                        1000,
                        b -> Npz.parse(b, "fuzz.npz"));
        System.out.printf("npz numpy savez_compressed fuzz: %d accepted, %d refused%n", r[0], r[1]);
    }

    @Test
    void mutatedNpyEntriesInValidArchives() {
        byte[] npy =
                Npy.encode(
                        Tensor.of(
                                "a",
                                DType.FLOAT32,
                                new int[] {2, 3},
                                new double[] {1, 2, 3, 4, 5, 6}));
        int[] r =
                fuzz(
                        npy,
                        0x1A7EL,
                        1000,
                        e -> Npz.parse(new ZipBuilder().stored("a.npy", e).build(), "fuzz.npz"));
        System.out.printf("npz .npy entry fuzz: %d accepted, %d refused%n", r[0], r[1]);
        assertTrue(r[0] > 0 && r[1] > 0);
    }
}
