package dev.cogs.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.algebra.weights.CogsLoss;
import dev.cogs.algebra.weights.FourierNet;
import dev.cogs.algebra.weights.OptimalityReport;
import dev.cogs.nets.analysis.NetAnalysis;
import dev.cogs.nets.analysis.PotentialPoint;
import dev.cogs.nets.analysis.PotentialTrajectory;
import dev.cogs.nets.run.EvaluationPoint;
import dev.cogs.nets.run.TrainingConfig;
import dev.cogs.nets.run.TrainingResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The algebra-side tools on nets that came out of the trainer (docs/cogs-math.md §2 of the issue).
 */
class TrainedNetTest {

    private static final TrainingConfig TINY =
            TrainingConfig.defaults(7)
                    .withQ(64)
                    .withEpochs(400)
                    .withCheckpointEpoch(300)
                    .withEvaluation(50, 10)
                    .withSeed(3);

    @Test
    void optimalityReportAndTrajectoryWorkOnATrainedNet() {
        PotentialTrajectory t = new PotentialTrajectory();
        TrainingResult r = Trainer.train(TINY, t);
        assertTrue(!r.diverged());
        FourierNet z = FourierNet.fromReal(r.finalWeights());
        OptimalityReport report = OptimalityReport.of(z);
        // Independent: the trainer's final train/test losses, weighted by the split sizes, are the
        // full-dataset
        // loss (docs/cogs-math.md §1). The trainer runs in float32, hence the relative tolerance
        // 1e-3.
        EvaluationPoint last = r.last();
        double full =
                (TINY.trainSize() * last.trainLoss() + TINY.testSize() * last.testLoss())
                        / (7.0 * 7.0);
        assertEquals(full, report.loss(), 1e-3 * full + 1e-7);
        assertEquals(
                CogsLoss.dataSpace(r.finalWeights()), report.loss(), 1e-9 * (1 + report.loss()));
        // ℓ = d Σ|T|² (docs/cogs-math.md §3.2) bounds every single residual: |T| ≤ sqrt(ℓ/d).
        for (OptimalityReport.Violation v : report.violations()) {
            assertTrue(Double.isFinite(v.max()));
        }
        assertTrue(report.target().max() <= Math.sqrt(report.loss() / 7) + 1e-12);
        // The trajectory has one point per evaluation, the last one at the final weights.
        List<PotentialPoint> pts = t.points();
        assertEquals(r.history().size(), pts.size());
        PotentialPoint end = pts.get(pts.size() - 1);
        assertEquals(PotentialPoint.of(end.epoch(), z), end);
        // Training drives Σ_k 2d·Re r_kkk from ≈ 0 at initialisation towards d − 1 = 6
        // (docs/cogs-math.md §7.3); d = 7 with
        // 5 test pairs does not generalise fully, so only the direction is asserted.
        assertTrue(
                pts.get(0).diagonal() < 1 && end.diagonal() > 3,
                pts.get(0).diagonal() + " -> " + end.diagonal());
        // The analysis runs on the trained net and counts orders for k = 1..3.
        NetAnalysis a = NetAnalysis.of(r.checkpoint());
        assertEquals(3, a.frequencyOrders().size());
        assertEquals(64, a.bestFrequency().size());
    }
}
