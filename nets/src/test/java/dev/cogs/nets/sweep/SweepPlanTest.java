package dev.cogs.nets.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.algebra.group.FiniteGroup;
import dev.cogs.algebra.group.FiniteGroups;
import dev.cogs.nets.run.TrainingConfig;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SweepPlanTest {

    private static SweepSpec spec() {
        return SweepSpec.of(
                List.of(23, 71),
                List.of(256, 512),
                List.of(5e-5, 1e-4, 5e-5),
                List.of(0.01),
                List.of(1L, 2L, 3L),
                2000,
                null,
                TrainingConfig.defaults(23));
    }

    @Test
    void duplicatesAreRemovedWithANote() {
        SweepSpec s = spec();
        assertEquals(List.of(5e-5, 1e-4), s.weightDecay());
        assertEquals(1, s.notes().size());
        assertTrue(s.notes().get(0).contains("axis wd: 1 duplicate"), s.notes().get(0));
        assertEquals(2 * 2 * 2 * 3, s.size());
        // the paper's convention: analysed 100 epochs before the end
        assertEquals(1900, s.checkpointEpoch());
    }

    @Test
    void planEnumeratesTheProductInNestedOrderWithReproducesKeys() {
        SweepPlan p = SweepPlan.of(spec());
        assertEquals(24, p.runs().size());
        // independent enumeration, written as `cogs reproduce` builds its configurations
        List<String> expected = new ArrayList<>();
        for (int d : List.of(23, 71)) {
            for (int q : List.of(256, 512)) {
                for (double wd : List.of(5e-5, 1e-4)) {
                    for (long seed = 1; seed <= 3; seed++) {
                        expected.add(
                                TrainingConfig.defaults(d)
                                        .withQ(q)
                                        .withWeightDecay(wd)
                                        .withLearningRate(0.01)
                                        .withEpochs(2000)
                                        .withCheckpointEpoch(1900)
                                        .withSeed(seed)
                                        .key());
                    }
                }
            }
        }
        assertEquals(expected, p.keys());
        assertEquals(3, p.cell(p.runs().get(4)).size());
    }

    @Test
    void shardsPartitionThePlan() {
        SweepPlan p = SweepPlan.of(spec());
        for (int n = 1; n <= 7; n++) {
            List<String> all = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                SweepPlan s = p.shard(i, n);
                assertEquals(i, s.shard());
                assertEquals(p, s.full());
                all.addAll(s.keys());
            }
            Set<String> unique = new HashSet<>(all);
            assertEquals(all.size(), unique.size(), "a run in two shards for n = " + n);
            assertEquals(new HashSet<>(p.keys()), unique, "shards miss runs for n = " + n);
        }
    }

    @Test
    void badShardsAndAxesAreRejected() {
        SweepPlan p = SweepPlan.of(spec());
        assertThrows(IllegalArgumentException.class, () -> p.shard(0, 2));
        assertThrows(IllegalArgumentException.class, () -> p.shard(3, 2));
        assertThrows(IllegalArgumentException.class, () -> p.shard(1, 0));
        assertThrows(IllegalStateException.class, () -> p.shard(1, 2).shard(1, 1));
        TrainingConfig base = TrainingConfig.defaults(23);
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                SweepSpec.of(
                                        List.of(23),
                                        List.of(),
                                        List.of(0.0),
                                        List.of(0.01),
                                        List.of(1L),
                                        10,
                                        null,
                                        base));
        assertEquals("axis q is empty", e.getMessage());
        assertEquals(
                "wd (-1.0E-5) must be finite and >= 0",
                assertThrows(
                                IllegalArgumentException.class,
                                () ->
                                        SweepSpec.of(
                                                List.of(23),
                                                List.of(8),
                                                List.of(-1e-5),
                                                List.of(0.01),
                                                List.of(1L),
                                                10,
                                                null,
                                                base))
                        .getMessage());
        assertEquals(
                "lr (NaN) must be finite and > 0",
                assertThrows(
                                IllegalArgumentException.class,
                                () ->
                                        SweepSpec.of(
                                                List.of(23),
                                                List.of(8),
                                                List.of(0.0),
                                                List.of(Double.NaN),
                                                List.of(1L),
                                                10,
                                                null,
                                                base))
                        .getMessage());
        assertEquals(
                "q (0) must be >= 1",
                assertThrows(
                                IllegalArgumentException.class,
                                () ->
                                        SweepSpec.of(
                                                List.of(23),
                                                List.of(0),
                                                List.of(0.0),
                                                List.of(0.01),
                                                List.of(1L),
                                                10,
                                                null,
                                                base))
                        .getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        SweepSpec.of(
                                List.of(23),
                                List.of(8),
                                List.of(0.0),
                                List.of(0.01),
                                List.of(1L),
                                10,
                                11,
                                base));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new SweepSpec(
                                List.of(FiniteGroups.cyclic(23), FiniteGroups.cyclic(23)),
                                List.of(8),
                                List.of(0.0),
                                List.of(0.01),
                                List.of(1L),
                                10,
                                5,
                                base,
                                List.of()));
    }

    @Test
    void theGroupAxisKeysRunsAsReproduceDoesAndZdIsTheDAxis() {
        TrainingConfig base = TrainingConfig.defaults(23);
        List<FiniteGroup> groups =
                List.of(
                        FiniteGroups.parse("Z23"),
                        FiniteGroups.symmetric(4),
                        FiniteGroups.parse("Z5xZ5"),
                        FiniteGroups.symmetric(4));
        SweepSpec s =
                SweepSpec.ofGroups(
                        groups,
                        List.of(64),
                        List.of(5e-5),
                        List.of(0.01),
                        List.of(1L, 2L),
                        300,
                        null,
                        base);
        assertEquals(
                List.of(
                        FiniteGroups.cyclic(23),
                        FiniteGroups.symmetric(4),
                        FiniteGroups.parse("Z5xZ5")),
                s.groups());
        assertTrue(s.notes().get(0).contains("axis group: 1 duplicate"), s.notes().toString());
        assertEquals(List.of(23, 24, 25), s.d());
        SweepPlan p = SweepPlan.of(s);
        // independent: the configurations as cogs reproduce --group builds them
        List<String> expected = new ArrayList<>();
        for (FiniteGroup g : s.groups()) {
            for (long seed = 1; seed <= 2; seed++) {
                expected.add(
                        TrainingConfig.defaults(g)
                                .withQ(64)
                                .withWeightDecay(5e-5)
                                .withLearningRate(0.01)
                                .withEpochs(300)
                                .withCheckpointEpoch(200)
                                .withSeed(seed)
                                .key());
            }
        }
        assertEquals(expected, p.keys());
        // Z23 from the group axis is the d axis's run: same configuration, same (old) key
        SweepPlan viaD =
                SweepPlan.of(
                        SweepSpec.of(
                                List.of(23),
                                List.of(64),
                                List.of(5e-5),
                                List.of(0.01),
                                List.of(1L, 2L),
                                300,
                                null,
                                base));
        assertEquals(viaD.runs(), p.runs().subList(0, 2));
        assertTrue(p.runs().get(0).cyclic());
        assertTrue(p.runs().get(2).key().contains("-gS4-"), p.runs().get(2).key());
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                SweepSpec.ofGroups(
                                        List.of(FiniteGroups.cyclic(2)),
                                        List.of(8),
                                        List.of(0.0),
                                        List.of(0.01),
                                        List.of(1L),
                                        10,
                                        null,
                                        base));
        assertTrue(e.getMessage().contains("group Z2 has order 2"), e.getMessage());
    }
}
