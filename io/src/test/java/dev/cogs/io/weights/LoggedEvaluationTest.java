package dev.cogs.io.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cogs.io.DType;
import dev.cogs.io.Tensor;
import dev.cogs.io.TensorFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The losses a trainer logged: the authors' results list, top-level scalars, 0-d tensors, metadata.
 */
class LoggedEvaluationTest {

    private static final Tensor W = Tensor.of("w", DType.FLOAT32, new int[] {1}, new double[] {1});

    @Test
    void readsTheAuthorsResultsListForTheFilesEpoch() {
        Map<String, Double> s = new LinkedHashMap<>();
        double[][] rows = {{0, 0.04, 0.0, 0.95, 0.97}, {100, 1.0, 0.98, 1e-4, 0.02}};
        for (int i = 0; i < rows.length; i++) {
            s.put("results." + i + ".epoch", rows[i][0]);
            s.put("results." + i + ".train_acc", rows[i][1]);
            s.put("results." + i + ".test_acc", rows[i][2]);
            s.put("results." + i + ".train_loss", rows[i][3]);
            s.put("results." + i + ".test_loss", rows[i][4]);
        }
        TensorFile f = TensorFile.of("m.pt", List.of(W), Map.of(), Map.of(), s);
        assertEquals(
                Optional.of(new LoggedEvaluation(100, 1e-4, 0.02, 1.0, 0.98)),
                LoggedEvaluation.find(f, 100));
        assertEquals(
                Optional.of(new LoggedEvaluation(0, 0.95, 0.97, 0.04, 0.0)),
                LoggedEvaluation.find(f, 0));
        assertEquals(Optional.empty(), LoggedEvaluation.find(f, 200));
    }

    @Test
    void readsTopLevelScalarsTensorsAndMetadata() {
        LoggedEvaluation e = new LoggedEvaluation(300, 0.5, 0.75, 0.25, 1.0);
        TensorFile meta = TensorFile.of("m.safetensors", List.of(W), e.metadata(), Map.of());
        assertEquals(Optional.of(e), LoggedEvaluation.find(meta, 300));
        assertEquals(
                Optional.empty(), LoggedEvaluation.find(meta, 200), "the file logs another epoch");
        List<Tensor> zeroD =
                List.of(
                        W,
                        Tensor.of("train_loss", DType.FLOAT64, new int[0], new double[] {0.5}),
                        Tensor.of("test_loss", DType.FLOAT64, new int[0], new double[] {0.75}),
                        Tensor.of("train_acc", DType.FLOAT64, new int[0], new double[] {0.25}),
                        Tensor.of("test_acc", DType.FLOAT64, new int[0], new double[] {1.0}));
        assertEquals(Optional.of(e), LoggedEvaluation.find(TensorFile.of("m.npz", zeroD), 300));
        Map<String, String> bad = new LinkedHashMap<>(e.metadata());
        bad.put("test_acc", "1.5");
        assertEquals(
                Optional.empty(),
                LoggedEvaluation.find(TensorFile.of("x", List.of(W), bad, Map.of()), 300));
        bad.put("test_acc", "n/a");
        assertEquals(
                Optional.empty(),
                LoggedEvaluation.find(TensorFile.of("x", List.of(W), bad, Map.of()), 300));
        assertEquals(Optional.empty(), LoggedEvaluation.find(TensorFile.of("x", List.of(W)), 300));
        assertThrows(IllegalArgumentException.class, () -> new LoggedEvaluation(-1, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new LoggedEvaluation(0, 0, 0, 0, 2));
    }
}
