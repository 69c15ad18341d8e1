package dev.cogs.bench.construct;

import dev.cogs.algebra.weights.RealWeights;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;

/**
 * The data-space loss evaluated by NumPy ({@code /usr/bin/python3}) on the same real weights, as a
 * speed peer for {@code cogs bench construct}. Degrades to "unavailable" if Python or NumPy is
 * missing.
 */
public final class NumpyPeer {

    private static final String PYTHON = "/usr/bin/python3";

    private static final String SCRIPT =
            String.join(
                    "\n",
                    "import sys, time",
                    "import numpy as np",
                    "d, q, reps = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[6])",
                    "ua = np.fromfile(sys.argv[3], dtype='<f8').reshape(q, d)",
                    "ub = np.fromfile(sys.argv[4], dtype='<f8').reshape(q, d)",
                    "w = np.fromfile(sys.argv[5], dtype='<f8').reshape(d, q)",
                    "cols = np.arange(d)",
                    "times = []",
                    "for r in range(reps):",
                    "    t = time.perf_counter()",
                    "    loss = 0.0",
                    "    for a in range(d):",
                    "        h = (ua[:, a][:, None] + ub) ** 2",
                    "        o = w @ h",
                    "        o[(a + cols) % d, cols] -= 1.0",
                    "        o -= o.mean(axis=0, keepdims=True)",
                    "        loss += float(np.sum(o * o))",
                    "    loss /= d * d",
                    "    times.append(time.perf_counter() - t)",
                    "times.sort()",
                    "print(times[len(times) // 2], loss)");

    private NumpyPeer() {}

    /**
     * Median NumPy time of the data-space loss, if the peer runs.
     *
     * @param w real weights
     * @param repetitions repetitions (median reported)
     * @return seconds, or empty if the peer is unavailable
     */
    public static OptionalDouble dataSpaceSeconds(RealWeights w, int repetitions) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("cogs-peer");
            Path ua = write(dir.resolve("ua.bin"), w.uaFlat());
            Path ub = write(dir.resolve("ub.bin"), w.ubFlat());
            Path ww = write(dir.resolve("w.bin"), w.wFlat());
            Path script = dir.resolve("peer.py");
            Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
            Process p =
                    new ProcessBuilder(
                                    List.of(
                                            PYTHON,
                                            script.toString(),
                                            Integer.toString(w.d()),
                                            Integer.toString(w.order()),
                                            ua.toString(),
                                            ub.toString(),
                                            ww.toString(),
                                            Integer.toString(repetitions)))
                            .redirectErrorStream(true)
                            .start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            }
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                return OptionalDouble.empty();
            }
            String[] parts = out.split("\\s+");
            return OptionalDouble.of(Double.parseDouble(parts[parts.length - 2]));
        } catch (IOException | RuntimeException e) {
            return OptionalDouble.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalDouble.empty();
        } finally {
            if (dir != null) {
                deleteQuietly(dir);
            }
        }
    }

    private static Path write(Path file, double[] values) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            buf.putDouble(v);
        }
        Files.write(file, buf.array());
        return file;
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            System.err.println(
                    String.format(Locale.ROOT, "could not delete %s: %s", dir, e.getMessage()));
        }
    }
}
