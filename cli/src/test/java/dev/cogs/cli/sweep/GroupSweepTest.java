package dev.cogs.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogs.algebra.group.CharacterGroup;
import dev.cogs.algebra.group.FiniteGroup;
import dev.cogs.algebra.group.FiniteGroups;
import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.io.npy.NpyWeights;
import dev.cogs.nets.analysis.AbelianAnalysis;
import dev.cogs.nets.analysis.IrrepUsage;
import dev.cogs.nets.run.EvaluationPoint;
import dev.cogs.nets.run.TrainingConfig;
import dev.cogs.nets.run.TrainingResult;
import dev.cogs.nets.sweep.SweepPlan;
import dev.cogs.nets.sweep.SweepSpec;
import dev.cogs.train.Trainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep over two tiny groups (Z3 × Z3, abelian, and S3, not abelian; docs/sweeps.md §1.2, §5.1)
 * against the trainer called directly on configurations built by hand: the same final metrics and
 * checkpoint bits, the full-table accuracy recomputed from the weights by the formula of
 * docs/cogs-math.md §14.6, and the per-character orders or irrep usage of those weights.
 */
class GroupSweepTest {

    private static final int Q = 24;
    private static final int EPOCHS = 300;

    /** Accuracy on all n² pairs of o_c(a, b) = Σ_j W_cj (Ua_ja + Ub_jb)², first maximum. */
    private static double fullTableAccuracy(FiniteGroup g, RealWeights w) {
        int n = g.order();
        int correct = 0;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                int best = 0;
                double bestValue = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < n; c++) {
                    double o = 0;
                    for (int j = 0; j < w.order(); j++) {
                        double h = w.ua(j, a) + w.ub(j, b);
                        o += w.w(c, j) * h * h;
                    }
                    if (o > bestValue) {
                        bestValue = o;
                        best = c;
                    }
                }
                if (best == g.multiply(a, b)) {
                    correct++;
                }
            }
        }
        return (double) correct / (n * n);
    }

    @Test
    void recordsAreWhatTheTrainerAndTheAnalysesGiveDirectly(@TempDir Path out) throws IOException {
        List<FiniteGroup> groups = List.of(FiniteGroups.parse("Z3xZ3"), FiniteGroups.parse("S3"));
        SweepSpec spec =
                SweepSpec.ofGroups(
                        groups,
                        List.of(Q),
                        List.of(1e-4),
                        List.of(0.02),
                        List.of(1L, 2L),
                        EPOCHS,
                        null,
                        TrainingConfig.defaults(23).withEvaluation(50, 0));
        SweepPlan plan = SweepPlan.of(spec);
        List<RunSummary> got =
                new LocalEngine()
                        .run(
                                plan.runs().stream().map(RunSettings::of).toList(),
                                out,
                                new SweepEngine.Options("local", false, () -> false),
                                r -> {});
        assertEquals(4, got.size());
        Map<Integer, Integer> pooledZ3xZ3 = new TreeMap<>();
        List<Double> s3Nodes = new ArrayList<>();
        for (int i = 0; i < got.size(); i++) {
            RunSummary s = got.get(i);
            FiniteGroup g = groups.get(i / 2);
            long seed = 1 + i % 2;
            // independent: the configuration as cogs reproduce --group builds it, trained directly
            TrainingConfig c =
                    TrainingConfig.defaults(g)
                            .withQ(Q)
                            .withWeightDecay(1e-4)
                            .withLearningRate(0.02)
                            .withEpochs(EPOCHS)
                            .withCheckpointEpoch(EPOCHS - 100)
                            .withEvaluation(50, 0)
                            .withSeed(seed);
            assertTrue(s.ok(), s.message());
            assertFalse(s.fromCache());
            assertEquals(c.key(), s.key());
            assertEquals(g.name(), s.group());
            assertEquals(c, s.settings().config());
            TrainingResult direct = Trainer.train(c);
            EvaluationPoint last = direct.history().get(direct.history().size() - 1);
            // the trainer is deterministic given the configuration: bit-identical
            assertEquals(last.trainLoss(), s.trainLoss(), 0.0);
            assertEquals(last.testLoss(), s.testLoss(), 0.0);
            assertEquals(last.trainAccuracy(), s.trainAccuracy(), 0.0);
            assertEquals(last.testAccuracy(), s.testAccuracy(), 0.0);
            RealWeights w = direct.checkpoint();
            assertEquals(w, NpyWeights.read(out.resolve("runs").resolve(c.key())));
            // the full table scored from the weights by the formula (a float64 sum: 1e-12)
            assertEquals(
                    fullTableAccuracy(g, w),
                    ((Number) s.groupAnalysis().get("fullTableAccuracy")).doubleValue(),
                    1e-12);
            assertEquals(g.isAbelian(), s.groupAnalysis().get("abelian"));
            @SuppressWarnings("unchecked")
            Map<String, Object> irreps = (Map<String, Object>) s.groupAnalysis().get("irreps");
            IrrepUsage u = IrrepUsage.of(g, w);
            assertEquals(u.used(), irreps.get("used"));
            if (g.isAbelian()) {
                AbelianAnalysis a = AbelianAnalysis.of(CharacterGroup.of(g), w);
                // Ĝ of Z3 × Z3 has 8 non-trivial characters in 4 conjugate pairs
                assertEquals(4, s.frequencyOrders().size());
                assertEquals(a.frequencyOrders(), s.frequencyOrders());
                assertEquals((double) a.statistics().n4(), s.statistics().get("n4"));
                a.frequencyOrders().forEach(o -> pooledZ3xZ3.merge(o, 1, Integer::sum));
            } else {
                assertTrue(s.frequencyOrders().isEmpty());
                assertTrue(s.statistics().isEmpty());
                s3Nodes.add((double) u.entries().get(2).nodes());
            }
        }
        // a second run finds everything cached
        List<RunSummary> again =
                new LocalEngine()
                        .run(
                                plan.runs().stream().map(RunSettings::of).toList(),
                                out,
                                new SweepEngine.Options("local", false, () -> false),
                                r -> {});
        for (int i = 0; i < again.size(); i++) {
            assertTrue(again.get(i).fromCache());
            assertEquals(got.get(i).groupAnalysis(), again.get(i).groupAnalysis());
        }

        SweepReport.Result r = SweepReport.write(out, plan);
        assertEquals(4, r.foundCount());
        assertTrue(r.missing().isEmpty() && r.failed().isEmpty());
        JsonNode json = new ObjectMapper().readTree(out.resolve("sweep.json").toFile());
        assertEquals("[\"Z3xZ3\",\"S3\"]", json.get("plan").get("group").toString());
        assertEquals("S3", json.get("runs").get(3).get("group").asText());
        assertEquals("S3", json.get("runs").get(3).get("settings").get("group").asText());
        assertTrue(json.get("runs").get(0).get("groupAnalysis").has("characters"));
        List<String> cells = Files.readAllLines(out.resolve("cells.csv"));
        assertEquals(3, cells.size(), cells.toString());
        String[] header = cells.get(0).split(",", -1);
        int orders = List.of(header).indexOf("orders");
        int group = List.of(header).indexOf("group");
        int usage = List.of(header).indexOf("irrep_usage");
        String[] z = cells.get(1).split(",", -1);
        String[] s3 = cells.get(2).split(",", -1);
        assertEquals("Z3xZ3", z[group]);
        assertEquals("S3", s3[group]);
        StringBuilder expected = new StringBuilder();
        pooledZ3xZ3.forEach(
                (k, v) ->
                        expected.append(expected.length() == 0 ? "" : " ")
                                .append(k)
                                .append(':')
                                .append(v));
        assertEquals(expected.toString(), z[orders]);
        // S3's irreps 1a, 1b, 2a: the mean nodes of 2a over the two seeds
        String twoA = s3[usage].split(" ")[2];
        assertTrue(twoA.startsWith("2a:"), s3[usage]);
        assertEquals(
                (s3Nodes.get(0) + s3Nodes.get(1)) / 2,
                Double.parseDouble(twoA.split(":")[1]),
                0.005);
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("Cells on other groups"), "no group sections");
        assertTrue(html.contains("Per-character orders") && html.contains("Irrep usage"));
        assertFalse(html.contains("the paper's Fig. 4)</h2>"), "a Fig. 4 grid without Z_d cells");
    }
}
