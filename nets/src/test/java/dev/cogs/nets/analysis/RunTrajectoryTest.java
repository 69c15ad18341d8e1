package dev.cogs.nets.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.weights.Constructions;
import dev.cogs.algebra.weights.FourierNet;
import dev.cogs.algebra.weights.RealWeights;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A run given as checkpoints: every point equals the single-net computation, in epoch order. */
class RunTrajectoryTest {

    private static final int D = 11;

    /** A "run" converging onto z_F6: the noise shrinks with the epoch. */
    private static List<RunTrajectory.Snapshot> run(AtomicInteger loads) {
        RealWeights target = Constructions.f6(D, Complex.polar(1, 0.7)).toReal();
        List<RunTrajectory.Snapshot> s = new ArrayList<>();
        for (int e : new int[] {300, 0, 100, 200}) {
            double size = 0.2 / (1 + e / 50.0);
            s.add(
                    new RunTrajectory.Snapshot(
                            e,
                            () -> {
                                loads.incrementAndGet();
                                return ProgressNets.perturbed(target, e, size);
                            }));
        }
        return s;
    }

    @Test
    void analysesEveryCheckpointInEpochOrder() {
        AtomicInteger loads = new AtomicInteger();
        RunTrajectory t = RunTrajectory.analyse(run(loads), OptionalInt.empty());
        assertEquals(4, loads.get(), "each checkpoint is loaded once");
        assertEquals(List.of(0, 100, 200, 300), t.epochs());
        assertEquals(300, t.analysedEpoch());
        assertEquals(D, t.d());
        assertEquals(3 * (D - 1), t.q());
        RealWeights last =
                ProgressNets.perturbed(
                        Constructions.f6(D, Complex.polar(1, 0.7)).toReal(), 300, 0.2 / 7);
        assertEquals(last, t.checkpoint());
        assertEquals(NetAnalysis.of(last), t.analysis());
        assertEquals(ProgressPoint.of(300, last), t.progress().get(3));
        assertEquals(PotentialPoint.of(300, FourierNet.fromReal(last)), t.potentials().get(3));
        assertEquals(
                StructurePoint.of(300, NetAnalysis.of(last).statistics()), t.structure().get(3));
        // Every frequency of z_F6 carries a group: all are key frequencies.
        assertEquals(new TreeSet<>(Set.of(1, 2, 3, 4, 5)), t.keyFrequencies());
        assertEquals(
                t.progress().get(1).keyFrequencyLoss(t.keyFrequencies()),
                t.keyFrequencyLosses().get(1));
        // Converging onto z_F6: the margin ratio rises towards 1 and the excluded loss towards 1 −
        // 1/d.
        assertTrue(t.progress().get(3).marginRatio() > t.progress().get(0).marginRatio());
        assertEquals(1 - 1.0 / D, t.keyFrequencyLosses().get(3).excluded(), 0.05);
        RunTrajectory at100 = RunTrajectory.analyse(run(new AtomicInteger()), OptionalInt.of(100));
        assertEquals(100, at100.analysedEpoch());
    }

    @Test
    void refusesInconsistentRuns() {
        assertThrows(
                IllegalArgumentException.class,
                () -> RunTrajectory.analyse(List.of(), OptionalInt.empty()));
        List<RunTrajectory.Snapshot> twice = new ArrayList<>(run(new AtomicInteger()));
        twice.add(new RunTrajectory.Snapshot(100, () -> ProgressNets.random(D, 30, 1, 1)));
        assertEquals(
                "two checkpoints of epoch 100",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> RunTrajectory.analyse(twice, OptionalInt.empty()))
                        .getMessage());
        IllegalArgumentException missing =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> RunTrajectory.analyse(run(new AtomicInteger()), OptionalInt.of(150)));
        assertEquals(
                "no checkpoint of epoch 150 (the run has epochs 0..300)", missing.getMessage());
        List<RunTrajectory.Snapshot> mixed = new ArrayList<>(run(new AtomicInteger()));
        mixed.add(new RunTrajectory.Snapshot(400, () -> ProgressNets.random(D, 7, 1, 1)));
        IllegalArgumentException m =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> RunTrajectory.analyse(mixed, OptionalInt.empty()));
        assertEquals(
                "checkpoint of epoch 400 has d = 11, q = 7 but epoch 0 has d = 11, q = 30",
                m.getMessage());
        assertThrows(
                IllegalArgumentException.class, () -> new RunTrajectory.Snapshot(-1, () -> null));
    }
}
