package dev.cogs.io.npz;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs NumPy, when this machine has it, to read files we wrote; otherwise the calling test is
 * skipped.
 */
final class NumpyPython {

    private static final String DESCRIBE =
            "import sys, numpy as np\n"
                    + "d = np.load(sys.argv[1], allow_pickle=False)\n"
                    + "print(''.join('%s %s %s %s|' % (k, d[k].dtype, d[k].shape, d[k].tolist()) for k in d.files))\n";

    private NumpyPython() {}

    static void assumeNumpy() {
        assumeTrue(
                run(List.of("python3", "-c", "import numpy")) != null,
                "NumPy is not installed for python3, "
                        + "so the check that NumPy reads our .npz files is skipped (the byte layout test still runs)");
    }

    /** NumPy's view of an .npz: "name dtype shape values|" per array. */
    static String describe(Path file) {
        String out = run(List.of("python3", "-c", DESCRIBE, file.toString()));
        if (out == null) {
            throw new IllegalStateException("numpy.load failed on " + file);
        }
        return out.strip();
    }

    private static String run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
