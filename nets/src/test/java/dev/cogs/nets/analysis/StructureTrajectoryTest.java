package dev.cogs.nets.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.weights.Constructions;
import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.nets.run.EvaluationPoint;
import dev.cogs.nets.run.TrainingConfig;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StructureTrajectoryTest {

    private static final int D = 23;

    /** The counts read off the named groups, not off {@link RunStatistics}. */
    private static StructurePoint fromGroups(int epoch, RealWeights w) {
        NetAnalysis a = NetAnalysis.of(w);
        int n4 = 0;
        int n6 = 0;
        int factorable = 0;
        int matched = 0;
        var named = EnumSet.of(SolutionKind.NU_I_XI, SolutionKind.NU_SYN, SolutionKind.NU_I_SYN_AB);
        for (GroupAnalysis g : a.groups()) {
            if (g.size() != 4 && g.size() != 6) {
                continue;
            }
            if (g.size() == 4) {
                n4++;
            } else {
                n6++;
            }
            if (g.kind() != SolutionKind.NON_FACTORABLE) {
                factorable++;
            }
            if (named.contains(g.kind())) {
                matched++;
            }
        }
        return new StructurePoint(epoch, n4, n6, factorable, matched);
    }

    private static RealWeights noise(long seed, double scale) {
        SplittableRandom r = new SplittableRandom(seed);
        int q = 64;
        return RealWeights.ofFlat(
                D,
                q,
                r.doubles(q * D, -scale, scale).toArray(),
                r.doubles(q * D, -scale, scale).toArray(),
                r.doubles(D * q, -scale, scale).toArray());
    }

    @Test
    void recordsTheChosenEpochsWithTheAnalysisCounts() {
        // A run of 1 000 epochs, evaluated every 100 and at every epoch below 200, checkpoint 900.
        TrainingConfig config =
                TrainingConfig.defaults(D).withEpochs(1000).withCheckpointEpoch(900);
        StructureTrajectory t = StructureTrajectory.forRun(config, 500);
        RealWeights f6 = Constructions.f6(D, Complex.of(0.8, 0.3)).toReal();
        List<Integer> epochs = new ArrayList<>();
        List<StructurePoint> expected = new ArrayList<>();
        for (int e = 0; e <= 1000; e += e < 200 ? 1 : 100) {
            RealWeights w = e < 900 ? noise(e, 0.3) : f6;
            t.onEvaluation(new EvaluationPoint(e, 1, 1, 0, 0), w);
            if (e == 0 || e == 500 || e == 900 || e == 1000) {
                epochs.add(e);
                expected.add(fromGroups(e, w));
            }
        }
        // the trainer's final evaluation repeats no epoch, but a repeated one must not be recorded
        // twice
        t.onEvaluation(new EvaluationPoint(1000, 1, 1, 0, 0), noise(1, 0.3));
        assertEquals(epochs, t.points().stream().map(StructurePoint::epoch).toList());
        assertEquals(expected, t.points());
        // z_F6 is eleven z_ν*z_syn groups (docs/cogs-math.md §6.1): all of them named
        StructurePoint last = t.points().get(t.points().size() - 1);
        assertEquals(new StructurePoint(1000, 0, 11, 11, 11), last);
        assertEquals(1.0, last.matchedFraction().orElseThrow());
    }

    @Test
    void mixedConstructionIsFullyNamed() {
        // z_F4/6 (docs/cogs-math.md §6.3) with ν = 0.8 + 0.3i at k0 = 1: one z_ν*z_syn group and
        // ten z_{ν=i}*z_ξ groups.
        RealWeights w =
                Constructions.f46(D, Complex.of(0.8, 0.3), Complex.of(0.6, 0.8), 1).toReal();
        StructureTrajectory t = new StructureTrajectory(100);
        t.onEvaluation(new EvaluationPoint(300, 1, 1, 0, 0), w);
        assertEquals(List.of(new StructurePoint(300, 10, 1, 11, 11)), t.points());
    }

    @Test
    void recordsOnlyMultiplesAndExtras() {
        StructureTrajectory t = new StructureTrajectory(500, 9900, 10000);
        assertTrue(t.records(0));
        assertTrue(t.records(9500));
        assertTrue(t.records(9900));
        assertTrue(t.records(10000));
        assertFalse(t.records(9800));
        assertFalse(t.records(150));
    }

    @Test
    void emptyFractionWithoutFactorableGroups() {
        assertTrue(new StructurePoint(0, 0, 0, 0, 0).matchedFraction().isEmpty());
        assertEquals(0.25, new StructurePoint(0, 3, 1, 4, 1).matchedFraction().orElseThrow());
        assertEquals(
                new StructurePoint(7, 4, 3, 6, 2),
                new StructurePoint(7, 3, 1, 4, 1).plus(new StructurePoint(7, 1, 2, 2, 1)));
    }

    @Test
    void rejectsBadArguments() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new StructureTrajectory(0));
        assertTrue(e.getMessage().contains("every (0)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new StructureTrajectory(10, -5));
        assertThrows(IllegalArgumentException.class, () -> new StructurePoint(0, 1, 1, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> new StructurePoint(0, 2, 2, 2, 3));
        assertThrows(IllegalArgumentException.class, () -> new StructurePoint(-1, 0, 0, 0, 0));
        assertThrows(
                IllegalArgumentException.class,
                () -> new StructurePoint(0, 0, 0, 0, 0).plus(new StructurePoint(1, 0, 0, 0, 0)));
    }
}
