package dev.cogs.io.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run folders: which files are checkpoints and which epoch each holds. */
class CheckpointsTest {

    private static void touch(Path dir, String... names) throws IOException {
        for (String n : names) {
            Files.write(dir.resolve(n), new byte[] {1});
        }
    }

    private static List<Integer> epochs(Path dir, Optional<String> pattern) {
        return Checkpoints.list(dir, pattern).stream().map(Checkpoint::epoch).toList();
    }

    @Test
    void defaultRuleTakesTheFirstNumberOfEveryWeightFile(@TempDir Path dir) throws IOException {
        // The authors' names carry accuracies and losses after the epoch; only the first number
        // counts.
        touch(
                dir,
                "model00100_train1.00_loss0.0001_test0.98_loss0.0200.pt",
                "model00000_train0.04_loss0.9565_test0.04" + "_loss0.9600.pt",
                "model10000.PT",
                "stats_tracker.pt",
                "notes7.txt",
                "model00050.pth");
        Files.createDirectory(dir.resolve("epoch00200.npz"));
        assertEquals(List.of(0, 50, 100, 10000), epochs(dir, Optional.empty()));
        assertEquals(
                dir.resolve("model00050.pth"),
                Checkpoints.list(dir, Optional.empty()).get(1).path());
    }

    @Test
    void patternsNameTheFilesExactly(@TempDir Path dir) throws IOException {
        touch(
                dir,
                "run3-00100.safetensors",
                "run3-00200.safetensors",
                "run4-00100.safetensors",
                "model00100.pt",
                "model00300_train1.00.pt");
        assertEquals(List.of(100, 200), epochs(dir, Optional.of("run3-{epoch}.safetensors")));
        assertEquals(List.of(100, 300), epochs(dir, Optional.of("model{epoch}*.pt")));
        assertEquals(List.of(100), epochs(dir, Optional.of("model{epoch}.pt")));
        // Regex characters in a template are literal text.
        touch(dir, "a.b+1.npz", "axb+2.npz");
        assertEquals(List.of(1), epochs(dir, Optional.of("a.b+{epoch}.npz")));
    }

    @Test
    void refusesAmbiguousEmptyAndMalformedFolders(@TempDir Path dir) throws IOException {
        touch(dir, "model00100.pt", "model00100.safetensors", "model00200.pt");
        IllegalArgumentException twice =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Checkpoints.list(dir, Optional.empty()));
        assertEquals(
                "cogs: "
                        + dir
                        + ": two checkpoints of epoch 100: model00100.pt and model00100.safetensors; name "
                        + "one kind with --pattern",
                twice.getMessage());
        assertEquals(List.of(100, 200), epochs(dir, Optional.of("model{epoch}.pt")));
        IllegalArgumentException none =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Checkpoints.list(dir, Optional.of("other{epoch}.pt")));
        assertTrue(
                none.getMessage()
                        .startsWith("cogs: " + dir + ": no checkpoint files match other{epoch}.pt"),
                none.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> Checkpoints.list(dir, Optional.of("model.pt")));
        assertThrows(
                IllegalArgumentException.class,
                () -> Checkpoints.list(dir, Optional.of("{epoch}{epoch}.pt")));
        assertThrows(
                IllegalArgumentException.class,
                () -> Checkpoints.list(dir, Optional.of("a/{epoch}.pt")));
        IllegalArgumentException file =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Checkpoints.list(dir.resolve("model00200.pt"), Optional.empty()));
        assertTrue(file.getMessage().contains("not a folder"), file.getMessage());
        touch(dir, "model99999999999.npz");
        IllegalArgumentException big =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Checkpoints.list(dir, Optional.of("model{epoch}.npz")));
        assertTrue(big.getMessage().contains("epoch 99999999999 is too large"), big.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Checkpoint(-1, dir));
    }
}
