package dev.cogs.io.torch;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cogs.io.TensorFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a real {@code torch.save} when PyTorch is installed; otherwise the calling test is skipped
 * with the reason. Nothing is installed by the tests.
 */
final class TorchPython {

    private static final String SCRIPT =
            String.join(
                    "\n",
                    "import sys, torch",
                    "class Net(torch.nn.Module):",
                    "    def __init__(self, d, q):",
                    "        super().__init__()",
                    "        self.layera = torch.nn.Linear(d, q, bias=False)",
                    "        self.layerb = torch.nn.Linear(d, q, bias=False)",
                    "        self.layerc = torch.nn.Linear(q, d, bias=False)",
                    "net = Net(4, 3)",
                    "with torch.no_grad():",
                    "    net.layera.weight.copy_(torch.arange(12, dtype=torch.float32).reshape(3, 4) / 8 - 0.75)",
                    "torch.save({'model': net.state_dict(), 'results': {'loss': [0.5], 'epoch': 1}}, sys.argv[1])",
                    "");

    private static String python;

    private TorchPython() {}

    /** Skips the test unless {@code python3 -c "import torch"} succeeds. */
    static void assumeTorch() {
        assumeTrue(
                findPython() != null,
                "PyTorch is not installed (neither python3 nor /usr/bin/python3 can "
                        + "import torch), so no real torch.save file can be made here; the hand-built and "
                        + "CPython-pickled archives cover the format");
    }

    private static synchronized String findPython() {
        if (python == null) {
            for (String candidate : List.of("python3", "/usr/bin/python3")) {
                if (run(List.of(candidate, "-c", "import torch")) == 0) {
                    python = candidate;
                    break;
                }
            }
        }
        return python;
    }

    private static int run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Saves the luckmatters-like checkpoint with the real torch.save and reads it back. */
    static TensorFile saveAndRead() throws IOException {
        Path dir = Files.createTempDirectory("cogs-torch");
        try {
            Path script = dir.resolve("save.py");
            Path out = dir.resolve("model.pt");
            Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
            List<String> command =
                    new ArrayList<>(List.of(findPython(), script.toString(), out.toString()));
            if (run(command) != 0) {
                throw new IllegalStateException("torch.save failed: " + command);
            }
            return Torch.read(out);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }
}
