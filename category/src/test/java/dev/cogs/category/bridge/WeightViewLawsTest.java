package dev.cogs.category.bridge;

import dev.cogs.algebra.weights.FourierNet;
import dev.cogs.algebra.weights.WeightSemiring;
import org.quicktheories.core.Gen;

/**
 * docs/category.md §3.3: the category laws of BZ, Z the CoGS weight semiring over Z_5 (up to node
 * permutation).
 */
class WeightViewLawsTest implements OneObjectViewLaws<FourierNet> {
    @Override
    public OneObjectView<FourierNet> view() {
        return AlgebraBridge.view(WeightSemiring.over(5));
    }

    @Override
    public Gen<FourierNet> morphisms() {
        return WeightSemiringViewTest.nets();
    }

    @Override
    public int examples() {
        return 60;
    }
}
