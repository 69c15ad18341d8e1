package dev.cogs.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.io.weights.WeightFiles;
import dev.cogs.nets.analysis.ProgressTrajectory;
import dev.cogs.nets.run.EvaluationPoint;
import dev.cogs.nets.run.TrainingConfig;
import dev.cogs.nets.run.TrainingListener;
import dev.cogs.train.Trainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cogs run saved by {@link CheckpointWriter} and read back as a trajectory gives exactly what the
 * {@link ProgressTrajectory} listener recorded during training (docs/cogs-math.md §13.7).
 */
class TrajectoryReportTest {

    @Test
    void checkpointFilesReproduceTheListenerAndLabelTheRun(@TempDir Path dir) throws IOException {
        TrainingConfig c =
                TrainingConfig.defaults(5)
                        .withQ(16)
                        .withEpochs(300)
                        .withCheckpointEpoch(200)
                        .withSeed(7)
                        .withWeightDecay(1e-4);
        Path run = dir.resolve("run");
        ProgressTrajectory live = new ProgressTrajectory(100);
        List<EvaluationPoint> evaluations = new ArrayList<>();
        List<RealWeights> weights = new ArrayList<>();
        TrainingListener keep =
                (p, w) -> {
                    if (p.epoch() % 100 == 0) {
                        evaluations.add(p);
                        weights.add(w);
                    }
                };
        Trainer.train(c, TrainingListener.all(new CheckpointWriter(run, c, 100), live, keep));
        try (var files = Files.list(run)) {
            assertEquals(
                    List.of(
                            "model00000.safetensors",
                            "model00100.safetensors",
                            "model00200.safetensors",
                            "model00300.safetensors"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        // float32 training, float32 files: the weights come back bit for bit.
        assertEquals(weights.get(2), WeightFiles.readNet(CheckpointWriter.file(run, 200)));

        ImportedRun r =
                ImportedRun.load(
                        run,
                        Optional.empty(),
                        Optional.empty(),
                        OptionalInt.of(200),
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        1);
        assertEquals(live.points(), r.trajectory().progress());
        assertEquals(evaluations, r.history());
        assertEquals(4, r.logged());
        assertEquals(200, r.trajectory().analysedEpoch());
        assertEquals(weights.get(2), r.trajectory().checkpoint());
        // Labels from the files' metadata: the run's seed and weight decay, not the defaults.
        assertEquals(7, r.config().seed());
        assertEquals(1e-4, r.config().weightDecay(), 0.0);
        assertEquals(300, r.config().epochs());

        Path out = dir.resolve("report");
        List<Path> written = TrajectoryReport.write(out, List.of(r));
        assertTrue(
                written.contains(out.resolve("index.html"))
                        && written.contains(out.resolve("progress.csv")));
        String csv = Files.readString(out.resolve("progress.csv"));
        assertEquals(5, csv.lines().count(), "a header and one line per checkpoint");
        assertTrue(Files.readString(out.resolve("index.html")).startsWith("<!DOCTYPE html>"));
        assertThrows(IllegalArgumentException.class, () -> new CheckpointWriter(run, c, 0));
    }
}
