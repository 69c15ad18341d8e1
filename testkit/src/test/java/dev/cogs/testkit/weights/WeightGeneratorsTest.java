package dev.cogs.testkit.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.weights.CogsLoss;
import dev.cogs.algebra.weights.FourierNet;
import dev.cogs.algebra.weights.SumPotentials;
import dev.cogs.testkit.Seeds;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The weight generators against the closed forms of docs/cogs-math.md §5–§6, and the readability of
 * shrunk failures.
 */
class WeightGeneratorsTest {

    @Test
    void groupSizesAreOddOrPrime() {
        assertEquals(
                List.of(3, 5, 7, 11, 13, 17, 19, 23, 29, 31), WeightGenerators.oddPrimesUpTo(31));
        qt().forAll(WeightGenerators.oddD(4, 40)).check(d -> d % 2 == 1 && d >= 5 && d <= 40);
        qt().forAll(WeightGenerators.primeD(71))
                .check(d -> WeightGenerators.oddPrimesUpTo(71).contains(d));
        assertThrows(IllegalArgumentException.class, () -> WeightGenerators.oddD(10, 10));
        assertThrows(IllegalArgumentException.class, () -> WeightGenerators.primeD(2));
    }

    @Test
    void blocksHaveTheirOrderAndNormalisedBlocksMeetTheTarget() {
        // docs/cogs-math.md §5.1/§5.3: orders 3, 3, 2, 2, 2, 6, 6, 4; normalised r_kkk = 1/(2d).
        // Tolerance: the
        // rescaling and the potential are O(q) products of unit-size numbers, 1e-12 relative.
        qt().withExamples(300)
                .forAll(WeightGenerators.blocks(WeightGenerators.oddD(3, 15)))
                .checkAssert(
                        b -> {
                            FourierNet z = b.build();
                            assertEquals(b.kind().order(), z.order(), b.toString());
                            if (b.normalised()) {
                                Complex r =
                                        SumPotentials.abc(b.d(), b.k(), b.k(), b.k()).valueAt(z);
                                assertTrue(
                                        r.subtract(1.0 / (2 * b.d())).abs() <= 1e-12 / b.d(),
                                        b + ": r_kkk = " + r);
                            }
                        });
    }

    @Test
    void constructionsHaveTheLossTheTheoryStates() {
        // docs/cogs-math.md §6: z_F6 and z_F4/6 reach loss 0 (ConstructionCheck.ZERO_LOSS, 1e-20,
        // in double
        // precision), z_F4 with |xi| = 1 has the closed-form loss 2(d-1)/d (§6.2), to 1e-12
        // relative.
        qt().withExamples(30)
                .forAll(WeightGenerators.constructions(WeightGenerators.oddD(3, 15)))
                .checkAssert(
                        c -> {
                            double loss = CogsLoss.fullDataset(c.build());
                            if (c.claimedGlobal()) {
                                assertTrue(loss <= 1e-20, c + ": loss " + loss);
                            } else {
                                double expected = 2.0 * (c.d() - 1) / c.d();
                                assertEquals(expected, loss, 1e-12 * expected, c.toString());
                            }
                        });
    }

    @Test
    void aFalseClaimShrinksToAReadableRecipe() {
        // False: "every z_nu*z_syn block has r_kkk = 6" (true only for unnormalised blocks). The
        // failure must
        // print the shrunk recipe in words (kind, k, d, nu) and the seed.
        AssertionError e =
                assertThrows(
                        AssertionError.class,
                        () ->
                                qt().withExamples(200)
                                        .forAll(
                                                WeightGenerators.blocks(
                                                        WeightGenerators.BlockKind.NU_SYN,
                                                        WeightGenerators.oddD(3, 31)))
                                        .check(
                                                b ->
                                                        SumPotentials.abc(
                                                                                b.d(), b.k(), b.k(),
                                                                                b.k())
                                                                        .valueAt(b.build())
                                                                        .subtract(6)
                                                                        .abs()
                                                                < 1e-9));
        String m = e.getMessage();
        Matcher recipe =
                Pattern.compile("normalised z_nu\\*z_syn at k = (\\d+) of d = (\\d+), nu = ")
                        .matcher(m);
        assertTrue(recipe.find(), m);
        assertEquals("1", recipe.group(1), "shrunk to the first frequency: " + m);
        assertEquals("3", recipe.group(2), "shrunk to the smallest d: " + m);
        assertTrue(Seeds.of(e).isPresent(), m);
    }

    @Test
    void seededNetsRebuildFromTheirRecipe() {
        WeightGenerators.NetRecipe r = new WeightGenerators.NetRecipe(5, 3, 42);
        assertEquals(r.build(), r.build());
        assertEquals("random net (d = 5, q = 3, seed = 42)", r.toString());
        qt().withExamples(50)
                .forAll(WeightGenerators.netRecipes(WeightGenerators.smallD(), 4))
                .check(n -> n.build().order() == n.q() && n.build().d() == n.d());
    }
}
