package dev.cogs.io.torch;

import static dev.cogs.io.IoTesting.f32;
import static dev.cogs.io.IoTesting.fuzz;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Seeded random mutations of valid checkpoints must end in a result or a one-line
 * IllegalArgumentException (never another exception, a hang or an out-of-memory error). The seeds
 * are fixed so that a failure names a reproducible case.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TorchFuzzTest {

    @Test
    void mutatedArchives() {
        int[] r = fuzz(TorchPickles.torch113File(), 0x70C4L, 1000, b -> Torch.parse(b, "fuzz.pt"));
        System.out.printf("torch archive fuzz: %d accepted, %d refused%n", r[0], r[1]);
        assertTrue(r[1] > 0);
    }

    @Test
    void mutatedPicklesInValidArchives() {
        // The ZIP's CRC-32 catches most mutations of the whole file; re-archiving the mutated
        // pickle with a
        // correct CRC sends every case through the unpickler and the tensor geometry checks.
        int[] r =
                fuzz(
                        TorchPickles.torch113Checkpoint(),
                        0x91C3L,
                        1000,
                        p ->
                                Torch.parse(
                                        TorchPickles.archive(
                                                "archive",
                                                p,
                                                f32(TorchPickles.A),
                                                f32(TorchPickles.B),
                                                f32(TorchPickles.C)),
                                        "fuzz.pt"));
        System.out.printf("torch data.pkl fuzz: %d accepted, %d refused%n", r[0], r[1]);
        byte[] strided =
                TorchPickles.oneTensor(
                        "w", "FloatStorage", 8, 1, new int[] {3, 2}, new int[] {1, 3});
        int[] s =
                fuzz(
                        strided,
                        0x5A1DL,
                        1000,
                        p ->
                                Torch.parse(
                                        TorchPickles.archive(
                                                "archive", p, f32(0, 1, 2, 3, 4, 5, 6, 7)),
                                        "fuzz.pt"));
        System.out.printf("torch strided data.pkl fuzz: %d accepted, %d refused%n", s[0], s[1]);
        assertTrue(r[0] > 0 && r[1] > 0 && s[0] > 0 && s[1] > 0);
    }
}
