package dev.cogs.category.sets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.cogs.category.Categories;
import dev.cogs.category.FiniteCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IsomorphismsTest {

    /** Spec 'Numbers to reproduce' C: Z4-sets with n = 0..4 points up to isomorphism: 1, 1, 2, 2, 4 classes. */
    @Test
    void isomorphismClassesOfZ4Sets() {
        FiniteCategory z4 = Categories.cyclicGroup(4);
        List<SetFunctor> all = Presheaves.enumerate(z4, Variance.CONTRAVARIANT, 4);
        int[] expected = {1, 1, 2, 2, 4};
        for (int n = 0; n <= 4; n++) {
            List<SetFunctor> reps = new ArrayList<>();
            for (SetFunctor f : all) {
                if (f.size(0) == n && reps.stream().noneMatch(r -> Isomorphisms.areIsomorphic(r, f))) {
                    reps.add(f);
                }
            }
            assertEquals(expected[n], reps.size(), "n = " + n);
        }
    }

    @Test
    void randomRelabellingIsAnIsomorphism() {
        qt().withExamples(80).forAll(Presheaves.recipes(), longs().all()).checkAssert((r, seed) -> {
            SetFunctor f = r.build();
            SetFunctor g = relabel(f, new SplittableRandom(seed));
            NaturalTransformation iso = Isomorphisms.find(f, g).orElseThrow();
            assertTrue(iso.isIso());
            assertTrue(Isomorphisms.invariantsAgree(f, g));
        });
    }

    /** Applies a random permutation to every fibre. */
    public static SetFunctor relabel(SetFunctor f, SplittableRandom rnd) {
        FiniteCategory c = f.domain();
        int k = c.objectCount();
        int[][] perm = new int[k][];
        for (int x = 0; x < k; x++) {
            perm[x] = new int[f.size(x)];
            for (int i = 0; i < perm[x].length; i++) {
                perm[x][i] = i;
            }
            for (int i = perm[x].length - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = perm[x][i];
                perm[x][i] = perm[x][j];
                perm[x][j] = t;
            }
        }
        int[][] act = new int[c.morphismCount()][];
        for (int m = 0; m < act.length; m++) {
            int a = f.from(m);
            int b = f.to(m);
            act[m] = new int[f.size(a)];
            for (int e = 0; e < f.size(a); e++) {
                act[m][perm[a][e]] = perm[b][f.act(m, e)];
            }
        }
        return SetFunctor.of(c, f.variance(), f.sizes(), act);
    }
}
