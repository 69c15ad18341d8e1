package dev.cogs.nets.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.cogs.algebra.group.FiniteGroup;
import dev.cogs.algebra.group.FiniteGroups;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Validation, defaults and keys of {@link TrainingConfig} (docs/cogs-math.md §8). */
class TrainingConfigTest {

    @Test
    void badConfigurationNamesTheValue() {
        TrainingConfig base = TrainingConfig.defaults(23);
        assertMessage("learningRate (NaN)", () -> base.withLearningRate(Double.NaN));
        assertMessage("learningRate (-1.0)", () -> base.withLearningRate(-1));
        assertMessage("weightDecay (-1.0E-5)", () -> base.withWeightDecay(-1e-5));
        assertMessage(
                "weightDecay (Infinity)", () -> base.withWeightDecay(Double.POSITIVE_INFINITY));
        assertMessage("q (0)", () -> base.withQ(0));
        assertMessage("d (2)", () -> TrainingConfig.defaults(2));
        assertMessage("beta1 (1.0)", () -> base.withAdam(1.0, 0.999, 1e-8));
        assertMessage("beta2 (NaN)", () -> base.withAdam(0.9, Double.NaN, 1e-8));
        assertMessage("epsilon (0.0)", () -> base.withAdam(0.9, 0.999, 0));
        assertMessage("epochs (0)", () -> base.withEpochs(0));
        assertMessage("testFraction (1.0)", () -> base.withTestFraction(1.0));
        assertMessage("evalEvery (0)", () -> base.withEvaluation(0, 200));
        assertMessage("checkpointEpoch (10001)", () -> base.withCheckpointEpoch(10_001));
        assertMessage("d*d*q (4000*4000*512)", () -> base.withD(4000));
        qt().withExamples(100)
                .forAll(integers().between(Integer.MIN_VALUE, 0))
                .check(
                        q -> {
                            try {
                                base.withQ(q);
                                return false;
                            } catch (IllegalArgumentException e) {
                                return e.getMessage().contains("q (" + q + ")");
                            }
                        });
    }

    @Test
    void defaultsAreThePaperSetupAndKeysIdentifyRuns() {
        TrainingConfig c = TrainingConfig.defaults(23);
        // docs/cogs-math.md §8 table.
        assertEquals(
                new TrainingConfig(
                        23, 512, 5e-5, 0.01, 0.9, 0.999, 1e-8, 10_000, 1, 0.1, 100, 200, 9_900),
                c);
        assertEquals(c.key(), TrainingConfig.defaults(23).key());
        List<TrainingConfig> variants =
                List.of(
                        c.withQ(256),
                        c.withWeightDecay(1e-4),
                        c.withLearningRate(0.002),
                        c.withEpochs(9_999),
                        c.withSeed(2),
                        c.withCheckpointEpoch(9_000),
                        c.withD(71),
                        c.withEvaluation(50, 200),
                        c.withTestFraction(0.2),
                        c.withAdam(0.8, 0.999, 1e-8));
        for (TrainingConfig v : variants) {
            assertNotEquals(c.key(), v.key(), v.toString());
            assertTrue(v.key().matches("[A-Za-z0-9._\\-]+"), v.key());
        }
    }

    @Test
    void keyOfThePaperSetupIsStable() {
        // Cached runs are found by this key (the run cache of the CLI); a change of format or
        // engine version
        // must be deliberate. Expected text written out from the format in key()'s Javadoc.
        assertEquals(
                "cogs-f32v5-d23-q512-wd5.0E-5-lr0.01-b1_0.9-b2_0.999-eps1.0E-8-ep10000-seed1-tf0.1-ev100-eb200"
                        + "-ck9900",
                TrainingConfig.defaults(23).key());
    }

    @Test
    void sizesAndScheduleFollowSpec() {
        TrainingConfig c = TrainingConfig.defaults(23);
        // docs/cogs-math.md §8: n_test = ⌈0.1·529⌉ = 53, n_train = 476.
        assertEquals(53, c.testSize());
        assertEquals(476, c.trainSize());
        // Evaluation before the update of epoch e iff e % 100 == 0 or e < 200 (docs/cogs-math.md
        // §8).
        assertEquals(100, c.evalEvery());
        assertEquals(200, c.evalAllBelow());
        assertTrue(
                c.isEvaluationEpoch(0)
                        && c.isEvaluationEpoch(199)
                        && c.isEvaluationEpoch(200)
                        && c.isEvaluationEpoch(9_900));
        assertTrue(!c.isEvaluationEpoch(201) && !c.isEvaluationEpoch(9_950));
        // withEpochs clamps the checkpoint to the new number of epochs.
        assertEquals(500, c.withEpochs(500).checkpointEpoch());
        assertEquals(9_900, c.withEpochs(20_000).checkpointEpoch());
    }

    @Test
    void groupIsZdByDefaultAndKeyedOtherwise() {
        // docs/cogs-math.md §14.8: Z_d is the default, and its key is the key of earlier versions
        TrainingConfig c = TrainingConfig.defaults(23);
        assertEquals(FiniteGroups.cyclic(23), c.group());
        assertTrue(c.cyclic());
        assertEquals(c, c.withGroup(FiniteGroups.cyclic(23)));
        TrainingConfig d23 = c.withGroup(FiniteGroups.parse("D23"));
        assertEquals(46, d23.d());
        assertTrue(!d23.cyclic());
        assertTrue(
                d23.key().startsWith("cogs-f32v5-d46-q512-") && d23.key().contains("-gD23-"),
                d23.key());
        assertTrue(d23.key().matches("[A-Za-z0-9._\\-]+"), d23.key());
        // the group survives the other copies; withD goes back to Z_d
        assertEquals(FiniteGroups.parse("D23"), d23.withSeed(4).withQ(64).withEpochs(50).group());
        assertTrue(d23.withD(11).cyclic());
        // same table, another name: another key (names are part of the group); another table,
        // another key
        FiniteGroup z15 = FiniteGroups.cyclic(15);
        TrainingConfig renamed =
                TrainingConfig.defaults(FiniteGroup.of("C15", z15.table(), z15.labels()));
        TrainingConfig z35 = TrainingConfig.defaults(FiniteGroups.parse("Z3xZ5"));
        assertNotEquals(TrainingConfig.defaults(15).key(), renamed.key());
        assertNotEquals(renamed.key(), z35.key());
        assertEquals(TrainingConfig.defaults(FiniteGroups.parse("Z3xZ5")).key(), z35.key());
        assertMessage(
                "group S3 has order 6 but d is 7",
                () ->
                        new TrainingConfig(
                                7,
                                512,
                                5e-5,
                                0.01,
                                0.9,
                                0.999,
                                1e-8,
                                10_000,
                                1,
                                0.1,
                                100,
                                200,
                                9_900,
                                FiniteGroups.symmetric(3)));
        assertMessage("d (2)", () -> TrainingConfig.defaults(FiniteGroups.cyclic(2)));
    }

    private static void assertMessage(String fragment, Runnable r) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }
}
