package dev.cogs.testkit.category;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cogs.category.Categories;
import dev.cogs.category.Constructions;
import dev.cogs.category.FiniteCategory;
import dev.cogs.category.sets.NatSearch;
import dev.cogs.category.sets.SetFunctor;
import dev.cogs.category.sets.Variance;
import dev.cogs.category.yoneda.Yoneda;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The brute-force oracle against closed forms, and the library's search against the oracle on
 * seeded random presheaves (the property over generated presheaves is {@code
 * NatSearchTest.everyResultIsNaturalAndAgreesWithTheOracle}).
 */
class NatOracleTest {

    private static final NatSearch.Constraints NONE = NatSearch.Constraints.none();

    @Test
    void oracleCountsTheYonedaBijection() {
        // |Nat(h_A, F)| = |F(A)| (Yoneda lemma): a closed form independent of both counting methods
        FiniteCategory c = Constructions.product(Categories.chain(2), Categories.cyclicGroup(2));
        SplittableRandom rnd = new SplittableRandom(11);
        for (int i = 0; i < 10; i++) {
            SetFunctor f =
                    RandomPresheaves.quotientOfRepresentables(
                            c, 1 + rnd.nextInt(2), rnd.nextInt(3), 4, rnd);
            for (int a = 0; a < c.objectCount(); a++) {
                assertEquals(f.size(a), NatOracle.count(Yoneda.representable(c, a), f), "h_" + a);
            }
        }
        // into the terminal presheaf there is exactly one transformation, out of the initial one
        // too
        SetFunctor one = SetFunctor.terminal(c, Variance.CONTRAVARIANT);
        SetFunctor zero = SetFunctor.initial(c, Variance.CONTRAVARIANT);
        SetFunctor h0 = Yoneda.representable(c, 0);
        assertEquals(1, NatOracle.count(h0, one));
        assertEquals(1, NatOracle.count(zero, h0));
        assertEquals(0, NatOracle.count(h0, zero));
        assertEquals(Double.NEGATIVE_INFINITY, NatOracle.log10Space(h0, zero));
    }

    @Test
    void searchAgreesWithTheOracleOnSeededPresheaves() {
        FiniteCategory c = Constructions.product(Categories.chain(2), Categories.cyclicGroup(2));
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 20; i++) {
            SetFunctor f =
                    RandomPresheaves.quotientOfRepresentables(
                            c, 1 + rnd.nextInt(2), rnd.nextInt(3), 4, rnd);
            SetFunctor g =
                    RandomPresheaves.quotientOfRepresentables(
                            c, 1 + rnd.nextInt(3), rnd.nextInt(3), 4, rnd);
            assertEquals(NatOracle.count(f, g), NatSearch.count(f, g, NONE));
            assertEquals(NatOracle.count(f, g), NatOracle.all(f, g).size());
        }
    }
}
