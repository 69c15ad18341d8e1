package dev.cogs.bench.category;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cogs.category.Categories;
import dev.cogs.category.FiniteCategory;
import dev.cogs.category.sets.NatSearch;
import dev.cogs.category.sets.SetFunctor;
import dev.cogs.cli.category.RandomPresheaves;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CategoryBenchTest {

    @Test
    void searchAgreesWithTheBruteForcePeerOnSeededPresheaves() {
        FiniteCategory c = Categories.product(Categories.chain(2), Categories.cyclicGroup(2));
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 20; i++) {
            SetFunctor f = RandomPresheaves.quotientOfRepresentables(c, 1 + rnd.nextInt(2), rnd.nextInt(3), 4, rnd);
            SetFunctor g = RandomPresheaves.quotientOfRepresentables(c, 1 + rnd.nextInt(3), rnd.nextInt(3), 4, rnd);
            assertEquals(CategoryBench.bruteForce(f, g), NatSearch.count(f, g, NatSearch.Constraints.none()));
        }
    }
}
