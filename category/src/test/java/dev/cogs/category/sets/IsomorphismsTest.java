package dev.cogs.category.sets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.cogs.category.Categories;
import dev.cogs.category.FiniteCategory;
import dev.cogs.testkit.category.Presheaves;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IsomorphismsTest {

    /**
     * docs/category.md, "Numbers to reproduce" C: Z4-sets with n = 0..4 points up to isomorphism:
     * 1, 1, 2, 2, 4 classes.
     */
    @Test
    void isomorphismClassesOfZ4Sets() {
        FiniteCategory z4 = Categories.cyclicGroup(4);
        List<SetFunctor> all = Presheaves.enumerate(z4, Variance.CONTRAVARIANT, 4);
        int[] expected = {1, 1, 2, 2, 4};
        for (int n = 0; n <= 4; n++) {
            List<SetFunctor> reps = new ArrayList<>();
            for (SetFunctor f : all) {
                if (f.size(0) == n
                        && reps.stream().noneMatch(r -> Isomorphisms.areIsomorphic(r, f))) {
                    reps.add(f);
                }
            }
            assertEquals(expected[n], reps.size(), "n = " + n);
        }
    }

    @Test
    void randomRelabellingIsAnIsomorphism() {
        qt().withExamples(80)
                .forAll(Presheaves.recipes(), longs().all())
                .checkAssert(
                        (r, seed) -> {
                            SetFunctor f = r.build();
                            SetFunctor g = Presheaves.relabel(f, new SplittableRandom(seed));
                            NaturalTransformation iso = Isomorphisms.find(f, g).orElseThrow();
                            assertTrue(iso.isIso());
                            assertTrue(Isomorphisms.invariantsAgree(f, g));
                        });
    }
}
