package dev.cogs.cli.ot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.io.npy.Npy;
import dev.cogs.io.npy.NpyArray;
import dev.cogs.io.npy.NpyDtype;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clouds of {@code cogs ot} (issue 16): seeded random mutations of valid CSV and {@code .npy}
 * files, read with and without weights, end in a measure or a one-line IllegalArgumentException
 * that names the file; never another exception, a hang or an out-of-memory. Cases are multiplied by
 * the system property {@code cogs.fuzz.scale} ({@code -Pfuzz-long}).
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class CloudFilesFuzzTest {

    @TempDir Path dir;

    private static final String CSV = "# a cloud\nx,y,w\n0.5,1,0.25\n-2,3e-1,0.25\n\n4,5,0.5\n";

    private static final List<String> PIECES =
            List.of(
                    ",", ";", "\t", " ", "\n", "#", "nan", "inf", "-inf", "0x10", "1e309", "-0",
                    "1e-320", "abc", "1,2", "\r\n", "\u00e9", "\"", "+", "-", ".", "e", "");

    private static int cases(int base) {
        return base * Math.max(1, Integer.getInteger("cogs.fuzz.scale", 1));
    }

    private static String mutateText(String valid, SplittableRandom r) {
        StringBuilder s = new StringBuilder(valid);
        for (int k = 0, rounds = 1 + r.nextInt(3); k < rounds; k++) {
            int n = s.length();
            int at = r.nextInt(n + 1);
            switch (r.nextInt(4)) {
                case 0:
                    if (at < n) {
                        s.deleteCharAt(at);
                    }
                    break;
                case 1:
                    s.insert(at, PIECES.get(r.nextInt(PIECES.size())));
                    break;
                case 2:
                    s.replace(
                            at,
                            Math.min(n, at + 1 + r.nextInt(4)),
                            PIECES.get(r.nextInt(PIECES.size())));
                    break;
                default:
                    s.setLength(at);
            }
        }
        return s.toString();
    }

    private static byte[] mutateBytes(byte[] valid, SplittableRandom r) {
        byte[] b = valid.clone();
        switch (r.nextInt(3)) {
            case 0:
                for (int f = 0, flips = 1 + r.nextInt(4); f < flips; f++) {
                    int at = r.nextInt(b.length);
                    b[at] ^= (byte) (1 << r.nextInt(8));
                }
                return b;
            case 1:
                return Arrays.copyOf(b, r.nextInt(b.length));
            default:
                {
                    // overwrite a byte of the header text (shape, dtype, order) with a character
                    int at = 10 + r.nextInt(Math.max(1, Math.min(b.length, 128) - 10));
                    b[at] = (byte) "0123456789(),'<>fi:TF ".charAt(r.nextInt(22));
                    return b;
                }
        }
    }

    /** Reads one file; returns true if accepted; fails on anything but a well-formed refusal. */
    private static boolean read(Path file, Path weights, boolean weightsColumn, String how) {
        try {
            CloudFiles.Cloud c = CloudFiles.read(file, weights, weightsColumn);
            c.measure();
            return true;
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            if (m == null || m.indexOf('\n') >= 0 || !m.contains(file.getFileName().toString())) {
                throw new AssertionError(how + ": not a one-line refusal naming the file: " + m, e);
            }
            return false;
        } catch (IOException | RuntimeException | Error e) {
            throw new AssertionError(how + ": " + e, e);
        }
    }

    @Test
    void mutatedCsvClouds() throws IOException {
        SplittableRandom r = new SplittableRandom(0xC5FL);
        Path file = dir.resolve("cloud.csv");
        int n = cases(2000);
        int accepted = 0;
        for (int c = 0; c < n; c++) {
            String text = mutateText(CSV, r);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            boolean column = r.nextBoolean();
            if (read(
                    file,
                    null,
                    column,
                    "case " + c + " " + column + " " + text.replace("\n", "\\n"))) {
                accepted++;
            }
        }
        System.out.printf("ot CSV cloud fuzz: %d accepted, %d refused%n", accepted, n - accepted);
        assertTrue(accepted > 0 && accepted < n);
    }

    @Test
    void mutatedNpyCloudsAndWeights() throws IOException {
        byte[] points =
                Npy.encode(
                        NpyArray.ofMatrix(
                                new double[][] {{0, 1}, {2, 3}, {4, 5}}, NpyDtype.FLOAT64),
                        NpyDtype.FLOAT64);
        byte[] weights =
                Npy.encode(
                        NpyArray.of(new int[] {3}, new double[] {0.2, 0.3, 0.5}, NpyDtype.FLOAT32),
                        NpyDtype.FLOAT32);
        SplittableRandom r = new SplittableRandom(0xC60L);
        Path p = dir.resolve("points.npy");
        Path w = dir.resolve("weights.npy");
        int n = cases(2000);
        int accepted = 0;
        for (int c = 0; c < n; c++) {
            boolean mutateWeights = r.nextInt(3) == 0;
            Files.write(p, mutateWeights ? points : mutateBytes(points, r));
            Files.write(w, mutateWeights ? mutateBytes(weights, r) : weights);
            Path bad = mutateWeights ? w : p;
            try {
                CloudFiles.read(p, w, false).measure();
                accepted++;
            } catch (IllegalArgumentException e) {
                String m = e.getMessage();
                if (m == null
                        || m.indexOf('\n') >= 0
                        || !m.contains(bad.getFileName().toString())) {
                    throw new AssertionError(
                            "case " + c + ": not a one-line refusal naming " + bad + ": " + m, e);
                }
            } catch (IOException | RuntimeException | Error e) {
                throw new AssertionError("case " + c + ": " + e, e);
            }
        }
        System.out.printf("ot .npy cloud fuzz: %d accepted, %d refused%n", accepted, n - accepted);
        assertTrue(accepted > 0 && accepted < n);
    }
}
