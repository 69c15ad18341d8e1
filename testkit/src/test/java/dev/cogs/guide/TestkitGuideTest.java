package dev.cogs.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.cogs.algebra.Semiring;
import dev.cogs.algebra.Semirings;
import dev.cogs.algebra.Tolerance;
import dev.cogs.algebra.weights.OptimalityReport;
import dev.cogs.algebra.weights.OptimalityReport.ConstraintClass;
import dev.cogs.testkit.Seeds;
import dev.cogs.testkit.algebra.AlgebraGens;
import dev.cogs.testkit.algebra.SemiringLaws;
import dev.cogs.testkit.weights.WeightGenerators;
import dev.cogs.testkit.weights.WeightGenerators.BlockKind;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The examples of docs/guide-testkit.md, verbatim between the guide markers: a claim of one's own
 * tested over random blocks, a law suite run against a structure, and a false claim whose failure
 * is reproduced from its seed. Only public API, so they also run in the separate Maven project of
 * the it module.
 */
class TestkitGuideTest {

    // guide:begin claim
    /**
     * Claim (docs/cogs-math.md §5.2): z_ν * z_syn meets R_c, R_* and R_n at its frequency, for
     * every ν ≠ 0.
     */
    @Test
    void orderSixBlocksMeetEveryConstraintButTheTargetsElsewhere() {
        qt().withExamples(200)
                .forAll(WeightGenerators.blocks(BlockKind.NU_SYN, WeightGenerators.oddD(3, 31)))
                .checkAssert(
                        block -> {
                            OptimalityReport r = OptimalityReport.of(block.build());
                            // sums of 6 products of numbers of modulus ≤ 4: 1e-12 absolute
                            assertTrue(
                                    r.cross().max() <= 1e-12, block + ": R_c " + r.cross().max());
                            assertTrue(r.star().max() <= 1e-12, block + ": R_* " + r.star().max());
                            assertTrue(r.bias().max() <= 1e-12, block + ": R_n " + r.bias().max());
                        });
    }

    // guide:end claim

    // guide:begin laws
    /** The semiring laws for (max, +) on finite doubles, compared to 1e-12 relative. */
    @Nested
    class MaxPlusIsASemiring implements SemiringLaws<Double> {
        @Override
        public Semiring<Double> semiring() {
            return Semirings.maxPlus();
        }

        @Override
        public Gen<Double> elements() {
            return AlgebraGens.doublesIn(-1e6, 1e6);
        }

        @Override
        public BiPredicate<Double, Double> same() {
            return Tolerance.relative(1e-12)::test;
        }
    }

    // guide:end laws

    // guide:begin false-claim
    /**
     * A planted false claim: "z_{ν=i} * z_ξ is a solution at its frequency" (it is not: R_n fails,
     * §6.2).
     */
    @Test
    void aFalseClaimIsFoundAndReproducedFromItsSeed() {
        Runnable claim =
                () ->
                        qt().withExamples(100)
                                .forAll(
                                        WeightGenerators.blocks(
                                                BlockKind.NU_I_XI, WeightGenerators.oddD(3, 31)))
                                .check(
                                        block ->
                                                OptimalityReport.of(block.build()).bias().max()
                                                        <= 1e-12);
        AssertionError found = assertThrows(AssertionError.class, claim::run);
        System.out.println(found.getMessage()); // the shrunk block, in words, and "Seed was <seed>"
        long seed = Seeds.of(found).orElseThrow();

        // mvn test -DQT_SEED=<seed> replays it; here the same through the system property
        // QuickTheories reads
        System.setProperty("QT_SEED", Long.toString(seed));
        try {
            AssertionError replayed = assertThrows(AssertionError.class, claim::run);
            assertEquals(found.getMessage(), replayed.getMessage());
        } finally {
            System.clearProperty("QT_SEED");
        }
    }

    // guide:end false-claim

    @Test
    void theFalseClaimFailsOnRnOnly() {
        WeightGenerators.Block b =
                new WeightGenerators.Block(
                        BlockKind.NU_I_XI,
                        7,
                        1,
                        0.3,
                        0,
                        1,
                        dev.cogs.algebra.weights.ImaginaryUnit.PLUS_I,
                        true);
        OptimalityReport r = OptimalityReport.of(b.build());
        assertTrue(r.bias().max() > 0.1 && r.cross().max() < 1e-12, r.toString());
        assertEquals(ConstraintClass.R_N, r.bias().constraint());
    }
}
