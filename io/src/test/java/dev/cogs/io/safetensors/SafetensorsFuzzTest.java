package dev.cogs.io.safetensors;

import static dev.cogs.io.IoTesting.fuzz;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.io.DType;
import dev.cogs.io.Tensor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Seeded random mutations of a valid file end in a result or a one-line IllegalArgumentException.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SafetensorsFuzzTest {

    private static byte[] valid() {
        return Safetensors.encode(
                List.of(
                        Tensor.of(
                                "layera.weight",
                                DType.FLOAT32,
                                new int[] {2, 3},
                                new double[] {1, 2, 3, 4, 5, 6}),
                        Tensor.of(
                                "layerb.weight",
                                DType.FLOAT16,
                                new int[] {2},
                                new double[] {0.5, -2}),
                        Tensor.of(
                                "layerc.weight",
                                DType.BFLOAT16,
                                new int[] {1, 1},
                                new double[] {3}),
                        Tensor.of("s", DType.FLOAT64, new int[0], new double[] {0.1})),
                Map.of("format", "pt"));
    }

    @Test
    void mutatedFiles() {
        int[] r = fuzz(valid(), 0x5AFEL, 1000, b -> Safetensors.parse(b, "fuzz.safetensors"));
        System.out.printf("safetensors file fuzz: %d accepted, %d refused%n", r[0], r[1]);
        assertTrue(r[1] > 0);
    }

    @Test
    void mutatedHeadersWithConsistentLength() {
        byte[] file = valid();
        int n = (int) ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).getLong(0);
        byte[] header = Arrays.copyOfRange(file, 8, 8 + n);
        byte[] data = Arrays.copyOfRange(file, 8 + n, file.length);
        int[] r =
                fuzz(
                        header,
                        0x4EADL,
                        1000,
                        h -> {
                            ByteBuffer b =
                                    ByteBuffer.allocate(8 + h.length + data.length)
                                            .order(ByteOrder.LITTLE_ENDIAN);
                            return Safetensors.parse(
                                    b.putLong(h.length).put(h).put(data).array(),
                                    "fuzz.safetensors");
                        });
        System.out.printf("safetensors header fuzz: %d accepted, %d refused%n", r[0], r[1]);
        assertTrue(r[0] > 0 && r[1] > 0);
    }
}
