package dev.cogs.category.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.cogs.category.Categories;
import dev.cogs.category.Constructions;
import dev.cogs.category.FiniteCategory;
import dev.cogs.category.sets.NatSearch;
import dev.cogs.category.sets.NaturalTransformation;
import dev.cogs.category.sets.SetFunctor;
import dev.cogs.category.sets.Variance;
import dev.cogs.category.yoneda.Yoneda;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The brute-force oracle against closed forms, and the library's search against the oracle. */
class NatOracleTest {

    private static final NatSearch.Constraints NONE = NatSearch.Constraints.none();

    @Test
    void oracleCountsTheYonedaBijection() {
        // |Nat(h_A, F)| = |F(A)| (Yoneda lemma): a closed form independent of both counting methods
        FiniteCategory c = Constructions.product(Categories.chain(2), Categories.cyclicGroup(2));
        SplittableRandom rnd = new SplittableRandom(11);
        for (int i = 0; i < 10; i++) {
            SetFunctor f = RandomPresheaves.quotientOfRepresentables(c, 1 + rnd.nextInt(2), rnd.nextInt(3), 4, rnd);
            for (int a = 0; a < c.objectCount(); a++) {
                assertEquals(f.size(a), NatOracle.count(Yoneda.representable(c, a), f), "h_" + a);
            }
        }
        // into the terminal presheaf there is exactly one transformation, out of the initial one too
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
            SetFunctor f = RandomPresheaves.quotientOfRepresentables(c, 1 + rnd.nextInt(2), rnd.nextInt(3), 4, rnd);
            SetFunctor g = RandomPresheaves.quotientOfRepresentables(c, 1 + rnd.nextInt(3), rnd.nextInt(3), 4, rnd);
            assertEquals(NatOracle.count(f, g), NatSearch.count(f, g, NONE));
        }
    }

    /** A category recipe and a variance shared by both functors. */
    private record Shape(SmallCategories.Recipe category, boolean covariant) {
    }

    /** Two presheaf recipes on one category with one variance. */
    private record TwoFunctors(Presheaves.Recipe f, Presheaves.Recipe g) {
    }

    /**
     * Tiny categories (≤ 6 morphisms), 1–2 summands for F and 1–3 for G, 0–2 merges each: the brute-force
     * space stays below 10⁴ points in almost every example and |Nat(F, G)| ranges over 0..16.
     */
    private static Gen<TwoFunctors> pairs() {
        Gen<List<Integer>> fSummands = lists().of(integers().between(0, 5)).ofSizeBetween(1, 2);
        Gen<List<Integer>> gSummands = lists().of(integers().between(0, 5)).ofSizeBetween(1, 3);
        Gen<List<List<Integer>>> merges = lists().of(lists().of(integers().between(0, 40)).ofSize(3))
                .ofSizeBetween(0, 2);
        return SmallCategories.tiny().zip(booleans().all(), Shape::new)
                .flatMap(shape -> fSummands.zip(merges, gSummands, merges, (fs, fm, gs, gm) -> new TwoFunctors(
                        new Presheaves.Recipe(shape.category(), shape.covariant(), fs, fm),
                        new Presheaves.Recipe(shape.category(), shape.covariant(), gs, gm))))
                .describedAs(Object::toString);
    }

    @Test
    void searchAgreesWithTheOracleOnRandomPresheavesAndCopresheaves() {
        qt().withExamples(150).forAll(pairs()).checkAssert(p -> {
            FiniteCategory c = p.f().category().build();
            SetFunctor f = p.f().build(c);
            SetFunctor g = p.g().build(c);
            if (NatOracle.log10Space(f, g) > 4) {
                return; // rare (~2 %): beyond what brute force enumerates quickly
            }
            long expected = NatOracle.count(f, g);
            assertEquals(expected, NatSearch.count(f, g, NONE), "count");
            List<NaturalTransformation> all = NatSearch.all(f, g, NONE).collect(Collectors.toList());
            assertEquals(expected, all.size(), "all");
            assertEquals(expected, all.stream().distinct().count(), "all distinct");
            assertTrue(all.stream().allMatch(NaturalTransformation::isNatural));
        });
    }
}
