package dev.cogs.io.weights;

import static dev.cogs.io.IoTesting.fuzz;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.io.DType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path of {@code cogs analyze --weights FILE} (issue 16): seeded random mutations of a
 * valid net file of each format, written to disk and read by {@link WeightFiles#readNet(Path)}, end
 * in a net or in a one-line IllegalArgumentException {@code cogs: <file>: ...}.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WeightFilesFuzzTest {

    @TempDir Path dir;

    private static RealWeights net() {
        SplittableRandom r = new SplittableRandom(16);
        int d = 5;
        int q = 4;
        double[][] ua = new double[q][d];
        double[][] ub = new double[q][d];
        double[][] w = new double[d][q];
        for (double[][] a : new double[][][] {ua, ub, w}) {
            for (double[] row : a) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = r.nextDouble() - 0.5;
                }
            }
        }
        return RealWeights.of(ua, ub, w);
    }

    private int[] fuzzFormat(String name, long seed) throws IOException {
        Path valid = dir.resolve("valid-" + name);
        WeightFiles.write(valid, net(), DType.FLOAT32, Map.of("source", "fuzz"));
        byte[] bytes = Files.readAllBytes(valid);
        Path target = dir.resolve(name);
        return fuzz(
                bytes,
                seed,
                700,
                b -> {
                    try {
                        Files.write(target, b);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    try {
                        return WeightFiles.readNet(target);
                    } catch (IllegalArgumentException e) {
                        if (e.getMessage() == null || !e.getMessage().contains(target.toString())) {
                            throw new IllegalStateException(
                                    "a refusal that does not name the file: " + e.getMessage(), e);
                        }
                        throw e;
                    }
                });
    }

    @Test
    void mutatedSafetensorsNets() throws IOException {
        int[] r = fuzzFormat("net.safetensors", 0x5A1L);
        System.out.printf("weights .safetensors fuzz: %d accepted, %d refused%n", r[0], r[1]);
        assertTrue(r[0] > 0 && r[1] > 0);
    }

    @Test
    void mutatedNpzNets() throws IOException {
        int[] r = fuzzFormat("net.npz", 0x5A2L);
        System.out.printf("weights .npz fuzz: %d accepted, %d refused%n", r[0], r[1]);
        assertTrue(r[1] > 0);
    }
}
