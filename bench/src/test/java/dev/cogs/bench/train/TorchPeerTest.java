package dev.cogs.bench.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The peer script is part of the module: extracted at run time, replaceable, never looked up
 * elsewhere.
 */
class TorchPeerTest {

    @Test
    void bundledScriptIsExtractedWithItsContract() throws IOException {
        Path script = TorchPeer.extractBundledScript();
        String text = Files.readString(script, StandardCharsets.UTF_8);
        assertTrue(
                text.contains("Usage: torch_peer.py D Q EPOCHS [WD] [LR] [SEED] [OUTDIR]"), text);
        // the report line TorchPeer parses, and the files it writes
        assertTrue(
                text.contains("s_per_step=")
                        && text.contains("train_acc=")
                        && text.contains("test_acc="));
        assertTrue(text.contains("\"Ua\"") && text.contains("\"Ub\"") && text.contains("\"W\""));
        assertTrue(text.contains("weight_decay=wd"), "coupled L2 decay through torch.optim.Adam");
    }

    @Test
    void overrideReplacesTheBundledScriptAndMissingFilesGiveNoPeer(@TempDir Path dir)
            throws IOException {
        Path python = dir.resolve("python");
        Files.writeString(python, "#!/bin/sh\n");
        assertTrue(python.toFile().setExecutable(true));
        Path mine = dir.resolve("mine.py");
        Files.writeString(mine, "print('d=3')\n");
        assertEquals(Optional.of(new TorchPeer(python, mine)), TorchPeer.locate(mine, python));
        assertEquals(Optional.empty(), TorchPeer.locate(dir.resolve("absent.py"), python));
        assertEquals(Optional.empty(), TorchPeer.locate(null, dir.resolve("no-python")));
        assertTrue(TorchPeer.locate(null, python).isPresent());
    }
}
