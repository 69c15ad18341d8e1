package dev.cogs.algebra.weights;

import dev.cogs.testkit.algebra.SemiringLaws;
import dev.cogs.testkit.weights.WeightGenerators;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Nested;
import org.quicktheories.core.Gen;

/**
 * The shared semiring law suite on the weight semiring for d ∈ {3, 5, 7}: random nets of order 0..3
 * with full-precision coefficients in [-1, 1]², compared by {@link WeightSemiring#equivalent} (node
 * permutation, relative tolerance 1e-9; rounding of the products is a few ulps).
 */
class WeightSemiringLawsTest {

    /** The suite over one d. */
    abstract static class Over implements SemiringLaws<FourierNet> {

        abstract int d();

        @Override
        public WeightSemiring semiring() {
            return WeightSemiring.over(d());
        }

        @Override
        public Gen<FourierNet> elements() {
            return WeightGenerators.net(d(), 3);
        }

        @Override
        public BiPredicate<FourierNet, FourierNet> same() {
            return semiring()::equivalent;
        }

        @Override
        public int examples() {
            return 100;
        }
    }

    @Nested
    class D3 extends Over {
        @Override
        int d() {
            return 3;
        }
    }

    @Nested
    class D5 extends Over {
        @Override
        int d() {
            return 5;
        }
    }

    @Nested
    class D7 extends Over {
        @Override
        int d() {
            return 7;
        }
    }
}
